#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/FlowService.h"
#include "app/core/service/Session.h"
#include "app/core/store/AuditRepository.h"
#include "app/core/store/SchemaMigrator.h"
#include "tests/support/TestStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// One test per schema step: a database left at the previous version, with data in the shape of
// that version, opened by the current build.
class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void version1To2KeepsDataAndAddsRevisionsAndTheIdGuard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            Database::Options options;
            options.targetVersion = 1;
            auto old = Database::open(path, options);
            QVERIFY(old);
            QCOMPARE((*old)->schemaVersion(), 1);
            QSqlQuery query((*old)->connection());
            QVERIFY(query.exec(u"INSERT INTO organisation VALUES (1, 'Acme', 'FLEX3', "
                               "'2025-01-01T00:00:00.000Z')"_s));
            QVERIFY(query.exec(u"INSERT INTO admins VALUES ('olena@example.com', 'Olena', "
                               "'full-admin', '2025-01-01T00:00:00.000Z')"_s));
            query.prepare(u"INSERT INTO connectors (id, name, name_key, access, active, "
                          "authorized_by, authorized_at, created_by, created_at, updated_by, "
                          "updated_at) VALUES (?, 'Legacy', 'legacy', 1, 0, 'olena@example.com', "
                          "'2025-01-02T00:00:00.000Z', 'olena@example.com', "
                          "'2025-01-02T00:00:00.000Z', 'olena@example.com', "
                          "'2025-01-02T00:00:00.000Z')"_s);
            query.addBindValue(id);
            QVERIFY(query.exec());
        }

        auto migrated = Database::open(path);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message()));
        QCOMPARE((*migrated)->schemaVersion(), SchemaMigrator::latestVersion());

        // The pre-migration copy is a complete version-1 database.
        const QString backup = (*migrated)->backupPath();
        QVERIFY(QFileInfo::exists(backup));
        {
            Database::Options options;
            options.targetVersion = 1;
            options.backupBeforeMigration = false;
            auto copy = Database::open(backup, options);
            QVERIFY(copy);
            QCOMPARE((*copy)->schemaVersion(), 1);
            QSqlQuery query((*copy)->connection());
            QVERIFY(query.exec(u"SELECT name FROM connectors"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"Legacy"_s);
        }

        auto admin = AdminDirectory(**migrated).find(u"olena@example.com"_s);
        QVERIFY(admin);
        ConnectorService service(**migrated, *admin);
        auto legacy = service.find(QUuid::fromString(id));
        QVERIFY(legacy);
        QCOMPARE(legacy->name, u"Legacy"_s);
        QCOMPARE(legacy->revision, 1);
        QVERIFY(!legacy->active);
        // Version 2 behaviour works on migrated rows: revisions advance, IDs cannot change.
        auto edited = service.update(legacy->id, {{}, u"Legacy v2"_s, AccessLevel::ReadOnly, false},
                                     legacy->revision);
        QVERIFY(edited);
        QCOMPARE(edited->revision, 2);
        QSqlQuery query((*migrated)->connection());
        QVERIFY(!query.exec(u"UPDATE connectors SET id = 'x'"_s));
    }

    void version2GainsFlowsAndTheApiBaseUrl()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v2.sqlite"_s);
        {
            Database::Options options;
            options.targetVersion = 2;
            auto old = Database::open(path, options);
            QVERIFY(old);
            QCOMPARE((*old)->schemaVersion(), 2);
            QSqlQuery query((*old)->connection());
            QVERIFY(query.exec(u"INSERT INTO organisation VALUES (1, 'Acme', 'FLEX3', "
                               "'2025-01-01T00:00:00.000Z')"_s));
            QVERIFY(query.exec(u"INSERT INTO admins VALUES ('olena@example.com', 'Olena', "
                               "'full-admin', '2025-01-01T00:00:00.000Z')"_s));
        }
        auto migrated = Database::open(path);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message()));
        QCOMPARE((*migrated)->schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY(QFileInfo::exists((*migrated)->backupPath()));

        // The organisation created under version 2 has the default region; flows can be stored.
        auto admin = AdminDirectory(**migrated).defaultAdmin();
        QVERIFY(admin);
        ConnectorService connectors(**migrated, *admin);
        FlowService flows(connectors);
        QCOMPARE(*flows.apiBaseUrl(), u"https://api.wxcc-us1.cisco.com"_s);
        auto flow = FlowDesignerFormat::fromDocument(
            QJsonObject{{u"name"_s, u"Migrated"_s}, {u"nodes"_s, QJsonArray{}}}, u"test"_s);
        QVERIFY(flow);
        QVERIFY(flows.importFlows({*flow}));
        QCOMPARE(flows.list()->size(), 1);
    }

    void version3GainsLoginsAndTheRealActorAndBindsTheFirstFullAdmin()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v3.sqlite"_s);
        {
            Database::Options options;
            options.targetVersion = 3;
            auto old = Database::open(path, options);
            QVERIFY(old);
            QCOMPARE((*old)->schemaVersion(), 3);
            QSqlQuery query((*old)->connection());
            QVERIFY(query.exec(u"INSERT INTO organisation (id, name, licence, created_at) VALUES "
                               "(1, 'Acme', 'FLEX3', '2025-01-01T00:00:00.000Z')"_s));
            QVERIFY(query.exec(u"INSERT INTO admins VALUES ('partner@example.com', 'Marco', "
                               "'partner-full-admin', '2025-01-01T00:00:00.000Z')"_s));
            QVERIFY(query.exec(u"INSERT INTO admins VALUES ('olena@example.com', 'Olena', "
                               "'full-admin', '2025-01-02T00:00:00.000Z')"_s));
            QVERIFY(query.exec(u"INSERT INTO audit_log (at, actor, action, subject, before_json, "
                               "after_json) VALUES ('2025-01-02T00:00:00.000Z', "
                               "'olena@example.com', 'admin-add', 'olena@example.com', '{}', "
                               "'{}')"_s));
        }
        auto migrated = Database::open(path);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message()));
        QCOMPARE((*migrated)->schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY(QFileInfo::exists((*migrated)->backupPath()));
        auto history = AuditRepository(**migrated).entries();
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QVERIFY(history->first().realActor.isEmpty());
        // Nobody is bound yet: the first full administrator (not the first account) gets the
        // OS user, once.
        auto self = Session::resolve(**migrated);
        QVERIFY2(self, self ? "" : qPrintable(self.error().message()));
        QCOMPARE(self->email, u"olena@example.com"_s);
        QCOMPARE(AdminDirectory(**migrated).find(u"olena@example.com"_s)->login,
                 Session::operatingSystemLogin());
        QVERIFY(AdminDirectory(**migrated).find(u"partner@example.com"_s)->login.isEmpty());
        // A login binds one account only.
        QSqlQuery query((*migrated)->connection());
        query.prepare(u"UPDATE admins SET login = ? WHERE email = 'partner@example.com'"_s);
        query.addBindValue(Session::operatingSystemLogin());
        QVERIFY(!query.exec());
    }

    void version4StepIsOneTransaction()
    {
        // A failing statement inside the step leaves version 3 intact: the step's ALTERs are
        // rolled back with it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v3b.sqlite"_s);
        {
            Database::Options options;
            options.targetVersion = 3;
            auto old = Database::open(path, options);
            QVERIFY(old);
            // Occupies the index name the step creates, so the step fails half-way.
            QVERIFY((*old)->execute(u"CREATE INDEX admins_by_login ON admins (email)"_s));
        }
        auto failed = Database::open(path);
        QVERIFY(!failed);
        Database::Options options;
        options.targetVersion = 3;
        auto again = Database::open(path, options);
        QVERIFY(again);
        QCOMPARE((*again)->schemaVersion(), 3);
        QSqlQuery query((*again)->connection());
        QVERIFY(!query.exec(u"SELECT login FROM admins"_s));
    }

    void freshDatabaseRunsEveryStep()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"new.sqlite"_s));
        QVERIFY(database);
        QCOMPARE((*database)->schemaVersion(), SchemaMigrator::latestVersion());
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND "
                           "name = 'audit_log_by_connector'"_s));
        QVERIFY(query.next());
        QVERIFY((*database)->backupPath().isEmpty()); // nothing to back up in a new file
    }

    void currentDatabaseIsNotMigratedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"current.sqlite"_s);
        {
            QVERIFY(Database::open(path));
        }
        auto again = Database::open(path);
        QVERIFY(again);
        QVERIFY((*again)->backupPath().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
