#include "tests/support/FlowSamples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// connectorctl against a hostile user: injected options, exports onto the database, writes that
// fail, terminal escapes in imported names, endless inputs and IDs with trailing text.
class TestCtlTrust final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QString text() const { return QString::fromUtf8(out); }
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    QTemporaryDir m_dir;
    QString m_database;
    int m_counter = 0;

    // Runs connectorctl with exactly these arguments; `stdoutFile` redirects its standard output.
    Run raw(const QStringList &arguments, const QString &stdoutFile = {},
            const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        process.setProcessEnvironment(environment);
        if (!stdoutFile.isEmpty())
            process.setStandardOutputFile(stdoutFile);
        process.start(qEnvironmentVariable("CONNECTORCTL"), arguments);
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run ctl(const QStringList &arguments, const QString &stdoutFile = {},
            const QByteArray &input = {})
    {
        return raw(QStringList{u"--database"_s, m_database, u"--lang"_s, u"en"_s} + arguments,
                   stdoutFile, input);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // A file of `size` bytes that takes no disk space.
    QString sparseFile(const QString &name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
            return {};
        return path;
    }

    QString addConnector(const QString &name)
    {
        return ctl({u"--json"_s, u"add"_s, u"--name"_s, name, u"--access"_s, u"read-only"_s,
                    u"--authorize"_s})
            .json()
            .object()
            .value(u"id"_s)
            .toString();
    }

    QString importFlow(const QJsonObject &document)
    {
        const QString path =
            writeFile(u"flow%1.json"_s.arg(++m_counter), FlowSamples::toJson(document));
        const Run imported = ctl({u"--json"_s, u"flows"_s, u"import"_s, path});
        if (imported.exitCode != 0)
            qWarning() << imported.err;
        return imported.json().array().first().toObject().value(u"id"_s).toString();
    }

    QByteArray databaseBytes() const
    {
        QFile file(m_database);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() { m_database = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter)); }

    void anOptionValueIsNeverReadAsAnOption()
    {
        QCOMPARE(ctl({u"admins"_s, u"add"_s, u"viewer@example.com"_s, u"--role"_s,
                      u"partner-read-only-admin"_s})
                     .exitCode,
                 0);
        // The name is a value: it cannot make a read-only partner act as the full administrator.
        const Run escalated =
            ctl({u"--admin"_s, u"viewer@example.com"_s, u"add"_s, u"--name"_s,
                 u"--admin=admin@localhost"_s, u"--access"_s, u"read-write"_s, u"--authorize"_s});
        QCOMPARE(escalated.exitCode, 1);
        QVERIFY2(escalated.err.contains(u"[role."_s), qPrintable(escalated.err));
        QCOMPARE(ctl({u"--json"_s, u"list"_s}).json().array().size(), 0);

        // Nor write into another file.
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        const Run redirected = ctl({u"--json"_s, u"add"_s, u"--name"_s, u"--database="_s + other,
                                    u"--access"_s, u"read-only"_s, u"--authorize"_s});
        QCOMPARE(redirected.exitCode, 0);
        QVERIFY(!QFile::exists(other));
        QCOMPARE(redirected.json().object().value(u"name"_s).toString(), u"--database="_s + other);

        // Nor change the output.
        const Run named = ctl(
            {u"add"_s, u"--name"_s, u"--json"_s, u"--access"_s, u"read-only"_s, u"--authorize"_s});
        QCOMPARE(named.exitCode, 0);
        QVERIFY2(named.text().startsWith(u"Added connector \"--json\""_s), named.out);
        QVERIFY(named.json().isNull());
    }

    void globalOptionsGoBeforeTheCommandAndDoubleDashEndsOptions()
    {
        const Run late = ctl({u"list"_s, u"--json"_s});
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(late.err.contains(u"--json is a global option: give it before the command"_s),
                 qPrintable(late.err));
        QCOMPARE(ctl({u"list"_s, u"--database=/tmp/x.sqlite"_s}).exitCode, 2);

        const QString id = importFlow(FlowSamples::supportLine(
            QUuid::createUuid(), u"A"_s, QUuid::createUuid(), u"B"_s, u"--weird-name"_s));
        QVERIFY(!id.isEmpty());
        QCOMPARE(ctl({u"flows"_s, u"show"_s, u"--weird-name"_s}).exitCode, 2);
        const Run shown = ctl({u"--json"_s, u"flows"_s, u"show"_s, u"--"_s, u"--weird-name"_s});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().object().value(u"id"_s).toString(), id);
    }

    void anEmptyAdminOrDatabaseIsAUsageError()
    {
        QVERIFY(!addConnector(u"Present"_s).isEmpty());
        const Run noAdmin = ctl({u"--admin"_s, u""_s, u"list"_s});
        QCOMPARE(noAdmin.exitCode, 2);
        QVERIFY2(noAdmin.err.contains(u"--admin needs a value"_s), qPrintable(noAdmin.err));
        QCOMPARE(ctl({u"--admin="_s, u"list"_s}).exitCode, 2);
        const Run noDatabase = raw({u"--lang"_s, u"en"_s, u"--database"_s, u""_s, u"list"_s});
        QCOMPARE(noDatabase.exitCode, 2);
        QVERIFY2(noDatabase.err.contains(u"--database needs a value"_s),
                 qPrintable(noDatabase.err));
    }

    void exportRefusesTheDatabaseFiles()
    {
        QVERIFY(!addConnector(u"Kept"_s).isEmpty());
        const QString flow = importFlow(FlowSamples::supportLine(
            QUuid::createUuid(), u"A"_s, QUuid::createUuid(), u"B"_s, u"Kept flow"_s));
        const QByteArray before = databaseBytes();
        const QString symlink = m_dir.filePath(u"link%1.sqlite"_s.arg(m_counter));
        QVERIFY(QFile::link(m_database, symlink));
        const QString hardLink = m_dir.filePath(u"hard%1.sqlite"_s.arg(m_counter));
        QCOMPARE(::link(QFile::encodeName(m_database).constData(),
                        QFile::encodeName(hardLink).constData()),
                 0);
        const QList<QStringList> attempts = {
            {u"export"_s, m_database},
            {u"export"_s, m_database + u"-wal"_s},
            {u"export"_s, m_database + u"-shm"_s},
            {u"export"_s, symlink},
            {u"export"_s, hardLink},
            {u"flows"_s, u"export"_s, flow, m_database},
            {u"flows"_s, u"export"_s, flow, m_database + u"-journal"_s},
            {u"flows"_s, u"export"_s, flow, symlink},
        };
        for (const QStringList &attempt : attempts) {
            const Run refused = ctl(attempt);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(u"[file.is-database]"_s), qPrintable(refused.err));
        }
        QCOMPARE(databaseBytes(), before);
        QVERIFY(QFileInfo(symlink).isSymLink());
        QCOMPARE(ctl({u"--json"_s, u"list"_s}).json().array().size(), 1);
    }

    void aFailedWriteIsNeverSuccess()
    {
        if (!QFileInfo::exists(u"/dev/full"_s))
            QSKIP("needs /dev/full");
        QVERIFY(!addConnector(u"Written"_s).isEmpty());
        const QString flow = importFlow(FlowSamples::supportLine(
            QUuid::createUuid(), u"A"_s, QUuid::createUuid(), u"B"_s, u"Written flow"_s));
        const Run toFile = ctl({u"export"_s, u"/dev/full"_s});
        QCOMPARE(toFile.exitCode, 4);
        QVERIFY2(toFile.err.contains(u"No space left on device"_s), qPrintable(toFile.err));
        QCOMPARE(ctl({u"flows"_s, u"export"_s, flow, u"/dev/full"_s}).exitCode, 4);
        for (const QStringList &arguments :
             {QStringList{u"export"_s}, QStringList{u"flows"_s, u"export"_s, flow},
              QStringList{u"list"_s}, QStringList{u"--json"_s, u"flows"_s, u"list"_s}}) {
            const Run toStdout = ctl(arguments, u"/dev/full"_s);
            QCOMPARE(toStdout.exitCode, 4);
            QVERIFY2(toStdout.err.contains(
                         u"cannot write to standard output: No space left on device"_s),
                     qPrintable(toStdout.err));
        }
        const Run unwritable = ctl({u"export"_s, m_dir.filePath(u"no/such/folder/x.json"_s)});
        QCOMPARE(unwritable.exitCode, 4);
        QVERIFY(!unwritable.err.contains(u"Unknown error"_s));
    }

    void controlCharactersAreShownEscaped()
    {
        const QString evilName = u"Evil\x1b]0;owned\x07 flow\x1b[2J"_s;
        QJsonObject document = FlowSamples::supportLine(QUuid::createUuid(), u"A"_s,
                                                        QUuid::createUuid(), u"B"_s, evilName);
        document.insert(u"description"_s, u"Line\x1b[31mred\x9b"_s);
        QJsonArray nodes = document.value(u"nodes"_s).toArray();
        QJsonObject node = nodes.at(1).toObject();
        node.insert(u"name"_s, u"Get\x07Teams"_s);
        nodes.replace(1, node);
        document.insert(u"nodes"_s, nodes);
        const QString path = writeFile(u"evil.json"_s, FlowSamples::toJson(document));

        const Run imported = ctl({u"flows"_s, u"import"_s, path});
        QCOMPARE(imported.exitCode, 0);
        const QString id = ctl({u"--json"_s, u"flows"_s, u"list"_s})
                               .json()
                               .array()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        const QList<Run> outputs = {imported, ctl({u"flows"_s, u"list"_s}),
                                    ctl({u"flows"_s, u"show"_s, id}), ctl({u"history"_s}),
                                    ctl({u"flows"_s, u"show"_s, u"Evil\x1b"_s})};
        for (const Run &run : outputs) {
            for (const QByteArray &raw :
                 {QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\xc2\x9b")}) {
                QVERIFY2(!run.out.contains(raw), run.out);
                QVERIFY2(!run.err.toUtf8().contains(raw), qPrintable(run.err));
            }
        }
        QVERIFY2(outputs.at(1).text().contains(u"Evil\\u001b]0;owned\\u0007 flow\\u001b[2J"_s),
                 outputs.at(1).out);
        QVERIFY2(outputs.at(2).text().contains(u"Line\\u001b[31mred\\u009b"_s), outputs.at(2).out);
        QVERIFY2(outputs.at(2).text().contains(u"Get\\u0007Teams"_s), outputs.at(2).out);
        QVERIFY2(outputs.at(3).text().contains(u"Evil\\u001b]0;owned"_s), outputs.at(3).out);
        QVERIFY2(outputs.at(4).err.contains(u"Evil\\u001b"_s), qPrintable(outputs.at(4).err));

        // JSON escapes them itself, and the stored document is untouched.
        const Run json = ctl({u"--json"_s, u"flows"_s, u"show"_s, id});
        QVERIFY(!json.out.contains('\x1b'));
        QVERIFY(json.out.contains("\\u001b"));
        QCOMPARE(json.json().object().value(u"name"_s).toString(), evilName);
        const Run exported = ctl({u"flows"_s, u"export"_s, id});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.json().object().value(u"name"_s).toString(), evilName);
        QCOMPARE(exported.json().object().value(u"description"_s).toString(),
                 u"Line\x1b[31mred\x9b"_s);
    }

    // What was typed comes back on one line, without its control characters, and a huge
    // argument only by its ends: an argument cannot forge a line of output or flood the terminal.
    void aTypedArgumentIsShownOnOneLineAndBounded()
    {
        const Run forged = ctl({u"show"_s, u"ab\nconnectorctl: all good\x1b[2J"_s});
        QCOMPARE(forged.exitCode, 2);
        QCOMPARE(forged.err.count(u'\n'), 2); // the message and the hint
        QVERIFY2(forged.err.contains(u"ab\\u000aconnectorctl: all good\\u001b[2J"_s),
                 qPrintable(forged.err));

        const Run huge = ctl({u"show"_s, QString(5000, u'x')});
        QCOMPARE(huge.exitCode, 2);
        QVERIFY2(huge.err.size() < 600, qPrintable(huge.err));
        QVERIFY(huge.err.contains(u"x\u2026x"_s));
    }

    void anOptionIsNeverTakenForTheDatabaseOrAdmin()
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(qEnvironmentVariable("CONNECTORCTL"),
                      {u"--database"_s, u"--json"_s, u"list"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"./--json"_s));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"--json"_s)));
    }

    void inputsMustBeRegularFilesOfBoundedSize()
    {
        for (const QStringList &arguments : {QStringList{u"import"_s, u"/dev/zero"_s},
                                             QStringList{u"flows"_s, u"import"_s, u"/dev/zero"_s},
                                             QStringList{u"jsonpath"_s, u"$"_s, u"/dev/zero"_s}}) {
            const Run refused = ctl(arguments);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(u"/dev/zero is not a regular file"_s),
                     qPrintable(refused.err));
        }

        const QString fifo = m_dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QStringList &arguments :
             {QStringList{u"import"_s, fifo}, QStringList{u"flows"_s, u"import"_s, fifo},
              QStringList{u"jsonpath"_s, u"$"_s, fifo}}) {
            const Run refused = ctl(arguments); // returns at once: the FIFO is never waited on
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(u"[file.not-regular]"_s), qPrintable(refused.err));
        }
        // Standard input only with an explicit '-' (or, for jsonpath, no FILE at all).
        const Run piped = ctl({u"jsonpath"_s, u"$.a"_s, u"-"_s}, {}, "{\"a\": 7}");
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.text().trimmed(), u"7"_s);
        QCOMPARE(ctl({u"jsonpath"_s, u"$.a"_s}, {}, "{\"a\": 8}").text().trimmed(), u"8"_s);
        QCOMPARE(ctl({u"--json"_s, u"import"_s, u"-"_s}, {},
                     R"({"format":"webex-cc-connectors","version":2,"connectors":[],"flows":[]})")
                     .exitCode,
                 0);

        const QList<std::pair<QStringList, QString>> tooLarge = {
            {{u"jsonpath"_s, u"$"_s, sparseFile(u"big.json"_s, 64 * 1024 * 1024 + 1)},
             u"larger than 64 MiB"_s},
            {{u"flows"_s, u"import"_s, sparseFile(u"big-flow.json"_s, 16 * 1024 * 1024 + 1)},
             u"larger than 16 MiB"_s},
            // Read record by record, so the limit only bounds the time a file can take.
            {{u"import"_s, sparseFile(u"big-export.json"_s, 1024LL * 1024 * 1024 + 1)},
             u"larger than 1024 MiB"_s},
        };
        for (const auto &[arguments, limit] : tooLarge) {
            const Run refused = ctl(arguments);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(limit), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(arguments.last()), qPrintable(refused.err));
        }
        // The standard input is bounded too.
        const Run endless =
            ctl({u"jsonpath"_s, u"$"_s, u"-"_s}, {}, QByteArray(64 * 1024 * 1024 + 10, ' '));
        QCOMPARE(endless.exitCode, 2);
        QVERIFY2(endless.err.contains(u"larger than 64 MiB"_s), qPrintable(endless.err));
    }

    void jsonPathRefusesDuplicateKeysLikeImport()
    {
        // "\u0061" is "a": QJsonDocument would answer 2, the last of the two.
        const Run refused = ctl({u"jsonpath"_s, u"$.a"_s}, {}, R"({"b":{"a":1,"\u0061":2}})");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains(u"\"a\" appears twice in the object at $.b"_s),
                 qPrintable(refused.err));
        QCOMPARE(ctl({u"jsonpath"_s, u"$.b.a"_s}, {}, R"({"b":{"a":1}})").text().trimmed(), u"1"_s);
    }

    void anExportedFlowIsCappedLikeAFlowFile()
    {
        QJsonObject document = FlowSamples::supportLine(QUuid::createUuid(), u"A"_s,
                                                        QUuid::createUuid(), u"B"_s, u"Huge"_s);
        document.insert(u"description"_s, QString(16 * 1024 * 1024, u'x'));
        const QJsonObject exported{
            {u"format"_s, u"webex-cc-connectors"_s},
            {u"version"_s, 2},
            {u"connectors"_s, QJsonArray{}},
            {u"flows"_s,
             QJsonArray{QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                    {u"flow"_s, document}}}}};
        const QString path =
            writeFile(u"huge-flow-export.json"_s, QJsonDocument(exported).toJson());
        const Run refused = ctl({u"import"_s, path});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(u"flows[0]"_s) &&
                     refused.err.contains(u"larger than 16 MiB"_s),
                 qPrintable(refused.err.left(2000)));
        QCOMPARE(ctl({u"--json"_s, u"flows"_s, u"list"_s}).json().array().size(), 0);
    }

    void anIdWithTrailingTextDoesNotResolve()
    {
        const QString id = addConnector(u"Exact"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(ctl({u"show"_s, id}).exitCode, 0);
        QCOMPARE(ctl({u"show"_s, id.toUpper()}).exitCode, 0);
        QCOMPARE(ctl({u"show"_s, id.left(8)}).exitCode, 0);
        // The whole argument is the ID, as printed: no spaces or braces around it either.
        for (const QString &text :
             {id + u"xyz"_s, id + u" junk"_s, id.left(8) + u" junk"_s, id + u"0"_s, id + u" "_s,
              u" "_s + id, u"{"_s + id + u"}"_s, u" "_s + id.left(8)}) {
            const Run refused = ctl({u"show"_s, text});
            QVERIFY2(refused.exitCode != 0, qPrintable(text));
            QCOMPARE(ctl({u"history"_s, text}).exitCode == 0, false);
        }
    }

    void aFlowNamedLikeAnotherFlowsIdIsAmbiguous()
    {
        const QString target = importFlow(FlowSamples::supportLine(
            QUuid::createUuid(), u"A"_s, QUuid::createUuid(), u"B"_s, u"Target"_s));
        QVERIFY(!target.isEmpty());
        const QString decoy = importFlow(FlowSamples::supportLine(
            QUuid::createUuid(), u"A"_s, QUuid::createUuid(), u"B"_s, target.left(8)));
        QVERIFY(!decoy.isEmpty());
        const Run ambiguous = ctl({u"flows"_s, u"show"_s, target.left(8)});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY2(ambiguous.err.contains(u"is the name of one flow and the start of the ID"_s),
                 qPrintable(ambiguous.err));
        QCOMPARE(ctl({u"flows"_s, u"export"_s, target.left(8)}).exitCode, 2);
        // The full IDs still say which one.
        QCOMPARE(ctl({u"--json"_s, u"flows"_s, u"show"_s, target})
                     .json()
                     .object()
                     .value(u"name"_s)
                     .toString(),
                 u"Target"_s);
        QCOMPARE(ctl({u"--json"_s, u"flows"_s, u"show"_s, decoy})
                     .json()
                     .object()
                     .value(u"name"_s)
                     .toString(),
                 target.left(8));
        QCOMPARE(ctl({u"flows"_s, u"show"_s, target + u"xyz"_s}).exitCode, 1);
    }

    void aFlowNamedLikeAnotherFlowsFullIdIsAmbiguous()
    {
        const QString target = importFlow(FlowSamples::supportLine(
            QUuid::createUuid(), u"A"_s, QUuid::createUuid(), u"B"_s, u"Target"_s));
        QVERIFY(!target.isEmpty());
        const QString decoy = importFlow(FlowSamples::supportLine(
            QUuid::createUuid(), u"A"_s, QUuid::createUuid(), u"B"_s, target.toUpper()));
        QVERIFY(!decoy.isEmpty());
        for (const QString &text : {target, target.toUpper()}) {
            const Run ambiguous = ctl({u"flows"_s, u"show"_s, text});
            QCOMPARE(ambiguous.exitCode, 2);
            QVERIFY2(ambiguous.err.contains(u"is the ID of one flow and the name of another"_s),
                     qPrintable(ambiguous.err));
        }
        QCOMPARE(ctl({u"--json"_s, u"flows"_s, u"show"_s, decoy})
                     .json()
                     .object()
                     .value(u"name"_s)
                     .toString(),
                 target.toUpper());
    }

    void repeatedOptionsAndEmptyValuesAreUsageErrors()
    {
        QVERIFY(!addConnector(u"Once"_s).isEmpty());
        const QList<QStringList> repeated = {
            {u"--admin"_s, u"a@x"_s, u"--admin"_s, u"b@x"_s, u"list"_s},
            {u"--database"_s, m_database, u"list"_s},
            {u"add"_s, u"--name"_s, u"x1"_s, u"--name"_s, u"x2"_s, u"--access"_s, u"read-only"_s},
        };
        for (const QStringList &arguments : repeated) {
            const Run refused = ctl(arguments);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(u"is given more than once"_s), qPrintable(refused.err));
        }
        QCOMPARE(ctl({u"--json"_s, u"list"_s}).json().array().size(), 1);
        // --access may be repeated: the levels add up.
        QCOMPARE(ctl({u"add"_s, u"--name"_s, u"Twice"_s, u"--access"_s, u"read-only"_s,
                      u"--access"_s, u"read-only"_s, u"--authorize"_s})
                     .exitCode,
                 0);

        const Run emptyTarget = ctl({u"export"_s, u""_s});
        QCOMPARE(emptyTarget.exitCode, 2);
        QVERIFY2(emptyTarget.err.contains(u"needs a file name"_s), qPrintable(emptyTarget.err));
        const Run toStdout = ctl({u"export"_s, u"-"_s});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.json().object().value(u"format"_s).toString(), u"webex-cc-connectors"_s);
        QVERIFY(!QFile::exists(QDir::current().filePath(u"-"_s)));

        const Run emptyLogin = ctl({u"admins"_s, u"add"_s, u"new@x"_s, u"--role"_s,
                                    u"read-only-admin"_s, u"--login"_s, u""_s});
        QCOMPARE(emptyLogin.exitCode, 2);
        QVERIFY2(emptyLogin.err.contains(u"--login needs a value"_s), qPrintable(emptyLogin.err));
    }
};

QTEST_GUILESS_MAIN(TestCtlTrust)
#include "tst_ctltrust.moc"
