#pragma once

#include "support/Result.h"

class Database;

// A write transaction that rolls back unless committed. It begins IMMEDIATE so that two
// processes writing the same file queue on the busy timeout instead of failing half-way through.
class SqlTransaction final
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    explicit SqlTransaction(const Database &database);
    ~SqlTransaction();

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    const Database &m_database;
    bool m_open = false;
};
