// The connector-console program itself: options, the first run on a new database, and a clear
// failure with a non-zero exit code when the database cannot be used.
#include "app/core/service/AdminDirectory.h"
#include "app/core/store/Database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStartup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpNamesTheOptions();
    void helpAndVersionNeedNoDisplay();
    void unknownLanguageIsAUsageError();
    void fileThatIsNotADatabaseFailsClearly();
    void firstRunCreatesTheDefaultOrganisation();
    void controlCharactersInMessagesAreEscaped();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // With `withoutDisplay`, the child has neither a display nor a platform to fall back on.
    Run run(const QStringList &arguments, bool withoutDisplay = false);

    QString m_program;
    QTemporaryDir m_home;
};

void TestStartup::initTestCase()
{
    m_program = qEnvironmentVariable("CONNECTOR_CONSOLE");
    QVERIFY2(QFile::exists(m_program), "CONNECTOR_CONSOLE names the built program");
    QVERIFY(m_home.isValid());
}

TestStartup::Run TestStartup::run(const QStringList &arguments, bool withoutDisplay)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Settings and the default database of the child stay in a private folder.
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (withoutDisplay) {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
    }
    process.setProcessEnvironment(environment);
    process.start(m_program, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestStartup::helpNamesTheOptions()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--database")) &&
                 help.out.contains(QStringLiteral("--lang")),
             qPrintable(help.out));
}

void TestStartup::helpAndVersionNeedNoDisplay()
{
    // On a server or over ssh, asking what the program is must not need a screen.
    const Run version = run({QStringLiteral("--version")}, true);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QStringLiteral("connector-console ")), qPrintable(version.out));
    const Run help = run({QStringLiteral("--help")}, true);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--database")), qPrintable(help.out));
}

void TestStartup::unknownLanguageIsAUsageError()
{
    const Run wrong = run({QStringLiteral("--lang"), QStringLiteral("xx")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("'xx'")), qPrintable(wrong.err));
}

void TestStartup::fileThatIsNotADatabaseFailsClearly()
{
    const QString path = m_home.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();

    const Run broken =
        run({QStringLiteral("--database"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(broken.exitCode, 4);
    QVERIFY2(broken.err.contains(QStringLiteral("not a connectors database")),
             qPrintable(broken.err));
    QFile untouched(path);
    QVERIFY(untouched.open(QIODevice::ReadOnly));
    QCOMPARE(untouched.readAll(), QByteArray("These are my notes, not a database.\n"));
}

void TestStartup::firstRunCreatesTheDefaultOrganisation()
{
    const QString path = m_home.filePath(QStringLiteral("fresh/connectors.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(m_program, {QStringLiteral("--database"), path});
    QVERIFY(process.waitForStarted());
    // The window is up (the program keeps running) once the database holds the organisation.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
    QTest::qWait(1000);
    QCOMPARE(process.state(), QProcess::Running);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));

    auto database = Database::open(path);
    QVERIFY(database.ok());
    AdminDirectory directory(**database);
    QVERIFY(directory.organisation().ok());
    QCOMPARE(directory.organisation()->licence, Licence::Flex3);
    QVERIFY(directory.defaultAdmin().ok());
    QCOMPARE(directory.defaultAdmin()->role, AdminRole::FullAdmin);
}

void TestStartup::controlCharactersInMessagesAreEscaped()
{
    // A --database value is echoed in the message: its ESC and BEL must not reach the terminal.
    const QString path = m_home.filePath(QStringLiteral("no-folder\x1b]0;PWN\x07/x.sqlite"));
    const Run refused =
        run({QStringLiteral("--database"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(!refused.err.contains(QChar(0x1b)) && !refused.err.contains(QChar(0x07)),
             refused.err.toUtf8().toPercentEncoding(" /:.-()\n").constData());
    QVERIFY2(refused.err.contains(QStringLiteral("\\u001b]0;PWN")), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
