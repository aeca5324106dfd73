#include "app/core/store/FlowRepository.h"

#include "app/core/flows/ActivityListCodec.h"
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/store/Database.h"
#include "app/core/store/SqlRunner.h"
#include "app/core/support/Timestamps.h"

#include <QJsonArray>
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
    ColImportedBy,
    ColImportedAt,
    ColUpdatedBy,
    ColUpdatedAt,
    ColRevision,
    ColFlowKey,
    ColVersionId,
    ColVersionNumber,
    ColLastModified,
    ColTags,
    ColVersionSlot,
    ColShape,
    ColActivityList,
    ColDocument,
};

const QString kFlowColumns = QStringLiteral(
    "SELECT id, name, flow_type, description, imported_by, imported_at, updated_by, updated_at, "
    "revision, flow_key, version_id, version_number, last_modified, tags, version_slot, shape, "
    "activity_list, ");

// A whole flow reads its document; a summary reads only the activity list (schema step 6), and
// the document only where the list is not one ActivityListCodec wrote (empty, say, on a row a
// newer or older console wrote), so an unreadable cache falls back to the truth.
QString selectFlows(FlowContent content)
{
    return kFlowColumns +
           (content == FlowContent::Whole
                ? QStringLiteral("document FROM flows")
                : QStringLiteral("CASE WHEN activity_list LIKE '{\"a\":%\"v\":1}' THEN '' "
                                 "ELSE document END FROM flows"));
}

// The tags as a JSON array of strings, e.g. ["Live"].
QString tagsText(const QStringList &tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFrom(const QByteArray &text)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    for (const QJsonValue &tag : array)
        tags.append(tag.toString());
    return tags;
}

// Flow Designer's flowId, NULL when the flow has none (the unique identity index skips NULLs).
QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and hold '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// The text the flow was read from when it still says what `document` holds (an import stores
// the file as it came, sparing a re-serialisation of about 250 KB per flow).
QString documentText(const Flow &flow)
{
    if (!flow.documentText.isEmpty())
        return flow.documentText;
    return QString::fromUtf8(QJsonDocument(flow.document).toJson(QJsonDocument::Compact));
}

QString activityListText(const Flow &flow)
{
    return QString::fromUtf8(ActivityListCodec::encode(flow.activities));
}

QVariant nullableId(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(idText(id));
}

} // namespace

FlowRepository::FlowRepository(const Database &database)
    : m_database(database)
{}

std::optional<QList<HttpRequestActivity>> FlowRepository::activitiesOf(const QSqlQuery &query,
                                                                       FlowContent content)
{
    // A whole flow's activities come from its document, the truth; the list is a cache.
    if (content == FlowContent::Summary) {
        if (auto cached = ActivityListCodec::decode(query.value(ColActivityList).toByteArray()))
            return *cached;
    }
    const QByteArray document = query.value(ColDocument).toByteArray();
    if (document.isEmpty())
        return std::nullopt; // a list that looked like the codec's but does not decode
    return FlowDesignerFormat::activities(QJsonDocument::fromJson(document).object());
}

Flow FlowRepository::fromRecord(const QSqlQuery &query, FlowContent content, bool *unread)
{
    Flow flow;
    flow.id = QUuid::fromString(query.value(ColId).toString());
    flow.name = query.value(ColName).toString();
    flow.flowType = query.value(ColFlowType).toString();
    flow.description = query.value(ColDescription).toString();
    auto activities = activitiesOf(query, content);
    if (unread)
        *unread = !activities;
    flow.activities = activities.value_or(QList<HttpRequestActivity>());
    if (content == FlowContent::Whole)
        flow.document = QJsonDocument::fromJson(query.value(ColDocument).toByteArray()).object();
    flow.importedBy = query.value(ColImportedBy).toString();
    flow.importedAt = Timestamps::fromStorage(query.value(ColImportedAt).toString());
    flow.updatedBy = query.value(ColUpdatedBy).toString();
    flow.updatedAt = Timestamps::fromStorage(query.value(ColUpdatedAt).toString());
    flow.revision = query.value(ColRevision).toInt();
    flow.flowKey = query.value(ColFlowKey).toString();
    flow.versionId = query.value(ColVersionId).toString();
    flow.version = query.value(ColVersionNumber).toInt();
    flow.lastModified = query.value(ColLastModified).toString();
    flow.tags = tagsFrom(query.value(ColTags).toByteArray());
    flow.shape =
        FlowVersions::shapeFromKey(query.value(ColShape).toString()).value_or(FlowShape::Authoring);
    // The slot the row holds is the truth (see FlowService::importFlowsInOpenTransaction): a
    // version kept in the Live slot is Live even when its file came without the tag.
    if (FlowVersions::slotFromKey(query.value(ColVersionSlot).toString()) ==
            FlowVersionSlot::Live &&
        !flow.isLive())
        flow.tags.append(QStringLiteral("Live"));
    // A number stored for a flow Flow Designer does not identify (imported before the reader
    // dropped it) is no version either: text and JSON agree that it is not known.
    if (!FlowVersions::hasVersionFacts(flow))
        flow.version = 0;
    return flow;
}

Result<std::optional<Flow>> FlowRepository::findOne(const QString &where,
                                                    const QVariantList &values) const
{
    return SqlRunner(m_database)
        .firstRow(selectFlows(FlowContent::Whole) + QStringLiteral(" WHERE ") + where +
                      QStringLiteral(" ORDER BY imported_at, id"),
                  values, [](const QSqlQuery &query) { return fromRecord(query); });
}

Result<std::optional<Flow>> FlowRepository::find(const QUuid &id) const
{
    return findOne(QStringLiteral("id = ?"), {idText(id)});
}

Result<std::optional<Flow>> FlowRepository::findByNameKey(const QString &nameKey) const
{
    return findOne(QStringLiteral("name_key = ?"), {nameKey});
}

Result<int> FlowRepository::countByNameKey(const QString &nameKey) const
{
    auto count =
        SqlRunner(m_database)
            .firstRow(QStringLiteral("SELECT COUNT(*) FROM flows WHERE name_key = ?"), {nameKey},
                      [](const QSqlQuery &query) { return query.value(0).toInt(); });
    if (!count)
        return count.error();
    return count->value_or(0);
}

Result<std::optional<Flow>> FlowRepository::findWithoutKeyByNameKey(const QString &nameKey) const
{
    return findOne(QStringLiteral("name_key = ? AND flow_key IS NULL"), {nameKey});
}

Result<std::optional<Flow>> FlowRepository::findByIdentity(const QString &flowKey,
                                                           FlowVersionSlot slot) const
{
    return findOne(QStringLiteral("flow_key = ? AND version_slot = ?"),
                   {flowKey, FlowVersions::slotKey(slot)});
}

Result<std::optional<Flow>> FlowRepository::findByVersionId(const QString &flowKey,
                                                            const QString &versionId) const
{
    return findOne(QStringLiteral("flow_key = ? AND version_id = ?"), {flowKey, versionId});
}

Result<QList<Flow>> FlowRepository::versionsOf(const QString &flowKey) const
{
    return SqlRunner(m_database)
        .rows(selectFlows(FlowContent::Whole) +
                  QStringLiteral(" WHERE flow_key = ? ORDER BY version_slot DESC, id"),
              {flowKey}, [](const QSqlQuery &query) { return fromRecord(query); });
}

Result<QList<Flow>> FlowRepository::all(FlowContent content) const
{
    QList<int> unreadRows;
    int row = 0;
    auto flows = SqlRunner(m_database)
                     .rows(selectFlows(content) +
                               QStringLiteral(" ORDER BY name_key, COALESCE(flow_key, ''), "
                                              "version_slot DESC, id"),
                           {}, [content, &unreadRows, &row](const QSqlQuery &query) {
                               bool unread = false;
                               Flow flow = fromRecord(query, content, &unread);
                               if (unread)
                                   unreadRows.append(row);
                               ++row;
                               return flow;
                           });
    if (!flows)
        return flows;
    // Rare: a damaged list. Those flows' activities come from their documents, one by one.
    for (const int index : std::as_const(unreadRows)) {
        auto whole = find(flows.value()[index].id);
        if (!whole)
            return whole.error();
        if (whole->has_value())
            flows.value()[index].activities = (*whole)->activities;
    }
    return flows;
}

Result<void> FlowRepository::each(FlowContent content,
                                  const std::function<bool(const Flow &)> &sink) const
{
    return SqlRunner(m_database)
        .each(
            selectFlows(content) +
                QStringLiteral(" ORDER BY name_key, COALESCE(flow_key, ''), version_slot DESC, id"),
            {},
            [this, content](const QSqlQuery &query) {
                bool unread = false;
                Flow flow = fromRecord(query, content, &unread);
                // Rare: a damaged list; the activities come from the flow's document.
                if (auto whole = unread ? find(flow.id) : Result<std::optional<Flow>>(std::nullopt);
                    whole && whole->has_value())
                    flow.activities = (*whole)->activities;
                return flow;
            },
            sink);
}

Result<void> FlowRepository::insert(const Flow &flow, const QString &nameKey) const
{
    if (auto inserted =
            SqlRunner(m_database)
                .runPrepared(m_insert,
                             QStringLiteral("INSERT INTO flows (id, name, name_key, flow_type, "
                                            "description, imported_by, imported_at, updated_by, "
                                            "updated_at, revision, flow_key, version_id, "
                                            "version_number, last_modified, tags, version_slot, "
                                            "shape, activity_list, document) VALUES (?, ?, ?, ?, "
                                            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {idText(flow.id), flow.name, nameKey, flow.flowType, flow.description,
                              flow.importedBy, Timestamps::toStorage(flow.importedAt),
                              flow.updatedBy, Timestamps::toStorage(flow.updatedAt), flow.revision,
                              nullableText(flow.flowKey), text(flow.versionId), flow.version,
                              text(flow.lastModified), tagsText(flow.tags),
                              FlowVersions::slotKey(flow.versionSlot()),
                              FlowVersions::shapeKey(flow.shape), activityListText(flow),
                              documentText(flow)});
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
                       "document = ?, activity_list = ?, updated_by = ?, updated_at = ?, "
                       "revision = ?, flow_key = ?, version_id = ?, version_number = ?, "
                       "last_modified = ?, tags = ?, version_slot = ?, shape = ? "
                       "WHERE id = ? AND revision = ?"),
        {flow.name, nameKey, text(flow.flowType), text(flow.description), documentText(flow),
         activityListText(flow), flow.updatedBy, Timestamps::toStorage(flow.updatedAt),
         flow.revision, nullableText(flow.flowKey), text(flow.versionId), flow.version,
         text(flow.lastModified), tagsText(flow.tags), FlowVersions::slotKey(flow.versionSlot()),
         FlowVersions::shapeKey(flow.shape), idText(flow.id), expectedRevision});
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

Result<int> FlowRepository::park(const QUuid &id) const
{
    return SqlRunner(m_database)
        .change(QStringLiteral("UPDATE flows SET flow_key = NULL WHERE id = ?"), {idText(id)});
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
        .rows(QStringLiteral(
                  "SELECT f.id, f.name, a.node_id, a.node_name, a.event_flow, "
                  "f.version_slot, f.version_number, f.flow_type, f.flow_key, "
                  "f.last_modified FROM flow_activities a JOIN flows f "
                  "ON f.id = a.flow_id WHERE a.connector_id = ? "
                  "ORDER BY f.name_key, COALESCE(f.flow_key, ''), f.version_slot DESC, f.id, "
                  "a.event_flow, a.node_name, a.node_id"),
              {idText(connectorId)}, [](const QSqlQuery &query) {
                  FlowUsage usage;
                  usage.flowId = QUuid::fromString(query.value(0).toString());
                  usage.flowName = query.value(1).toString();
                  usage.nodeId = query.value(2).toString();
                  usage.nodeName = query.value(3).toString();
                  usage.eventFlow = query.value(4).toString();
                  usage.versionSlot = FlowVersions::slotFromKey(query.value(5).toString())
                                          .value_or(FlowVersionSlot::Latest);
                  usage.version = query.value(6).toInt();
                  usage.subflow = query.value(7).toString().compare(QLatin1String("SUBFLOW"),
                                                                    Qt::CaseInsensitive) == 0;
                  usage.flowKey = query.value(8).toString();
                  usage.lastModified = query.value(9).toString();
                  if (!FlowVersions::hasVersionFacts(usage))
                      usage.version = 0;
                  return usage;
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
