#pragma once

#include "app/core/domain/AuditEntry.h"
#include "app/core/support/Result.h"

#include <functional>
#include <optional>
#include <QList>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

class Database;

// The append-only audit log. Rows outlive their connector: a deleted connector's history stays.
// One repository used for many rows prepares its INSERT once.
class AuditRepository final
{
public:
    explicit AuditRepository(const Database &database);

    Result<void> append(const AuditEntry &entry) const;
    // append() for many entries, with a few multi-row INSERTs (an import).
    Result<void> appendMany(const QList<AuditEntry> &entries) const;
    // Newest first. A null id reads the whole organisation's log; limit < 0 means no limit.
    Result<QList<AuditEntry>> entries(const QUuid &connectorId = {}, int limit = -1) const;
    // The same entries handed to `sink` one at a time until it returns false.
    Result<void> each(const QUuid &connectorId, int limit,
                      const std::function<bool(const AuditEntry &)> &sink) const;

private:
    // Who really acted when `entry.actor` is not the session's account; the refusal when the
    // session may not act as others.
    std::optional<CoreError> realActor(const AuditEntry &entry, QString &realActor) const;
    static QVariantList rowValues(const AuditEntry &entry, const QString &realActor);
    static QString insertSql(qsizetype rows);
    static QString entriesSql(const QUuid &connectorId, int limit, QVariantList &values);

    const Database &m_database;
    mutable std::optional<QSqlQuery> m_append;
    mutable std::optional<QSqlQuery> m_appendMany;
};
