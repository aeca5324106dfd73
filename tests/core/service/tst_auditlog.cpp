#include "tests/support/TestStore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyChangeRecordsWhoWhenAndWhat()
    {
        TestStore store;
        ConnectorService &service = store.service();
        auto created = service.create({{}, u"Callbacks"_s, AccessLevel::ReadOnly, true});
        QVERIFY(created);
        const QUuid id = created->id;
        QVERIFY(service.deactivate(id));
        QVERIFY(service.update(id, {{}, u"Callbacks EMEA"_s, AccessLevel::ReadWrite, false}));
        QVERIFY(service.activate(id));
        QVERIFY(service.deactivate(id));
        QVERIFY(service.remove(id));

        auto history = service.history(id);
        QVERIFY(history);
        QCOMPARE(history->size(), 6);
        // Newest first.
        const QList<AuditAction> expected = {AuditAction::Delete,     AuditAction::Deactivate,
                                             AuditAction::Activate,   AuditAction::Update,
                                             AuditAction::Deactivate, AuditAction::Create};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(history->at(i).action, expected.at(i));
            QCOMPARE(history->at(i).actor, store.owner().email);
            QCOMPARE(history->at(i).connectorId, id);
            QVERIFY(history->at(i).at.isValid());
        }
        QVERIFY(history->at(0).at >= history->at(5).at);

        const AuditEntry &edit = history->at(3);
        QCOMPARE(edit.changedFields(), (QStringList{u"access"_s, u"name"_s, u"scopes"_s}));
        QCOMPARE(edit.before.value(u"name"_s).toString(), u"Callbacks"_s);
        QCOMPARE(edit.after.value(u"name"_s).toString(), u"Callbacks EMEA"_s);
        QCOMPARE(edit.after.value(u"access"_s).toArray().first().toString(), u"read-write"_s);

        const AuditEntry &deactivation = history->at(4);
        QCOMPARE(deactivation.changedFields(), QStringList{u"active"_s});
        QCOMPARE(deactivation.before.value(u"active"_s).toBool(), true);
        QCOMPARE(deactivation.after.value(u"active"_s).toBool(), false);

        QVERIFY(history->at(5).before.isEmpty());
        QCOMPARE(history->at(5).after.value(u"id"_s).toString(), created->idText());
        QVERIFY(history->at(0).after.isEmpty()); // deleted: nothing after
        QCOMPARE(history->at(0).subject, u"Callbacks EMEA"_s);
    }

    void organisationLogCoversAllConnectorsAndActors()
    {
        TestStore store;
        const AdminAccount taras =
            store.addAdmin(AdminRole::ContactCenterServiceAdmin, u"taras@example.com"_s);
        store.addConnector(u"One"_s);
        ConnectorService asTaras(store.database(), taras);
        auto two = asTaras.create({{}, u"Two"_s, AccessLevel::ReadWrite, true});
        QVERIFY(two);
        QCOMPARE(two->authorizedBy, u"taras@example.com"_s);

        auto all = store.service().history();
        QVERIFY(all);
        // admin added, two creates
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).actor, u"taras@example.com"_s);
        QCOMPARE(all->at(0).subject, u"Two"_s);
        QCOMPARE(all->at(1).subject, u"One"_s);
        QCOMPARE(all->at(2).action, AuditAction::AdminAdd);
        QCOMPARE(store.service().history({}, 1)->size(), 1);
        QCOMPARE(store.service().history(two->id)->size(), 1);
    }

    void refusedChangesLeaveNoAuditRow()
    {
        TestStore store;
        const Connector connector = store.addConnector(u"Quiet"_s);
        const qsizetype before = store.service().history()->size();
        QVERIFY(!store.service().remove(connector.id));
        QVERIFY(
            !store.service().update(connector.id, {{}, u"Loud"_s, AccessLevel::ReadOnly, false}));
        QVERIFY(!store.service().create({{}, u"quiet"_s, AccessLevel::ReadOnly, true}));
        QCOMPARE(store.service().history()->size(), before);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
