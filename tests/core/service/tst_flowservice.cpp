#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/FlowService.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Flows through FlowService over a real store (SQLite, and PostgreSQL in the _postgres run):
// import with flags instead of refusals, where-used, broken activities after a delete, the
// activity rules on save, revisions, roles and the audit log.
class TestFlowService final : public QObject
{
    Q_OBJECT

private:
    static Flow parse(const QJsonObject &document)
    {
        auto flow = FlowDesignerFormat::fromDocument(document, u"test"_s);
        if (!flow)
            qWarning() << flow.error().message();
        return flow ? *flow : Flow();
    }

    static QList<ErrorCode> codes(const QList<CoreError> &errors)
    {
        QList<ErrorCode> list;
        for (const CoreError &error : errors)
            list.append(error.code());
        return list;
    }

    static Flow importOne(FlowService &flows, const QJsonObject &document)
    {
        auto imported = flows.importFlows({parse(document)});
        if (!imported) {
            qWarning() << imported.error().message();
            return {};
        }
        return imported->first().flow;
    }

    // Makes the store skip every UPDATE or DELETE of a flow row, as if another console had
    // changed or deleted the row between the read and the write: the write then touches 0 rows.
    static bool skipFlowRows(TestStore &store, const QString &event)
    {
        const QString trigger = u"skip_flow_%1"_s.arg(event.toLower());
        if (TestStore::onServer()) {
            return store.database()
                       .execute(u"CREATE OR REPLACE FUNCTION skip_row() RETURNS trigger "
                                u"LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$"_s)
                       .ok() &&
                   store.database()
                       .execute(u"CREATE TRIGGER %1 BEFORE %2 ON flows FOR EACH ROW "
                                u"EXECUTE FUNCTION skip_row()"_s.arg(trigger, event))
                       .ok();
        }
        return store.database()
            .execute(
                u"CREATE TEMP TRIGGER %1 BEFORE %2 ON flows BEGIN SELECT RAISE(IGNORE); END"_s.arg(
                    trigger, event))
            .ok();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importKeepsTheDocumentAndListsTheActivities()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Connector search = store.addConnector(u"Search"_s);
        QSignalSpy changed(&flows, &FlowService::flowsChanged);

        const QJsonObject document =
            FlowSamples::supportLine(teams.id, teams.name, search.id, search.name);
        auto imported = flows.importFlows({parse(document)});
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message()));
        QCOMPARE(imported->size(), 1);
        QVERIFY(!imported->first().replaced);
        QCOMPARE(changed.count(), 1);

        auto listed = flows.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        const Flow &flow = listed->first();
        QVERIFY(!flow.id.isNull());
        QCOMPARE(flow.name, u"Support line"_s);
        QCOMPARE(flow.revision, 1);
        QCOMPARE(flow.importedBy, store.owner().email);
        QCOMPARE(flow.activities.size(), 2);
        // Stored whole: every property, known or not, is exported back as it came.
        QCOMPARE(QJsonDocument::fromJson(FlowService::exportDocument(flow)).object(), document);

        auto problems = flows.problems(flow);
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 2);
        QVERIFY(problems->at(0).isEmpty());
        QVERIFY(problems->at(1).isEmpty());
    }

    void activitiesBreakingOurRulesAreImportedAndFlagged()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector readOnly = store.addConnector(u"Stats"_s, AccessLevel::ReadOnly);
        const QUuid unknown = QUuid::createUuid();
        const Flow flow =
            importOne(flows, FlowSamples::supportLine(readOnly.id, readOnly.name, unknown,
                                                      u"Gone"_s, u"Flagged"_s, u"POST"_s));
        QVERIFY(flow.isValid());
        auto problems = flows.problems(flow);
        QVERIFY(problems.ok());
        QCOMPARE(codes(problems->at(0)), QList<ErrorCode>{ErrorCode::ActivityMethodNotAllowed});
        QCOMPARE(codes(problems->at(1)), QList<ErrorCode>{ErrorCode::ActivityConnectorUnknown});
    }

    void reimportingAFlowReplacesItAndKeepsItsId()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Flow first =
            importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));
        QJsonObject changedDocument =
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name, u"SUPPORT LINE"_s);
        changedDocument.insert(u"description"_s, u"Second version"_s);
        auto again = flows.importFlows({parse(changedDocument)});
        QVERIFY(again.ok());
        QVERIFY(again->first().replaced);
        QCOMPARE(again->first().flow.id, first.id);

        auto listed = flows.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().description, u"Second version"_s);
        QCOMPARE(listed->first().revision, 2);
        QCOMPARE(listed->first().importedAt, first.importedAt);
    }

    void aBatchWithTheSameFlowTwiceIsRefusedWhole()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const QJsonObject document =
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name);
        const QJsonObject other =
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name, u"Other line"_s);
        auto imported = flows.importFlows({parse(document), parse(other), parse(document)});
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code(), ErrorCode::FlowDuplicateInImport);
        // Both positions, zero-based as the exchange file names them.
        QVERIFY2(imported.error().message().contains(u"flows[0] and flows[2]"_s),
                 qPrintable(imported.error().message()));
        QCOMPARE(flows.list()->size(), 0);
    }

    void aFlowWithAStoredIdReplacesThatFlowEvenRenamed()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Flow first =
            importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));
        Flow renamed = parse(
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name, u"Sales line"_s));
        renamed.id = first.id;
        auto again = flows.importFlows({renamed});
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message()));
        QVERIFY(again->first().replaced);
        auto listed = flows.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, first.id);
        QCOMPARE(listed->first().name, u"Sales line"_s);
        QCOMPARE(listed->first().revision, 2);

        // An ID the store does not hold is kept for the new flow.
        Flow fresh = parse(
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name, u"New line"_s));
        fresh.id = QUuid::createUuid();
        auto added = flows.importFlows({fresh});
        QVERIFY(added.ok());
        QVERIFY(!added->first().replaced);
        QCOMPARE(flows.find(fresh.id)->name, u"New line"_s);
    }

    void renamingAFlowOntoAnotherFlowsNameKeepsBothFlows()
    {
        // Names are not identities: a flow carrying its ID may take another flow's name, and
        // both stay.
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Flow support =
            importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));
        const Flow sales = importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id,
                                                                     teams.name, u"Sales line"_s));
        Flow renamed = parse(
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name, u"SALES line"_s));
        renamed.id = support.id;
        auto imported = flows.importFlows({renamed});
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message()));
        QVERIFY(imported->first().replaced);
        QCOMPARE(flows.find(support.id)->name, u"SALES line"_s);
        QCOMPARE(flows.find(sales.id)->name, u"Sales line"_s);
        QCOMPARE(flows.find(sales.id)->revision, 1);
        QCOMPARE(flows.list()->size(), 2);
    }

    void replacingAFlowChangedMeanwhileIsRefused()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const QJsonObject document =
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name);
        importOne(flows, document);
        QVERIFY(skipFlowRows(store, u"UPDATE"_s));
        QSignalSpy changed(&flows, &FlowService::flowsChanged);
        auto again = flows.importFlows({parse(document)});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::FlowStaleRevision);
        QCOMPARE(changed.count(), 0);
    }

    void removingAFlowDeletedMeanwhileReportsIt()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Flow flow =
            importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));
        QVERIFY(skipFlowRows(store, u"DELETE"_s));
        QSignalSpy changed(&flows, &FlowService::flowsChanged);
        auto removed = flows.remove(flow.id, flow.revision);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code(), ErrorCode::FlowNotFound);
        QCOMPARE(changed.count(), 0);
    }

    void importFilesIsAllOrNothingAndNamesTheBadFile()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const QString good = store.folder() + u"/good.json"_s;
        const QString bad = store.folder() + u"/connectors.json"_s;
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(FlowSamples::toJson(
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name)));
        goodFile.close();
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(R"({"format": "webex-cc-connectors", "version": 1, "connectors": []})");
        badFile.close();

        auto imported = flows.importFiles({good, bad});
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code(), ErrorCode::FlowFileInvalid);
        QVERIFY(imported.error().message().contains(u"connectors.json"_s));
        QCOMPARE(flows.list()->size(), 0);

        auto onlyGood = flows.importFiles({good});
        QVERIFY(onlyGood.ok());
        QCOMPARE(flows.list()->size(), 1);
    }

    void anImportedFileIsStoredAsItCameAndAnEditReachesEveryListing()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s, AccessLevel::ReadWrite);
        const QJsonObject document =
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name);
        const QString path = store.folder() + u"/support.json"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(FlowSamples::toJson(document));
        file.close();
        auto imported = flows.importFiles({path});
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message()));
        const QUuid id = imported->first().flow.id;

        // The listing (activities read from their compact list) and the whole flow agree.
        const auto summaryActivities = [&flows] {
            return flows.list(FlowContent::Summary)->first().activities;
        };
        QCOMPARE(summaryActivities().size(), 2);
        QCOMPARE(summaryActivities().at(1).path, flows.find(id)->activities.at(1).path);
        QCOMPARE(QJsonDocument::fromJson(FlowService::exportDocument(*flows.find(id))).object(),
                 document);

        // An edit replaces the stored text of the file: the whole flow, its export and the
        // listing all carry it.
        HttpRequestActivity edited = flows.find(id)->activities.at(1);
        edited.path = u"/organization/{orgId}/v2/team/edited"_s;
        auto saved = flows.updateActivity(id, edited, 1);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        QCOMPARE(flows.find(id)->activities.at(1).path, edited.path);
        QCOMPARE(summaryActivities().at(1).path, edited.path);
        QVERIFY(FlowService::exportDocument(*flows.find(id)).contains("/v2/team/edited"));
        QCOMPARE(flows.find(id)->activities.at(0), flows.list()->first().activities.at(0));
    }

    void whereUsedCountsMainAndEventFlows()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Connector search = store.addConnector(u"Search"_s);
        const Connector idle = store.addConnector(u"Idle"_s);
        importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name,
                                                  u"Support line"_s));
        importOne(flows, FlowSamples::supportLine(teams.id, teams.name, search.id, search.name,
                                                  u"After hours"_s));

        auto usages = flows.whereUsed(teams.id);
        QVERIFY(usages.ok());
        QCOMPARE(usages->size(), 3);
        QCOMPARE(usages->at(0).flowName, u"After hours"_s);
        QCOMPARE(usages->at(1).flowName, u"Support line"_s);
        QCOMPARE(usages->at(1).eventFlow, QString()); // main flow first
        QCOMPARE(usages->at(2).eventFlow, u"GLOBAL_EVENTS"_s);
        QCOMPARE(usages->at(2).nodeName, u"LogDisconnect"_s);

        auto counts = flows.usageCounts();
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(teams.id).flows, 2);
        QCOMPARE(counts->value(teams.id).activities, 3);
        QCOMPARE(counts->value(search.id).flows, 1);
        QCOMPARE(counts->value(search.id).activities, 1);
        QVERIFY(!counts->contains(idle.id));
    }

    void deletingAConnectorLeavesItsActivitiesBroken()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Connector search = store.addConnector(u"Search"_s);
        importOne(flows, FlowSamples::supportLine(teams.id, teams.name, search.id, search.name));
        QVERIFY(store.service().deactivate(search.id).ok());
        QVERIFY(store.service().remove(search.id).ok());

        // Still there, still pointing at the deleted ID: Flow Designer keeps them too.
        auto usages = flows.whereUsed(search.id);
        QVERIFY(usages.ok());
        QCOMPARE(usages->size(), 1);
        auto flow = flows.list()->first();
        QCOMPARE(flow.activities.size(), 2);
        auto problems = flows.problems(flow);
        QVERIFY(problems.ok());
        QVERIFY(problems->at(0).isEmpty());
        QCOMPARE(codes(problems->at(1)), QList<ErrorCode>{ErrorCode::ActivityConnectorUnknown});
    }

    void savingAnActivityAppliesTheRulesInTheCore()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector readOnly = store.addConnector(u"Stats"_s, AccessLevel::ReadOnly);
        const Connector readWrite = store.addConnector(u"Writer"_s, AccessLevel::ReadWrite);
        const Flow flow = importOne(flows, FlowSamples::supportLine(readOnly.id, readOnly.name,
                                                                    readOnly.id, readOnly.name));
        HttpRequestActivity edited = flow.activities.at(0);
        edited.method = u"POST"_s;
        auto refused = flows.updateActivity(flow.id, edited, flow.revision);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::ActivityMethodNotAllowed);
        QCOMPARE(flows.find(flow.id)->revision, 1);

        edited.path = u"no-slash"_s;
        edited.connectorId = readWrite.id;
        refused = flows.updateActivity(flow.id, edited, flow.revision);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::ActivityPathInvalid);

        edited.path = u"/organization/{orgId}/v2/team"_s;
        edited.connectorName = readWrite.name;
        auto saved = flows.updateActivity(flow.id, edited, flow.revision);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message()));
        QCOMPARE(saved->revision, 2);

        // The edit is in the export; everything else, unknown properties included, is unchanged.
        auto stored = flows.find(flow.id);
        QVERIFY(stored.ok());
        const HttpRequestActivity &after = stored->activities.at(0);
        QCOMPARE(after.method, u"POST"_s);
        QCOMPARE(after.connectorId, readWrite.id);
        const QJsonObject node = QJsonDocument::fromJson(FlowService::exportDocument(*stored))
                                     .object()
                                     .value(u"nodes"_s)
                                     .toArray()
                                     .at(1)
                                     .toObject();
        QCOMPARE(node.value(u"properties"_s).toObject().value(u"activityVersion"_s),
                 QJsonValue(u"2.3.1"_s));
        QCOMPARE(node.value(u"x"_s), QJsonValue(420));

        // Where-used follows the edit.
        QCOMPARE(flows.whereUsed(readWrite.id)->size(), 1);
        QCOMPARE(flows.whereUsed(readOnly.id)->size(), 1); // the event flow still uses it

        // A save based on the old revision is refused and names who changed it.
        auto stale = flows.updateActivity(flow.id, edited, flow.revision);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code(), ErrorCode::FlowStaleRevision);
        QVERIFY(stale.error().message().contains(store.owner().email));
    }

    void anUnknownActivityOrFlowIsReported()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Flow flow =
            importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));
        HttpRequestActivity ghost = flow.activities.at(0);
        ghost.nodeId = u"ghost"_s;
        QCOMPARE(flows.updateActivity(flow.id, ghost).error().code(), ErrorCode::ActivityNotFound);
        QCOMPARE(flows.find(QUuid::createUuid()).error().code(), ErrorCode::FlowNotFound);
        QCOMPARE(flows.remove(QUuid::createUuid()).error().code(), ErrorCode::FlowNotFound);
    }

    void removingAFlowRemovesItsActivities()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Flow flow =
            importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));
        QVERIFY(flows.remove(flow.id, flow.revision).ok());
        QCOMPARE(flows.list()->size(), 0);
        QCOMPARE(flows.whereUsed(teams.id)->size(), 0);
        QVERIFY(!flows.usageCounts()->contains(teams.id));
    }

    void rolesDecideWhoSeesAndWhoChanges()
    {
        TestStore store;
        const Connector teams = store.addConnector(u"Teams"_s);
        const AdminAccount readOnly =
            store.addAdmin(AdminRole::ExternalReadOnlyAdmin, u"viewer@example.com"_s);
        const AdminAccount none = store.addAdmin(AdminRole::ReadOnlyAdmin, u"ro@example.com"_s);
        FlowService owner(store.service());
        importOne(owner, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));

        ConnectorService viewerConnectors(store.database(), readOnly);
        FlowService viewer(viewerConnectors);
        QVERIFY(viewer.list().ok());
        QVERIFY(viewer.whereUsed(teams.id).ok());
        QVERIFY(viewer.sessionPolicy().viewFlows().allowed());
        QCOMPARE(viewer.sessionPolicy().changeFlows().refusal()->code(),
                 ErrorCode::RoleCannotChangeFlows);
        auto refused = viewer.importFlows({parse(
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name, u"Other"_s))});
        QCOMPARE(refused.error().code(), ErrorCode::RoleCannotChangeFlows);
        QCOMPARE(viewer.remove(viewer.list()->first().id).error().code(),
                 ErrorCode::RoleCannotChangeFlows);
        QCOMPARE(viewer.setApiBaseUrl(u"https://api.wxcc-eu1.cisco.com"_s).error().code(),
                 ErrorCode::RoleCannotChangeFlows);

        ConnectorService noneConnectors(store.database(), none);
        FlowService nobody(noneConnectors);
        QCOMPARE(nobody.list().error().code(), ErrorCode::RoleHasNoAccess);
        QCOMPARE(nobody.whereUsed(teams.id).error().code(), ErrorCode::RoleHasNoAccess);
    }

    void everyFlowChangeIsAudited()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Flow flow =
            importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));
        HttpRequestActivity edited = flow.activities.at(0);
        edited.retryAttempts = 3;
        QVERIFY(flows.updateActivity(flow.id, edited).ok());
        importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));
        QVERIFY(flows.remove(flow.id).ok());

        auto history = store.service().history();
        QVERIFY(history.ok());
        QList<AuditAction> actions;
        for (const AuditEntry &entry : *history) {
            if (entry.subject == u"Support line"_s) {
                actions.prepend(entry.action);
                QCOMPARE(entry.actor, store.owner().email);
                QVERIFY(entry.connectorId.isNull());
            }
        }
        QCOMPARE(actions,
                 (QList<AuditAction>{AuditAction::FlowImport, AuditAction::FlowActivityEdit,
                                     AuditAction::FlowReplace, AuditAction::FlowDelete}));
        // The connector's own history holds only the connector's changes.
        for (const AuditEntry &entry : *store.service().history(teams.id))
            QVERIFY(entry.action == AuditAction::Create);
    }

    void theApiBaseUrlIsAnOrganisationSetting()
    {
        TestStore store;
        FlowService flows(store.service());
        QCOMPARE(*flows.apiBaseUrl(), u"https://api.wxcc-us1.cisco.com"_s);
        QVERIFY(flows.setApiBaseUrl(u"https://api.wxcc-eu2.cisco.com"_s).ok());
        // Plain http only for this computer; the stored value is left as it was.
        QCOMPARE(flows.setApiBaseUrl(u"http://api.example.com"_s).error().code(),
                 ErrorCode::ApiBaseUrlInsecure);
        QVERIFY(flows.setApiBaseUrl(u"http://127.0.0.1:8080"_s).ok());
        QVERIFY(flows.setApiBaseUrl(u"https://api.wxcc-eu2.cisco.com/"_s).ok());
        store.open();
        FlowService reopened(store.service());
        QCOMPARE(*reopened.apiBaseUrl(), u"https://api.wxcc-eu2.cisco.com"_s);
    }
};

QTEST_GUILESS_MAIN(TestFlowService)
#include "tst_flowservice.moc"
