#include "app/core/store/Database.h"

#include "app/core/store/ActivityListMigration.h"
#include "app/core/store/DatabaseLocation.h"
#include "app/core/store/NameKeyMigration.h"
#include "app/core/store/SchemaMigrator.h"
#include "app/core/store/SqliteFileState.h"
#include "app/core/support/ProgramIdentity.h"

#include <algorithm>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace {

// The schema version from which name keys follow the confusable-aware rule.
constexpr int kNameKeyRuleVersion = 4;
constexpr int kFlowNamesNotUniqueVersion = 5;
constexpr int kActivityListVersion = 6;

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

Database::Database(Backend backend, QString file, QString shown, QString connectionName)
    : m_backend(backend)
    , m_file(std::move(file))
    , m_shown(std::move(shown))
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
    // URL schemes are case-insensitive: POSTGRESQL:// is a server too, never a file name.
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
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
    if (auto ready = (*database)->bringUpToDate(options); !ready) {
        const bool damagedAfterCrash =
            (*database)->m_checkIntegrity && ready.error().code() == ErrorCode::DatabaseCorrupt;
        const QString file = (*database)->m_file;
        std::move(database).value().reset(); // closing may delete the -wal and -shm files
        // Without them the next open would see a cleanly closed file and skip the check.
        if (damagedAfterCrash)
            SqliteFileState::keepUncleanMark(file);
        return ready.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, bool readOnly)
{
    if (path.trimmed().isEmpty() || path.contains(QChar(u'\0')))
        return CoreError(ErrorCode::DatabasePathInvalid, {DatabaseLocation::displayable(path)});
    // SQLite gives these names a meaning of its own: ":memory:" keeps the data only until the
    // program ends (an "added" connector would be gone at once) and "file:" is a URI.
    if (path == u":memory:" || path.startsWith(u"file:", Qt::CaseInsensitive))
        return CoreError(ErrorCode::DatabasePathInvalid,
                         {DatabaseLocation::displayable(path),
                          tr("SQLite reads it as a special name (an in-memory database or a "
                             "URI), not as a file; name the database file itself, such as "
                             "./connectors.sqlite")});
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = DatabaseLocation::displayable(absolute);
    const QFileInfo info(absolute);
    if (auto usable = checkFileLocation(info, shown, readOnly); !usable)
        return usable.error();

    std::unique_ptr<Database> database(
        new Database(Backend::Sqlite, absolute, shown, newConnectionName()));
    // Only a file that a crashed or killed connection left behind is checked page by page; the
    // check reads the whole file, which a clean open of a large database should not pay for.
    database->m_checkIntegrity = info.exists() && SqliteFileState::leftUncleanly(absolute);
    // A file we may not write, or in a folder where SQLite cannot create its journal, is opened
    // read-only: it can be looked at, and every change is refused with a message saying why.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool openReadOnly =
        readOnly || (info.exists() && (!info.isWritable() || !folderWritable));
    if (auto connected = database->connectFile(openReadOnly); !connected)
        return connected.error();
    return database;
}

Result<void> Database::checkFileLocation(const QFileInfo &info, const QString &shown, bool readOnly)
{
    const QString absolute = info.absoluteFilePath();
    if (info.isSymLink()) {
        // SQLite would follow a dangling link and create its target, and would turn the empty
        // file a link points to into a database: either way the link, not the admin, chose
        // where the data goes. A link to an existing database is fine.
        if (!info.exists())
            return CoreError(
                ErrorCode::DatabaseUnwritable,
                {shown, tr("it is a link to %1, which does not exist")
                            .arg(DatabaseLocation::displayable(info.symLinkTarget()))});
        if (info.isFile() && info.size() == 0)
            return CoreError(
                ErrorCode::DatabaseUnwritable,
                {shown, tr("it is a link to the empty file %1; a new database is only created "
                           "in a file named directly")
                            .arg(DatabaseLocation::displayable(info.symLinkTarget()))});
    }
    if (info.isDir())
        return CoreError(ErrorCode::DatabaseUnwritable, {shown, tr("it is a folder")});
    if (info.exists() && !info.isFile())
        return CoreError(ErrorCode::DatabaseUnwritable, {shown, tr("it is not a regular file")});
    if (info.exists() && !looksLikeSqlite(absolute))
        return CoreError(ErrorCode::DatabaseNotSqlite, {shown});
    if (readOnly && !info.exists())
        return CoreError(ErrorCode::DatabaseUnwritable, {shown, tr("the file does not exist")});
    if (info.exists())
        return {};
    // A mistyped --database must not quietly start a new, empty database in folders it made up:
    // only the default location, which the admin never typed, gets its folder created.
    const QString folder = info.absolutePath();
    if (QFileInfo(folder).isDir())
        return {};
    if (absolute != QFileInfo(defaultPath()).absoluteFilePath())
        return CoreError(
            ErrorCode::DatabaseUnwritable,
            {shown, tr("the folder %1 does not exist").arg(DatabaseLocation::displayable(folder))});
    if (!QDir().mkpath(folder))
        return CoreError(
            ErrorCode::DatabaseUnwritable,
            {shown,
             tr("the folder %1 cannot be created").arg(DatabaseLocation::displayable(folder))});
    return {};
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(u'/'))
        return CoreError(ErrorCode::DatabasePathInvalid, {DatabaseLocation::displayable(location)});
    QUrl withoutPassword = url;
    withoutPassword.setPassword({});
    std::unique_ptr<Database> database(new Database(
        Backend::Postgres, {}, DatabaseLocation::displayable(withoutPassword.toString()),
        newConnectionName()));

    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!db.isValid())
        return CoreError(ErrorCode::DatabaseUnreachable,
                         {database->m_shown, tr("the PostgreSQL driver (QPSQL) is not installed")});
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(name);
    db.setUserName(url.userName());
    db.setPassword(url.password());
    QString refusal;
    const QString options = connectOptions(QUrlQuery(url), &refusal);
    if (!refusal.isEmpty())
        return CoreError(ErrorCode::DatabasePathInvalid, {database->m_shown, refusal});
    db.setConnectOptions(options);
    if (!db.open()) {
        // libpq does not quote passwords today; this keeps it so if a version ever does.
        const QString detail = DatabaseLocation::withoutSecret(
            DatabaseLocation::withoutSecret(db.lastError().text(), url.password()),
            url.password(QUrl::FullyEncoded));
        return CoreError(ErrorCode::DatabaseUnreachable, {database->m_shown, detail});
    }
    // Server notices ("relation exists, skipping") are for DBAs, not for our stderr.
    if (auto quiet = database->execute(QStringLiteral("SET client_min_messages TO warning"));
        !quiet)
        return quiet.error();
    return database;
}

QString Database::connectOptions(const QUrlQuery &query, QString *refusal)
{
    // libpq's parameters that QPSQL passes on as connect options. Any other one is refused by
    // name rather than dropped: a dropped sslmode=require would connect without TLS.
    static const QStringList supported = {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),          QStringLiteral("connect_timeout"),
        QStringLiteral("application_name")};
    QMap<QString, QString> chosen = {
        {QStringLiteral("connect_timeout"), QStringLiteral("5")},
        {QStringLiteral("application_name"), ProgramIdentity::applicationName()}};
    QSet<QString> seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!supported.contains(key))
            return *refusal = tr("the URL parameter \"%1\" is not supported (supported: %2)")
                                  .arg(key, supported.join(QStringLiteral(", ")));
        if (seen.contains(key))
            return *refusal = tr("the URL parameter \"%1\" is given twice").arg(key);
        // QPSQL separates the options with ';', and libpq's values are quoted below.
        if (value.isEmpty() || value.contains(u';') || value.contains(QChar(u'\0')))
            return *refusal = tr("the URL parameter \"%1\" has an empty value or one holding ';'")
                                  .arg(key);
        seen.insert(key);
        chosen.insert(key, value);
    }
    QStringList options;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        QString value = it.value();
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        options << it.key() + QStringLiteral("='") + value + u'\'';
    }
    return options.join(u';');
}

Result<void> Database::bringUpToDate(const Options &options)
{
    auto version = readSchemaVersion();
    if (!version)
        return version.error();
    const int latest = SchemaMigrator::latestVersion();
    if (*version > latest) {
        return CoreError(ErrorCode::DatabaseNewerSchema,
                         {m_shown, QString::number(*version), QString::number(latest)});
    }
    // Every check reads only: nothing is written to a file or a server database that is damaged
    // or belongs to another application.
    if (m_backend == Backend::Sqlite) {
        if (auto whole = checkNotTruncated(); !whole)
            return whole;
        if (auto intact = checkIntact(); !intact)
            return intact;
    }
    if (auto ours = checkSchemaIsOurs(*version); !ours)
        return ours;
    if (m_backend == Backend::Sqlite) {
        if (auto configured = configureFile(); !configured)
            return configured;
    }
    const int target = options.targetVersion < 0 ? latest : qMin(options.targetVersion, latest);
    if (*version < target) {
        if (m_readOnly)
            return CoreError(ErrorCode::DatabaseReadOnly, {m_shown});
        // A server database is backed up by its administrators (pg_dump); a file we copy.
        if (m_backend == Backend::Sqlite && *version > 0 && options.backupBeforeMigration) {
            if (auto backedUp = backUp(*version); !backedUp)
                return backedUp;
        }
        if (auto migrated = SchemaMigrator::migrate(*this, *version, target); !migrated)
            return migrated;
    }
    m_schemaVersion = qMax(*version, target);
    // Name keys written before schema version 4 follow the old key rule: re-key them once, as
    // the data step of that upgrade (see NameKeyMigration). Later opens pay nothing for it.
    // Version 5 runs it once more: flow names are no longer unique, so a flow that had to take
    // a clash key gets its plain one back.
    const auto crosses = [&](int step) {
        return *version < step && target >= step;
    };
    if (*version >= 1 && (crosses(kNameKeyRuleVersion) || crosses(kFlowNamesNotUniqueVersion))) {
        auto clashes = NameKeyMigration::rekey(*this);
        if (!clashes)
            return clashes.error();
        for (const NameKeyMigration::Clash &clash : std::as_const(*clashes))
            qWarning("%s", qPrintable(tr("In %1, \"%2\" (ID %3) and \"%4\" (ID %5) now count "
                                         "as the same name; both are kept. Rename one of them.")
                                          .arg(m_shown, clash.name, clash.id, clash.keptName,
                                               clash.keptId)));
    }
    // Flows stored before version 6 get their activity lists now, not at their next save.
    if (*version >= 1 && crosses(kActivityListVersion)) {
        if (auto filled = ActivityListMigration::fill(*this); !filled)
            return filled.error();
    }
    return {};
}

Result<void> Database::connectFile(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_file);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return CoreError(ErrorCode::DatabaseUnwritable, {m_shown, db.lastError().text()});
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
    const QFileInfo wal(m_file + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return {};
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next())
        return errorFrom(query.lastError());
    const qint64 pages = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
        return errorFrom(query.lastError());
    const qint64 expected = pages * query.value(0).toLongLong();
    const qint64 actual = QFileInfo(m_file).size();
    if (actual < expected) {
        return CoreError(ErrorCode::DatabaseCorrupt,
                         {m_shown, tr("the file is %n byte(s) long but should be %1; it was cut "
                                      "off",
                                      nullptr, int(qMin<qint64>(actual, INT_MAX)))
                                       .arg(expected)});
    }
    return {};
}

Result<void> Database::checkIntact() const
{
    if (!m_checkIntegrity)
        return {};
    // quick_check walks every page's structure (not index contents, which integrity_check adds at
    // four times the cost): a torn checkpoint whose write-ahead log was lost shows up here as rows
    // out of order or pages of the wrong kind, while plain reads may still return wrong rows.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
        return errorFrom(query.lastError());
    const QString verdict = query.value(0).toString();
    if (verdict == QLatin1String("ok"))
        return {};
    return CoreError(
        ErrorCode::DatabaseCorrupt,
        {m_shown,
         tr("SQLite's check after an unclean shutdown found: %1").arg(verdict.simplified())});
}

Result<QStringList> Database::tableNames() const
{
    QSqlQuery query(connection());
    const QString statement =
        m_backend == Backend::Sqlite
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
                             "ESCAPE '\\' ORDER BY name")
            : QStringLiteral("SELECT table_name FROM information_schema.tables "
                             "WHERE table_schema = current_schema() ORDER BY table_name");
    if (!query.exec(statement))
        return errorFrom(query.lastError());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Result<void> Database::checkSchemaIsOurs(int version) const
{
    // Another application's database has tables but none of our schema version, or a version
    // number (SQLite's user_version is anyone's to use) without our tables. Either way adding our
    // schema would take it over; it is refused before anything is written. Later versions only
    // add tables, so the first version's tables (and the flows of version 3) identify ours.
    auto listed = tableNames();
    if (!listed)
        return listed.error();
    QStringList tables = *listed;
    QStringList expected;
    if (version >= 1)
        expected << QStringLiteral("admins") << QStringLiteral("audit_log")
                 << QStringLiteral("connectors") << QStringLiteral("organisation");
    if (version >= 3)
        expected << QStringLiteral("flow_activities") << QStringLiteral("flows");
    if (m_backend == Backend::Postgres)
        tables.removeAll(QStringLiteral("schema_version"));
    const bool foreign =
        version == 0 ? !tables.isEmpty()
                     : std::any_of(expected.cbegin(), expected.cend(),
                                   [&](const QString &table) { return !tables.contains(table); });
    if (!foreign)
        return {};
    constexpr int kNamesShown = 5;
    QString names = tables.mid(0, kNamesShown).join(QStringLiteral(", "));
    if (tables.size() > kNamesShown)
        names += QStringLiteral(", …");
    if (names.isEmpty())
        names = tr("no tables");
    return CoreError(ErrorCode::DatabaseForeignSchema, {m_shown, names});
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
    QString target = QStringLiteral("%1.schema-v%2.bak").arg(m_file).arg(fromVersion);
    if (QFileInfo::exists(target)) {
        target =
            QStringLiteral("%1.schema-v%2-%3.bak")
                .arg(m_file)
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
            return CoreError(ErrorCode::DatabaseBusy, {m_shown});
        case kSqliteReadOnly:
            return CoreError(ErrorCode::DatabaseReadOnly, {m_shown});
        case kSqliteCorrupt:
        case kSqliteNotADatabase:
            return CoreError(ErrorCode::DatabaseCorrupt, {m_shown, detail});
        case kSqliteFull:
        case kSqliteIoError:
        case kSqliteCantOpen:
            return CoreError(ErrorCode::DatabaseUnwritable, {m_shown, detail});
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
        return CoreError(ErrorCode::DatabaseUnreachable, {m_shown, detail});
    if (state.startsWith(QLatin1String("40")))
        return CoreError(ErrorCode::DatabaseBusy, {m_shown});
    if (state == QLatin1String("25006"))
        return CoreError(ErrorCode::DatabaseReadOnly, {m_shown});
    if (state.startsWith(QLatin1String("53")))
        return CoreError(ErrorCode::DatabaseUnwritable, {m_shown, detail});
    // insufficient_privilege: the server's own role policy (grants and triggers) said no.
    if (state == QLatin1String("42501"))
        return CoreError(ErrorCode::ServerRefused, {detail});
    return CoreError(ErrorCode::DatabaseFailure, {detail});
}
