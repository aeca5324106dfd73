#include "tests/core/service/ExchangeFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Importing an exchange file: each record and flow checked, all or nothing, flows replaced or
// renamed by id, and who may import.
class TestExchangeImport final : public QObject, private ExchangeFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

QTEST_GUILESS_MAIN(TestExchangeImport)
#include "tst_exchangeimport.moc"
