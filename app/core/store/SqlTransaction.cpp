#include "store/SqlTransaction.h"

#include "store/Database.h"

SqlTransaction::SqlTransaction(const Database &database)
    : m_database(database)
{}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Result<void> SqlTransaction::begin()
{
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
