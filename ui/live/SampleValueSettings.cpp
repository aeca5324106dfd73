#include "ui/live/SampleValueSettings.h"

#include "app/core/live/SampleValues.h"

#include <QStringList>

namespace {

const QString kGroup = QStringLiteral("sampleValues/");
const QString kOrder = QStringLiteral("sampleValues/recentFlows");

QString keyFor(const QUuid &flowId)
{
    return kGroup + flowId.toString(QUuid::WithoutBraces);
}

} // namespace

QList<NameValue> SampleValueSettings::values(const QUuid &flowId) const
{
    if (flowId.isNull())
        return {};
    // Stored as name, value, name, value...: a plain string list every QSettings format keeps.
    const QStringList flat = m_settings.value(keyFor(flowId)).toStringList();
    QList<NameValue> rows;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        rows.append({flat.at(i), flat.at(i + 1)});
    // Bounded again: the file may have been edited by hand.
    return SampleValues::bounded(rows);
}

void SampleValueSettings::setValues(const QUuid &flowId, const QList<NameValue> &values)
{
    if (flowId.isNull())
        return;
    const QString id = flowId.toString(QUuid::WithoutBraces);
    QStringList order = m_settings.value(kOrder).toStringList();
    order.removeAll(id);
    const QList<NameValue> rows = SampleValues::bounded(values);
    if (rows.isEmpty()) {
        m_settings.remove(keyFor(flowId));
    } else {
        QStringList flat;
        for (const NameValue &row : rows)
            flat << row.name << row.value;
        m_settings.setValue(keyFor(flowId), flat);
        order.prepend(id);
    }
    // The flows tested longest ago give way.
    while (order.size() > kMaxFlows)
        m_settings.remove(kGroup + order.takeLast());
    m_settings.setValue(kOrder, order);
}
