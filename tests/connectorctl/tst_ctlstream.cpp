#include "tests/connectorctl/CtlFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// connectorctl's list, history, export and import written and read record by record (issue 16):
// what a script sees is what it saw when each was built in memory first.
class TestCtlStream final : public QObject, private CtlFixture
{
    Q_OBJECT

    // The three connectors every test starts from: names JSON escapes, and a wide access.
    QStringList addThree()
    {
        return {
            addConnector(u"Queue \"statistics\" \u00e9\u2713"_s, {u"read-only"_s, u"read-write"_s}),
            addConnector(u"Beta \\ back/slash"_s), addConnector(u"Alpha"_s)};
    }

private Q_SLOTS:
    void init() { useNewDatabase(); }

    void jsonListIsTheWholeArrayOfShownConnectors()
    {
        const QStringList ids = addThree();
        QVERIFY(!ids.contains(QString()));
        const Run list = ctl({u"--json"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        // Byte for byte what printing the whole array wrote...
        const QJsonArray array = list.json().array();
        QCOMPARE(list.out.toUtf8(), QJsonDocument(array).toJson(QJsonDocument::Indented));
        // ...and each element the connector as `show` prints it, sorted by name.
        QCOMPARE(array.size(), 3);
        QStringList names;
        for (const QJsonValue &value : array) {
            const Run show = ctl({u"--json"_s, u"show"_s, value[u"id"_s].toString()});
            QCOMPARE(show.exitCode, 0);
            QCOMPARE(value.toObject(), show.json().object());
            names.append(value[u"name"_s].toString());
        }
        QCOMPARE(names.first(), u"Alpha"_s);
    }

    void textListIsAlignedOverAllRows()
    {
        addThree();
        const Run list = ctl({u"list"_s});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.split(u'\n');
        QCOMPARE(lines.size(), 6); // header, three rows, count, final newline
        QVERIFY(lines.at(0).startsWith(u"ID"_s));
        // The ACCESS column is as wide as its widest cell, in every row and the header.
        const qsizetype nameColumn = lines.at(0).indexOf(u"NAME"_s);
        QCOMPARE(lines.at(1).indexOf(u"Alpha"_s), nameColumn);
        QCOMPARE(lines.at(2).indexOf(u"Beta \\ back/slash"_s), nameColumn);
        QVERIFY(lines.at(3).contains(u"read-only,read-write  Queue \"statistics\""_s));
        QCOMPARE(lines.at(4), u"3 connectors"_s);
    }

    void emptyListsSayTheyAreEmpty()
    {
        const Run json = ctl({u"--json"_s, u"list"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out, u"[\n]\n"_s);
        const Run text = ctl({u"list"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith(u"No connectors yet."_s));
    }

    void historyIsTheWholeLog()
    {
        addThree();
        const Run json = ctl({u"--json"_s, u"history"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = json.json().array();
        QCOMPARE(json.out.toUtf8(), QJsonDocument(array).toJson(QJsonDocument::Indented));
        QCOMPARE(array.size(), 3);
        QCOMPARE(array.first()[u"subject"_s].toString(), u"Alpha"_s); // newest first
        const Run limited = ctl({u"--json"_s, u"history"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(limited.json().array().size(), 2);
        const Run text = ctl({u"history"_s});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(u'\n'), 4);
        QVERIFY(text.out.startsWith(u"WHEN"_s));
    }

    void exportToStandardOutputIsTheFileExport()
    {
        addThree();
        const QString path = m_dir.filePath(u"export-%1.json"_s.arg(m_counter));
        const Run toFile = ctl({u"export"_s, path});
        QCOMPARE(toFile.exitCode, 0);
        const Run toOut = ctl({u"export"_s, u"-"_s});
        QCOMPARE(toOut.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject fromFile = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject fromOut = toOut.json().object();
        fromFile.remove(u"exportedAt"_s);
        fromOut.remove(u"exportedAt"_s);
        QCOMPARE(fromOut, fromFile);
        QCOMPARE(fromOut[u"connectors"_s].toArray().size(), 3);
        QCOMPARE(toOut.out.toUtf8(), QJsonDocument(toOut.json()).toJson(QJsonDocument::Indented));
    }

    void importNamesTheRecordOfEachProblem()
    {
        addThree();
        const QString path = m_dir.filePath(u"export-%1.json"_s.arg(m_counter));
        QCOMPARE(ctl({u"export"_s, path}).exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray records = document[u"connectors"_s].toArray();
        QCOMPARE(records.size(), 3);
        QJsonObject bad = records.at(2).toObject();
        bad.insert(u"active"_s, u"yes"_s);
        records[2] = bad;
        document.insert(u"connectors"_s, records);
        const QString edited = writeFile(u"edited.json"_s, QJsonDocument(document).toJson());
        // Into a new database (the records would clash with their originals here), whose first
        // administrator is the same account, so only the edited record is wrong.
        const QString target = m_dir.filePath(u"target-%1.sqlite"_s.arg(m_counter));
        const Run imported = ctl({u"import"_s, edited}, target);
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(u"  connectors[2]: the field \"active\""_s),
                 qPrintable(imported.err));
        QVERIFY2(!imported.err.contains(u"connectors[0]"_s), qPrintable(imported.err));
        QCOMPARE(ctl({u"--json"_s, u"list"_s}, target).json().array().size(), 0);
        // The unedited file imports; the text answer counts, the JSON one lists.
        const Run json = ctl({u"--json"_s, u"import"_s, path}, target);
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json()[u"connectors"_s].toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCtlStream)
#include "tst_ctlstream.moc"
