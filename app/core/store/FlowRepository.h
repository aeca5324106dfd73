#pragma once

#include "app/core/domain/Flow.h"
#include "app/core/support/Result.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QUuid>

class Database;

// SQL for flows and the index of their HTTP Request activities, bound values only. Like the
// other repositories it applies no rules; FlowService does, inside its transaction. The flow's
// JSON document is the source of truth; `flow_activities` is rewritten from it on every save.
class FlowRepository final
{
public:
    explicit FlowRepository(const Database &database);

    Result<std::optional<Flow>> find(const QUuid &id) const;
    // The first flow of this name (names are not unique: the oldest import comes first).
    Result<std::optional<Flow>> findByNameKey(const QString &nameKey) const;
    // How many flows (and versions) carry this name key: names are not unique.
    Result<int> countByNameKey(const QString &nameKey) const;
    // The same among flows without Flow Designer's flowId: the only ones a name identifies.
    Result<std::optional<Flow>> findWithoutKeyByNameKey(const QString &nameKey) const;
    // The stored version of Flow Designer flow `flowKey` in this slot (at most one).
    Result<std::optional<Flow>> findByIdentity(const QString &flowKey, FlowVersionSlot slot) const;
    // The stored row of this version object of the flow, in whichever slot.
    Result<std::optional<Flow>> findByVersionId(const QString &flowKey,
                                                const QString &versionId) const;
    // Every stored version of Flow Designer flow `flowKey`, the Live one first.
    Result<QList<Flow>> versionsOf(const QString &flowKey) const;
    // Sorted by name, case-insensitively, then the Live version before the latest.
    Result<QList<Flow>> all(FlowContent content = FlowContent::Whole) const;
    // The same flows as all(), handed to `sink` one at a time until it returns false.
    Result<void> each(FlowContent content, const std::function<bool(const Flow &)> &sink) const;

    Result<void> insert(const Flow &flow, const QString &nameKey) const;
    // Replaces name, document and the updated/revision fields when the stored revision is still
    // `expectedRevision`; returns the number of rows changed (0 means someone was first).
    Result<int> update(const Flow &flow, const QString &nameKey, int expectedRevision) const;
    Result<int> remove(const QUuid &id) const;
    // Lets go of the row's identity (flowId and slot) inside a transaction, so that two rows can
    // swap slots without the unique identity being held twice; the next update() sets it again.
    Result<int> park(const QUuid &id) const;

    // Where-used: every activity naming this connector, by flow name, the Live version first.
    Result<QList<FlowUsage>> usages(const QUuid &connectorId) const;
    // Flows and activities per connector, for every connector any activity names.
    Result<QHash<QUuid, UsageCount>> usageCounts() const;

private:
    Result<std::optional<Flow>> findOne(const QString &where, const QVariantList &values) const;
    Result<void> writeActivities(const Flow &flow) const;
    // `unread` says whether the activities could not be read from this row alone.
    static Flow fromRecord(const QSqlQuery &query, FlowContent content = FlowContent::Whole,
                           bool *unread = nullptr);
    static std::optional<QList<HttpRequestActivity>> activitiesOf(const QSqlQuery &query,
                                                                  FlowContent content);

    const Database &m_database;
    mutable std::optional<QSqlQuery> m_insert;
    mutable std::optional<QSqlQuery> m_insertActivity;
};
