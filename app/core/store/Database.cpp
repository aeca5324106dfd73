#include "store/Database.h"

#include "store/SchemaMigrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace {

// SQLite primary result codes, as QSQLITE reports them in QSqlError::nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

constexpr int kBusyTimeoutMs = 5000;

// True when the file is empty (SQLite will initialise it) or starts with SQLite's magic header.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // unreadable: let SQLite report the real reason
    if (file.size() == 0)
        return true;
    static const QByteArray magic("SQLite format 3", 16);
    return file.read(16) == magic;
}

QString newConnectionName()
{
    return QStringLiteral("connectors-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

Database::Database(Backend backend, QString path, QString connectionName)
    : m_backend(backend)
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("connectors.sqlite"));
}

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    return open(location, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    auto database =
        isServerUrl(location) ? openServer(location) : openFile(location, options.readOnly);
    if (!database)
        return database;
    if (auto ready = (*database)->bringUpToDate(options); !ready)
        return ready.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, bool readOnly)
{
    if (path.trimmed().isEmpty() || path.contains(QChar(u'\0')))
        return CoreError(ErrorCode::DatabasePathInvalid, {path});
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isFile())
        return CoreError(ErrorCode::DatabaseUnwritable, {absolute, tr("it is a folder")});
    if (info.exists() && !looksLikeSqlite(absolute))
        return CoreError(ErrorCode::DatabaseNotSqlite, {absolute});
    if (readOnly && !info.exists())
        return CoreError(ErrorCode::DatabaseUnwritable, {absolute, tr("the file does not exist")});
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return CoreError(
            ErrorCode::DatabaseUnwritable,
            {absolute, tr("the folder %1 cannot be created").arg(info.absolutePath())});

    std::unique_ptr<Database> database(
        new Database(Backend::Sqlite, absolute, newConnectionName()));
    // A file we may not write, or in a folder where SQLite cannot create its journal, is opened
    // read-only: it can be looked at, and every change is refused with a message saying why.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool openReadOnly =
        readOnly || (info.exists() && (!info.isWritable() || !folderWritable));
    if (auto connected = database->connectFile(openReadOnly); !connected)
        return connected.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(u'/'))
        return CoreError(ErrorCode::DatabasePathInvalid, {location});
    QUrl shown = url;
    shown.setPassword({});
    std::unique_ptr<Database> database(
        new Database(Backend::Postgres, shown.toString(), newConnectionName()));

    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!db.isValid())
        return CoreError(ErrorCode::DatabaseUnreachable,
                         {database->m_path, tr("the PostgreSQL driver (QPSQL) is not installed")});
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(name);
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=connector-console"));
    if (!db.open())
        return CoreError(ErrorCode::DatabaseUnreachable, {database->m_path, db.lastError().text()});
    // Server notices ("relation exists, skipping") are for DBAs, not for our stderr.
    if (auto quiet = database->execute(QStringLiteral("SET client_min_messages TO warning"));
        !quiet)
        return quiet.error();
    return database;
}

Result<void> Database::bringUpToDate(const Options &options)
{
    auto version = readSchemaVersion();
    if (!version)
        return version.error();
    const int latest = SchemaMigrator::latestVersion();
    if (*version > latest) {
        return CoreError(ErrorCode::DatabaseNewerSchema,
                         {m_path, QString::number(*version), QString::number(latest)});
    }
    if (m_backend == Backend::Sqlite) {
        if (auto whole = checkNotTruncated(); !whole)
            return whole;
        if (auto configured = configureFile(); !configured)
            return configured;
    }
    const int target = options.targetVersion < 0 ? latest : qMin(options.targetVersion, latest);
    if (*version < target) {
        if (m_readOnly)
            return CoreError(ErrorCode::DatabaseReadOnly, {m_path});
        // A server database is backed up by its administrators (pg_dump); a file we copy.
        if (m_backend == Backend::Sqlite && *version > 0 && options.backupBeforeMigration) {
            if (auto backedUp = backUp(*version); !backedUp)
                return backedUp;
        }
        if (auto migrated = SchemaMigrator::migrate(*this, *version, target); !migrated)
            return migrated;
    }
    m_schemaVersion = qMax(*version, target);
    return {};
}

Result<void> Database::connectFile(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return CoreError(ErrorCode::DatabaseUnwritable, {m_path, db.lastError().text()});
    m_readOnly = readOnly;
    return {};
}

Result<int> Database::readSchemaVersion() const
{
    QSqlQuery query(connection());
    if (m_backend == Backend::Sqlite) {
        // schema_version forces SQLite to read the header and schema, so a damaged file fails
        // here, before anything is written.
        if (!query.exec(QStringLiteral("PRAGMA schema_version")))
            return errorFrom(query.lastError());
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return errorFrom(query.lastError());
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) ||
        !query.next())
        return errorFrom(query.lastError());
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return errorFrom(query.lastError());
    return query.value(0).toInt();
}

Result<void> Database::writeSchemaVersion(int version) const
{
    if (m_backend == Backend::Sqlite) {
        // PRAGMA takes no bound parameters; the version is an integer we produced ourselves.
        return execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    if (auto created = execute(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        !created)
        return created;
    if (auto cleared = execute(QStringLiteral("DELETE FROM schema_version")); !cleared)
        return cleared;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
    query.addBindValue(version);
    if (!query.exec())
        return errorFrom(query.lastError());
    return {};
}

Result<void> Database::checkNotTruncated() const
{
    // With no write-ahead log, every page SQLite expects must be in the file; a shorter file was
    // cut off (a failed copy, a full disk) and reading on would hand out partial data.
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return {};
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next())
        return errorFrom(query.lastError());
    const qint64 pages = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
        return errorFrom(query.lastError());
    const qint64 expected = pages * query.value(0).toLongLong();
    const qint64 actual = QFileInfo(m_path).size();
    if (actual < expected) {
        return CoreError(ErrorCode::DatabaseCorrupt,
                         {m_path, tr("the file is %n byte(s) long but should be %1; it was cut "
                                     "off",
                                     nullptr, int(qMin<qint64>(actual, INT_MAX)))
                                      .arg(expected)});
    }
    return {};
}

Result<void> Database::configureFile()
{
    if (auto done = execute(QStringLiteral("PRAGMA foreign_keys = ON")); !done)
        return done;
    if (m_readOnly)
        return {};
    // WAL lets a console keep reading while connectorctl writes; NORMAL sync is durable across
    // process crashes, which is what WAL mode guarantees without a full fsync per commit.
    if (auto done = execute(QStringLiteral("PRAGMA journal_mode = WAL")); !done)
        return done;
    return execute(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Result<void> Database::backUp(int fromVersion)
{
    QString target = QStringLiteral("%1.schema-v%2.bak").arg(m_path).arg(fromVersion);
    if (QFileInfo::exists(target)) {
        target =
            QStringLiteral("%1.schema-v%2-%3.bak")
                .arg(m_path)
                .arg(fromVersion)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return errorFrom(query.lastError());
    m_backupPath = target;
    return {};
}

Result<void> Database::execute(const QString &statement) const
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return errorFrom(query.lastError());
    return {};
}

CoreError Database::errorFrom(const QSqlError &error) const
{
    return m_backend == Backend::Sqlite ? sqliteError(error) : postgresError(error);
}

CoreError Database::sqliteError(const QSqlError &error) const
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (numeric) {
        switch (code) {
        case kSqliteBusy:
        case kSqliteLocked:
            return CoreError(ErrorCode::DatabaseBusy, {m_path});
        case kSqliteReadOnly:
            return CoreError(ErrorCode::DatabaseReadOnly, {m_path});
        case kSqliteCorrupt:
        case kSqliteNotADatabase:
            return CoreError(ErrorCode::DatabaseCorrupt, {m_path, detail});
        case kSqliteFull:
        case kSqliteIoError:
        case kSqliteCantOpen:
            return CoreError(ErrorCode::DatabaseUnwritable, {m_path, detail});
        default:
            break;
        }
    }
    return CoreError(ErrorCode::DatabaseFailure, {detail});
}

CoreError Database::postgresError(const QSqlError &error) const
{
    // SQLSTATE classes: 08 connection, 40 transaction rollback (serialisation, deadlock),
    // 53 insufficient resources, 25006 read-only transaction, 57P01 admin shutdown.
    const QString state = error.nativeErrorCode();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        (state.isEmpty() && !connection().isOpen()))
        return CoreError(ErrorCode::DatabaseUnreachable, {m_path, detail});
    if (state.startsWith(QLatin1String("40")))
        return CoreError(ErrorCode::DatabaseBusy, {m_path});
    if (state == QLatin1String("25006"))
        return CoreError(ErrorCode::DatabaseReadOnly, {m_path});
    if (state.startsWith(QLatin1String("53")))
        return CoreError(ErrorCode::DatabaseUnwritable, {m_path, detail});
    // insufficient_privilege: the server's own role policy (grants and triggers) said no.
    if (state == QLatin1String("42501"))
        return CoreError(ErrorCode::ServerRefused, {detail});
    return CoreError(ErrorCode::DatabaseFailure, {detail});
}
