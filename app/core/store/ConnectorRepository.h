#pragma once

#include "app/core/domain/Connector.h"
#include "app/core/support/Result.h"

#include <optional>
#include <QList>
#include <QSqlQuery>
#include <QUuid>

class Database;

// SQL for the connectors table, with bound values only. It applies no rules: the service does,
// inside the transaction it opens around these calls. One repository used for many inserts (an
// import, the demo data) prepares its INSERT once.
class ConnectorRepository final
{
public:
    explicit ConnectorRepository(const Database &database);

    Result<std::optional<Connector>> find(const QUuid &id) const;
    Result<std::optional<Connector>> findByNameKey(const QString &nameKey) const;
    // Sorted by name, case-insensitively.
    Result<QList<Connector>> all() const;
    Result<int> count() const;

    Result<void> insert(const Connector &connector, const QString &nameKey) const;
    // Writes name, access, active and the updated/revision fields when the stored revision is
    // still `expectedRevision`; returns the number of rows changed (0 means someone was first).
    Result<int> update(const Connector &connector, const QString &nameKey,
                       int expectedRevision) const;
    Result<int> remove(const QUuid &id, int expectedRevision) const;

    static Connector fromRecord(const QSqlQuery &query);
    static const QString &selectColumns();

private:
    Result<std::optional<Connector>> findOne(const QString &where, const QVariant &value) const;

    const Database &m_database;
    mutable std::optional<QSqlQuery> m_insert;
};
