#include "app/core/store/SqlRunner.h"

#include "app/core/store/Database.h"

#include <QSqlError>

SqlRunner::SqlRunner(const Database &database)
    : m_database(database)
{}

Result<void> SqlRunner::bindAndRun(QSqlQuery &query, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}

Result<void> SqlRunner::finished(const QSqlQuery &query) const
{
    if (query.lastError().type() != QSqlError::NoError)
        return m_database.errorFrom(query.lastError());
    return {};
}

Result<QSqlQuery> SqlRunner::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    // Rows are read once, in order: a forward-only query does not keep them all.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_database.errorFrom(query.lastError());
    if (auto ran = bindAndRun(query, values); !ran)
        return ran.error();
    return query;
}

Result<void> SqlRunner::execute(const QString &sql, const QVariantList &values) const
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    return {};
}

Result<int> SqlRunner::change(const QString &sql, const QVariantList &values) const
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    return query.value().numRowsAffected();
}

Result<void> SqlRunner::runPrepared(std::optional<QSqlQuery> &prepared, const QString &sql,
                                    const QVariantList &values) const
{
    if (!prepared) {
        prepared.emplace(m_database.connection());
        if (!prepared->prepare(sql)) {
            const CoreError error = m_database.errorFrom(prepared->lastError());
            prepared.reset();
            return error;
        }
    }
    return bindAndRun(*prepared, values);
}
