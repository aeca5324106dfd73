// The PostgreSQL team store enforces the role policy itself: under a login bound to a lesser
// account, raw SQL (as psql would send it) cannot write what the role forbids, nor audit as
// someone else, nor raise its own role; the audit row's real actor comes from the login.
// Runs only against the suite's PostgreSQL server (the _postgres variant).
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/DemoDataGenerator.h"
#include "app/core/service/FlowService.h"
#include "app/core/service/Session.h"
#include "app/core/store/SchemaMigrator.h"
#include "app/core/support/Timestamps.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/TestStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerPolicy final : public QObject
{
    Q_OBJECT

private:
    TestStore *m_store = nullptr;
    QStringList m_logins;

    QString createLogin(const QString &prefix)
    {
        const QString login = prefix + u"_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QSqlQuery query(m_store->database().connection());
        if (!query.exec(u"CREATE ROLE "_s + login + u" LOGIN"_s))
            qWarning() << query.lastError().text();
        m_logins.append(login);
        return login;
    }

    // The same database, connected as another login.
    std::unique_ptr<Database> openAs(const QString &login)
    {
        QString url = m_store->path();
        url.replace(u"postgresql://postgres@"_s, u"postgresql://"_s + login + u"@"_s);
        auto database = Database::open(url);
        if (!database) {
            qWarning() << database.error().message();
            return {};
        }
        return std::move(database).value();
    }

    static bool refusedByServer(QSqlQuery &query, const QString &sql)
    {
        if (query.exec(sql)) {
            qWarning() << "accepted:" << sql;
            return false;
        }
        return query.lastError().nativeErrorCode() == u"42501"_s;
    }

    static QString auditInsert(const QString &actor, const QString &realActor = u"NULL"_s)
    {
        return u"INSERT INTO audit_log (at, actor, action, subject, before_json, after_json, "
               "real_actor) VALUES ('2026-01-01T00:00:00.000Z', '%1', 'update', 'forged', '{}', "
               "'{}', %2)"_s.arg(actor, realActor);
    }

    static QString connectorInsert(const QString &id)
    {
        return u"INSERT INTO connectors (id, name, name_key, access, active, authorized_by, "
               "authorized_at, created_by, created_at, updated_by, updated_at, revision) VALUES "
               "('%1', 'Forged', 'forged', 1, 1, 'x', 'x', 'x', 'x', 'x', 'x', 1)"_s.arg(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!TestStore::onServer())
            QSKIP("the server's own policy needs the PostgreSQL fixture");
    }

    void init() { m_store = new TestStore; }

    void cleanup()
    {
        // The logins own nothing (the grants are PUBLIC's), and their connections are closed.
        {
            QSqlQuery query(m_store->database().connection());
            for (const QString &login : std::as_const(m_logins))
                query.exec(u"DROP ROLE IF EXISTS "_s + login);
        }
        m_logins.clear();
        delete m_store;
        m_store = nullptr;
    }

    void aReadOnlyLoginCannotWriteAuditAsOthersOrRaiseItsRole()
    {
        const QString login = createLogin(u"reader"_s);
        AdminDirectory directory(m_store->database());
        QVERIFY(directory.add(m_store->owner(), u"reader@example.com"_s, {},
                              AdminRole::PartnerReadOnlyAdmin, login));
        const Connector connector = m_store->addConnector(u"Queue statistics"_s);
        auto database = openAs(login);
        QVERIFY(database);
        auto self = Session::resolve(*database);
        QVERIFY2(self, self ? "" : qPrintable(self.error().message()));
        QCOMPARE(self->email, u"reader@example.com"_s);

        QSqlQuery query(database->connection());
        QVERIFY(refusedByServer(
            query, connectorInsert(QUuid::createUuid().toString(QUuid::WithoutBraces))));
        QVERIFY(refusedByServer(query, u"UPDATE connectors SET active = 0"_s));
        QVERIFY(refusedByServer(query, auditInsert(m_store->owner().email)));
        QVERIFY(refusedByServer(query, auditInsert(u"reader@example.com"_s)));
        QVERIFY(refusedByServer(
            query, u"UPDATE admins SET role = 'full-admin' WHERE email = 'reader@example.com'"_s));
        QVERIFY(refusedByServer(query, u"DELETE FROM audit_log"_s));
        QVERIFY(refusedByServer(query, u"UPDATE audit_log SET actor = 'nobody'"_s));
        // The console's own path, skipping Session and naming the full administrator.
        ConnectorService forged(*database, m_store->owner());
        auto refused = forged.deactivate(connector.id);
        QVERIFY(!refused);
        query.finish();
        QVERIFY(m_store->service().find(connector.id)->active);
        QCOMPARE(directory.find(u"reader@example.com"_s)->role, AdminRole::PartnerReadOnlyAdmin);
    }

    void aPartnerLoginCannotGrantTheSetUpRightNorSetUpConnectors()
    {
        const QString login = createLogin(u"partner"_s);
        AdminDirectory directory(m_store->database());
        QVERIFY(directory.add(m_store->owner(), u"partner@example.com"_s, {},
                              AdminRole::PartnerFullAdmin, login));
        const Connector connector =
            m_store->addConnector(u"Idle codes"_s, AccessLevel::ReadOnly, false);
        auto database = openAs(login);
        QVERIFY(database);
        auto self = Session::resolve(*database);
        QVERIFY(self);

        QSqlQuery query(database->connection());
        QVERIFY(refusedByServer(query, u"INSERT INTO admins (email, display_name, role, "
                                       "created_at) VALUES ('evil@example.com', 'Evil', "
                                       "'full-admin', 'x')"_s));
        QVERIFY(refusedByServer(
            query, connectorInsert(QUuid::createUuid().toString(QUuid::WithoutBraces))));
        QVERIFY(refusedByServer(query, auditInsert(m_store->owner().email)));
        // What the role allows, the server allows too; the real actor is the server's to say.
        const QString observer = u"INSERT INTO admins (email, display_name, role, created_at) "
                                 "VALUES ('observer@example.com', 'Obs', "
                                 "'partner-read-only-admin', 'x')"_s;
        // Not without its audit row in the same transaction (checked at commit).
        QVERIFY(refusedByServer(query, observer));
        QVERIFY(database->connection().transaction());
        QVERIFY(query.exec(observer));
        QString audited = auditInsert(u"partner@example.com"_s);
        audited.replace(u"'update', 'forged'"_s, u"'admin-add', 'observer@example.com'"_s);
        QVERIFY2(query.exec(audited), qPrintable(query.lastError().text()));
        QVERIFY2(database->connection().commit(),
                 qPrintable(database->connection().lastError().text()));
        QVERIFY2(query.exec(auditInsert(u"partner@example.com"_s, u"'owner@forged'"_s)),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"SELECT real_actor FROM audit_log WHERE subject = 'forged'"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).isNull());
        query.finish();
        // And the console under this login edits an inactive connector as usual.
        ConnectorService service(*database, *self);
        QVERIFY(service.update(connector.id,
                               {connector.id, u"Idle codes 2"_s, connector.access, false}));
        QVERIFY(
            !AdminDirectory(*database).add(*self, u"x@example.com"_s, {}, AdminRole::FullAdmin));
    }

    // What the console itself does under a read/write login that does not own the schema:
    // every operation passes the server's checks (flows and demo once failed on a missing "id").
    void aServiceAdminLoginRunsTheConsolesOwnOperations()
    {
        const QString login = createLogin(u"service"_s);
        AdminDirectory directory(m_store->database());
        QVERIFY(directory.add(m_store->owner(), u"service@example.com"_s, {},
                              AdminRole::ContactCenterServiceAdmin, login));
        auto database = openAs(login);
        QVERIFY(database);
        auto self = Session::resolve(*database);
        QVERIFY2(self, self ? "" : qPrintable(self.error().message()));

        ConnectorService service(*database, *self);
        auto created = service.create({{}, u"Queue statistics"_s, AccessLevel::ReadWrite, true});
        QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
        const QUuid id = created->id;
        auto deactivated = service.deactivate(id);
        QVERIFY2(deactivated, deactivated ? "" : qPrintable(deactivated.error().message()));
        auto edited =
            service.update(id, {id, u"Queue statistics 2"_s, AccessLevel::ReadOnly, false});
        QVERIFY2(edited, edited ? "" : qPrintable(edited.error().message()));
        auto activated = service.activate(id);
        QVERIFY2(activated, activated ? "" : qPrintable(activated.error().message()));
        QVERIFY(service.deactivate(id));
        auto removed = service.remove(id);
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message()));
        auto restored = service.restore(*removed);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message()));

        FlowService flows(service);
        auto flow = FlowDesignerFormat::fromDocument(
            FlowSamples::supportLine(id, restored->name, id, restored->name), u"test"_s);
        QVERIFY(flow);
        auto imported = flows.importFlows({*flow});
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message()));
        const Flow stored = imported->first().flow;
        QVERIFY(!stored.activities.isEmpty());
        HttpRequestActivity activity = stored.activities.first();
        activity.url = u"/v1/stats"_s;
        auto updated = flows.updateActivity(stored.id, activity);
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message()));
        auto deleted = flows.remove(stored.id);
        QVERIFY2(deleted, deleted ? "" : qPrintable(deleted.error().message()));

        auto demo = DemoDataGenerator(*database).generate(*self, 3, 2);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message()));
        QCOMPARE(demo->flowsAdded, 2);
    }

    // A partner full administrator neither changes their own role nor takes over a colleague's
    // login with raw SQL; binding an unbound colleague stays allowed.
    void aLoginCannotChangeItsOwnAccountNorRebindAnother()
    {
        const QString login = createLogin(u"frank"_s);
        AdminDirectory directory(m_store->database());
        QVERIFY(directory.add(m_store->owner(), u"pf@example.com"_s, {},
                              AdminRole::PartnerFullAdmin, login));
        QVERIFY(directory.add(m_store->owner(), u"sf@example.com"_s, {},
                              AdminRole::SupportFullAdmin, u"realsupport"_s));
        QVERIFY(
            directory.add(m_store->owner(), u"sb@example.com"_s, {}, AdminRole::SupportBasicAdmin));
        auto database = openAs(login);
        QVERIFY(database);
        QSqlQuery query(database->connection());
        QVERIFY(refusedByServer(
            query,
            u"UPDATE admins SET role = 'support-full-admin' WHERE email = 'pf@example.com'"_s));
        QVERIFY(refusedByServer(
            query, u"UPDATE admins SET login = 'frank2' WHERE email = 'pf@example.com'"_s));
        QVERIFY(refusedByServer(
            query, u"UPDATE admins SET login = 'frank2' WHERE email = 'sf@example.com'"_s));
        QVERIFY(database->connection().transaction());
        QVERIFY(query.exec(u"UPDATE admins SET login = 'basic' WHERE email = 'sb@example.com'"_s));
        QString audited = auditInsert(u"pf@example.com"_s);
        audited.replace(u"'update', 'forged'"_s, u"'admin-bind', 'sb@example.com'"_s);
        QVERIFY2(query.exec(audited), qPrintable(query.lastError().text()));
        QVERIFY2(database->connection().commit(),
                 qPrintable(database->connection().lastError().text()));
        query.finish();
        QCOMPARE(directory.find(u"sf@example.com"_s)->login, u"realsupport"_s);
        QCOMPARE(directory.find(u"pf@example.com"_s)->role, AdminRole::PartnerFullAdmin);
    }

    // Raw SQL under a read/write login keeps the console's connector rules: an active connector
    // is neither edited nor deleted, the consent record never changes, and the audit log takes
    // only actions the role may do.
    void aReadWriteLoginKeepsTheConnectorRules()
    {
        const QString login = createLogin(u"alice"_s);
        AdminDirectory directory(m_store->database());
        QVERIFY(directory.add(m_store->owner(), u"cc@example.com"_s, {},
                              AdminRole::ContactCenterServiceAdmin, login));
        const Connector active = m_store->addConnector(u"Queue statistics"_s);
        const Connector inactive =
            m_store->addConnector(u"Idle codes"_s, AccessLevel::ReadOnly, false);
        auto database = openAs(login);
        QVERIFY(database);
        QSqlQuery query(database->connection());
        const QString activeId = active.id.toString(QUuid::WithoutBraces);
        const QString inactiveId = inactive.id.toString(QUuid::WithoutBraces);
        QVERIFY(refusedByServer(query, u"UPDATE connectors SET name = 'Renamed', name_key = "
                                       "'renamed' WHERE id = '%1'"_s.arg(activeId)));
        QVERIFY(refusedByServer(
            query, u"UPDATE connectors SET access = 3 WHERE id = '%1'"_s.arg(activeId)));
        QVERIFY(refusedByServer(query, u"DELETE FROM connectors WHERE id = '%1'"_s.arg(activeId)));
        QVERIFY(refusedByServer(
            query, u"UPDATE connectors SET authorized_by = 'ro@example.com', authorized_at = "
                   "'2026-01-01T00:00:00.000Z' WHERE id = '%1'"_s.arg(inactiveId)));
        QVERIFY(refusedByServer(
            query, u"UPDATE connectors SET created_by = 'ro@example.com' WHERE id = '%1'"_s.arg(
                       inactiveId)));
        QString ghost = auditInsert(u"cc@example.com"_s);
        ghost.replace(u"'update', 'forged'"_s, u"'admin-add', 'ghost@example.com'"_s);
        QVERIFY(refusedByServer(query, ghost));
        // Every change needs its audit row: a bare psql write fails at commit.
        QVERIFY(refusedByServer(
            query, u"UPDATE connectors SET active = 0 WHERE id = '%1'"_s.arg(activeId)));
        QVERIFY(
            refusedByServer(query, u"DELETE FROM connectors WHERE id = '%1'"_s.arg(inactiveId)));
        query.finish();
        QVERIFY(m_store->service().find(active.id)->active);
        QVERIFY(m_store->service().find(inactive.id));
        QCOMPARE(m_store->service().find(active.id)->name, u"Queue statistics"_s);
        QCOMPARE(m_store->service().find(inactive.id)->authorizedBy, inactive.authorizedBy);
    }

    // The audit row's time is the server's, whatever the client sends.
    void theServerDatesTheAuditRows()
    {
        const QString login = createLogin(u"dater"_s);
        AdminDirectory directory(m_store->database());
        QVERIFY(directory.add(m_store->owner(), u"cc@example.com"_s, {},
                              AdminRole::ContactCenterServiceAdmin, login));
        const QString before = Timestamps::toStorage(QDateTime::currentDateTimeUtc().addSecs(-60));
        auto database = openAs(login);
        QVERIFY(database);
        QSqlQuery query(database->connection());
        for (const QString &forged :
             {u"1999-01-01T00:00:00.000Z"_s, u"2099-01-01T00:00:00.000Z"_s}) {
            QString sql = auditInsert(u"cc@example.com"_s);
            sql.replace(u"2026-01-01T00:00:00.000Z"_s, forged);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(u"SELECT at FROM audit_log WHERE subject = 'forged'"_s));
        int rows = 0;
        while (query.next()) {
            const QString at = query.value(0).toString();
            QVERIFY2(Timestamps::fromStorage(at).isValid(), qPrintable(at));
            QVERIFY2(at >= before && !at.startsWith(u"2099"_s), qPrintable(at));
            ++rows;
        }
        QCOMPARE(rows, 2);
    }

    void anUnboundLoginIsRefused()
    {
        const QString login = createLogin(u"stranger"_s);
        auto database = openAs(login);
        QVERIFY(database);
        auto self = Session::resolve(*database);
        QVERIFY(!self);
        QCOMPARE(self.error().code(), ErrorCode::DatabaseLoginNotBound);
        QVERIFY(self.error().message().contains(login));
        QSqlQuery query(database->connection());
        QVERIFY(refusedByServer(query, auditInsert(login)));
        // It sees no account to bind to itself (row security), or the server refuses.
        const QString bind = u"UPDATE admins SET login = '"_s + login + u"'"_s;
        QVERIFY(!query.exec(bind) || query.numRowsAffected() == 0);
    }

    // Reading needs access too: an unbound login and a read-only administrator (no access to
    // connectors) see no connector, flow or audit row; the latter still reads its own account.
    void loginsWithoutAccessReadNothing()
    {
        m_store->addConnector(u"Queue statistics"_s);
        const QString stranger = createLogin(u"erin"_s);
        const QString reader = createLogin(u"carol"_s);
        QVERIFY(
            AdminDirectory(m_store->database())
                .add(m_store->owner(), u"ro@example.com"_s, {}, AdminRole::ReadOnlyAdmin, reader));
        for (const QString &login : {stranger, reader}) {
            auto database = openAs(login);
            QVERIFY(database);
            QSqlQuery query(database->connection());
            for (const QString &table :
                 {u"connectors"_s, u"audit_log"_s, u"flows"_s, u"flow_activities"_s}) {
                QVERIFY2(query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next(),
                         qPrintable(query.lastError().text()));
                QCOMPARE(query.value(0).toInt(), 0);
            }
            QVERIFY(query.exec(u"SELECT email FROM admins"_s));
            QStringList seen;
            while (query.next())
                seen.append(query.value(0).toString());
            QCOMPARE(seen, login == reader ? QStringList{u"ro@example.com"_s} : QStringList{});
        }
        QSqlQuery owner(m_store->database().connection());
        QVERIFY(owner.exec(u"SELECT COUNT(*) FROM connectors"_s) && owner.next());
        QCOMPARE(owner.value(0).toInt(), 1);
    }

    void version3MigratesToTheServerPolicyAndBindsTheOwnerLogin()
    {
        const QString name = u"t_v3_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QString url = m_store->path();
        url.truncate(url.lastIndexOf(u'/') + 1);
        url += name;
        {
            QSqlQuery query(m_store->database().connection());
            QVERIFY(query.exec(u"CREATE DATABASE "_s + name));
        }
        {
            Database::Options options;
            options.targetVersion = 3;
            auto old = Database::open(url, options);
            QVERIFY2(old, old ? "" : qPrintable(old.error().message()));
            QSqlQuery query((*old)->connection());
            QVERIFY(query.exec(u"INSERT INTO organisation (id, name, licence, created_at) VALUES "
                               "(1, 'Acme', 'FLEX3', 'x')"_s));
            QVERIFY(query.exec(u"INSERT INTO admins VALUES ('olena@example.com', 'Olena', "
                               "'full-admin', 'x')"_s));
        }
        {
            auto migrated = Database::open(url);
            QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message()));
            QCOMPARE((*migrated)->schemaVersion(), SchemaMigrator::latestVersion());
            QSqlQuery query((*migrated)->connection());
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM role_rights"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), int(AdminRoles::all().size()));
            query.finish();
            // The schema owner's login is bound to the first full administrator, once.
            auto self = Session::resolve(**migrated);
            QVERIFY2(self, self ? "" : qPrintable(self.error().message()));
            QCOMPARE(self->email, u"olena@example.com"_s);
            QCOMPARE(self->login, u"postgres"_s);
        }
        QSqlQuery query(m_store->database().connection());
        QVERIFY(query.exec(u"DROP DATABASE "_s + name));
    }

    void theServerNamesTheRealActorWhenAFullAdminActsAsAnother()
    {
        const AdminAccount partner =
            m_store->addAdmin(AdminRole::PartnerFullAdmin, u"partner@example.com"_s);
        // The client sends no real actor; the server fills it from the login.
        QSqlQuery query(m_store->database().connection());
        QVERIFY(query.exec(auditInsert(partner.email)));
        QVERIFY(query.exec(u"SELECT real_actor FROM audit_log WHERE subject = 'forged'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), m_store->owner().email);
    }
};

QTEST_GUILESS_MAIN(TestServerPolicy)
#include "tst_serverpolicy.moc"
