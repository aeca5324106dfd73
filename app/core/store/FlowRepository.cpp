#include "app/core/store/FlowRepository.h"

#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/store/Database.h"
#include "app/core/support/Timestamps.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

enum Column
{
    ColId,
    ColName,
    ColFlowType,
    ColDescription,
    ColDocument,
    ColImportedBy,
    ColImportedAt,
    ColUpdatedBy,
    ColUpdatedAt,
    ColRevision,
};

const QString kSelectFlows = QStringLiteral(
    "SELECT id, name, flow_type, description, document, imported_by, imported_at, updated_by, "
    "updated_at, revision FROM flows");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and hold '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullableId(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(idText(id));
}

} // namespace

FlowRepository::FlowRepository(const Database &database)
    : m_database(database)
{}

Flow FlowRepository::fromRecord(const QSqlQuery &query, FlowContent content)
{
    Flow flow;
    flow.id = QUuid::fromString(query.value(ColId).toString());
    flow.name = query.value(ColName).toString();
    flow.flowType = query.value(ColFlowType).toString();
    flow.description = query.value(ColDescription).toString();
    flow.document = QJsonDocument::fromJson(query.value(ColDocument).toByteArray()).object();
    flow.activities = FlowDesignerFormat::activities(flow.document);
    if (content == FlowContent::Summary)
        flow.document = {};
    flow.importedBy = query.value(ColImportedBy).toString();
    flow.importedAt = Timestamps::fromStorage(query.value(ColImportedAt).toString());
    flow.updatedBy = query.value(ColUpdatedBy).toString();
    flow.updatedAt = Timestamps::fromStorage(query.value(ColUpdatedAt).toString());
    flow.revision = query.value(ColRevision).toInt();
    return flow;
}

Result<std::optional<Flow>> FlowRepository::findOne(const QString &where,
                                                    const QVariant &value) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(kSelectFlows + QStringLiteral(" WHERE ") + where);
    query.addBindValue(value);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    if (!query.next())
        return std::optional<Flow>();
    return std::optional<Flow>(fromRecord(query));
}

Result<std::optional<Flow>> FlowRepository::find(const QUuid &id) const
{
    return findOne(QStringLiteral("id = ?"), idText(id));
}

Result<std::optional<Flow>> FlowRepository::findByNameKey(const QString &nameKey) const
{
    return findOne(QStringLiteral("name_key = ?"), nameKey);
}

Result<QList<Flow>> FlowRepository::all(FlowContent content) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(kSelectFlows + QStringLiteral(" ORDER BY name_key, id")))
        return m_database.errorFrom(query.lastError());
    QList<Flow> flows;
    while (query.next())
        flows.append(fromRecord(query, content));
    return flows;
}

Result<void> FlowRepository::insert(const Flow &flow, const QString &nameKey) const
{
    if (!m_insert) {
        m_insert.emplace(m_database.connection());
        if (!m_insert->prepare(QStringLiteral(
                "INSERT INTO flows (id, name, name_key, flow_type, description, document, "
                "imported_by, imported_at, updated_by, updated_at, revision) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            const CoreError error = m_database.errorFrom(m_insert->lastError());
            m_insert.reset();
            return error;
        }
    }
    const QVariant values[] = {
        idText(flow.id),
        flow.name,
        nameKey,
        flow.flowType,
        flow.description,
        QString::fromUtf8(QJsonDocument(flow.document).toJson(QJsonDocument::Compact)),
        flow.importedBy,
        Timestamps::toStorage(flow.importedAt),
        flow.updatedBy,
        Timestamps::toStorage(flow.updatedAt),
        flow.revision};
    for (int i = 0; i < int(std::size(values)); ++i)
        m_insert->bindValue(i, values[i]);
    if (!m_insert->exec())
        return m_database.errorFrom(m_insert->lastError());
    return writeActivities(flow);
}

Result<int> FlowRepository::update(const Flow &flow, const QString &nameKey,
                                   int expectedRevision) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE flows SET name = ?, name_key = ?, flow_type = ?, description = ?, document = ?, "
        "updated_by = ?, updated_at = ?, revision = ? WHERE id = ? AND revision = ?"));
    query.addBindValue(flow.name);
    query.addBindValue(nameKey);
    query.addBindValue(text(flow.flowType));
    query.addBindValue(text(flow.description));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(flow.document).toJson(QJsonDocument::Compact)));
    query.addBindValue(flow.updatedBy);
    query.addBindValue(Timestamps::toStorage(flow.updatedAt));
    query.addBindValue(flow.revision);
    query.addBindValue(idText(flow.id));
    query.addBindValue(expectedRevision);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    const int changed = query.numRowsAffected();
    if (changed == 0)
        return 0;

    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM flow_activities WHERE flow_id = ?"));
    clear.addBindValue(idText(flow.id));
    if (!clear.exec())
        return m_database.errorFrom(clear.lastError());
    if (auto written = writeActivities(flow); !written)
        return written.error();
    return changed;
}

Result<int> FlowRepository::remove(const QUuid &id) const
{
    // The activities go with the flow (ON DELETE CASCADE); deleted explicitly as well, so a
    // connection without foreign-key enforcement leaves no orphans either.
    QSqlQuery activities(m_database.connection());
    activities.prepare(QStringLiteral("DELETE FROM flow_activities WHERE flow_id = ?"));
    activities.addBindValue(idText(id));
    if (!activities.exec())
        return m_database.errorFrom(activities.lastError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM flows WHERE id = ?"));
    query.addBindValue(idText(id));
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return query.numRowsAffected();
}

Result<void> FlowRepository::writeActivities(const Flow &flow) const
{
    if (!m_insertActivity) {
        m_insertActivity.emplace(m_database.connection());
        if (!m_insertActivity->prepare(QStringLiteral(
                "INSERT INTO flow_activities (flow_id, event_flow, node_id, node_name, "
                "connector_id) VALUES (?, ?, ?, ?, ?)"))) {
            const CoreError error = m_database.errorFrom(m_insertActivity->lastError());
            m_insertActivity.reset();
            return error;
        }
    }
    for (const HttpRequestActivity &activity : flow.activities) {
        m_insertActivity->bindValue(0, idText(flow.id));
        m_insertActivity->bindValue(1, text(activity.eventFlow));
        m_insertActivity->bindValue(2, text(activity.nodeId));
        m_insertActivity->bindValue(3, text(activity.nodeName));
        // Only authenticated activities go through a connector.
        m_insertActivity->bindValue(
            4, nullableId(activity.authenticated ? activity.connectorId : QUuid()));
        if (!m_insertActivity->exec())
            return m_database.errorFrom(m_insertActivity->lastError());
    }
    return {};
}

Result<QList<FlowUsage>> FlowRepository::usages(const QUuid &connectorId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT f.id, f.name, a.node_id, a.node_name, a.event_flow FROM flow_activities a "
        "JOIN flows f ON f.id = a.flow_id WHERE a.connector_id = ? "
        "ORDER BY f.name_key, f.id, a.event_flow, a.node_name, a.node_id"));
    query.addBindValue(idText(connectorId));
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    QList<FlowUsage> usages;
    while (query.next()) {
        usages.append({QUuid::fromString(query.value(0).toString()), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString()});
    }
    return usages;
}

Result<QHash<QUuid, UsageCount>> FlowRepository::usageCounts() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT connector_id, COUNT(DISTINCT flow_id), COUNT(*) FROM flow_activities "
            "WHERE connector_id IS NOT NULL GROUP BY connector_id")))
        return m_database.errorFrom(query.lastError());
    QHash<QUuid, UsageCount> counts;
    while (query.next()) {
        counts.insert(QUuid::fromString(query.value(0).toString()),
                      {query.value(1).toInt(), query.value(2).toInt()});
    }
    return counts;
}
