#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/SchemaMigrator.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/TestStore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Schema step 5 (flow identity and versions) on a version-4 database with flows, on SQLite and,
// in the _postgres run, on PostgreSQL: the flows, their activities and where-used survive, old
// flows become the latest authoring-shape version without a flowId, and flows of one name can
// now coexist.
class TestFlowMigration final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_server; // the PostgreSQL run's connection for CREATE DATABASE
    QTemporaryDir m_dir;
    QString m_location;
    QString m_serverDatabase;

    // The organisation and its first full administrator, as an old console stored them.
    static bool addOrganisationAndOwner(QSqlQuery &query)
    {
        return query.exec(u"INSERT INTO organisation (id, name, licence, created_at) VALUES "
                          "(1, 'Acme', 'FLEX3', '2025-01-01T00:00:00.000Z')"_s) &&
               query.exec(u"INSERT INTO admins (email, display_name, role, created_at) "
                          "VALUES ('olena@example.com', 'Olena', 'full-admin', "
                          "'2025-01-01T00:00:00.000Z')"_s);
    }

    // The where-used rows of FlowSamples::supportLine: one activity in the main flow, one in
    // GLOBAL_EVENTS, both naming `connector`.
    static bool addSupportLineActivities(QSqlQuery &query, const QString &flowId,
                                         const QUuid &connector)
    {
        for (const auto &[eventFlow, node] :
             {std::pair(u""_s, u"n1"_s), std::pair(u"GLOBAL_EVENTS"_s, u"ev1"_s)}) {
            query.prepare(u"INSERT INTO flow_activities (flow_id, event_flow, node_id, "
                          "node_name, connector_id) VALUES (?, ?, ?, ?, ?)"_s);
            query.addBindValue(flowId);
            query.addBindValue(eventFlow);
            query.addBindValue(node);
            query.addBindValue(node);
            query.addBindValue(connector.toString(QUuid::WithoutBraces));
            if (!query.exec()) {
                qWarning() << query.lastError().text();
                return false;
            }
        }
        return true;
    }

    static Flow parse(const QJsonObject &document)
    {
        auto flow = FlowDesignerFormat::fromDocument(document, u"test"_s);
        if (!flow)
            qWarning() << flow.error().message();
        return flow ? *flow : Flow();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        if (!TestStore::onServer()) {
            m_location = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".sqlite"_s);
            return;
        }
        m_server = std::make_unique<TestStore>();
        m_serverDatabase = u"t_v4_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_location = m_server->path();
        m_location.truncate(m_location.lastIndexOf(u'/') + 1);
        m_location += m_serverDatabase;
        QSqlQuery query(m_server->database().connection());
        QVERIFY(query.exec(u"CREATE DATABASE "_s + m_serverDatabase));
    }

    void cleanup()
    {
        if (m_server) {
            QSqlQuery query(m_server->database().connection());
            query.exec(u"DROP DATABASE IF EXISTS "_s + m_serverDatabase);
            m_server.reset();
        }
    }

    void version4FlowsKeepTheirActivitiesAndNamesStopBeingIdentities()
    {
        const QUuid connector = QUuid::createUuid();
        const QString flowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject document =
            FlowSamples::supportLine(connector, u"Teams"_s, connector, u"Teams"_s);
        {
            Database::Options options;
            options.targetVersion = 4;
            auto old = Database::open(m_location, options);
            QVERIFY2(old, old ? "" : qPrintable(old.error().message()));
            QCOMPARE((*old)->schemaVersion(), 4);
            QSqlQuery query((*old)->connection());
            QVERIFY(addOrganisationAndOwner(query));
            query.prepare(u"INSERT INTO flows (id, name, name_key, flow_type, description, "
                          "document, imported_by, imported_at, updated_by, updated_at, revision) "
                          "VALUES (?, 'Support line', 'support line', 'flow', '', ?, "
                          "'olena@example.com', '2025-01-02T00:00:00.000Z', 'olena@example.com', "
                          "'2025-01-02T00:00:00.000Z', 3)"_s);
            query.addBindValue(flowId);
            query.addBindValue(QString::fromUtf8(QJsonDocument(document).toJson()));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            // A flow that the version-4 key rule had to give a clash key.
            query.prepare(u"INSERT INTO flows (id, name, name_key, flow_type, description, "
                          "document, imported_by, imported_at, updated_by, updated_at, revision) "
                          "VALUES ('clashed', 'SUPPORT line', ?, 'flow', '', '{}', "
                          "'olena@example.com', '2025-01-03T00:00:00.000Z', 'olena@example.com', "
                          "'2025-01-03T00:00:00.000Z', 1)"_s);
            query.addBindValue(u"support line\x1f"_s + u"clashed"_s);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QVERIFY(addSupportLineActivities(query, flowId, connector));
        }

        auto migrated = Database::open(m_location);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message()));
        QCOMPARE((*migrated)->schemaVersion(), SchemaMigrator::latestVersion());
        {
            QSqlQuery query((*migrated)->connection());
            // Names are no longer unique: the clashed flow gets its plain key back.
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM flows WHERE name_key = 'support line'"_s) &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 2);
            QVERIFY(query.exec(u"DELETE FROM flows WHERE id = 'clashed'"_s));
            QVERIFY(
                query.exec(u"SELECT flow_key IS NULL, version_slot, shape, revision FROM flows"_s));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toBool());
            QCOMPARE(query.value(1).toString(), u"latest"_s);
            QCOMPARE(query.value(2).toString(), u"authoring"_s);
            QCOMPARE(query.value(3).toInt(), 3);
            QVERIFY(!query.next());
        }

        auto admin = AdminDirectory(**migrated).find(u"olena@example.com"_s);
        QVERIFY(admin);
        ConnectorService connectors(**migrated, *admin);
        FlowService flows(connectors);
        auto before = flows.find(QUuid::fromString(flowId));
        QVERIFY2(before, before ? "" : qPrintable(before.error().message()));
        QCOMPARE(before->name, u"Support line"_s);
        QCOMPARE(before->activities.size(), 2);
        QVERIFY(before->flowKey.isEmpty());
        QCOMPARE(before->versionSlot(), FlowVersionSlot::Latest);
        QCOMPARE(flows.whereUsed(connector)->size(), 2);

        // Two more flows of the same name, each its own Flow Designer flow: three flows.
        for (const QString &key : {u"fd-flow-1"_s, u"fd-flow-2"_s}) {
            Flow flow = parse(document);
            flow.flowKey = key;
            flow.versionId = key + u"-v3"_s;
            flow.version = 3;
            auto imported = flows.importFlows({flow});
            QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message()));
            QVERIFY(!imported->first().replaced);
        }
        QCOMPARE(flows.list()->size(), 3);
        QCOMPARE(flows.usageCounts()->value(connector).flows, 3);
        QCOMPARE(flows.whereUsed(connector)->size(), 6);
        // The old flow is untouched and still its own row.
        QCOMPARE(flows.find(QUuid::fromString(flowId))->revision, 3);

        // Activities still belong to their flow: deleting it takes them along.
        QVERIFY(flows.remove(QUuid::fromString(flowId)));
        QCOMPARE(flows.whereUsed(connector)->size(), 4);
        QSqlQuery query((*migrated)->connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM flow_activities"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 4);
        if (!TestStore::onServer()) {
            QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!query.next());
            // The activities table references the rebuilt flows table by its final name.
            QVERIFY(query.exec(u"SELECT sql FROM sqlite_master WHERE name = 'flow_activities'"_s) &&
                    query.next());
            QVERIFY2(query.value(0).toString().contains(u"REFERENCES \"flows\""_s) ||
                         query.value(0).toString().contains(u"REFERENCES flows"_s),
                     qPrintable(query.value(0).toString()));
        }
        // One flowId holds one row per slot, enforced by the database itself.
        query.prepare(u"UPDATE flows SET flow_key = 'fd-flow-1' WHERE flow_key = 'fd-flow-2'"_s);
        QVERIFY(!query.exec());
    }

    // Schema step 6: the activity list beside the document, and on SQLite the document last. The
    // upgrade writes the lists of the flows stored before it; a save rewrites its flow's list.
    void version5FlowsGetTheirActivityListsOnUpgrade()
    {
        const QUuid connector = QUuid::createUuid();
        const QString flowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject document =
            FlowSamples::supportLine(connector, u"Teams"_s, connector, u"Teams"_s);
        {
            Database::Options options;
            options.targetVersion = 5;
            auto old = Database::open(m_location, options);
            QVERIFY2(old, old ? "" : qPrintable(old.error().message()));
            QCOMPARE((*old)->schemaVersion(), 5);
            QSqlQuery query((*old)->connection());
            QVERIFY(addOrganisationAndOwner(query));
            query.prepare(u"INSERT INTO flows (id, name, name_key, flow_type, description, "
                          "document, imported_by, imported_at, updated_by, updated_at, revision, "
                          "flow_key, version_id, version_number, last_modified, tags, "
                          "version_slot, shape) VALUES (?, 'Support line', 'support line', "
                          "'flow', '', ?, 'olena@example.com', '2025-01-02T00:00:00.000Z', "
                          "'olena@example.com', '2025-01-02T00:00:00.000Z', 2, 'fd-support', "
                          "'fd-support-v7', 7, '2025-01-01T10:00:00Z', '[\"Live\"]', 'live', "
                          "'authoring')"_s);
            query.addBindValue(flowId);
            query.addBindValue(QString::fromUtf8(QJsonDocument(document).toJson()));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QVERIFY(addSupportLineActivities(query, flowId, connector));
        }

        auto migrated = Database::open(m_location);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message()));
        QCOMPARE((*migrated)->schemaVersion(), SchemaMigrator::latestVersion());
        QSqlQuery query((*migrated)->connection());
        if (!TestStore::onServer()) {
            // Why the rebuild: the small columns must not sit behind a 250 KB document.
            QVERIFY(query.exec(u"SELECT name FROM pragma_table_info('flows') ORDER BY cid DESC "
                               "LIMIT 1"_s) &&
                    query.next());
            QCOMPARE(query.value(0).toString(), u"document"_s);
            QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!query.next());
        }

        QVERIFY(query.exec(u"SELECT activity_list FROM flows"_s) && query.next());
        QVERIFY2(query.value(0).toString().contains(u"LogDisconnect"_s),
                 qPrintable(query.value(0).toString()));

        auto admin = AdminDirectory(**migrated).find(u"olena@example.com"_s);
        QVERIFY(admin);
        ConnectorService connectors(**migrated, *admin);
        FlowService flows(connectors);
        const QUuid id = QUuid::fromString(flowId);
        auto listed = flows.list(FlowContent::Summary);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().activities, flows.find(id)->activities);
        QCOMPARE(listed->first().activities.size(), 2);
        QCOMPARE(listed->first().version, 7);
        QVERIFY(listed->first().isLive());
        QCOMPARE(listed->first().revision, 2);
        auto used = flows.whereUsed(connector);
        QCOMPARE(used->size(), 2);
        QCOMPARE(used->first().versionSlot, FlowVersionSlot::Live);

        // A list this console cannot read (another version wrote it, or a hand edit) is not
        // believed: the listing reads that flow's document.
        for (const QString &damaged : {u""_s, u"{\"v\":2,\"a\":[]}"_s, u"{\"a\":[}],\"v\":1}"_s}) {
            query.prepare(u"UPDATE flows SET activity_list = ?"_s);
            query.addBindValue(damaged);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QCOMPARE(flows.list(FlowContent::Summary)->first().activities.size(), 2);
        }

        // The next save writes the list; the listing then reads it, and agrees.
        auto teams = connectors.create({{}, u"Teams"_s, AccessLevel::ReadOnly, true});
        QVERIFY2(teams, teams ? "" : qPrintable(teams.error().message()));
        HttpRequestActivity edited = flows.find(id)->activities.at(0);
        edited.connectorId = teams->id;
        edited.path = u"/organization/{orgId}/v2/team/renamed"_s;
        auto saved = flows.updateActivity(id, edited, 2);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        QVERIFY(query.exec(u"SELECT activity_list FROM flows"_s) && query.next());
        QVERIFY(query.value(0).toString().contains(u"/v2/team/renamed"_s));
        QCOMPARE(flows.list(FlowContent::Summary)->first().activities, flows.find(id)->activities);
    }
};

QTEST_GUILESS_MAIN(TestFlowMigration)
#include "tst_flowmigration.moc"
