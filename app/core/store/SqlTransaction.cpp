#include "store/SqlTransaction.h"

#include "store/Database.h"

SqlTransaction::SqlTransaction(const Database &database)
    : m_database(database)
{
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Result<void> SqlTransaction::begin()
{
    if (m_database.isReadOnly())
        return CoreError(ErrorCode::DatabaseReadOnly, {m_database.path()});
    auto begun = m_database.execute(QStringLiteral("BEGIN IMMEDIATE"));
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
