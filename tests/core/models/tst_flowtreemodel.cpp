#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/models/FlowRowText.h"
#include "app/core/models/FlowTreeModel.h"
#include "app/core/service/FlowService.h"
#include "app/core/support/Timestamps.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The Flows tab's model: flows with their HTTP Request activities, each activity's status against
// the connectors as they are now, and changes applied without a reset.
class TestFlowTreeModel final : public QObject
{
    Q_OBJECT

private:
    static Flow parse(const QJsonObject &document)
    {
        auto flow = FlowDesignerFormat::fromDocument(document, u"test"_s);
        return flow ? *flow : Flow();
    }

    static QString cell(const QModelIndex &parent, int row, int column)
    {
        return parent.model()->index(row, column, parent).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsFlowsWithTheirActivitiesAndWhereTheyAre()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Connector search = store.addConnector(u"Search"_s);
        FlowTreeModel model(flows, store.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(flows.importFlows(
            {parse(FlowSamples::supportLine(teams.id, teams.name, search.id, search.name))}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 1);

        const QModelIndex flow = model.index(0, 0);
        QCOMPARE(flow.data().toString(), u"Support line"_s);
        // Flow Designer's "flow" type, as people read it.
        QCOMPARE(model.index(0, FlowTreeModel::WhereColumn).data().toString(), u"Flow"_s);
        QCOMPARE(flow.data(FlowTreeModel::ActivityCountRole).toInt(), 2);
        QCOMPARE(model.index(0, FlowTreeModel::StatusColumn).data().toString(), u"OK"_s);
        QVERIFY(!flow.data(FlowTreeModel::FlaggedRole).toBool());
        QVERIFY(!flow.data(FlowTreeModel::IsActivityRole).toBool());
        QCOMPARE(model.rowCount(flow), 2);

        QCOMPARE(cell(flow, 0, FlowTreeModel::NameColumn), u"GetTeams"_s);
        QCOMPARE(cell(flow, 0, FlowTreeModel::WhereColumn), u"Main flow"_s);
        QCOMPARE(cell(flow, 0, FlowTreeModel::ConnectorColumn), u"Teams"_s);
        QCOMPARE(cell(flow, 0, FlowTreeModel::MethodColumn), u"GET"_s);
        QCOMPARE(cell(flow, 0, FlowTreeModel::TargetColumn), u"/organization/{orgId}/v2/team"_s);
        QCOMPARE(cell(flow, 0, FlowTreeModel::StatusColumn), u"OK"_s);
        QCOMPARE(cell(flow, 1, FlowTreeModel::NameColumn), u"LogDisconnect"_s);
        QCOMPARE(cell(flow, 1, FlowTreeModel::WhereColumn), u"GLOBAL_EVENTS"_s);
        QCOMPARE(cell(flow, 1, FlowTreeModel::ConnectorColumn), u"Search"_s);

        const QModelIndex activity = model.index(1, 0, flow);
        QCOMPARE(activity.parent(), flow);
        QVERIFY(activity.data(FlowTreeModel::IsActivityRole).toBool());
        const auto value = activity.data(FlowTreeModel::ActivityRole).value<HttpRequestActivity>();
        QCOMPARE(value.nodeId, u"ev1"_s);
        QCOMPARE(value.eventFlow, u"GLOBAL_EVENTS"_s);
        QCOMPARE(activity.data(FlowTreeModel::FlowRole).value<Flow>().name, u"Support line"_s);
        QCOMPARE(model.indexOfActivity(flow.data(FlowTreeModel::FlowIdRole).toUuid(),
                                       u"GLOBAL_EVENTS"_s, u"ev1"_s),
                 activity);
        QVERIFY(activity.data(Qt::AccessibleTextRole).toString().contains(u"LogDisconnect"_s));
    }

    void importedActivityBreakingARuleIsFlaggedWithTheReason()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector stats = store.addConnector(u"Stats"_s, AccessLevel::ReadOnly);
        const QUuid unknown = QUuid::createUuid();
        QVERIFY(flows.importFlows({parse(FlowSamples::supportLine(
            stats.id, stats.name, unknown, u"Old search"_s, u"Flagged"_s, u"POST"_s))}));
        FlowTreeModel model(flows, store.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        const QModelIndex flow = model.index(0, 0);
        QVERIFY(flow.data(FlowTreeModel::FlaggedRole).toBool());
        QVERIFY(flow.data(FlowTreeModel::BrokenRole).toBool());
        QCOMPARE(flow.data(FlowTreeModel::ProblemCountRole).toInt(), 2);
        QVERIFY(model.index(0, FlowTreeModel::StatusColumn).data().toString() != u"OK"_s);

        const QModelIndex post = model.index(0, 0, flow);
        QVERIFY(post.data(FlowTreeModel::FlaggedRole).toBool());
        QVERIFY(!post.data(FlowTreeModel::BrokenRole).toBool());
        QCOMPARE(post.data(FlowTreeModel::ProblemKeysRole).toStringList(),
                 QStringList{u"activity.method-not-allowed"_s});
        QVERIFY(post.data(Qt::ToolTipRole).toString().contains(u"read-only"_s));
        QVERIFY(cell(flow, 0, FlowTreeModel::StatusColumn).contains(u"GET only"_s));

        // The unknown connector: the name the export recorded, marked deleted, and broken.
        const QModelIndex gone = model.index(1, 0, flow);
        QVERIFY(gone.data(FlowTreeModel::BrokenRole).toBool());
        QCOMPARE(cell(flow, 1, FlowTreeModel::ConnectorColumn),
                 u"Old search (not in this console)"_s);
        QVERIFY(cell(flow, 1, FlowTreeModel::StatusColumn).startsWith(u"Broken"_s));
        QVERIFY(gone.data(FlowTreeModel::ProblemsRole)
                    .toStringList()
                    .first()
                    .contains(FlowSamples::idText(unknown)));
    }

    void deletingTheConnectorBreaksItsActivitiesAtOnceWithoutAReset()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s, AccessLevel::ReadOnly, false);
        const Connector search = store.addConnector(u"Search"_s);
        QVERIFY(flows.importFlows(
            {parse(FlowSamples::supportLine(teams.id, teams.name, search.id, search.name))}));
        FlowTreeModel model(flows, store.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        const QPersistentModelIndex teamsRow = model.index(0, 0, model.index(0, 0));
        QVERIFY(!teamsRow.data(FlowTreeModel::BrokenRole).toBool());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(store.service().remove(teams.id));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QVERIFY(changed.count() >= 1);
        // The same row, now broken, with the reason.
        QVERIFY(teamsRow.isValid());
        QVERIFY(teamsRow.data(FlowTreeModel::BrokenRole).toBool());
        QCOMPARE(teamsRow.data(FlowTreeModel::ProblemKeysRole).toStringList(),
                 QStringList{u"activity.connector-unknown"_s});
        QVERIFY(teamsRow.data(Qt::ToolTipRole).toString().contains(u"deleted"_s));
        QCOMPARE(teamsRow.sibling(teamsRow.row(), FlowTreeModel::ConnectorColumn).data().toString(),
                 u"Teams (not in this console)"_s);
        QVERIFY(model.index(0, 0).data(FlowTreeModel::BrokenRole).toBool());
        // The other activity is untouched.
        QVERIFY(!model.index(1, 0, model.index(0, 0)).data(FlowTreeModel::FlaggedRole).toBool());

        // Restored (as Undo does), it is no longer broken; inactive as it was, so still flagged.
        Connector snapshot = teams;
        QVERIFY(store.service().restore(snapshot));
        QVERIFY(!teamsRow.data(FlowTreeModel::BrokenRole).toBool());
        QVERIFY(teamsRow.data(FlowTreeModel::ConnectorInactiveRole).toBool());
        QCOMPARE(teamsRow.sibling(teamsRow.row(), FlowTreeModel::ConnectorColumn).data().toString(),
                 u"Teams (inactive)"_s);
    }

    void anInactiveConnectorIsFlaggedNotOkUntilItIsReactivated()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Connector search = store.addConnector(u"Search"_s);
        QVERIFY(flows.importFlows(
            {parse(FlowSamples::supportLine(teams.id, teams.name, search.id, search.name))}));
        FlowTreeModel model(flows, store.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        const QPersistentModelIndex flow = model.index(0, 0);
        const QPersistentModelIndex teamsRow = model.index(0, 0, flow);
        QCOMPARE(cell(flow, 0, FlowTreeModel::StatusColumn), u"OK"_s);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(store.service().deactivate(teams.id));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        // Deactivation stops call routing: the activity is not OK, and says why.
        const QString status = cell(flow, 0, FlowTreeModel::StatusColumn);
        QVERIFY2(status.startsWith(u"Connector inactive: calls fail here"_s), qPrintable(status));
        QVERIFY(status.contains(u"\"Teams\""_s));
        QCOMPARE(cell(flow, 0, FlowTreeModel::ConnectorColumn), u"Teams (inactive)"_s);
        QVERIFY(teamsRow.data(FlowTreeModel::FlaggedRole).toBool());
        QVERIFY(teamsRow.data(FlowTreeModel::ConnectorInactiveRole).toBool());
        QVERIFY(!teamsRow.data(FlowTreeModel::BrokenRole).toBool()); // it still exists
        QCOMPARE(teamsRow.data(FlowTreeModel::ProblemKeysRole).toStringList(),
                 QStringList{u"activity.connector-inactive"_s});
        QVERIFY(teamsRow.data(Qt::ToolTipRole).toString().contains(u"can still be saved"_s));
        QVERIFY(teamsRow.data(Qt::AccessibleTextRole).toString().contains(u"inactive"_s));
        // The flow row counts it and says so.
        QVERIFY(model.index(0, FlowTreeModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(u"1 problem"_s));
        QVERIFY(flow.data(FlowTreeModel::ConnectorInactiveRole).toBool());
        QVERIFY(model.index(0, FlowTreeModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Connector inactive: calls fail in 1 of them"_s));
        QCOMPARE(cell(flow, 1, FlowTreeModel::StatusColumn), u"OK"_s); // Search is active

        // Reactivated elsewhere in the window: the flag goes at once, rows unchanged.
        QVERIFY(store.service().activate(teams.id));
        QCOMPARE(reset.count(), 0);
        QVERIFY(teamsRow.isValid());
        QCOMPARE(cell(flow, 0, FlowTreeModel::StatusColumn), u"OK"_s);
        QCOMPARE(cell(flow, 0, FlowTreeModel::ConnectorColumn), u"Teams"_s);
        QVERIFY(!flow.data(FlowTreeModel::ConnectorInactiveRole).toBool());
        QCOMPARE(model.index(0, FlowTreeModel::StatusColumn).data().toString(), u"OK"_s);
    }

    void versionFactsAndSubflowsHaveTheirTexts()
    {
        Flow live;
        live.name = u"Support line"_s;
        live.flowType = u"FLOW"_s;
        live.flowKey = u"f-123"_s;
        live.version = 3;
        live.tags = {u"Live"_s};
        live.lastModified = u"2026-11-20T09:15:00.000Z"_s;
        QCOMPARE(FlowVersions::shortText(live), u"3 (Live)"_s);
        QCOMPARE(FlowVersions::spokenText(live), u"version 3, Live"_s);
        const QDateTime at(QDate(2026, 11, 20), QTime(9, 15), Qt::UTC);
        QCOMPARE(FlowRowText::lastModified(live), at);
        QCOMPARE(FlowRowText::lastModifiedText(live), Timestamps::toDisplay(at));
        QVERIFY(FlowRowText::toolTip(live).contains(u"calls go through it"_s));
        QVERIFY(FlowRowText::toolTip(live).contains(u"f-123"_s));
        QVERIFY(FlowRowText::subflowToolTip(live).isEmpty());

        Flow draft = live;
        draft.version = 4;
        draft.tags = {u"Latest"_s};
        QCOMPARE(FlowVersions::shortText(draft), u"4 (draft)"_s);
        QVERIFY(FlowRowText::toolTip(draft).contains(u"calls do not go through it"_s));
        QVERIFY(FlowRowText::searchWords(draft).contains(u"Draft"_s));
        QVERIFY(!FlowRowText::searchWords(draft).contains(u"Live"_s));

        // A subflow is marked and found by the word whatever the language shows.
        Flow subflow;
        subflow.name = u"Lookup"_s;
        subflow.flowType = u"SUBFLOW"_s;
        QVERIFY(!FlowRowText::subflowToolTip(subflow).isEmpty());
        QVERIFY(FlowRowText::searchWords(subflow).contains(u"Subflow"_s));
        QVERIFY(FlowRowText::spokenFlow(subflow, FlowTreeModel::flowTypeText(subflow.flowType), 2,
                                        u"OK"_s)
                    .contains(u"Subflow"_s));
        // An authoring-shape file says nothing about versions: nothing is made up.
        QVERIFY(FlowVersions::shortText(subflow).isEmpty());
        QVERIFY(FlowRowText::lastModifiedText(subflow).isEmpty());
        // A date the console cannot read is shown as the export wrote it.
        subflow.lastModified = u"last Tuesday"_s;
        QCOMPARE(FlowRowText::lastModifiedText(subflow), u"last Tuesday"_s);
    }

    void renamingAConnectorShowsTheNewName()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s, AccessLevel::ReadOnly, false);
        QVERIFY(flows.importFlows(
            {parse(FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name))}));
        FlowTreeModel model(flows, store.service());
        QVERIFY(model.reload());
        QVERIFY(store.service().update(teams.id,
                                       {teams.id, u"Teams EMEA"_s, AccessLevel::ReadOnly, true}));
        const QModelIndex flow = model.index(0, 0);
        // Renamed, and still marked inactive (an update does not reactivate it).
        QCOMPARE(cell(flow, 0, FlowTreeModel::ConnectorColumn), u"Teams EMEA (inactive)"_s);
        QCOMPARE(cell(flow, 1, FlowTreeModel::ConnectorColumn), u"Teams EMEA (inactive)"_s);
    }

    void editsAndDeletesKeepTheOtherRowsAndTheSelection()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s, AccessLevel::ReadWrite);
        QVERIFY(flows.importFlows(
            {parse(FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name)),
             parse(FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name,
                                            u"Sales line"_s))}));
        FlowTreeModel model(flows, store.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2);
        const int salesRow = model.index(0, 0).data().toString() == u"Sales line"_s ? 0 : 1;
        const QUuid salesId = model.index(salesRow, 0).data(FlowTreeModel::FlowIdRole).toUuid();
        const Flow sales = model.index(salesRow, 0).data(FlowTreeModel::FlowRole).value<Flow>();
        const QPersistentModelIndex salesEvent = model.index(1, 0, model.index(salesRow, 0));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        HttpRequestActivity edited = sales.activities.at(1);
        edited.method = u"POST"_s;
        edited.path = u"/search/v2"_s;
        QVERIFY(flows.updateActivity(salesId, edited, sales.revision));
        QCOMPARE(reset.count(), 0);
        QVERIFY(salesEvent.isValid());
        QCOMPARE(salesEvent.sibling(salesEvent.row(), FlowTreeModel::MethodColumn).data(),
                 QVariant(u"POST"_s));
        QCOMPARE(model.indexOfFlow(salesId).data(FlowTreeModel::RevisionRole).toInt(),
                 sales.revision + 1);

        // Deleting the other flow leaves this one's rows (and a selection on them) alone.
        const QUuid otherId = model.index(1 - salesRow, 0).data(FlowTreeModel::FlowIdRole).toUuid();
        QVERIFY(flows.remove(otherId));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(salesEvent.isValid());
        QCOMPARE(salesEvent.parent().data().toString(), u"Sales line"_s);
        QCOMPARE(salesEvent.data().toString(), u"LogDisconnect"_s);
    }

    void refreshPicksUpChangesMadeElsewhere()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        FlowTreeModel model(flows, store.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());

        // Another console: its own services, whose signals this model never hears.
        {
            ConnectorService otherConnectors(store.database(), store.owner());
            FlowService otherFlows(otherConnectors);
            QVERIFY(otherFlows.importFlows(
                {parse(FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name))}));
        }
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(reset.count(), 0);

        // A re-import elsewhere with a different set of activities replaces the children.
        QJsonObject smaller = FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name);
        smaller.remove(u"eventFlows"_s);
        {
            ConnectorService otherConnectors(store.database(), store.owner());
            FlowService otherFlows(otherConnectors);
            QVERIFY(otherFlows.importFlows({parse(smaller)}));
        }
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(reset.count(), 0);
    }

    void aRoleWithoutAccessSeesNothing()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        QVERIFY(flows.importFlows(
            {parse(FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name))}));
        const AdminAccount auditor =
            store.addAdmin(AdminRole::ReadOnlyAdmin, u"auditor@example.com"_s);
        ConnectorService connectors(store.database(), auditor);
        FlowService theirFlows(connectors);
        FlowTreeModel model(theirFlows, connectors);
        const auto loaded = model.reload();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code(), ErrorCode::RoleHasNoAccess);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestFlowTreeModel)
#include "tst_flowtreemodel.moc"
