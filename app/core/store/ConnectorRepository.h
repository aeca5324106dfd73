#pragma once

#include "app/core/domain/Connector.h"
#include "app/core/support/Result.h"

#include <functional>
#include <optional>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
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
    // The same rows as all(), handed to `sink` one at a time until it returns false.
    Result<void> each(const std::function<bool(const Connector &)> &sink) const;
    Result<int> count() const;

    Result<void> insert(const Connector &connector, const QString &nameKey) const;
    // Stored connectors that have one of `ids` or one of `nameKeys`, each with its name key: what
    // an import checks a batch of records against in one query. At most MaxLookup of each.
    static constexpr qsizetype MaxLookup = 400;
    struct Stored
    {
        Connector connector;
        QString nameKey;
    };
    Result<QList<Stored>> findAny(const QList<QUuid> &ids, const QStringList &nameKeys) const;
    // Inserts many connectors with a few multi-row INSERTs (`nameKeys` in the same order).
    Result<void> insertMany(const QList<Connector> &connectors, const QStringList &nameKeys) const;
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
    mutable std::optional<QSqlQuery> m_insertMany; // for InsertRows rows at once
};
