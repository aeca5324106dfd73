#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

// One open connectors database: the Qt Sql connection, its schema brought up to date, and the
// mapping of SQLite failures to typed errors. Nothing is written to a file until it is known to be
// an SQLite database of a schema version this build understands.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        // Stop migrating at this version; tests use it to build a database of an older schema.
        int targetVersion = -1;
        bool backupBeforeMigration = true;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    ~Database();

    // The default file: connectors.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy taken before this open migrated an older schema; empty when none was needed.
    const QString &backupPath() const { return m_backupPath; }

    CoreError errorFrom(const QSqlError &error) const;
    Result<void> execute(const QString &statement) const;

private:
    Database(QString path, QString connectionName);

    Result<void> connect(bool readOnly);
    Result<void> configure();
    Result<int> readUserVersion() const;
    Result<void> checkNotTruncated() const;
    Result<void> backUp(int fromVersion);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    QString m_backupPath;
};
