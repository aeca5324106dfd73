#pragma once

#include "app/core/support/Result.h"

class Database;

// A write transaction that rolls back unless committed. It begins IMMEDIATE so that two
// processes writing the same file queue on the busy timeout instead of failing half-way through.
// A read transaction takes no write lock and works on a read-only database: every statement in it
// sees one snapshot, so a multi-statement read (an export) never mixes two states of the store.
class SqlTransaction final
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    enum class Mode
    {
        Write,
        Read,
    };

    explicit SqlTransaction(const Database &database, Mode mode = Mode::Write);
    ~SqlTransaction();

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    Result<void> beginRead();

    const Database &m_database;
    Mode m_mode;
    bool m_open = false;
};
