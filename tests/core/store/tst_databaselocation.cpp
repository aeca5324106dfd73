#include "app/core/store/DatabaseLocation.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Stands for a real password: no message, output or stored row may contain it.
const QString kSecret = u"Pw0rdMarker7"_s;

// host:port of the suite's PostgreSQL server, or empty when the tests run without it.
QString fixtureServer()
{
    const QUrl url(qEnvironmentVariable("CONNECTORS_TEST_POSTGRES"));
    if (url.host().isEmpty())
        return {};
    return u"%1:%2"_s.arg(url.host()).arg(url.port(5432));
}

struct CtlRun
{
    int exitCode = -1;
    QString output;
};

CtlRun runCtl(const QStringList &arguments)
{
    QProcess ctl;
    ctl.start(qEnvironmentVariable("CONNECTORCTL"), arguments);
    if (!ctl.waitForFinished(60000))
        return {};
    return {ctl.exitCode(),
            QString::fromUtf8(ctl.readAllStandardOutput() + ctl.readAllStandardError())};
}

// Runs one statement on the suite's server as its superuser, outside the console.
bool serverExec(const QString &server, const QString &database, const QString &statement)
{
    bool ok = false;
    {
        const QUrl url(server);
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
        raw.setHostName(url.host());
        raw.setPort(url.port(5432));
        raw.setUserName(url.userName());
        raw.setDatabaseName(database);
        if (raw.open())
            ok = QSqlQuery(raw).exec(statement);
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

} // namespace

class TestDatabaseLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void displayable_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("shown");
        QTest::newRow("file") << u"/home/olena/connectors.sqlite"_s
                              << u"/home/olena/connectors.sqlite"_s;
        QTest::newRow("no password") << u"postgresql://olena@db.example:5432/connectors"_s
                                     << u"postgresql://olena@db.example:5432/connectors"_s;
        QTest::newRow("password") << u"postgresql://olena:%1@db.example/connectors"_s.arg(kSecret)
                                  << u"postgresql://olena:***@db.example/connectors"_s;
        QTest::newRow("no host") << u"postgresql://u:%1@/db"_s.arg(kSecret)
                                 << u"postgresql://u:***@/db"_s;
        QTest::newRow("password with @ / ? and a space")
            << u"postgres://u:a@b/c?d e%1@host:1/db"_s.arg(kSecret)
            << u"postgres://u:***@host:1/db"_s;
        QTest::newRow("query") << u"postgresql://u@host/db?sslmode=require&password=%1&x=1"_s.arg(
                                      kSecret)
                               << u"postgresql://u@host/db?sslmode=require&password=***&x=1"_s;
        QTest::newRow("query, sslpassword and another *password")
            << u"postgresql://u@host/db?sslpassword=%1&x_password=%1"_s.arg(kSecret)
            << u"postgresql://u@host/db?sslpassword=***&x_password=***"_s;
        QTest::newRow("connection string")
            << u"host=db user=u password = '%1 x' dbname=c"_s.arg(kSecret)
            << u"host=db user=u password = *** dbname=c"_s;
        QTest::newRow("connection string, upper case")
            << u"host=db PASSWORD=%1"_s.arg(kSecret) << u"host=db PASSWORD=***"_s;
    }

    void displayable()
    {
        QFETCH(QString, location);
        QFETCH(QString, shown);
        QCOMPARE(DatabaseLocation::displayable(location), shown);
    }

    void errorsDoNotShowThePassword_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("needsServer");
        QTest::addColumn<QString>("named"); // the part of the location the message still shows
        QTest::newRow("no host") << u"postgresql://u:%1@/db"_s.arg(kSecret)
                                 << int(ErrorCode::DatabasePathInvalid) << false
                                 << u"postgresql://u:***@/db"_s;
        QTest::newRow("not a valid URL")
            << u"postgresql://u:%1 x@host/db"_s.arg(kSecret) << int(ErrorCode::DatabasePathInvalid)
            << false << u"postgresql://u:***@host/db"_s;
        QTest::newRow("no database name")
            << u"postgresql://u:%1@127.0.0.1:1/"_s.arg(kSecret)
            << int(ErrorCode::DatabasePathInvalid) << false << u"postgresql://u:***@127.0.0.1:1/"_s;
        QTest::newRow("closed port")
            << u"postgresql://u:%1@127.0.0.1:1/db"_s.arg(kSecret)
            << int(ErrorCode::DatabaseUnreachable) << false << u"postgresql://u@127.0.0.1:1/db"_s;
        // A parameter libpq would need but QPSQL cannot be given is refused by name, never
        // dropped.
        QTest::newRow("password in the query")
            << u"postgresql://u@127.0.0.1:1/db?password=%1"_s.arg(kSecret)
            << int(ErrorCode::DatabasePathInvalid) << false << u"\"password\" is not supported"_s;
        QTest::newRow("sslpassword in the query")
            << u"postgresql://u@127.0.0.1:1/db?sslmode=require&sslpassword=%1"_s.arg(kSecret)
            << int(ErrorCode::DatabasePathInvalid) << false
            << u"db?sslmode=require&sslpassword=***"_s;
        // URL schemes are case-insensitive: these are servers, not file names.
        QTest::newRow("upper-case scheme")
            << u"POSTGRESQL://u:%1@127.0.0.1:1/db"_s.arg(kSecret)
            << int(ErrorCode::DatabaseUnreachable) << false << u"u@127.0.0.1:1/db"_s;
        QTest::newRow("mixed-case short scheme")
            << u"Postgres://u:%1@127.0.0.1:1/db"_s.arg(kSecret)
            << int(ErrorCode::DatabaseUnreachable) << false << u"u@127.0.0.1:1/db"_s;
        QTest::newRow("connection string as a path")
            << u"host=db password=%1 dbname=c/x.sqlite"_s.arg(kSecret)
            << int(ErrorCode::DatabaseUnwritable) << false << u"password=*** dbname=c"_s;
        QTest::newRow("wrong database name")
            << u"postgresql://postgres:%1@SERVER/no_such_database"_s.arg(kSecret)
            << int(ErrorCode::DatabaseUnreachable) << true << u"no_such_database"_s;
        QTest::newRow("unknown user")
            << u"postgresql://nobody:%1@SERVER/postgres"_s.arg(kSecret)
            << int(ErrorCode::DatabaseUnreachable) << true << u"nobody@"_s;
    }

    void errorsDoNotShowThePassword()
    {
        QFETCH(QString, location);
        QFETCH(int, code);
        QFETCH(bool, needsServer);
        QFETCH(QString, named);
        if (needsServer) {
            if (fixtureServer().isEmpty())
                QSKIP("needs the suite's PostgreSQL server (the _postgres variant)");
            location.replace(u"SERVER"_s, fixtureServer());
        }
        auto database = Database::open(location);
        QVERIFY(!database);
        QCOMPARE(int(database.error().code()), code);
        const QString message = database.error().message();
        QVERIFY2(!message.contains(kSecret), qPrintable(message));
        QVERIFY2(message.contains(named), qPrintable(message));

        const CtlRun run = runCtl({u"--database"_s, location, u"list"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(!run.output.contains(kSecret), qPrintable(run.output));
    }

    void urlParametersAreHonouredOrRefused()
    {
        // sslmode reaches libpq (a closed port then fails for the connection, not the URL).
        auto required = Database::open(u"postgresql://u@127.0.0.1:1/db?sslmode=require"_s);
        QVERIFY(!required);
        QCOMPARE(required.error().code(), ErrorCode::DatabaseUnreachable);
        for (const QString &parameter : {u"user=bob"_s, u"bogusparam=1"_s, u"host=elsewhere"_s}) {
            auto refused = Database::open(u"postgresql://u@127.0.0.1:1/db?"_s + parameter);
            QVERIFY2(!refused, qPrintable(parameter));
            QCOMPARE(refused.error().code(), ErrorCode::DatabasePathInvalid);
            const QString name = parameter.section(u'=', 0, 0);
            QVERIFY2(refused.error().message().contains(u"\"%1\""_s.arg(name)),
                     qPrintable(refused.error().message()));
        }
        auto twice =
            Database::open(u"postgresql://u@127.0.0.1:1/db?sslmode=disable&sslmode=require"_s);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code(), ErrorCode::DatabasePathInvalid);
    }

    void sqliteSpecialNamesAreRefused()
    {
        for (const QString &name : {u":memory:"_s, u"file:x.sqlite"_s, u"file::memory:"_s}) {
            auto refused = Database::open(name);
            QVERIFY2(!refused, qPrintable(name));
            QCOMPARE(refused.error().code(), ErrorCode::DatabasePathInvalid);
            QVERIFY2(refused.error().message().contains(u"special name"_s),
                     qPrintable(refused.error().message()));
        }
        const CtlRun run = runCtl({u"--database"_s, u":memory:"_s, u"add"_s, u"--name"_s, u"Gone"_s,
                                   u"--access"_s, u"read-only"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.output.contains(u":memory:"_s), qPrintable(run.output));
    }

    void openServerShowsNoPassword()
    {
        if (fixtureServer().isEmpty())
            QSKIP("needs the suite's PostgreSQL server (the _postgres variant)");
        TestStore store; // a fresh database on the server
        QUrl url(store.path());
        url.setPassword(kSecret); // the server trusts loopback and ignores it
        const QString location = url.toString();
        {
            auto database = Database::open(location);
            QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
            QVERIFY2(!(*database)->path().contains(kSecret), qPrintable((*database)->path()));
            QVERIFY((*database)->path().contains(u"postgres@"_s));
        }
        const CtlRun added = runCtl({u"--database"_s, location, u"add"_s, u"--name"_s, u"Reports"_s,
                                     u"--access"_s, u"read-only"_s, u"--authorize"_s});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(!added.output.contains(kSecret), qPrintable(added.output));
        const CtlRun history = runCtl({u"--database"_s, location, u"--json"_s, u"history"_s});
        QCOMPARE(history.exitCode, 0);
        QVERIFY(history.output.contains(u"Reports"_s));
        QVERIFY2(!history.output.contains(kSecret), qPrintable(history.output));
        // The audit rows themselves, read back over SQL.
        QSqlQuery query(store.database().connection());
        QVERIFY(
            query.exec(u"SELECT actor || subject || before_json || after_json FROM audit_log"_s));
        int rows = 0;
        for (; query.next(); ++rows)
            QVERIFY(!query.value(0).toString().contains(kSecret));
        QVERIFY(rows > 0);
    }

    void foreignServerDatabaseIsRefused()
    {
        // A server database that holds another application's tables is not taken over either.
        if (fixtureServer().isEmpty())
            QSKIP("needs the suite's PostgreSQL server (the _postgres variant)");
        const QString server = qEnvironmentVariable("CONNECTORS_TEST_POSTGRES");
        const QString name = u"t_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        QVERIFY(serverExec(server, u"postgres"_s, u"CREATE DATABASE "_s + name));
        QVERIFY(serverExec(server, name, u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s));
        {
            auto database = Database::open(server + name);
            QVERIFY(!database);
            QCOMPARE(database.error().code(), ErrorCode::DatabaseForeignSchema);
            QVERIFY2(database.error().message().contains(u"invoices"_s),
                     qPrintable(database.error().message()));
        }
        QVERIFY(serverExec(server, u"postgres"_s, u"DROP DATABASE "_s + name));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
