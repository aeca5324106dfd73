#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/ConnectorExchange.h"
#include "app/core/service/FlowService.h"
#include "app/core/support/Timestamps.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExchange final : public QObject
{
    Q_OBJECT

private:
    static QByteArray exportOf(TestStore &store)
    {
        auto document = ConnectorExchange(store.database()).exportAll(store.owner());
        return document ? ConnectorExchange::toBytes(*document) : QByteArray();
    }

    static QJsonObject record(const QString &name, const QString &id = {})
    {
        return {{u"id"_s, id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id},
                {u"name"_s, name},
                {u"access"_s, QJsonArray{u"read-only"_s}},
                {u"active"_s, true},
                {u"authorizedBy"_s, u"olena@example.com"_s},
                {u"authorizedAt"_s, u"2026-01-02T03:04:05.000Z"_s}};
    }

    // The administrator the records' consent names must be an account of the target.
    static void addOlena(TestStore &store)
    {
        store.addAdmin(AdminRole::FullAdmin, u"olena@example.com"_s);
    }

    static QByteArray file(const QJsonArray &records)
    {
        return QJsonDocument(QJsonObject{{u"format"_s, u"webex-cc-connectors"_s},
                                         {u"version"_s, 1},
                                         {u"connectors"_s, records}})
            .toJson();
    }

    static QByteArray fileV2(const QJsonArray &records, const QJsonArray &flows)
    {
        return QJsonDocument(QJsonObject{{u"format"_s, u"webex-cc-connectors"_s},
                                         {u"version"_s, 2},
                                         {u"connectors"_s, records},
                                         {u"flows"_s, flows}})
            .toJson();
    }

    // A Flow Designer export with one HTTP Request activity in the main flow and one in
    // GLOBAL_EVENTS, plus properties the console does not understand.
    static QJsonObject flowDocument(const QString &name, const QString &connectorId,
                                    const QString &method = u"GET"_s)
    {
        auto http = [&](const QString &id, const QString &nodeName) {
            return QJsonObject{
                {u"id"_s, id},
                {u"name"_s, nodeName},
                {u"activityType"_s, u"action"_s},
                {u"properties"_s,
                 QJsonObject{{u"activityName"_s, u"http-request-v2"_s},
                             {u"authenticated"_s, true},
                             {u"connectorId"_s, connectorId},
                             {u"connectorId:name"_s, u"As exported"_s},
                             {u"httpRequestPath"_s, u"/v1/customers"_s},
                             {u"httpRequestMethod"_s, method},
                             {u"x-designer-colour"_s, u"#abcdef"_s},
                             {u"outputVariableArray"_s,
                              QJsonArray{QJsonObject{{u"outputVariable"_s, u"customerId"_s},
                                                     {u"jsonPathExp"_s, u"$.data[0].id"_s}}}}}}};
        };
        return {
            {u"name"_s, name},
            {u"flowType"_s, u"flow"_s},
            {u"variables"_s, QJsonArray{QJsonObject{{u"name"_s, u"customerId"_s}}}},
            {u"unknownTopLevel"_s, QJsonObject{{u"kept"_s, true}}},
            {u"nodes"_s, QJsonArray{http(u"n1"_s, u"LookUp"_s)}},
            {u"edges"_s, QJsonArray()},
            {u"eventFlows"_s,
             QJsonObject{{u"GLOBAL_EVENTS"_s,
                          QJsonObject{{u"nodes"_s, QJsonArray{http(u"e1"_s, u"OnAnswer"_s)}}}}}}};
    }

    static int flowCount(TestStore &store)
    {
        FlowService flows(store.service());
        auto all = flows.list();
        return all ? int(all->size()) : -1;
    }

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

    void oneBadRecordImportsNothingAndEveryProblemIsReported()
    {
        TestStore store;
        addOlena(store);
        const Connector existing = store.addConnector(u"Existing"_s);
        const QString duplicateId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject noConsent = record(u"No consent"_s);
        noConsent.remove(u"authorizedBy"_s);
        QJsonObject badAccess = record(u"Bad access"_s);
        badAccess.insert(u"access"_s, QJsonArray{u"admin"_s});
        const QJsonArray records{
            record(u"Good one"_s),               // 0
            record(u""_s),                       // 1 empty name
            record(u"existing"_s),               // 2 clashes with the database
            record(u"Twin"_s, duplicateId),      // 3
            record(u"Twin 2"_s, duplicateId),    // 4 same ID as 3
            noConsent,                           // 5
            badAccess,                           // 6
            record(u"good ONE"_s),               // 7 same name as 0
            record(u"Old"_s, existing.idText()), // 8 ID exists
            u"not an object"_s,                  // 9
        };
        auto report = ConnectorExchange(store.database()).import(store.owner(), file(records));
        QVERIFY(report);
        QStringList positions;
        for (const auto &problem : report->problems)
            positions.append(problem.position);
        positions.removeDuplicates();
        QCOMPARE(positions, (QStringList{u"connectors[1]"_s, u"connectors[2]"_s, u"connectors[4]"_s,
                                         u"connectors[5]"_s, u"connectors[6]"_s, u"connectors[7]"_s,
                                         u"connectors[8]"_s, u"connectors[9]"_s}));
        QVERIFY(report->imported.isEmpty());
        QCOMPARE(store.service().list()->size(), 1); // nothing applied
        const QString all = [&] {
            QString text;
            for (const auto &problem : report->problems)
                text += problem.message + u'\n';
            return text;
        }();
        QVERIFY(all.contains(u"Name: enter a name"_s));
        QVERIFY(all.contains(u"authorizedBy"_s));
        QVERIFY(all.contains(u"admin"_s));
    }

    // Forged or malformed records are refused, each with its position and field.
    void forgedRecordsAreRefusedWithPositionAndField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("createdBy a number") << u"createdBy"_s << QJsonValue(42) << u"createdBy"_s;
        QTest::newRow("createdBy not an e-mail")
            << u"createdBy"_s << QJsonValue(u"nobody"_s) << u"createdBy"_s;
        QTest::newRow("updatedBy null") << u"updatedBy"_s << QJsonValue() << u"updatedBy"_s;
        QTest::newRow("createdAt a number")
            << u"createdAt"_s << QJsonValue(1700000000) << u"createdAt"_s;
        QTest::newRow("updatedAt not a time")
            << u"updatedAt"_s << QJsonValue(u"yesterday"_s) << u"updatedAt"_s;
        QTest::newRow("createdAt in 2099")
            << u"createdAt"_s << QJsonValue(u"2099-01-01T00:00:00.000Z"_s) << u"future"_s;
        QTest::newRow("authorizedAt in 2099")
            << u"authorizedAt"_s << QJsonValue(u"2099-01-01T00:00:00.000Z"_s) << u"future"_s;
        QTest::newRow("updatedAt in 2099")
            << u"updatedAt"_s << QJsonValue(u"2099-01-01T00:00:00.000Z"_s) << u"future"_s;
        QTest::newRow("authorizedBy names nobody")
            << u"authorizedBy"_s << QJsonValue(u"ghost@example.com"_s)
            << u"not an administrator of this organisation"_s;
    }

    void forgedRecordsAreRefusedWithPositionAndField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        TestStore store;
        addOlena(store);
        QJsonObject forged = record(u"Forged"_s);
        forged.insert(key, value);
        auto report = ConnectorExchange(store.database())
                          .import(store.owner(), file({record(u"Fine"_s), forged}));
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().position, u"connectors[1]"_s);
        const QString message = report->problems.first().message;
        QVERIFY2(message.startsWith(key + u": "_s), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(store.service().list()->size(), 0);
    }

    // Consent from a role that may not set up connectors, and times before the record existed.
    void impossibleConsentAndHistoryAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("expected");
        QTest::newRow("partner read-only consent")
            << QJsonObject{{u"authorizedBy"_s, u"viewer@example.com"_s}}
            << u"authorizedBy: \"viewer@example.com\" has the role"_s;
        QTest::newRow("partner full admin consent")
            << QJsonObject{{u"authorizedBy"_s, u"partner@example.com"_s}}
            << u"authorizedBy: \"partner@example.com\" has the role"_s;
        QTest::newRow("authorizedAt before createdAt")
            << QJsonObject{{u"createdAt"_s, u"2026-01-02T03:04:05.000Z"_s},
                           {u"authorizedAt"_s, u"1969-01-01T00:00:00.000Z"_s}}
            << u"authorizedAt: 1969-01-01T00:00:00.000Z is before createdAt"_s;
        QTest::newRow("updatedAt before createdAt")
            << QJsonObject{{u"updatedAt"_s, u"2000-01-01T00:00:00.000Z"_s}}
            << u"updatedAt: 2000-01-01T00:00:00.000Z is before createdAt"_s;
    }

    void impossibleConsentAndHistoryAreRefused()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, expected);
        TestStore store;
        addOlena(store);
        store.addAdmin(AdminRole::PartnerReadOnlyAdmin, u"viewer@example.com"_s);
        store.addAdmin(AdminRole::PartnerFullAdmin, u"partner@example.com"_s);
        QJsonObject forged = record(u"Forged"_s);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            forged.insert(it.key(), it.value());
        auto report = ConnectorExchange(store.database())
                          .import(store.owner(), file({record(u"Fine"_s), forged}));
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().position, u"connectors[1]"_s);
        QVERIFY2(report->problems.first().message.startsWith(expected),
                 qPrintable(report->problems.first().message));
        QCOMPARE(store.service().list()->size(), 0);
    }

    // "-14:00" is 14 hours later than the same digits in UTC: checked and stored as that instant.
    void utcOffsetsAreConvertedBeforeCheckingAndStoring()
    {
        TestStore store;
        addOlena(store);
        const QDateTime future = Timestamps::now().addSecs(3 * 3600);
        const QString futureWithOffset =
            future.toOffsetFromUtc(-14 * 3600).toString(Qt::ISODateWithMs);
        QJsonObject ahead = record(u"Ahead"_s);
        ahead.insert(u"authorizedAt"_s, futureWithOffset);
        auto refused = ConnectorExchange(store.database()).import(store.owner(), file({ahead}));
        QVERIFY(refused);
        QCOMPARE(refused->problems.size(), 1);
        QVERIFY2(refused->problems.first().message.contains(u"future"_s),
                 qPrintable(refused->problems.first().message));

        QJsonObject past = record(u"Past"_s);
        past.insert(u"authorizedAt"_s, u"2026-01-02T15:00:00+14:00"_s);
        auto report = ConnectorExchange(store.database()).import(store.owner(), file({past}));
        QVERIFY(report);
        QVERIFY(report->problems.isEmpty());
        const auto stored = store.service().list();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(Timestamps::toStorage(stored->first().authorizedAt),
                 u"2026-01-02T01:00:00.000Z"_s);
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

    void aFlowOfTheSameNameIsReplaced()
    {
        TestStore store;
        addOlena(store);
        const Connector used = store.addConnector(u"Lookup"_s);
        FlowService flows(store.service());
        QVERIFY(flows.importFlows(
            {*FlowDesignerFormat::fromDocument(flowDocument(u"Main IVR"_s, used.idText()), {})}));
        const QUuid id = flows.list()->first().id;
        auto report =
            ConnectorExchange(store.database())
                .import(store.owner(),
                        fileV2({}, {flowDocument(u"MAIN ivr"_s, used.idText(), u"POST"_s)}));
        QVERIFY(report);
        QVERIFY(report->problems.isEmpty());
        QVERIFY(report->flowsDone.first().replaced);
        QCOMPARE(flows.list()->size(), 1);
        QCOMPARE(flows.list()->first().id, id); // keeps its ID
        QCOMPARE(flows.list()->first().activities.first().method, u"POST"_s);
    }

    void aFlowKeepsItsIdWhenRenamedInTheFile()
    {
        TestStore store;
        addOlena(store);
        const Connector used = store.addConnector(u"Lookup"_s);
        FlowService flows(store.service());
        QVERIFY(flows.importFlows(
            {*FlowDesignerFormat::fromDocument(flowDocument(u"Main IVR"_s, used.idText()), {})}));
        const QString id = flows.list()->first().id.toString(QUuid::WithoutBraces);
        const QJsonObject renamed{{u"id"_s, id},
                                  {u"flow"_s, flowDocument(u"Sales IVR"_s, used.idText())}};
        auto report =
            ConnectorExchange(store.database()).import(store.owner(), fileV2({}, {renamed}));
        QVERIFY(report);
        QVERIFY(report->problems.isEmpty());
        QVERIFY(report->flowsDone.first().replaced);
        QCOMPARE(flows.list()->size(), 1);
        QCOMPARE(flows.list()->first().name, u"Sales IVR"_s);
        QCOMPARE(flows.list()->first().id.toString(QUuid::WithoutBraces), id);
    }

    void aRenameOntoAnotherFlowsNameIsReportedAtItsPosition()
    {
        TestStore store;
        addOlena(store);
        const Connector used = store.addConnector(u"Lookup"_s);
        FlowService flows(store.service());
        QVERIFY(flows.importFlows(
            {*FlowDesignerFormat::fromDocument(flowDocument(u"Main IVR"_s, used.idText()), {}),
             *FlowDesignerFormat::fromDocument(flowDocument(u"Sales IVR"_s, used.idText()), {})}));
        const Flow main = *flows.findByName(u"Main IVR"_s);
        const Flow sales = *flows.findByName(u"Sales IVR"_s);
        const QJsonObject clash{{u"id"_s, main.id.toString(QUuid::WithoutBraces)},
                                {u"flow"_s, flowDocument(u"sales ivr"_s, used.idText())}};
        const QJsonObject duplicateId{{u"id"_s, main.id.toString(QUuid::WithoutBraces)},
                                      {u"flow"_s, flowDocument(u"Third"_s, used.idText())}};
        const QJsonObject badId{{u"id"_s, u"not-a-uuid"_s},
                                {u"flow"_s, flowDocument(u"Fourth"_s, used.idText())}};
        auto report = ConnectorExchange(store.database())
                          .import(store.owner(), fileV2({}, {clash, duplicateId, badId}));
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 3);
        QCOMPARE(report->problems.at(0).position, u"flows[0]"_s);
        const QString message = report->problems.at(0).message;
        QVERIFY2(message.contains(main.id.toString(QUuid::WithoutBraces)) &&
                     message.contains(sales.id.toString(QUuid::WithoutBraces)) &&
                     message.contains(u"Main IVR"_s) && message.contains(u"Sales IVR"_s),
                 qPrintable(message));
        QCOMPARE(report->problems.at(1).position, u"flows[1]"_s);
        QVERIFY(report->problems.at(1).message.contains(u"first at flows[0]"_s));
        QCOMPARE(report->problems.at(2).position, u"flows[2]"_s);
        QVERIFY(report->problems.at(2).message.contains(u"\"id\""_s));
        QCOMPARE(flows.find(main.id)->name, u"Main IVR"_s); // nothing applied
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

    void aBadFlowRefusesTheWholeImportAndIsNamed()
    {
        TestStore store;
        addOlena(store);
        const QJsonObject connector = record(u"Arrives with the flows"_s);
        const QString id = connector.value(u"id"_s).toString();
        QJsonObject noNodes = flowDocument(u"Broken"_s, id);
        noNodes.remove(u"nodes"_s);
        const QJsonArray flows{flowDocument(u"First"_s, id), flowDocument(u"Second"_s, id), noNodes,
                               flowDocument(u"first"_s, id)};
        const QByteArray bytes = fileV2({connector}, flows);
        const qsizetype historyBefore = store.service().history()->size(); // adding Olena
        const ConnectorExchange exchange(store.database());
        const auto checked = exchange.check(store.owner(), bytes);
        QCOMPARE(checked.problems.size(), 2);
        QCOMPARE(checked.problems.at(0).position, u"flows[2]"_s);
        QVERIFY(checked.problems.at(0).message.contains(u"nodes"_s));
        QCOMPARE(checked.problems.at(1).position, u"flows[3]"_s); // same name as flows[0]
        QVERIFY(checked.problems.at(1).message.contains(u"flows[0]"_s));

        auto report = exchange.import(store.owner(), bytes);
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 2);
        QVERIFY(report->imported.isEmpty());
        QVERIFY(report->flows.isEmpty());
        // All or nothing: the good connector and the good flows were not written either.
        QCOMPARE(store.service().list()->size(), 0);
        QCOMPARE(flowCount(store), 0);
        QCOMPARE(store.service().history()->size(), historyBefore);
    }

    void aRuleBreakingActivityIsImportedAndFlagged()
    {
        TestStore store;
        addOlena(store);
        const QJsonObject readOnly = record(u"Read only"_s);
        const QString missing = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray bytes = fileV2(
            {readOnly}, {flowDocument(u"Writes"_s, readOnly.value(u"id"_s).toString(), u"POST"_s),
                         flowDocument(u"Dangling"_s, missing)});
        auto report = ConnectorExchange(store.database()).import(store.owner(), bytes);
        QVERIFY(report);
        QVERIFY(report->problems.isEmpty());
        FlowService flows(store.service());
        auto problems = flows.problemsOfEach(*flows.list());
        QVERIFY(problems);
        QCOMPARE(problems->size(), 2);
        QCOMPARE(problems->at(0).at(0).first().code(), ErrorCode::ActivityConnectorUnknown);
        QCOMPARE(problems->at(1).at(0).first().code(), ErrorCode::ActivityMethodNotAllowed);
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

    void importNeedsASetUpRole()
    {
        TestStore store;
        addOlena(store);
        const AdminAccount viewer =
            store.addAdmin(AdminRole::PartnerReadOnlyAdmin, u"v@example.com"_s);
        auto report = ConnectorExchange(store.database()).import(viewer, file({record(u"X"_s)}));
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY(report->problems.first().message.contains(u"read-only access"_s));
        QCOMPARE(store.service().list()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
