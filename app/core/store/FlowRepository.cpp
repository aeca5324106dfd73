#include "app/core/store/FlowRepository.h"

#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/store/Database.h"
#include "app/core/store/SqlRunner.h"
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

QString documentText(const Flow &flow)
{
    return QString::fromUtf8(QJsonDocument(flow.document).toJson(QJsonDocument::Compact));
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
    return SqlRunner(m_database)
        .firstRow(kSelectFlows + QStringLiteral(" WHERE ") + where, {value},
                  [](const QSqlQuery &query) { return fromRecord(query); });
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
    return SqlRunner(m_database)
        .rows(kSelectFlows + QStringLiteral(" ORDER BY name_key, id"), {},
              [content](const QSqlQuery &query) { return fromRecord(query, content); });
}

Result<void> FlowRepository::insert(const Flow &flow, const QString &nameKey) const
{
    if (auto inserted =
            SqlRunner(m_database)
                .runPrepared(m_insert,
                             QStringLiteral("INSERT INTO flows (id, name, name_key, flow_type, "
                                            "description, document, imported_by, imported_at, "
                                            "updated_by, updated_at, revision) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {idText(flow.id), flow.name, nameKey, flow.flowType, flow.description,
                              documentText(flow), flow.importedBy,
                              Timestamps::toStorage(flow.importedAt), flow.updatedBy,
                              Timestamps::toStorage(flow.updatedAt), flow.revision});
        !inserted)
        return inserted;
    return writeActivities(flow);
}

Result<int> FlowRepository::update(const Flow &flow, const QString &nameKey,
                                   int expectedRevision) const
{
    const SqlRunner sql(m_database);
    auto changed = sql.change(
        QStringLiteral("UPDATE flows SET name = ?, name_key = ?, flow_type = ?, description = ?, "
                       "document = ?, updated_by = ?, updated_at = ?, revision = ? "
                       "WHERE id = ? AND revision = ?"),
        {flow.name, nameKey, text(flow.flowType), text(flow.description), documentText(flow),
         flow.updatedBy, Timestamps::toStorage(flow.updatedAt), flow.revision, idText(flow.id),
         expectedRevision});
    if (!changed || *changed == 0)
        return changed;
    if (auto cleared = sql.execute(QStringLiteral("DELETE FROM flow_activities WHERE flow_id = ?"),
                                   {idText(flow.id)});
        !cleared)
        return cleared.error();
    if (auto written = writeActivities(flow); !written)
        return written.error();
    return changed;
}

Result<int> FlowRepository::remove(const QUuid &id) const
{
    // The activities go with the flow (ON DELETE CASCADE); deleted explicitly as well, so a
    // connection without foreign-key enforcement leaves no orphans either.
    const SqlRunner sql(m_database);
    if (auto activities = sql.execute(
            QStringLiteral("DELETE FROM flow_activities WHERE flow_id = ?"), {idText(id)});
        !activities)
        return activities.error();
    return sql.change(QStringLiteral("DELETE FROM flows WHERE id = ?"), {idText(id)});
}

Result<void> FlowRepository::writeActivities(const Flow &flow) const
{
    const SqlRunner sql(m_database);
    for (const HttpRequestActivity &activity : flow.activities) {
        // Only authenticated activities go through a connector.
        if (auto inserted = sql.runPrepared(
                m_insertActivity,
                QStringLiteral("INSERT INTO flow_activities (flow_id, event_flow, node_id, "
                               "node_name, connector_id) VALUES (?, ?, ?, ?, ?)"),
                {idText(flow.id), text(activity.eventFlow), text(activity.nodeId),
                 text(activity.nodeName),
                 nullableId(activity.authenticated ? activity.connectorId : QUuid())});
            !inserted)
            return inserted;
    }
    return {};
}

Result<QList<FlowUsage>> FlowRepository::usages(const QUuid &connectorId) const
{
    return SqlRunner(m_database)
        .rows(QStringLiteral("SELECT f.id, f.name, a.node_id, a.node_name, a.event_flow "
                             "FROM flow_activities a JOIN flows f ON f.id = a.flow_id "
                             "WHERE a.connector_id = ? "
                             "ORDER BY f.name_key, f.id, a.event_flow, a.node_name, a.node_id"),
              {idText(connectorId)}, [](const QSqlQuery &query) {
                  return FlowUsage{QUuid::fromString(query.value(0).toString()),
                                   query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString(), query.value(4).toString()};
              });
}

Result<QHash<QUuid, UsageCount>> FlowRepository::usageCounts() const
{
    auto rows =
        SqlRunner(m_database)
            .rows(QStringLiteral("SELECT connector_id, COUNT(DISTINCT flow_id), COUNT(*) "
                                 "FROM flow_activities WHERE connector_id IS NOT NULL "
                                 "GROUP BY connector_id"),
                  {}, [](const QSqlQuery &query) {
                      return std::pair(QUuid::fromString(query.value(0).toString()),
                                       UsageCount{query.value(1).toInt(), query.value(2).toInt()});
                  });
    if (!rows)
        return rows.error();
    QHash<QUuid, UsageCount> counts;
    for (const auto &[id, count] : *rows)
        counts.insert(id, count);
    return counts;
}
