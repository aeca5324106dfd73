#include "store/SchemaMigrator.h"
#include "TestStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

    void createsMissingFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/c/connectors.sqlite"_s);
        auto database = Database::open(path);
        QVERIFY(database);
        QVERIFY(QFileInfo::exists(path));
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
