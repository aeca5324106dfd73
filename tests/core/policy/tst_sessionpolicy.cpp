// The session's policy snapshot answers every question the window asks exactly as the role
// policy's table does, with the same rule texts, for every role, action, connector state and
// licence; it is read once from the store and again only when asked to, while the service's own
// checks keep reading the store on every change.
#include "app/core/i18n/TranslationLoader.h"
#include "app/core/policy/RolePolicy.h"
#include "app/core/policy/SessionPolicy.h"
#include "app/core/service/FlowService.h"
#include "tests/support/TestStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AdminRole)
Q_DECLARE_METATYPE(Licence)

class TestSessionPolicy final : public QObject
{
    Q_OBJECT

private:
    static AdminAccount admin(AdminRole role) { return {u"a@example.com"_s, u"A"_s, role, {}}; }
    static Organisation organisation(Licence licence) { return {u"Org"_s, licence, {}}; }
    static Connector connector(bool active)
    {
        Connector connector;
        connector.id = QUuid::createUuid();
        connector.name = u"Reports"_s;
        connector.access = AccessLevel::ReadOnly;
        connector.active = active;
        return connector;
    }
    // The snapshot's answer must be the table's: allowed alike, refused with the same rule and
    // the same text.
    static void sameAnswer(const Permission &answer, const std::optional<CoreError> &table,
                           const char *question)
    {
        QVERIFY2(answer.allowed() == !table.has_value(), question);
        if (!table) {
            QVERIFY(answer.reason().isEmpty());
            return;
        }
        QVERIFY(answer.refusal());
        QCOMPARE(*answer.refusal(), *table);
        QVERIFY(!answer.reason().isEmpty());
        QCOMPARE(answer.reason(), table->message());
    }
    // Sets `email`'s role through a connection of its own, as another program would.
    static void changeRoleElsewhere(TestStore &store, const QString &email, AdminRole role)
    {
        auto elsewhere = Database::open(store.path());
        QVERIFY(elsewhere.ok());
        QSqlQuery query((*elsewhere)->connection());
        QVERIFY(query.prepare(u"UPDATE admins SET role = ? WHERE email = ?"_s));
        query.addBindValue(AdminRoles::key(role));
        query.addBindValue(email);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void answersAsTheRoleTable_data();
    void answersAsTheRoleTable();
    void reasonsNameTheRule();
    void reasonsFollowTheLanguage();
    void anUnreadableSnapshotRefusesEverythingWithTheFailure();
    void knowsWhenActingAsAnother();
    void theServiceReadsItOnceAndAgainWhenAsked();
    void aStaleSnapshotNeverLetsAChangeThrough();
    void aFailedReadKeepsTheSnapshotReadBefore();
};

void TestSessionPolicy::answersAsTheRoleTable_data()
{
    QTest::addColumn<AdminRole>("role");
    QTest::addColumn<Licence>("licence");
    for (AdminRole role : AdminRoles::all()) {
        for (Licence licence : {Licence::Flex3, Licence::Other}) {
            QTest::addRow("%s/%s", qPrintable(AdminRoles::key(role)),
                          qPrintable(Licences::key(licence)))
                << role << licence;
        }
    }
}

void TestSessionPolicy::answersAsTheRoleTable()
{
    QFETCH(AdminRole, role);
    QFETCH(Licence, licence);
    const AdminAccount actor = admin(role);
    const Organisation org = organisation(licence);
    const SessionPolicy policy(actor, org);

    sameAnswer(policy.view(), RolePolicy::check(actor, org, ConnectorAction::View), "view");
    sameAnswer(policy.setUp(), RolePolicy::check(actor, org, ConnectorAction::Create), "set up");
    sameAnswer(policy.changeConnectors(),
               RolePolicy::check(actor, org, ConnectorAction::Deactivate), "change connectors");
    for (ConnectorAction action : RolePolicy::allActions()) {
        sameAnswer(policy.connector(action), RolePolicy::check(actor, org, action), "action");
        for (bool active : {true, false}) {
            const Connector target = connector(active);
            sameAnswer(policy.connector(action, &target),
                       RolePolicy::check(actor, org, action, &target), "action on a connector");
        }
    }
    for (bool active : {true, false}) {
        const Connector target = connector(active);
        sameAnswer(policy.edit(target),
                   RolePolicy::check(actor, org, ConnectorAction::Update, &target), "edit");
        sameAnswer(policy.remove(target),
                   RolePolicy::check(actor, org, ConnectorAction::Delete, &target), "delete");
        // The switch does what the connector's state calls for.
        sameAnswer(policy.toggle(target),
                   RolePolicy::check(
                       actor, org, active ? ConnectorAction::Deactivate : ConnectorAction::Activate,
                       &target),
                   "toggle");
    }
    sameAnswer(policy.manageAdmins(), RolePolicy::checkManageAdmins(actor), "manage admins");
    for (AdminRole granted : AdminRoles::all())
        sameAnswer(policy.grant(granted), RolePolicy::checkGrant(actor, granted), "grant");
    sameAnswer(policy.viewFlows(), RolePolicy::checkFlows(actor, false), "view flows");
    sameAnswer(policy.changeFlows(), RolePolicy::checkFlows(actor, true), "change flows");
    for (const QString &method : {u"GET"_s, u"POST"_s, u"delete"_s})
        sameAnswer(policy.sendRequest(method), RolePolicy::checkLiveRequest(actor, method),
                   "send a request");
}

void TestSessionPolicy::reasonsNameTheRule()
{
    const SessionPolicy reader(admin(AdminRole::ExternalReadOnlyAdmin),
                               organisation(Licence::Flex3));
    QVERIFY(reader.view().allowed());
    QCOMPARE(reader.changeConnectors().refusal()->code(), ErrorCode::RoleIsReadOnly);
    QVERIFY2(reader.changeConnectors().reason().startsWith(
                 u"Your role, External administrator with the read-only"_s),
             qPrintable(reader.changeConnectors().reason()));
    QVERIFY(reader.changeConnectors().reason().contains(u"has read-only access to connectors"_s));
    QCOMPARE(reader.changeFlows().refusal()->code(), ErrorCode::RoleCannotChangeFlows);

    const SessionPolicy nobody(admin(AdminRole::ReadOnlyAdmin), organisation(Licence::Flex3));
    QVERIFY(nobody.view().reason().contains(u"has no access to connectors"_s));

    const SessionPolicy external(admin(AdminRole::ExternalContactCenterAdmin),
                                 organisation(Licence::Flex3));
    QVERIFY(external.changeConnectors().allowed());
    QVERIFY(external.setUp().reason().contains(u"cannot set up connectors"_s));
    QVERIFY(external.manageAdmins().reason().contains(u"cannot manage administrator accounts"_s));

    const SessionPolicy full(admin(AdminRole::FullAdmin), organisation(Licence::Other));
    QVERIFY2(full.setUp().reason().contains(u"FLEX3"_s), qPrintable(full.setUp().reason()));
    const Connector active = connector(true);
    QCOMPARE(full.edit(active).reason(),
             u"The connector \"Reports\" is active. Deactivate it before editing its settings."_s);
    QCOMPARE(full.remove(active).refusal()->code(), ErrorCode::DeleteWhileActive);
    QVERIFY(full.toggle(active).allowed());
    QVERIFY(full.edit(connector(false)).allowed());
}

void TestSessionPolicy::reasonsFollowTheLanguage()
{
    TranslationLoader translations;
    const SessionPolicy reader(admin(AdminRole::SupportBasicAdmin), organisation(Licence::Flex3));
    const Permission refused = reader.changeConnectors();
    const QString english = refused.reason();
    QVERIFY(translations.load(u"uk"_s));
    // Read after the switch, the same answer speaks Ukrainian.
    QCOMPARE_NE(refused.reason(), english);
    QVERIFY2(refused.reason().contains(u"має доступ до конекторів лише для читання"_s),
             qPrintable(refused.reason()));
    QVERIFY(translations.load(u"en"_s));
    QCOMPARE(refused.reason(), english);
}

void TestSessionPolicy::anUnreadableSnapshotRefusesEverythingWithTheFailure()
{
    const CoreError failure(ErrorCode::AdminNotFound, {u"gone@example.com"_s});
    const SessionPolicy policy =
        SessionPolicy::unavailable(admin(AdminRole::FullAdmin), failure, u"gone@example.com"_s);
    QVERIFY(!policy.organisation());
    QCOMPARE(*policy.failure(), failure);
    const Connector target = connector(false);
    for (const Permission &answer :
         {policy.view(), policy.setUp(), policy.changeConnectors(), policy.edit(target),
          policy.toggle(target), policy.remove(target), policy.manageAdmins(),
          policy.grant(AdminRole::ReadOnlyAdmin), policy.viewFlows(), policy.changeFlows(),
          policy.sendRequest(u"GET"_s)}) {
        QVERIFY(!answer.allowed());
        QCOMPARE(answer.reason(), failure.message());
    }
}

void TestSessionPolicy::knowsWhenActingAsAnother()
{
    const Organisation org = organisation(Licence::Flex3);
    QVERIFY(!SessionPolicy(admin(AdminRole::FullAdmin), org).isActingAsOther());
    QVERIFY(!SessionPolicy(admin(AdminRole::FullAdmin), org, u"A@Example.com"_s).isActingAsOther());
    QVERIFY(SessionPolicy(admin(AdminRole::PartnerFullAdmin), org, u"olena@example.com"_s)
                .isActingAsOther());
}

void TestSessionPolicy::theServiceReadsItOnceAndAgainWhenAsked()
{
    TestStore store;
    const AdminAccount carla =
        store.addAdmin(AdminRole::ContactCenterServiceAdmin, u"carla@example.com"_s);
    ConnectorService service(store.database(), carla);
    QVERIFY(service.sessionPolicy().setUp().allowed());
    QCOMPARE(service.sessionPolicy().organisation()->licence, Licence::Flex3);
    QVERIFY(!service.sessionPolicy().isActingAsOther());

    // Another program makes Carla read-only: the snapshot keeps answering as it was read...
    changeRoleElsewhere(store, carla.email, AdminRole::PartnerReadOnlyAdmin);
    QVERIFY(service.sessionPolicy().setUp().allowed());
    QCOMPARE(service.sessionPolicy().actor().role, AdminRole::ContactCenterServiceAdmin);
    // ...until it is read again, which is what the window does when its watcher fires.
    QVERIFY(service.refreshSessionPolicy());
    QCOMPARE(service.sessionPolicy().actor().role, AdminRole::PartnerReadOnlyAdmin);
    QCOMPARE(service.sessionPolicy().setUp().refusal()->code(), ErrorCode::RoleIsReadOnly);
    QVERIFY(service.sessionPolicy().view().allowed());

    // A new actor is a new snapshot, with the acting recorded against the account that
    // created the service.
    service.setActor(store.owner());
    QCOMPARE(service.sessionPolicy().actor().email, store.owner().email);
    QVERIFY(service.sessionPolicy().setUp().allowed());
    QVERIFY(service.sessionPolicy().isActingAsOther());

    // The flows follow the same actor.
    FlowService flows(service);
    QVERIFY(flows.sessionPolicy().changeFlows().allowed());
}

void TestSessionPolicy::aStaleSnapshotNeverLetsAChangeThrough()
{
    TestStore store;
    const AdminAccount carla =
        store.addAdmin(AdminRole::ContactCenterServiceAdmin, u"carla@example.com"_s);
    ConnectorService service(store.database(), carla);
    QVERIFY(service.sessionPolicy().setUp().allowed());
    changeRoleElsewhere(store, carla.email, AdminRole::SupportBasicAdmin);
    QVERIFY(service.sessionPolicy().setUp().allowed()); // not read again yet
    // The change itself reads the role inside its transaction and refuses.
    auto created = service.create({{}, u"Queue statistics"_s, AccessLevel::ReadOnly, true});
    QVERIFY(!created);
    QCOMPARE(created.error().code(), ErrorCode::RoleIsReadOnly);
    QVERIFY(service.list()->isEmpty());
}

void TestSessionPolicy::aFailedReadKeepsTheSnapshotReadBefore()
{
    TestStore store;
    ConnectorService service(store.database(), store.owner());
    QVERIFY(service.sessionPolicy().setUp().allowed());
    // The organisation's row disappears (a damaged or half-restored database).
    QVERIFY(store.database().execute(u"DELETE FROM organisation"_s).ok());
    auto reread = service.refreshSessionPolicy();
    QVERIFY(!reread);
    QCOMPARE(reread.error().code(), ErrorCode::DatabaseFailure);
    // The answers read before stay; the changes themselves fail on the missing row.
    QVERIFY(!service.sessionPolicy().failure());
    QVERIFY(service.sessionPolicy().setUp().allowed());
    QCOMPARE(
        service.create({{}, u"Queue statistics"_s, AccessLevel::ReadOnly, true}).error().code(),
        ErrorCode::DatabaseFailure);
    // A first read that fails refuses everything, saying why.
    ConnectorService fresh(store.database(), store.owner());
    QVERIFY(fresh.sessionPolicy().failure());
    QCOMPARE(fresh.sessionPolicy().view().reason(), reread.error().message());
    QVERIFY(fresh.sessionPolicy().view().reason().contains(u"no organisation"_s));
}

QTEST_MAIN(TestSessionPolicy)
#include "tst_sessionpolicy.moc"
