#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// connectorctl's help as a person reads it: the command list (and the README's copy of it), each
// command's own help, and what a mistyped command is told. All of it comes from one registry.
class TestCtlHelp final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;

    QString database() const { return m_dir.filePath(u"help.sqlite"_s); }

    Run ctl(const QStringList &arguments, const QString &language = u"en"_s,
            const QString &path = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"USER"_s, u"tester"_s);
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("CONNECTORCTL"),
                      QStringList{u"--database"_s, path.isEmpty() ? database() : path, u"--lang"_s,
                                  language} +
                          arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The lines of the help text's "Commands:" section.
    static QString commandSection(const QString &help)
    {
        const qsizetype start = help.indexOf(u"\nCommands:\n"_s);
        if (start < 0)
            return {};
        const qsizetype from = start + qsizetype(QStringLiteral("\nCommands:\n").size());
        return help.mid(from, help.indexOf(u"\n\n"_s, from) - from + 1);
    }

    // The synopsis of each command in the list: its name and the first words after it.
    static QStringList commandNames(const QString &section)
    {
        QStringList names;
        static const QRegularExpression line(
            u"^  ([a-z-]+)( (list|show|add|bind|import|export))?"_s,
            QRegularExpression::MultilineOption);
        auto it = line.globalMatch(section);
        while (it.hasNext()) {
            const auto match = it.next();
            const bool group = match.captured(1) == u"flows"_s || match.captured(1) == u"admins"_s;
            names.append(group ? match.captured(1) + u' ' + match.captured(3) : match.captured(1));
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readmeShowsTheHelpCommandList()
    {
        // The README's connectorctl block is the usage line and the command list of --help,
        // character for character: a new command or a changed summary fails here until the
        // README says it too.
        QFile readme(QDir(qEnvironmentVariable("SOURCE_DIR")).filePath(u"README.md"_s));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype section = text.indexOf(u"\n## connectorctl\n"_s);
        QVERIFY(section >= 0);
        const qsizetype open = text.indexOf(u"```\n"_s, section);
        const qsizetype close = text.indexOf(u"\n```"_s, open + 4);
        QVERIFY(open >= 0 && close > open);
        const QString block = text.mid(open + 4, close - open - 4 + 1);

        const Run help = ctl({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        const QString usage = help.out.section(u'\n', 0, 0);
        QVERIFY(usage.startsWith(u"Usage: "_s));
        const QString expected = usage.mid(7) + u"\n\n"_s + commandSection(help.out);
        QCOMPARE(block, expected);
    }

    void everyListedCommandHasItsOwnHelp()
    {
        const Run help = ctl({u"--help"_s});
        const QStringList names = commandNames(commandSection(help.out));
        QVERIFY2(names.size() >= 20, qPrintable(names.join(u", "_s)));
        for (const QString &name : names) {
            const Run own = ctl(name.split(u' ') + QStringList{u"--help"_s});
            QVERIFY2(own.exitCode == 0, qPrintable(name + u": "_s + own.err));
            QVERIFY2(own.out.contains(u"connectorctl [GLOBAL OPTIONS] "_s + name),
                     qPrintable(own.out));
        }
        // A command's help needs no database: none was created for all of that.
        QVERIFY(!QFile::exists(database()));
    }

    void commandHelpListsItsOptions()
    {
        const Run add = ctl({u"admins"_s, u"add"_s, u"--help"_s});
        QCOMPARE(add.exitCode, 0);
        QVERIFY(add.out.contains(
            u"Usage: connectorctl [GLOBAL OPTIONS] admins add EMAIL --role ROLE [--name NAME] "
            "[--login LOGIN]"_s));
        QVERIFY(add.out.contains(u"Add an administrator account."_s));
        QVERIFY(add.out.contains(u"  --role ROLE"_s));
        QVERIFY(add.out.contains(u"support-basic-admin"_s));
        QVERIFY(add.out.contains(u"  --login LOGIN"_s));
        // The hidden --id of edit is for refusing, not for offering.
        const Run edit = ctl({u"edit"_s, u"-h"_s});
        QCOMPARE(edit.exitCode, 0);
        QVERIFY(edit.out.contains(u"--access LEVEL"_s));
        QVERIFY(!edit.out.contains(u"--id"_s));
        // After --, --help is an argument like any other.
        const Run dashes = ctl({u"flows"_s, u"show"_s, u"--"_s, u"--help"_s}, u"en"_s,
                               m_dir.filePath(u"used.sqlite"_s));
        QCOMPARE(dashes.exitCode, 1);
        QVERIFY2(dashes.err.contains(u"--help"_s), qPrintable(dashes.err));
    }

    void groupHelpListsItsCommands()
    {
        const Run flows = ctl({u"flows"_s, u"--help"_s});
        QCOMPARE(flows.exitCode, 0);
        QCOMPARE(
            commandNames(commandSection(flows.out)),
            (QStringList{u"flows list"_s, u"flows show"_s, u"flows import"_s, u"flows export"_s}));
        const Run missing = ctl({u"admins"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"'admins' needs one of: list, add, bind."_s),
                 qPrintable(missing.err));
    }

    void slipsAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("swapped letters")
            << QStringList{u"lsit"_s} << u"Unknown command 'lsit'. Did you mean 'list'?"_s;
        QTest::newRow("one letter off")
            << QStringList{u"delet"_s, u"x"_s} << u"Did you mean 'delete'?"_s;
        QTest::newRow("the start of one") << QStringList{u"hist"_s} << u"Did you mean 'history'?"_s;
        QTest::newRow("a sub-command alone")
            << QStringList{u"bind"_s} << u"Did you mean 'admins bind'?"_s;
        QTest::newRow("a sub-command slip")
            << QStringList{u"flows"_s, u"exprot"_s, u"x"_s}
            << u"Unknown command 'flows exprot'. Did you mean 'flows export'?"_s;
        QTest::newRow("nothing close")
            << QStringList{u"flows"_s, u"edit"_s}
            << u"Unknown command 'flows edit'. 'flows' needs one of: list, show, import, "
               "export."_s;
    }

    void slipsAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = ctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(u"connectorctl --help"_s));
        QVERIFY(!QFile::exists(database()));
    }

    void farFromEverythingSuggestsNothing()
    {
        const Run run = ctl({u"frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"Unknown command 'frobnicate'."_s));
        QVERIFY(!run.err.contains(u"Did you mean"_s));
    }

    void mistakesNeverTouchTheDatabase()
    {
        // The whole command line is checked before the database is opened (or created).
        for (const QStringList &arguments :
             {QStringList{u"list"_s, u"extra"_s}, QStringList{u"show"_s},
              QStringList{u"add"_s, u"--colour"_s}, QStringList{u"import"_s, u"a"_s, u"b"_s}}) {
            const Run run = ctl(arguments);
            QCOMPARE(run.exitCode, 2);
        }
        QVERIFY(!QFile::exists(database()));
        const Run fewer = ctl({u"flows"_s, u"export"_s});
        QVERIFY2(fewer.err.contains(u"'flows export' needs at least 1 argument."_s),
                 qPrintable(fewer.err));
    }

    void helpIsTranslated()
    {
        const Run help = ctl({u"--help"_s}, u"uk"_s);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"Показати один конектор."_s), qPrintable(help.out));
        QVERIFY(help.out.contains(u"  show ID"_s));
        const Run own = ctl({u"where-used"_s, u"--help"_s}, u"uk"_s);
        QVERIFY2(own.out.contains(u"Використання: connectorctl [GLOBAL OPTIONS] where-used ID"_s),
                 qPrintable(own.out));
    }
};

QTEST_GUILESS_MAIN(TestCtlHelp)
#include "tst_ctlhelp.moc"
