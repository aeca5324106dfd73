#pragma once

#include "app/core/support/Result.h"

#include <optional>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <type_traits>

class Database;

// The one way the repositories run SQL: prepare the statement, bind the values in order (never
// text pasted into SQL), run it, and turn a failure into the database's CoreError. The callers
// keep only their SQL and how a row reads.
class SqlRunner final
{
public:
    explicit SqlRunner(const Database &database);

    // The query, run and standing before its first row.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // For a statement whose rows do not matter (an INSERT).
    Result<void> execute(const QString &sql, const QVariantList &values) const;
    // For a statement that changes rows: how many it changed.
    Result<int> change(const QString &sql, const QVariantList &values) const;
    // For a statement run many times in one transaction (an import's inserts): prepared once into
    // `prepared`, which the repository keeps, then bound and run.
    Result<void> runPrepared(std::optional<QSqlQuery> &prepared, const QString &sql,
                             const QVariantList &values) const;

    // Every row, each read by `read(query)`.
    template<typename Read>
    auto rows(const QString &sql, const QVariantList &values, Read read) const
        -> Result<QList<std::invoke_result_t<Read, const QSqlQuery &>>>
    {
        using Row = std::invoke_result_t<Read, const QSqlQuery &>;
        auto query = run(sql, values);
        if (!query)
            return query.error();
        QList<Row> list;
        while (query.value().next())
            list.append(read(std::as_const(query.value())));
        return list;
    }

    // Every row, each read by `read(query)` and handed to `sink(row)` as it arrives (a forward-only
    // query: neither SQLite nor PostgreSQL keeps the rows already read), until `sink` returns
    // false. For lists of any length.
    template<typename Read, typename Sink>
    Result<void> each(const QString &sql, const QVariantList &values, Read read, Sink sink) const
    {
        auto query = run(sql, values);
        if (!query)
            return query.error();
        while (query.value().next()) {
            if (!sink(read(std::as_const(query.value()))))
                return {};
        }
        return finished(query.value());
    }

    // The first row read by `read(query)`, or nothing when there is none.
    template<typename Read>
    auto firstRow(const QString &sql, const QVariantList &values, Read read) const
        -> Result<std::optional<std::invoke_result_t<Read, const QSqlQuery &>>>
    {
        using Row = std::invoke_result_t<Read, const QSqlQuery &>;
        auto query = run(sql, values);
        if (!query)
            return query.error();
        if (!query.value().next())
            return std::optional<Row>();
        return std::optional<Row>(read(std::as_const(query.value())));
    }

private:
    // The error that ended a row-by-row read early (PostgreSQL sends rows one at a time, so a
    // failure can come after the first rows), or nothing.
    Result<void> finished(const QSqlQuery &query) const;
    Result<void> bindAndRun(QSqlQuery &query, const QVariantList &values) const;

    const Database &m_database;
};
