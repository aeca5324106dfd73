#include "app/core/store/ChangeWatcher.h"

#include "app/core/store/Database.h"

#include <QSqlQuery>
#include <QVariant>

ChangeWatcher::ChangeWatcher(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::start(int intervalMs)
{
    m_lastVersion = readDataVersion();
    m_timer.start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

qint64 ChangeWatcher::readDataVersion() const
{
    QSqlQuery query(m_database.connection());
    // SQLite counts other connections' commits for us; on a server every change writes an audit
    // row, so the newest row's number moves whenever anyone changes anything.
    const QString statement = m_database.backend() == Database::Backend::Sqlite
                                  ? QStringLiteral("PRAGMA data_version")
                                  : QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log");
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool ChangeWatcher::poll()
{
    const qint64 version = readDataVersion();
    if (version < 0 || version == m_lastVersion)
        return false;
    const bool first = m_lastVersion < 0;
    m_lastVersion = version;
    if (first)
        return false;
    Q_EMIT changedElsewhere();
    return true;
}
