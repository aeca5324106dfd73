#include "tests/core/service/ExchangeFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Exporting connectors and flows, and the exchange file format: what a file must be to be read
// at all, versions 1 and 2, atomic writing. The checks on what is imported are in
// tst_exchangeimport.
class TestExchange final : public QObject, private ExchangeFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripPreservesIdsAndState()
    {
        TestStore source;
        const Connector a =
            source.addConnector(u"Alpha"_s, AccessLevel::ReadOnly | AccessLevel::ReadWrite);
        const Connector b = source.addConnector(u"Бета"_s, AccessLevel::ReadOnly, false);
        const QByteArray exported = exportOf(source);
        QVERIFY(!exported.isEmpty());

        TestStore target;
        addOlena(target);
        auto report = ConnectorExchange(target.database()).import(target.owner(), exported);
        QVERIFY(report);
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(report->imported.size(), 2);
        auto alpha = target.service().find(a.id);
        QVERIFY(alpha);
        QCOMPARE(alpha->name, a.name);
        QCOMPARE(alpha->access, a.access);
        QCOMPARE(alpha->authorizedBy, a.authorizedBy);
        QCOMPARE(alpha->authorizedAt, a.authorizedAt);
        auto beta = target.service().find(b.id);
        QVERIFY(beta);
        QVERIFY(!beta->active);
        QCOMPARE(target.service().history(a.id)->size(), 1); // the import is audited
    }

    void duplicateKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("position");
        QTest::addColumn<QString>("key");
        const QByteArray head = R"({"format":"webex-cc-connectors","version":2,"connectors":[)";
        const QByteArray good =
            R"({"id":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","name":"A","access":["read-only"],)"
            R"("active":true,"authorizedBy":"olena@example.com",)"
            R"("authorizedAt":"2026-01-02T03:04:05.000Z"})";
        QByteArray twice = good;
        twice.replace(R"("name":"A",)", R"("name":"A","active":false,)");
        QTest::newRow("in a record") << head + good + "," + twice.replace("3301", "3302") + "]}"
                                     << u"connectors[1]"_s << u"active"_s;
        QByteArray escaped = good;
        escaped.replace(R"("name":"A",)", R"("name":"A","n\u0061me":"B",)");
        QTest::newRow("spelt with an escape")
            << head + escaped + "]}" << u"connectors[0]"_s << u"name"_s;
        QTest::newRow("at the top level")
            << head + good + R"(],"version":1})" << QString() << u"version"_s;
        QTest::newRow("inside a flow")
            << head + R"(],"flows":[{"id":"9b2d6f1e-5c3a-4e8b-a1f0-7d4c2e6b8a90","flow":)"
                      R"({"name":"F","nodes":[{"id":"n1","id":"n2"}]}}]})"
            << u"flows[0].flow.nodes[0]"_s << u"id"_s;
    }

    void duplicateKeysAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, position);
        QFETCH(QString, key);
        TestStore store;
        addOlena(store);
        auto report = ConnectorExchange(store.database()).import(store.owner(), bytes);
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().position, position);
        QVERIFY2(report->problems.first().message.startsWith(key + u": "_s),
                 qPrintable(report->problems.first().message));
        QVERIFY(report->imported.isEmpty());
    }

    void aTopLevelArrayIsNamedAsSuch()
    {
        TestStore store;
        auto report = ConnectorExchange(store.database()).import(store.owner(), "[]");
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        const QString message = report->problems.first().message;
        QVERIFY2(!message.contains(u"no error occurred"_s), qPrintable(message));
        QVERIFY2(message.contains(u"top level is not a JSON object"_s), qPrintable(message));
    }

    void invalidUtf8IsRefusedNotReplaced()
    {
        TestStore store;
        addOlena(store);
        QByteArray bytes = file({record(u"Plain@@"_s)});
        bytes.replace("@@", "\xff");
        auto report = ConnectorExchange(store.database()).import(store.owner(), bytes);
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().message.contains(u"not valid UTF-8"_s),
                 qPrintable(report->problems.first().message));
        QCOMPARE(store.service().list()->size(), 0);
        const Result<Flow> flow =
            FlowDesignerFormat::read("{\"name\":\"Main\xff\",\"nodes\":[]}", u"main.json"_s);
        QVERIFY(!flow);
        QCOMPARE(flow.error().code(), ErrorCode::TextNotUtf8);
        QVERIFY(flow.error().message().startsWith(u"main.json: "_s));
    }

    // Half a surrogate pair is refused like invalid UTF-8, naming the record and field; a whole
    // pair is a character like any other.
    void loneSurrogateEscapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("escape");
        QTest::addColumn<bool>("refused");
        QTest::newRow("high without low") << QByteArray(R"(\ud800)") << true;
        QTest::newRow("high then high") << QByteArray(R"(\uD800\uD800)") << true;
        QTest::newRow("low alone") << QByteArray(R"(\udc00)") << true;
        QTest::newRow("low then high") << QByteArray(R"(\udc00\ud800)") << true;
        QTest::newRow("a whole pair") << QByteArray(R"(\ud83d\ude00)") << false;
    }

    void loneSurrogateEscapesAreRefused()
    {
        QFETCH(QByteArray, escape);
        QFETCH(bool, refused);
        TestStore store;
        addOlena(store);
        QByteArray bytes = file({record(u"Fine"_s), record(u"a@@b"_s)});
        bytes.replace("@@", escape);
        auto report = ConnectorExchange(store.database()).import(store.owner(), bytes);
        QVERIFY(report);
        if (!refused) {
            QVERIFY(report->problems.isEmpty());
            QCOMPARE(store.service().list()->size(), 2);
            return;
        }
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().position, u"connectors[1]"_s);
        QVERIFY2(report->problems.first().message.startsWith(u"name: "_s),
                 qPrintable(report->problems.first().message));
        QVERIFY2(report->problems.first().message.contains(u"surrogate"_s),
                 qPrintable(report->problems.first().message));
        QCOMPARE(store.service().list()->size(), 0);
        const Result<Flow> flow = FlowDesignerFormat::read(
            "{\"name\":\"Main" + escape + "x\",\"nodes\":[]}", u"main.json"_s);
        QVERIFY(!flow);
        QVERIFY2(flow.error().message().contains(u"name holds half of a surrogate pair"_s),
                 qPrintable(flow.error().message()));
    }

    void aFlowFileWithADuplicateKeyIsRefused()
    {
        const QByteArray flow = R"({"name":"Main","nodes":[],"name":"Other"})";
        const Result<Flow> read = FlowDesignerFormat::read(flow, u"main.json"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().message().contains(u"\"name\" appears more than once"_s),
                 qPrintable(read.error().message()));
    }

    void refusesFilesThatAreNotExports_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not json") << QByteArray("connectors: yes");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("other format") << QByteArray(R"({"format":"flow","version":1})");
        QTest::newRow("future version")
            << QByteArray(R"({"format":"webex-cc-connectors","version":99,"connectors":[]})");
        QTest::newRow("invalid utf-8") << QByteArray("{\"format\":\"\xff\xfe\"}");
    }

    void refusesFilesThatAreNotExports()
    {
        QFETCH(QByteArray, bytes);
        TestStore store;
        addOlena(store);
        auto report = ConnectorExchange(store.database()).import(store.owner(), bytes);
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY(report->problems.first().position.isEmpty());
        QVERIFY(!report->problems.first().message.isEmpty());
    }

    void versionTwoCarriesFlowsWithTheirDocuments()
    {
        TestStore source;
        const Connector used = source.addConnector(u"Customer lookup"_s);
        const QJsonObject document = flowDocument(u"Main IVR"_s, used.idText());
        {
            FlowService flows(source.service());
            auto flow = FlowDesignerFormat::fromDocument(document, u"test"_s);
            QVERIFY(flow);
            auto imported = flows.importFlows({*flow});
            QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message()));
        }
        const QByteArray exported = exportOf(source);
        const QJsonObject root = QJsonDocument::fromJson(exported).object();
        QCOMPARE(root.value(u"version"_s).toInt(), 2);
        const QUuid sourceId = FlowService(source.service()).list()->first().id;
        QCOMPARE(root.value(u"flows"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"id"_s, sourceId.toString(QUuid::WithoutBraces)},
                                         {u"flow"_s, document}}}));

        TestStore target;
        addOlena(target);
        FlowService targetFlows(target.service());
        QSignalSpy changed(&targetFlows, &FlowService::flowsChanged);
        auto report =
            ConnectorExchange(target.database()).import(target.owner(), exported, &targetFlows);
        QVERIFY(report);
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(report->imported.size(), 1);
        QCOMPARE(report->flowsDone.size(), 1);
        QCOMPARE(changed.count(), 1);
        auto all = targetFlows.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().document, document); // unknown properties kept, key for key
        QCOMPARE(all->first().id, sourceId);       // and the flow keeps its ID
        auto usages = targetFlows.whereUsed(used.id);
        QVERIFY(usages);
        QCOMPARE(usages->size(), 2); // main flow and GLOBAL_EVENTS
        auto problems = targetFlows.problems(all->first());
        QVERIFY(problems);
        QVERIFY(problems->at(0).isEmpty()); // the connector came in the same file
    }

    void exportReadsFromAReadOnlyStoreAndLeavesNoTransactionOpen()
    {
        TestStore store;
        addOlena(store);
        const Connector used = store.addConnector(u"Lookup"_s);
        FlowService flows(store.service());
        QVERIFY(flows.importFlows(
            {*FlowDesignerFormat::fromDocument(flowDocument(u"Main IVR"_s, used.idText()), {})}));
        // The snapshot is a read transaction: a write-locking one would refuse a read-only file.
        if (!TestStore::onServer()) {
            Database::Options options;
            options.readOnly = true;
            auto readOnly = Database::open(store.path(), options);
            QVERIFY(readOnly);
            auto document = ConnectorExchange(**readOnly).exportAll(store.owner());
            QVERIFY2(document, document ? "" : qPrintable(document.error().message()));
            QCOMPARE(document->value(u"connectors"_s).toArray().size(), 1);
            QCOMPARE(document->value(u"flows"_s).toArray().size(), 1);
        }
        // The same connection writes again right after an export: the snapshot was closed.
        QVERIFY(!exportOf(store).isEmpty());
        store.addConnector(u"After the export"_s);
        QCOMPARE(store.service().list()->size(), 2);
    }

    void versionOneFilesStillImport()
    {
        TestStore store;
        addOlena(store);
        QJsonObject root{{u"format"_s, u"webex-cc-connectors"_s},
                         {u"version"_s, 1},
                         {u"connectors"_s, QJsonArray{record(u"Old export"_s)}},
                         // Not part of version 1: ignored, not read as flows.
                         {u"flows"_s, QJsonArray{u"junk"_s}}};
        auto report =
            ConnectorExchange(store.database()).import(store.owner(), QJsonDocument(root).toJson());
        QVERIFY(report);
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(store.service().list()->size(), 1);
        QCOMPARE(flowCount(store), 0);
    }

    void exportToFileWritesAtomically()
    {
        TestStore store;
        addOlena(store);
        store.addConnector(u"Written"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.json"_s);
        auto written = ConnectorExchange(store.database()).exportToFile(store.owner(), path);
        QVERIFY(written);
        QVERIFY(!written->writeError);
        QCOMPARE(written->connectors, 1);
        QCOMPARE(written->flows, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(u"connectors"_s)
                     .toArray()
                     .size(),
                 1);
        auto unwritable = ConnectorExchange(store.database())
                              .exportToFile(store.owner(), dir.filePath(u"no/such/dir/x.json"_s));
        QVERIFY(unwritable);
        QVERIFY(unwritable->writeError);
        QVERIFY(!QFile::exists(dir.filePath(u"no/such/dir/x.json"_s)));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
