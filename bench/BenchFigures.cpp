#include "bench/BenchFigures.h"

#include <algorithm>
#include <cmath>

double BenchFigures::medianOf(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

QJsonObject BenchFigures::toJson() const
{
    QJsonObject object{{QStringLiteral("connectors"), m_size}, {QStringLiteral("flows"), m_flows}};
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it)
        object.insert(it.key(), medianOf(it.value()));
    if (hasBaseline()) {
        QJsonObject baseline;
        for (auto it = m_baseline.cbegin(); it != m_baseline.cend(); ++it)
            baseline.insert(it.key(), medianOf(it.value()));
        object.insert(QStringLiteral("baseline"), baseline);
    }
    return object;
}
