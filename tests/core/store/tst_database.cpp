#include "app/core/store/SchemaMigrator.h"
#include "tests/support/TestStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(const Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0).toString();
}

// Writes a small database with a few connectors and closes it cleanly (WAL checkpointed).
QString makePopulatedDatabase(const QTemporaryDir &dir, int connectors)
{
    const QString path = dir.filePath(u"populated.sqlite"_s);
    auto database = Database::open(path);
    if (!database)
        return {};
    AdminDirectory directory(**database);
    (void)directory.ensureInitialised();
    ConnectorService service(**database, *directory.defaultAdmin());
    for (int i = 0; i < connectors; ++i)
        (void)service.create({{}, u"Connector %1"_s.arg(i), AccessLevel::ReadOnly, true});
    return path;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Runs statements on a plain connection, without the console's checks and pragmas.
QStringList rawQuery(const QString &path, const QStringList &statements)
{
    QStringList results;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery query(raw);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    results << u"error: "_s + query.lastError().text();
                    continue;
                }
                QStringList rows;
                while (query.next())
                    rows << query.value(0).toString();
                results << rows.join(u'\n');
            }
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return results;
}

// A file as a checkpoint leaves it when the process dies half-way through copying the write-ahead
// log into it and the log is then deleted: the first pages new, the rest old. Returns such a file
// that plain reads accept (every connector lists) while SQLite's quick_check finds the damage;
// empty if no cut gives one.
QByteArray tornCheckpoint(const QTemporaryDir &dir)
{
    const QString path = makePopulatedDatabase(dir, 600);
    const QByteArray before = contents(path);
    const QStringList changed =
        rawQuery(path, {u"BEGIN"_s, u"DELETE FROM connectors WHERE rowid % 3 = 0"_s,
                        u"UPDATE connectors SET name = name || ' with a much longer name', "
                        "name_key = name_key || ' with a much longer name'"_s,
                        u"COMMIT"_s});
    if (changed.join(QString()).contains(u"error"_s))
        return {};
    const QByteArray after = contents(path);
    const int pageSize = (quint8(before.at(16)) << 8) | quint8(before.at(17));
    const QString probe = dir.filePath(u"probe.sqlite"_s);
    for (qsizetype cut = pageSize; cut < after.size(); cut += pageSize) {
        QByteArray torn = after.left(cut);
        if (cut < before.size())
            torn += before.mid(cut);
        if (after.size() > torn.size())
            torn += after.mid(torn.size());
        if (!writeFile(probe, torn))
            return {};
        const QStringList read =
            rawQuery(probe, {u"SELECT count(*) FROM connectors"_s, u"SELECT name FROM connectors"_s,
                             u"PRAGMA quick_check"_s});
        if (read.size() == 3 && !read.at(0).startsWith(u"error"_s) &&
            !read.at(1).startsWith(u"error"_s) && read.at(2) != u"ok"_s)
            return torn;
    }
    return {};
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInAppData()
    {
        QCoreApplication::setOrganizationName(u"WebexConnectorsConsole"_s);
        QCoreApplication::setApplicationName(u"connector-console"_s);
        const QString path = Database::defaultPath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(u"/connectors.sqlite"_s));
    }

    void newDatabaseUsesWalAndForeignKeys()
    {
        TestStore store;
        QCOMPARE(pragma(store.database(), u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(store.database(), u"foreign_keys"_s), u"1"_s);
        QCOMPARE(store.database().schemaVersion(), SchemaMigrator::latestVersion());
        QCOMPARE(pragma(store.database(), u"user_version"_s).toInt(),
                 SchemaMigrator::latestVersion());
        QVERIFY(store.database().backupPath().isEmpty());
    }

    void missingFoldersAreNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/c/connectors.sqlite"_s);
        auto database = Database::open(path);
        QVERIFY(!database);
        QCOMPARE(database.error().code(), ErrorCode::DatabaseUnwritable);
        QVERIFY2(database.error().message().contains(path), qPrintable(database.error().message()));
        QVERIFY(database.error().message().contains(dir.filePath(u"a/b/c"_s)));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"a"_s)));
    }

    void newFileInAnExistingFolderIsCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"connectors.sqlite"_s);
        QVERIFY(Database::open(path));
        QVERIFY(QFileInfo::exists(path));
    }

    void defaultLocationGetsItsFolder()
    {
        QCoreApplication::setOrganizationName(u"WebexConnectorsConsole"_s);
        QCoreApplication::setApplicationName(u"tst_database_default"_s);
        const QString folder = QFileInfo(Database::defaultPath()).absolutePath();
        QVERIFY(QDir(folder).removeRecursively());
        {
            auto database = Database::open(Database::defaultPath());
            QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
        }
        QVERIFY(QFileInfo::exists(Database::defaultPath()));
        QVERIFY(QDir(folder).removeRecursively());
    }

    void foreignSqliteFileIsRefusedUntouched_data()
    {
        QTest::addColumn<int>("userVersion");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("another application's tables")
            << 0 << QStringList{u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s};
        QTest::newRow("our version number, not our tables")
            << 3 << QStringList{u"CREATE TABLE settings (key TEXT, value TEXT)"_s};
        QTest::newRow("only some of our tables")
            << 1
            << QStringList{u"CREATE TABLE connectors (id TEXT)"_s,
                           u"CREATE TABLE photos (id INTEGER)"_s};
        QTest::newRow("an index only")
            << 0 << QStringList{u"CREATE TABLE t (a)"_s, u"CREATE INDEX t_a ON t (a)"_s};
    }

    void foreignSqliteFileIsRefusedUntouched()
    {
        QFETCH(int, userVersion);
        QFETCH(QStringList, statements);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other-app.db"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(userVersion)));
            query = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = digest(path);
        auto database = Database::open(path);
        QVERIFY(!database);
        QCOMPARE(database.error().code(), ErrorCode::DatabaseForeignSchema);
        QVERIFY(!database.error().isRuleRefusal());
        QVERIFY2(database.error().message().contains(path), qPrintable(database.error().message()));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    void ourOwnDatabaseIsNotForeign()
    {
        QTemporaryDir dir;
        const QString path = makePopulatedDatabase(dir, 2);
        auto database = Database::open(path);
        QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
    }

    void symlinkToAnEmptyFileIsRefused()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"empty"_s);
        QVERIFY(QFile(target).open(QIODevice::WriteOnly));
        const QString link = dir.filePath(u"link.sqlite"_s);
        QVERIFY(QFile::link(target, link));
        auto database = Database::open(link);
        QVERIFY(!database);
        QCOMPARE(database.error().code(), ErrorCode::DatabaseUnwritable);
        QVERIFY2(database.error().message().contains(target),
                 qPrintable(database.error().message()));
        QCOMPARE(QFileInfo(target).size(), 0);
        QVERIFY(!QFileInfo::exists(target + u"-wal"_s));
    }

    void danglingSymlinkIsRefused()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"missing.sqlite"_s);
        const QString link = dir.filePath(u"link.sqlite"_s);
        QVERIFY(QFile::link(target, link));
        auto database = Database::open(link);
        QVERIFY(!database);
        QCOMPARE(database.error().code(), ErrorCode::DatabaseUnwritable);
        QVERIFY(!QFileInfo::exists(target));
    }

    void symlinkToADatabaseOpensIt()
    {
        QTemporaryDir dir;
        const QString path = makePopulatedDatabase(dir, 2);
        const QString link = dir.filePath(u"link.sqlite"_s);
        QVERIFY(QFile::link(path, link));
        auto database = Database::open(link);
        QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
        QCOMPARE(
            ConnectorService(**database, *AdminDirectory(**database).defaultAdmin()).list()->size(),
            2);
    }

    void emptyRegularFileBecomesADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"touched.sqlite"_s);
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        auto database = Database::open(path);
        QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
        QCOMPARE((*database)->schemaVersion(), SchemaMigrator::latestVersion());
    }

    void deviceIsNotADatabase()
    {
        auto database = Database::open(u"/dev/null"_s);
        QVERIFY(!database);
        QCOMPARE(database.error().code(), ErrorCode::DatabaseUnwritable);
        QVERIFY2(database.error().message().contains(u"regular file"_s),
                 qPrintable(database.error().message()));
    }

    void notSqliteFileIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.txt"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are my notes, not a database.\n");
        }
        const QByteArray before = digest(path);
        auto database = Database::open(path);
        QVERIFY(!database);
        QCOMPARE(database.error().code(), ErrorCode::DatabaseNotSqlite);
        QVERIFY(database.error().message().contains(path));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = makePopulatedDatabase(dir, 2);
        {
            auto database = Database::open(path);
            QVERIFY(database);
            QVERIFY((*database)->execute(u"PRAGMA user_version = 99"_s));
        }
        const QByteArray before = digest(path);
        auto database = Database::open(path);
        QVERIFY(!database);
        QCOMPARE(database.error().code(), ErrorCode::DatabaseNewerSchema);
        QVERIFY(database.error().message().contains(u"99"_s));
        QVERIFY(database.error().message().contains(path));
        QCOMPARE(digest(path), before);
    }

    void truncatedDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = makePopulatedDatabase(dir, 200);
        QFile file(path);
        QVERIFY(file.size() > 3 * 4096);
        QVERIFY(file.resize(4096 + 100));
        const QByteArray before = digest(path);
        auto database = Database::open(path);
        QVERIFY(!database);
        QCOMPARE(database.error().code(), ErrorCode::DatabaseCorrupt);
        QVERIFY(database.error().message().contains(path));
        QCOMPARE(digest(path), before);
    }

    void damagedPagesAreReportedNotHidden()
    {
        QTemporaryDir dir;
        const QString path = makePopulatedDatabase(dir, 300);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            // Scribble over every page after the first: the schema survives, the rows do not.
            for (qint64 offset = 4096; offset + 512 < file.size(); offset += 4096) {
                file.seek(offset);
                file.write(QByteArray(512, '\xA5'));
            }
        }
        auto database = Database::open(path);
        if (!database) {
            QCOMPARE(database.error().code(), ErrorCode::DatabaseCorrupt);
            return;
        }
        auto owner = AdminDirectory(**database).defaultAdmin();
        Result<QList<Connector>> listed = owner ? ConnectorService(**database, *owner).list()
                                                : Result<QList<Connector>>(owner.error());
        QVERIFY(!listed);
        QCOMPARE(listed.error().code(), ErrorCode::DatabaseCorrupt);
        QVERIFY(!listed.error().isRuleRefusal());
    }

    void unwritableLocations_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<int>("code");
        QTest::newRow("parent is a file")
            << u"plain-file/connectors.sqlite"_s << int(ErrorCode::DatabaseUnwritable);
        QTest::newRow("path is a folder") << u"folder"_s << int(ErrorCode::DatabaseUnwritable);
        QTest::newRow("folder does not exist")
            << u"no-such-folder/connectors.sqlite"_s << int(ErrorCode::DatabaseUnwritable);
    }

    void unwritableLocations()
    {
        QFETCH(QString, relative);
        QFETCH(int, code);
        QTemporaryDir dir;
        {
            QFile file(dir.filePath(u"plain-file"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
        auto database = Database::open(dir.filePath(relative));
        QVERIFY(!database);
        QCOMPARE(int(database.error().code()), code);
        QVERIFY(database.error().message().contains(dir.filePath(relative)));
    }

    void readOnlyOpenShowsDataAndRefusesChanges()
    {
        QTemporaryDir dir;
        const QString path = makePopulatedDatabase(dir, 3);
        const QByteArray before = digest(path);
        {
            Database::Options options;
            options.readOnly = true;
            auto database = Database::open(path, options);
            QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
            QVERIFY((*database)->isReadOnly());
            QVERIFY(AdminDirectory(**database).ensureInitialised());
            ConnectorService service(**database, *AdminDirectory(**database).defaultAdmin());
            QCOMPARE(service.list()->size(), 3);
            auto refused = service.create({{}, u"New"_s, AccessLevel::ReadOnly, true});
            QVERIFY(!refused);
            QCOMPARE(refused.error().code(), ErrorCode::DatabaseReadOnly);
            QVERIFY(refused.error().message().contains(path));
            QVERIFY(!refused.error().isRuleRefusal());
        }
        QCOMPARE(digest(path), before);
    }

    void fullDiskIsReportedAndLosesNothing()
    {
        TestStore store;
        store.addConnector(u"Before the disk filled"_s);
        QSqlQuery query(store.database().connection());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        // SQLite reports SQLITE_FULL exactly as for a full disk once the file may not grow.
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 1)));
        int added = 0;
        std::optional<CoreError> failure;
        for (int i = 0; i < 500 && !failure; ++i) {
            auto created = store.service().create(
                {{}, u"Filler %1 %2"_s.arg(i).arg(QString(60, u'x')), AccessLevel::ReadOnly, true});
            if (created)
                ++added;
            else
                failure = created.error();
        }
        QVERIFY2(failure, "the database never filled up");
        QCOMPARE(failure->code(), ErrorCode::DatabaseUnwritable);
        QVERIFY2(failure->message().contains(store.path()), qPrintable(failure->message()));
        // Every acknowledged change is there with its audit row; the failed one left nothing.
        QCOMPARE(store.service().list()->size(), 1 + added);
        QCOMPARE(store.service().history()->size(), 1 + added);
        QVERIFY(query.exec(u"PRAGMA max_page_count = 1073741823"_s));
        QVERIFY(
            store.service().create({{}, u"After space was freed"_s, AccessLevel::ReadOnly, true}));
    }

    void tornFileAfterUncleanShutdownIsRefused()
    {
        QTemporaryDir dir;
        const QByteArray torn = tornCheckpoint(dir);
        QVERIFY2(!torn.isEmpty(), "no torn checkpoint that plain reads accept");
        const QString path = dir.filePath(u"torn.sqlite"_s);
        QVERIFY(writeFile(path, torn));
        // The crashed writer's shared-memory file is still there; its log was deleted.
        QVERIFY(writeFile(path + u"-shm"_s, QByteArray(32768, '\0')));
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto database = Database::open(path);
            QVERIFY2(!database, "a damaged file was opened");
            QCOMPARE(database.error().code(), ErrorCode::DatabaseCorrupt);
            QVERIFY2(database.error().message().contains(path),
                     qPrintable(database.error().message()));
        }
        QProcess ctl;
        ctl.start(qEnvironmentVariable("CONNECTORCTL"), {u"--database"_s, path, u"list"_s});
        QVERIFY(ctl.waitForFinished(30000));
        QCOMPARE(ctl.exitCode(), 4);
        QVERIFY(QString::fromUtf8(ctl.readAllStandardError()).contains(path));
    }

    void cleanOpenSkipsTheCheck()
    {
        QTemporaryDir dir;
        const QString path = makePopulatedDatabase(dir, 3);
        auto first = Database::open(path);
        QVERIFY(first);
        QVERIFY(!(*first)->wasCheckedAfterUncleanShutdown());
        // A second connection while the first is open sees the -wal and -shm files, in use.
        auto second = Database::open(path);
        QVERIFY(second);
        QVERIFY(!(*second)->wasCheckedAfterUncleanShutdown());
    }

    void crashLeftoversAreCheckedAndKept()
    {
        QTemporaryDir dir;
        const QString path = makePopulatedDatabase(dir, 3);
        const QString copy = dir.filePath(u"crashed.sqlite"_s);
        {
            // Copying the files while a connection writes is what a crash leaves on disk.
            auto open = Database::open(path);
            QVERIFY(open);
            QVERIFY((*open)->execute(u"PRAGMA wal_autocheckpoint = 0"_s));
            ConnectorService service(**open, *AdminDirectory(**open).defaultAdmin());
            QVERIFY(service.create({{}, u"Only in the log"_s, AccessLevel::ReadOnly, true}));
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QVERIFY(QFile::copy(path + suffix, copy + suffix));
        }
        auto database = Database::open(copy);
        QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
        QVERIFY((*database)->wasCheckedAfterUncleanShutdown());
        QCOMPARE(
            ConnectorService(**database, *AdminDirectory(**database).defaultAdmin()).list()->size(),
            4);
    }

    void emptyPathIsInvalid()
    {
        auto database = Database::open(u"  "_s);
        QVERIFY(!database);
        QCOMPARE(database.error().code(), ErrorCode::DatabasePathInvalid);
    }

    void twoConnectionsSeeEachOthersCommits()
    {
        TestStore store;
        auto second = Database::open(store.path());
        QVERIFY(second);
        ConnectorService other(**second, store.owner());
        QVERIFY(other.create({{}, u"From the other side"_s, AccessLevel::ReadOnly, true}));
        QCOMPARE(store.service().list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
