#include "app/core/store/ConnectorRepository.h"
#include "app/core/store/FlowRepository.h"
#include "app/core/support/ConnectorJson.h"
#include "tests/core/service/ExchangeFixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The exchange file read and written record by record (issue 16): the export is what the whole
// document was, the import reads in batches across which every rule still holds, all or
// nothing, and a problem names its record.
class TestExchangeStream final : public QObject, private ExchangeFixture
{
    Q_OBJECT

    // The export as it was made before it streamed: every connector and flow in one document.
    static QJsonObject wholeDocumentExport(TestStore &store)
    {
        QJsonArray records;
        for (const Connector &connector : *ConnectorRepository(store.database()).all()) {
            QJsonObject record = ConnectorJson::toJson(connector);
            record.remove(u"scopes"_s);
            record.remove(u"revision"_s);
            records.append(record);
        }
        QJsonArray documents;
        for (const Flow &flow : *FlowRepository(store.database()).all())
            documents.append(QJsonObject{{u"id"_s, flow.id.toString(QUuid::WithoutBraces)},
                                         {u"flow"_s, flow.document}});
        return {{u"format"_s, u"webex-cc-connectors"_s},
                {u"version"_s, 2},
                {u"exportedBy"_s, store.owner().email},
                {u"connectors"_s, records},
                {u"flows"_s, documents}};
    }

    static QJsonArray records(int count, int from = 0)
    {
        QJsonArray all;
        for (int i = from; i < from + count; ++i)
            all.append(record(u"Connector %1"_s.arg(i)));
        return all;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theStreamedExportIsTheWholeDocumentExport()
    {
        TestStore store;
        const Connector a = store.addConnector(u"Alpha \"quoted\" \u00e9\u2713"_s,
                                               AccessLevel::ReadOnly | AccessLevel::ReadWrite);
        store.addConnector(u"Beta \\ back/slash"_s, AccessLevel::ReadOnly, false);
        FlowService flows(store.service());
        auto flow =
            FlowDesignerFormat::fromDocument(flowDocument(u"Main IVR"_s, a.idText()), u"test"_s);
        QVERIFY(flow);
        QVERIFY(flows.importFlows({*flow}));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = ConnectorExchange(store.database()).write(store.owner(), buffer);
        QVERIFY(written);
        QVERIFY(written->written);
        QCOMPARE(written->connectors, 2);
        QCOMPARE(written->flows, 1);
        // Byte for byte what QJsonDocument writes for the document it holds...
        const QJsonDocument streamed = QJsonDocument::fromJson(buffer.data());
        QCOMPARE(buffer.data(), streamed.toJson(QJsonDocument::Indented));
        // ...and that document is the one the whole-document export made.
        QJsonObject got = streamed.object();
        QVERIFY(Timestamps::fromStorage(got.take(u"exportedAt"_s).toString()).isValid());
        QCOMPARE(got, wholeDocumentExport(store));
    }

    void importsInBatchesWithEveryRecordAudited()
    {
        TestStore store;
        addOlena(store);
        // Several store batches and a short last INSERT.
        const int count = 1234;
        const qsizetype logged = store.service().history()->size();
        auto report =
            ConnectorExchange(store.database()).import(store.owner(), file(records(count)));
        QVERIFY(report);
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(report->connectors, count);
        QCOMPARE(report->imported.size(), count);
        QCOMPARE(store.service().list()->size(), count);
        QCOMPARE(store.service().history()->size(), logged + count);
        // Not kept when the caller does not ask for them; counted all the same.
        TestStore other;
        addOlena(other);
        QBuffer buffer;
        buffer.setData(file(records(10)));
        buffer.open(QIODevice::ReadOnly);
        auto counted =
            ConnectorExchange(other.database()).import(other.owner(), buffer, nullptr, false);
        QVERIFY(counted);
        QCOMPARE(counted->connectors, 10);
        QVERIFY(counted->imported.isEmpty());
        QCOMPARE(other.service().list()->size(), 10);
    }

    void rulesHoldAcrossBatches()
    {
        TestStore store;
        addOlena(store);
        const Connector stored = store.addConnector(u"Stored"_s);
        const qsizetype logged = store.service().history()->size();
        QJsonArray all = records(900);
        all[850] = record(u"connector 3"_s);        // a name of the first batch, other case
        all[870] = record(u"stored"_s);             // the store's connector
        all[880] = record(u"X"_s, stored.idText()); // the store's ID
        all[890] = record(u""_s);                   // a record of its own that is wrong
        auto report = ConnectorExchange(store.database()).import(store.owner(), file(all));
        QVERIFY(report);
        QStringList positions;
        for (const auto &problem : report->problems)
            positions.append(problem.position);
        QCOMPARE(positions, (QStringList{u"connectors[850]"_s, u"connectors[870]"_s,
                                         u"connectors[880]"_s, u"connectors[890]"_s}));
        QVERIFY(report->problems.at(0).message.contains(u"connectors[3]"_s));
        QVERIFY(report->imported.isEmpty());
        QCOMPARE(store.service().list()->size(), 1); // nothing applied, not even batch one
        QCOMPARE(store.service().history()->size(), logged);
    }

    void aProblemNamesItsRecord()
    {
        TestStore store;
        addOlena(store);
        QByteArray bytes = file(records(700));
        // Break record 612's JSON: its position and byte are named.
        const QByteArray name = "\"Connector 612\"";
        const qsizetype at = bytes.indexOf(name);
        QVERIFY(at > 0);
        bytes.replace(at, name.size(), "\"Connector 612\" \"again\"");
        auto report = ConnectorExchange(store.database()).import(store.owner(), bytes);
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.at(0).position, u"connectors[612]"_s);
        QVERIFY2(report->problems.at(0).message.contains(u"not valid JSON"_s),
                 qPrintable(report->problems.at(0).message));
        QVERIFY(report->problems.at(0).message.contains(u"at byte"_s));
        QCOMPARE(store.service().list()->size(), 0);
    }

    void aRecordOverTheLimitStopsTheRead()
    {
        TestStore store;
        addOlena(store);
        QJsonObject huge = record(u"Huge"_s);
        huge.insert(u"padding"_s, QString(18 * 1024 * 1024, u'x'));
        auto report = ConnectorExchange(store.database())
                          .check(store.owner(), file(QJsonArray{record(u"A"_s), huge}));
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.at(0).position, u"connectors[1]"_s);
        QVERIFY2(report.problems.at(0).message.contains(u"MiB"_s),
                 qPrintable(report.problems.at(0).message));
    }

    void problemsBeyondTheLimitAreCounted()
    {
        TestStore store;
        addOlena(store);
        QJsonArray all;
        const int count = int(ConnectorExchange::MaxProblems) + 25;
        for (int i = 0; i < count; ++i)
            all.append(record(u""_s));
        const auto report = ConnectorExchange(store.database()).check(store.owner(), file(all));
        QCOMPARE(report.problems.size(), ConnectorExchange::MaxProblems + 1);
        QCOMPARE(report.problems.last().position, QString());
        QVERIFY2(report.problems.last().message.contains(u"25 more problem"_s),
                 qPrintable(report.problems.last().message));
    }

    void theFormatMayComeAfterTheRecords()
    {
        // The export writes its keys in order, so "format" and "version" follow the records: a
        // file that turns out not to be an export is refused as such, whatever came before.
        TestStore store;
        addOlena(store);
        const QByteArray wrongFormat =
            QJsonDocument(QJsonObject{{u"format"_s, u"something-else"_s},
                                      {u"version"_s, 2},
                                      {u"connectors"_s, QJsonArray{record(u""_s)}}})
                .toJson();
        auto report = ConnectorExchange(store.database()).import(store.owner(), wrongFormat);
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY(report->problems.at(0).message.contains(u"not a connectors export"_s));
        QCOMPARE(store.service().list()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExchangeStream)
#include "tst_exchangestream.moc"
