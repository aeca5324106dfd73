#include "app/core/service/AdminDirectory.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/store/Database.h"

#include <csignal>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Kills a writer with SIGKILL at random moments; every change it acknowledged must survive, with
// its audit row, in a database that passes SQLite's integrity check.
class TestCrashSafety final : public QObject
{
    Q_OBJECT

private:
    struct Acknowledged
    {
        QSet<QString> created;
        QSet<QString> deactivated;
    };

    static void runAndKill(const QString &path, int round, int acksBeforeKill, Acknowledged &acks)
    {
        QProcess writer;
        writer.start(qEnvironmentVariable("CRASH_WRITER"), {path, u"round%1"_s.arg(round)});
        QVERIFY(writer.waitForStarted());
        int seen = 0;
        QByteArray pending;
        while (seen < acksBeforeKill) {
            QVERIFY2(writer.state() == QProcess::Running || writer.bytesAvailable() > 0,
                     "the writer stopped by itself");
            writer.waitForReadyRead(2000);
            pending += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(newline).split(' ');
                pending.remove(0, newline + 1);
                if (parts.size() != 3 || parts[0] != "ACK")
                    continue;
                (parts[1] == "create" ? acks.created : acks.deactivated)
                    .insert(QString::fromLatin1(parts[2]));
                ++seen;
            }
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        // Lines the writer managed to print before dying are acknowledgements too.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts[0] == "ACK")
                (parts[1] == "create" ? acks.created : acks.deactivated)
                    .insert(QString::fromLatin1(parts[2]));
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void acknowledgedChangesSurviveSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.sqlite"_s);
        QRandomGenerator random(20261125); // fixed seed: the same kill points every run
        Acknowledged acks;
        for (int round = 0; round < 6; ++round)
            runAndKill(path, round, 5 + int(random.bounded(120)), acks);
        QVERIFY(!acks.created.isEmpty());

        auto database = Database::open(path);
        QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
        {
            QSqlQuery check((*database)->connection());
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s));
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
        }
        ConnectorService service(**database, *AdminDirectory(**database).defaultAdmin());
        for (const QString &id : std::as_const(acks.created)) {
            auto connector = service.find(QUuid::fromString(id));
            QVERIFY2(connector, qPrintable(u"acknowledged connector %1 is missing"_s.arg(id)));
            QCOMPARE(connector->active, !acks.deactivated.contains(id));
            auto history = service.history(connector->id);
            QVERIFY(history);
            QCOMPARE(history->size(), acks.deactivated.contains(id) ? 2 : 1);
        }
        // Nothing half-written: every stored connector has its creation audit row.
        QSqlQuery orphans((*database)->connection());
        QVERIFY(orphans.exec(u"SELECT COUNT(*) FROM connectors c WHERE NOT EXISTS (SELECT 1 FROM "
                             "audit_log a WHERE a.connector_id = c.id AND a.action = 'create')"_s));
        QVERIFY(orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
