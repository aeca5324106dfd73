#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Notices commits made to the database by other connections or processes (another console,
// connectorctl). On SQLite it polls PRAGMA data_version, which changes only when someone else
// commits; on PostgreSQL the newest audit row, which our own commits move too (a refresh after
// our own change finds nothing to do, so that costs only a query).
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    explicit ChangeWatcher(const Database &database, QObject *parent = nullptr);

    void start(int intervalMs = 500);
    void stop();
    // Polls once now; returns true and emits changedElsewhere() when something changed.
    bool poll();

Q_SIGNALS:
    void changedElsewhere();

private:
    qint64 readDataVersion() const;

    const Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};
