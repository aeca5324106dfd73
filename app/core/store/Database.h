#pragma once

#include "app/core/support/Result.h"

#include <memory>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// One open connectors database: the Qt Sql connection, its schema brought up to date, and the
// mapping of driver failures to typed errors. Two backends share one schema and one set of
// rules: an SQLite file (the default) and a PostgreSQL server for teams
// (postgresql://user[:password]@host[:port]/database). Nothing is written to an SQLite file until
// it is known to be an SQLite database of our schema, of a version this build understands, and
// (after an unclean shutdown) intact; a new file is made only in a folder that exists.
class QUrlQuery;

class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Backend
    {
        Sqlite,
        Postgres,
    };

    struct Options
    {
        // Stop migrating at this version; tests use it to build a database of an older schema.
        int targetVersion = -1;
        bool backupBeforeMigration = true;
        // Open an SQLite file read-only even when it could be written (a file that cannot be
        // written is always opened read-only).
        bool readOnly = false;
    };

    // `location` is a file path or a postgresql:// URL.
    static Result<std::unique_ptr<Database>> open(const QString &location);
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    ~Database();

    // The default file: connectors.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    static bool isServerUrl(const QString &location);

    QSqlDatabase connection() const;
    Backend backend() const { return m_backend; }
    // The file path, or the server URL without its password (DatabaseLocation::displayable):
    // safe to show and log.
    const QString &path() const { return m_shown; }
    // The SQLite file itself, for comparing with other files; empty for a server.
    const QString &filePath() const { return m_file; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy taken before this open migrated an older schema; empty when none was needed.
    const QString &backupPath() const { return m_backupPath; }
    // True when this open found the file left by a connection that did not close it and ran
    // SQLite's quick_check on it (SqliteFileState).
    bool wasCheckedAfterUncleanShutdown() const { return m_checkIntegrity; }

    // The account of whoever uses this connection, once Session has resolved it from the OS user
    // or the database login: the audit log records it beside the actor when the two differ and
    // refuses an actor this session may not act as. Empty until resolved (tests acting directly).
    const QString &sessionAccount() const { return m_sessionAccount; }
    bool sessionMayActAsOthers() const { return m_sessionMayActAsOthers; }
    void setSessionAccount(const QString &email, bool mayActAsOthers) const
    {
        m_sessionAccount = email;
        m_sessionMayActAsOthers = mayActAsOthers;
    }

    CoreError errorFrom(const QSqlError &error) const;
    Result<void> execute(const QString &statement) const;

    Result<int> readSchemaVersion() const;
    Result<void> writeSchemaVersion(int version) const;

private:
    Database(Backend backend, QString file, QString shown, QString connectionName);

    static Result<std::unique_ptr<Database>> openFile(const QString &path, bool readOnly);
    static Result<void> checkFileLocation(const QFileInfo &info, const QString &shown,
                                          bool readOnly);
    static Result<std::unique_ptr<Database>> openServer(const QString &url);
    // The URL's query as QPSQL connect options; sets `refusal` for a parameter it cannot honour.
    static QString connectOptions(const QUrlQuery &query, QString *refusal);
    Result<void> bringUpToDate(const Options &options);

    Result<void> connectFile(bool readOnly);
    Result<void> configureFile();
    Result<void> checkNotTruncated() const;
    Result<void> checkIntact() const;
    Result<void> checkSchemaIsOurs(int version) const;
    Result<QStringList> tableNames() const;
    Result<void> backUp(int fromVersion);
    CoreError sqliteError(const QSqlError &error) const;
    CoreError postgresError(const QSqlError &error) const;

    Backend m_backend;
    QString m_file;
    QString m_shown;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_checkIntegrity = false;
    int m_schemaVersion = 0;
    QString m_backupPath;
    mutable QString m_sessionAccount;
    mutable bool m_sessionMayActAsOthers = false;
};
