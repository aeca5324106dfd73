#pragma once

#include "app/core/store/Database.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QStringList>
#include <QTest>
#include <QVariant>
#include <sqlite3.h>

// Records every SQL statement an SQLite connection runs, through SQLite's own trace hook on the
// handle Qt's driver holds: what the code under test asks the database, whichever class asks it,
// without a hook in the product. One spy per connection at a time; it stops when destroyed.
class SqlStatementSpy final
{
    Q_DISABLE_COPY_MOVE(SqlStatementSpy)

public:
    explicit SqlStatementSpy(const Database &database)
    {
        const QVariant handle = database.connection().driver()->handle();
        QVERIFY2(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0,
                 "the statement spy needs an SQLite connection");
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        QVERIFY(m_handle);
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &SqlStatementSpy::traced, this);
    }

    ~SqlStatementSpy()
    {
        if (m_handle)
            sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    }

    const QStringList &statements() const { return m_statements; }
    void clear() { m_statements.clear(); }

    // The statements that read or change one of `tables` (named after FROM, JOIN, UPDATE or INTO).
    QStringList touching(const QStringList &tables) const
    {
        const QRegularExpression pattern(
            QStringLiteral("\\b(FROM|JOIN|UPDATE|INTO)\\s+(%1)\\b").arg(tables.join(u'|')),
            QRegularExpression::CaseInsensitiveOption);
        QStringList found;
        for (const QString &statement : m_statements) {
            if (pattern.match(statement).hasMatch())
                found.append(statement);
        }
        return found;
    }

private:
    static int traced(unsigned type, void *context, void *, void *sql)
    {
        // For SQLITE_TRACE_STMT the last argument is the statement's text as prepared.
        if (type == SQLITE_TRACE_STMT && sql) {
            static_cast<SqlStatementSpy *>(context)->m_statements.append(
                QString::fromUtf8(static_cast<const char *>(sql)));
        }
        return 0;
    }

    sqlite3 *m_handle = nullptr;
    QStringList m_statements;
};
