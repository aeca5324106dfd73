#include "service/ConnectorExchange.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
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

    static QByteArray file(const QJsonArray &records)
    {
        return QJsonDocument(QJsonObject{{u"format"_s, u"webex-cc-connectors"_s},
                                         {u"version"_s, 1},
                                         {u"connectors"_s, records}})
            .toJson();
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
        auto report = ConnectorExchange(store.database()).import(store.owner(), bytes);
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY(report->problems.first().position.isEmpty());
        QVERIFY(!report->problems.first().message.isEmpty());
    }

    void importNeedsASetUpRole()
    {
        TestStore store;
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
