#pragma once

#include "app/core/domain/AuditEntry.h"
#include "app/core/support/Result.h"

#include <optional>
#include <QList>
#include <QSqlQuery>
#include <QUuid>

class Database;

// The append-only audit log. Rows outlive their connector: a deleted connector's history stays.
// One repository used for many rows prepares its INSERT once.
class AuditRepository final
{
public:
    explicit AuditRepository(const Database &database);

    Result<void> append(const AuditEntry &entry) const;
    // Newest first. A null id reads the whole organisation's log; limit < 0 means no limit.
    Result<QList<AuditEntry>> entries(const QUuid &connectorId = {}, int limit = -1) const;

private:
    const Database &m_database;
    mutable std::optional<QSqlQuery> m_append;
};
