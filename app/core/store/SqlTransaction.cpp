#include "app/core/store/SqlTransaction.h"

#include "app/core/store/Database.h"

SqlTransaction::SqlTransaction(const Database &database, Mode mode)
    : m_database(database)
    , m_mode(mode)
{}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Result<void> SqlTransaction::begin()
{
    if (m_mode == Mode::Read)
        return beginRead();
    if (m_database.isReadOnly())
        return CoreError(ErrorCode::DatabaseReadOnly, {m_database.path()});
    if (m_database.backend() == Database::Backend::Sqlite) {
        auto begun = m_database.execute(QStringLiteral("BEGIN IMMEDIATE"));
        m_open = begun.ok();
        return begun;
    }
    auto begun = m_database.execute(QStringLiteral("BEGIN"));
    m_open = begun.ok();
    if (!begun)
        return begun;
    // One writer at a time per database, as SQLite's IMMEDIATE gives: check-then-write rules
    // (unique names, revisions) stay race-free without serialisable isolation and its retries.
    return m_database.execute(QStringLiteral("SELECT pg_advisory_xact_lock(7243851)"));
}

Result<void> SqlTransaction::beginRead()
{
    // SQLite's deferred transaction holds its snapshot from the first read to the end; in
    // PostgreSQL, REPEATABLE READ gives the whole transaction the snapshot of its first statement.
    const QString statement =
        m_database.backend() == Database::Backend::Sqlite
            ? QStringLiteral("BEGIN DEFERRED")
            : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    auto begun = m_database.execute(statement);
    m_open = begun.ok();
    return begun;
}

Result<void> SqlTransaction::commit()
{
    auto committed = m_database.execute(QStringLiteral("COMMIT"));
    if (committed)
        m_open = false;
    return committed;
}

void SqlTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    (void)m_database.execute(QStringLiteral("ROLLBACK"));
}
