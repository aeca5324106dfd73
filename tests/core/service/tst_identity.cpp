// Identity is real: the acting account comes from the OS user (SQLite) or the database login
// (PostgreSQL), only a full administrator may act as another account and the audit log then
// names both, and nobody grants a role with rights their own lacks. Runs on both backends.
#include "app/core/policy/RolePolicy.h"
#include "app/core/service/DemoDataGenerator.h"
#include "app/core/service/Session.h"
#include "app/core/store/AuditRepository.h"
#include "tests/support/TestStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIdentity final : public QObject
{
    Q_OBJECT

private:
    // As an administrator (or a DBA) would with the database's own tools; on PostgreSQL the
    // suite's login is a superuser, whom the server trusts.
    static void setLogin(TestStore &store, const QString &email, const QVariant &login)
    {
        QSqlQuery query(store.database().connection());
        query.prepare(u"UPDATE admins SET login = ? WHERE email = ?"_s);
        query.addBindValue(login);
        query.addBindValue(email);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    static QString currentLogin(TestStore &store)
    {
        auto login = Session::login(store.database());
        return login ? *login : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstRunBindsTheLoginToTheFullAdmin()
    {
        TestStore store;
        const QString login = currentLogin(store);
        QVERIFY(!login.isEmpty());
        QCOMPARE(store.owner().login, login);
        auto self = Session::resolve(store.database());
        QVERIFY2(self, self ? "" : qPrintable(self.error().message()));
        QCOMPARE(self->email, store.owner().email);
        QCOMPARE(store.database().sessionAccount(), store.owner().email);
    }

    void theLoginDecidesNotTheTypedEmail()
    {
        TestStore store;
        const AdminAccount partner =
            store.addAdmin(AdminRole::PartnerFullAdmin, u"marco@reseller.example.org"_s);
        setLogin(store, store.owner().email, QVariant(QMetaType::fromType<QString>()));
        setLogin(store, partner.email, currentLogin(store));
        auto self = Session::start(store.database());
        QVERIFY(self);
        QCOMPARE(self->email, partner.email);
        // Naming the full administrator does not make the partner one.
        auto escalated = Session::start(store.database(), store.owner().email);
        QVERIFY(!escalated);
        QCOMPARE(escalated.error().code(), ErrorCode::ActingAsNotAllowed);
        QVERIFY(escalated.error().message().contains(partner.email));
        QVERIFY(escalated.error().isRuleRefusal());
    }

    void anUnboundLoginIsRefusedWithTheReason()
    {
        TestStore store;
        setLogin(store, store.owner().email, u"somebody-else"_s);
        auto self = Session::resolve(store.database());
        QVERIFY(!self);
        QCOMPARE(self.error().code(), TestStore::onServer() ? ErrorCode::DatabaseLoginNotBound
                                                            : ErrorCode::OsUserNotBound);
        QVERIFY(self.error().isRuleRefusal());
        QVERIFY2(self.error().message().contains(currentLogin(store)),
                 qPrintable(self.error().message()));
    }

    void aDatabaseWithNobodyBoundBindsTheFirstFullAdminOnce()
    {
        TestStore store;
        const AdminAccount second = store.addAdmin(AdminRole::FullAdmin, u"second@example.com"_s);
        setLogin(store, store.owner().email, QVariant(QMetaType::fromType<QString>()));
        auto self = Session::resolve(store.database());
        QVERIFY2(self, self ? "" : qPrintable(self.error().message()));
        QCOMPARE(self->email, store.owner().email);
        QCOMPARE(AdminDirectory(store.database()).find(store.owner().email)->login,
                 currentLogin(store));
        QVERIFY(AdminDirectory(store.database()).find(second.email)->login.isEmpty());
    }

    void onlyAFullAdministratorMayActAsAnother()
    {
        TestStore store;
        const AdminAccount partner =
            store.addAdmin(AdminRole::PartnerFullAdmin, u"marco@reseller.example.org"_s);
        const Connector connector = store.addConnector(u"Queue statistics"_s);
        auto acting = Session::start(store.database(), partner.email);
        QVERIFY2(acting, acting ? "" : qPrintable(acting.error().message()));
        QCOMPARE(acting->email, partner.email);

        // The change carries the partner's role and name, and the real person beside it.
        ConnectorService service(store.database(), *acting);
        QVERIFY(service.deactivate(connector.id));
        auto history = service.history(connector.id);
        QVERIFY(history);
        const AuditEntry latest = history->first();
        QCOMPARE(latest.action, AuditAction::Deactivate);
        QCOMPARE(latest.actor, partner.email);
        QCOMPARE(latest.realActor, store.owner().email);
        QCOMPARE(latest.actorText(), store.owner().email + u" acting as "_s + partner.email);
        // Acting for oneself leaves the real actor empty.
        QVERIFY(store.service().activate(connector.id));
        QVERIFY(store.service().history(connector.id)->first().realActor.isEmpty());
    }

    void aSessionThatMayNotActAsOthersCannotAuditAsSomeoneElse()
    {
        TestStore store;
        const AdminAccount partner =
            store.addAdmin(AdminRole::PartnerFullAdmin, u"marco@reseller.example.org"_s);
        const Connector connector = store.addConnector(u"Queue statistics"_s);
        setLogin(store, store.owner().email, QVariant(QMetaType::fromType<QString>()));
        setLogin(store, partner.email, currentLogin(store));
        QVERIFY(Session::resolve(store.database()));
        // A caller skipping Session and naming the full administrator is refused by the core.
        ConnectorService forged(store.database(), store.owner());
        auto refused = forged.deactivate(connector.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::ActingAsNotAllowed);
        QVERIFY(store.service().find(connector.id)->active);
    }

    void rightsAreOrderedByInclusion_data()
    {
        QTest::addColumn<AdminRole>("granter");
        QTest::addColumn<AdminRole>("role");
        for (AdminRole granter : AdminRoles::all()) {
            for (AdminRole role : AdminRoles::all()) {
                QTest::addRow("%s grants %s", qPrintable(AdminRoles::key(granter)),
                              qPrintable(AdminRoles::key(role)))
                    << granter << role;
            }
        }
    }

    void rightsAreOrderedByInclusion()
    {
        QFETCH(AdminRole, granter);
        QFETCH(AdminRole, role);
        const bool subset =
            int(RolePolicy::accessRight(role)) <= int(RolePolicy::accessRight(granter)) &&
            (!RolePolicy::canSetUp(role) || RolePolicy::canSetUp(granter)) &&
            (!RolePolicy::canManageAdmins(role) || RolePolicy::canManageAdmins(granter));
        QCOMPARE(RolePolicy::canGrant(granter, role),
                 RolePolicy::canManageAdmins(granter) && subset);
    }

    void partnerAndSupportFullAdminsCannotGrantTheSetUpRight_data()
    {
        QTest::addColumn<AdminRole>("granter");
        QTest::addRow("partner") << AdminRole::PartnerFullAdmin;
        QTest::addRow("support") << AdminRole::SupportFullAdmin;
    }

    void partnerAndSupportFullAdminsCannotGrantTheSetUpRight()
    {
        QFETCH(AdminRole, granter);
        TestStore store;
        const AdminAccount actor = store.addAdmin(granter, u"granter@example.com"_s);
        AdminDirectory directory(store.database());
        for (AdminRole role : {AdminRole::FullAdmin, AdminRole::ContactCenterServiceAdmin,
                               AdminRole::ExternalFullAdmin}) {
            auto refused = directory.add(actor, u"x@example.com"_s, {}, role);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code(), ErrorCode::RoleCannotGrant);
            QCOMPARE(refused.error().ruleKey(), u"role.cannot-grant"_s);
        }
        QVERIFY(!directory.find(u"x@example.com"_s));
        // Roles within their own rights they may grant, and each grant is audited.
        auto added = directory.add(actor, u"y@example.com"_s, {}, AdminRole::PartnerReadOnlyAdmin);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
        auto history = AuditRepository(store.database()).entries();
        QCOMPARE(history->first().action, AuditAction::AdminAdd);
        QCOMPARE(history->first().actor, actor.email);
        QCOMPARE(history->first().subject, u"y@example.com"_s);
    }

    void demoByAServiceAdministratorAddsNoAccounts()
    {
        TestStore store;
        const AdminAccount service =
            store.addAdmin(AdminRole::ContactCenterServiceAdmin, u"svc@example.com"_s);
        const qsizetype before = AuditRepository(store.database()).entries()->size();
        auto summary = DemoDataGenerator(store.database()).generate(service, 3);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message()));
        QCOMPARE(summary->adminsAdded, 0);
        QCOMPARE(summary->connectorsAdded, 3);
        int fullAdmins = 0;
        for (const AdminAccount &admin : *AdminDirectory(store.database()).admins())
            fullAdmins += admin.role == AdminRole::FullAdmin ? 1 : 0;
        QCOMPARE(fullAdmins, 1);
        // Every connector it added is audited (inactive ones twice: created, deactivated).
        const qsizetype rows = AuditRepository(store.database()).entries()->size() - before;
        QCOMPARE(rows, summary->connectorsAdded + summary->inactive);
    }

    void demoByAFullAdministratorAuditsEveryAccount()
    {
        TestStore store;
        auto summary = DemoDataGenerator(store.database()).generate(store.owner(), 2);
        QVERIFY(summary);
        QCOMPARE(summary->adminsAdded, 10); // one per role, the owner being none of them
        int accountRows = 0;
        for (const AuditEntry &entry : *AuditRepository(store.database()).entries())
            accountRows += entry.action == AuditAction::AdminAdd ? 1 : 0;
        QCOMPARE(accountRows, summary->adminsAdded);
    }

    void aLoginIsBoundToOneAccountOnly()
    {
        TestStore store;
        AdminDirectory directory(store.database());
        auto taken = directory.add(store.owner(), u"two@example.com"_s, {},
                                   AdminRole::SupportBasicAdmin, currentLogin(store));
        QVERIFY(!taken);
        QCOMPARE(taken.error().code(), ErrorCode::AdminLoginTaken);
        auto added = directory.add(store.owner(), u"two@example.com"_s, {},
                                   AdminRole::SupportBasicAdmin, u"two"_s);
        QVERIFY(added);
        QCOMPARE(added->login, u"two"_s);
        auto rebound = directory.bindLogin(store.owner(), u"two@example.com"_s, u"deux"_s);
        QVERIFY(rebound);
        QCOMPARE(directory.find(u"two@example.com"_s)->login, u"deux"_s);
        QCOMPARE(AuditRepository(store.database()).entries()->first().action,
                 AuditAction::AdminBind);
        // A partner full administrator cannot bind a full administrator's account to a login.
        const AdminAccount partner =
            store.addAdmin(AdminRole::PartnerFullAdmin, u"marco@reseller.example.org"_s);
        auto refused = directory.bindLogin(partner, store.owner().email, u"marco"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::RoleCannotGrant);
    }

    // A partner full administrator may bind a colleague's unbound account, but not move an
    // account that already has a login to another one: that would take over the colleague.
    void onlyAFullAdministratorRebindsAnAccountThatHasALogin()
    {
        TestStore store;
        AdminDirectory directory(store.database());
        const AdminAccount partner =
            store.addAdmin(AdminRole::PartnerFullAdmin, u"pf@example.com"_s);
        QVERIFY(directory.add(store.owner(), u"sf@example.com"_s, {}, AdminRole::SupportFullAdmin,
                              u"realsupport"_s));
        QVERIFY(
            directory.add(store.owner(), u"new@example.com"_s, {}, AdminRole::SupportFullAdmin));
        auto taken = directory.bindLogin(partner, u"sf@example.com"_s, u"probeuser2"_s);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code(), ErrorCode::AdminRebindNeedsFullAdmin);
        QVERIFY(taken.error().message().contains(u"realsupport"_s));
        QCOMPARE(directory.find(u"sf@example.com"_s)->login, u"realsupport"_s);
        auto stolen = directory.bindLogin(partner, u"new@example.com"_s, u"realsupport"_s);
        QVERIFY(!stolen);
        QCOMPARE(stolen.error().code(), ErrorCode::AdminLoginTaken);
        QVERIFY(directory.bindLogin(partner, u"new@example.com"_s, u"newcomer"_s));
        QVERIFY(directory.bindLogin(store.owner(), u"sf@example.com"_s, u"support2"_s));
        QCOMPARE(directory.find(u"sf@example.com"_s)->login, u"support2"_s);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
