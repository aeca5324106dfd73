#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// The figures measured for one database size, each kept as every run's value so that the report
// can give the median.
class BenchFigures final
{
public:
    explicit BenchFigures(int size = 0)
        : m_size(size)
    {}

    int size() const { return m_size; }
    // How many flows the generated data holds (their activities use the connectors).
    int flows() const { return m_flows; }
    void setFlows(int flows) { m_flows = flows; }
    void add(const QString &name, double value) { m_samples[name].append(value); }
    void addBaseline(const QString &name, double value) { m_baseline[name].append(value); }
    double median(const QString &name) const { return medianOf(m_samples.value(name)); }
    double baselineMedian(const QString &name) const { return medianOf(m_baseline.value(name)); }
    bool has(const QString &name) const { return m_samples.contains(name); }
    bool hasBaseline() const { return !m_baseline.isEmpty(); }

    QJsonObject toJson() const;

    static double medianOf(QList<double> values);

private:
    int m_size;
    int m_flows = 0;
    QMap<QString, QList<double>> m_samples;
    QMap<QString, QList<double>> m_baseline;
};
