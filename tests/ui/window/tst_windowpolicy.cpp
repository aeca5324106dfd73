// What the window may offer is answered from the session's policy snapshot (the acting
// administrator's role and the organisation's licence, read once): moving the selection across
// cards and flows reads neither from the database, and a role or licence changed by another
// program shows as soon as the change watcher sees it.
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/FlowService.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/SqlStatementSpy.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/flows/FlowsPage.h"
#include "ui/flows/FlowTreeView.h"
#include "ui/session/AccessDeniedPage.h"
#include "ui/widgets/SwitchButton.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

class TestWindowPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { MessageBox::clearHistory(); }

    void selectionChangesReadNoPermissionsFromTheDatabase();
    void aRoleChangedElsewhereShowsOnceTheWatcherSeesIt();
    void theWindowsOwnRoleChangedElsewhereShowsToo();
    void aLicenceChangedElsewhereShowsOnceTheWatcherSeesIt();

private:
    // A statement on a connection of its own, as another console, connectorctl or psql would.
    static void runElsewhere(TestStore &store, const QString &statement, const QString &value = {})
    {
        auto elsewhere = Database::open(store.path());
        QVERIFY(elsewhere.ok());
        QSqlQuery query((*elsewhere)->connection());
        QVERIFY(query.prepare(statement));
        if (!value.isNull())
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(statement));
    }
};

void TestWindowPolicy::selectionChangesReadNoPermissionsFromTheDatabase()
{
    TestStore store;
    const Connector active = store.addConnector(u"Queue statistics"_s);
    const Connector inactive = store.addConnector(u"Team roster"_s, AccessLevel::ReadOnly, false);
    const Connector other = store.addConnector(u"Wrap-up codes"_s);
    FlowService flows(store.service());
    auto flow = FlowDesignerFormat::fromDocument(
        FlowSamples::supportLine(active.id, active.name, other.id, other.name), u"support.json"_s);
    QVERIFY(flow.ok());
    QVERIFY(flows.importFlows({*flow}).ok());
    WindowFixture f(store);
    f.actions().showFlows()->trigger(); // the flows are read when their tab first opens
    f.actions().showConnectors()->trigger();

    SqlStatementSpy spy(store.database());
    QCOMPARE(f.page()->currentId(), active.id);
    for (const Connector &connector : {inactive, other, active, inactive, active}) {
        spy.clear();
        f.browser()->select(connector.id);
        QCOMPARE(f.page()->currentId(), connector.id);
        // The detail panel reads the connector's history, and the core checks that read against
        // the role and the licence: that check is the only read of the licence.
        const int historyReads = int(spy.touching({u"audit_log"_s}).size());
        QVERIFY(historyReads >= 1);
        QVERIFY2(spy.touching({u"organisation"_s}).size() <= historyReads,
                 qPrintable(spy.statements().join(u'\n')));
        // The controls follow the selected connector's state...
        QCOMPARE(f.actions().edit()->isEnabled(), !connector.active);
        QCOMPARE(f.actions().remove()->isEnabled(), !connector.active);
        QVERIFY(f.actions().toggleActive()->isEnabled());
        QVERIFY(f.find<SwitchButton>(u"detailActiveSwitch"_s)->isEnabled());
        // ...and asking again what may be done with it reads nothing at all.
        spy.clear();
        f.page()->refreshPermissions();
        QVERIFY2(spy.statements().isEmpty(), qPrintable(spy.statements().join(u'\n')));
    }

    // Switching tabs and moving through the flows and their activities reads nothing either.
    spy.clear();
    f.actions().showFlows()->trigger();
    FlowsPage *flowsPage = f.window().flowsPage();
    const QAbstractItemModel *tree = flowsPage->view()->model();
    const QModelIndex flowRow = tree->index(0, 0);
    QVERIFY(flowRow.isValid());
    flowsPage->view()->setCurrentIndex(flowRow);
    QVERIFY(!f.actions().editActivity()->isEnabled());
    QVERIFY(f.actions().deleteFlow()->isEnabled());
    flowsPage->view()->expand(flowRow);
    QVERIFY(tree->rowCount(flowRow) > 0);
    for (int row = 0; row < tree->rowCount(flowRow); ++row) {
        flowsPage->view()->setCurrentIndex(tree->index(row, 0, flowRow));
        QVERIFY(f.actions().editActivity()->isEnabled());
    }
    f.actions().showConnectors()->trigger();
    QVERIFY2(spy.statements().isEmpty(), qPrintable(spy.statements().join(u'\n')));

    // The spy does see this connection's statements.
    QVERIFY(store.service().find(active.id).ok());
    QVERIFY(!spy.touching({u"connectors"_s}).isEmpty());
}

void TestWindowPolicy::aRoleChangedElsewhereShowsOnceTheWatcherSeesIt()
{
    TestStore store;
    const Connector connector = store.addConnector(u"Queue statistics"_s);
    const AdminAccount carla =
        store.addAdmin(AdminRole::ContactCenterServiceAdmin, u"carla@example.com"_s);
    WindowFixture f(store);
    QVERIFY(f.window().signInAs(carla));
    f.browser()->select(connector.id);
    QVERIFY(f.actions().add()->isEnabled());
    QVERIFY(f.actions().toggleActive()->isEnabled());
    QVERIFY(!f.page()->banner()->isVisible());

    // A full administrator elsewhere makes Carla read-only: no change of this window's own.
    runElsewhere(store, u"UPDATE admins SET role = 'external-read-only-admin' WHERE email = ?"_s,
                 carla.email);
    QTRY_VERIFY(f.page()->banner()->isVisible());
    QCOMPARE(f.window().service().actor().role, AdminRole::ExternalReadOnlyAdmin);
    QCOMPARE(f.find<QLabel>(u"statusRole"_s)->toolTip(),
             u"Role: "_s + AdminRoles::displayName(AdminRole::ExternalReadOnlyAdmin));
    QCOMPARE(f.find<QLabel>(u"statusAccess"_s)->text(), u"Read-only access"_s);
    for (QAction *action : {f.actions().add(), f.actions().toggleActive()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(action->toolTip().contains(u"read-only"_s), qPrintable(action->toolTip()));
    }
    QVERIFY(!f.find<SwitchButton>(u"detailActiveSwitch"_s)->isEnabled());
    QCOMPARE(f.page()->currentId(), connector.id);

    // Then no access at all: the access-denied page names the role.
    runElsewhere(store, u"UPDATE admins SET role = 'read-only-admin' WHERE email = ?"_s,
                 carla.email);
    QTRY_VERIFY(f.window().showsAccessDenied());
    QVERIFY(f.find<QLabel>(u"deniedReason"_s)->text().contains(u"Read-only administrator"_s));
    QVERIFY(!f.actions().find()->isEnabled());
}

void TestWindowPolicy::theWindowsOwnRoleChangedElsewhereShowsToo()
{
    TestStore store;
    store.addConnector(u"Queue statistics"_s);
    const AdminAccount carla =
        store.addAdmin(AdminRole::ContactCenterServiceAdmin, u"carla@example.com"_s);
    // Carla at the keyboard, acting as nobody else.
    const auto context = UiTest::consoleContext(store, carla);
    MainWindow window(*context);
    window.show();
    QVERIFY(window.actions().add()->isEnabled());
    QVERIFY(!window.isActingAsOther());

    runElsewhere(store, u"UPDATE admins SET role = 'support-basic-admin' WHERE email = ?"_s,
                 carla.email);
    QTRY_VERIFY(window.connectorsPage()->banner()->isVisible());
    QCOMPARE(window.service().actor().role, AdminRole::SupportBasicAdmin);
    QVERIFY(!window.actions().add()->isEnabled());
    QVERIFY(!window.actions().toggleActive()->isEnabled());
    QVERIFY(!window.isActingAsOther());
    QVERIFY(!window.findChild<QLabel *>(u"actingBanner"_s)->isVisible());
}

void TestWindowPolicy::aLicenceChangedElsewhereShowsOnceTheWatcherSeesIt()
{
    TestStore store;
    store.addConnector(u"Queue statistics"_s);
    WindowFixture f(store);
    auto *setup = f.find<QPushButton>(u"setupButton"_s);
    QVERIFY(setup->isEnabled());
    QVERIFY(f.actions().add()->isEnabled());

    runElsewhere(store, u"UPDATE organisation SET licence = 'other'"_s);
    QTRY_VERIFY(!f.actions().add()->isEnabled());
    QVERIFY(!setup->isEnabled());
    QVERIFY2(setup->toolTip().contains(u"FLEX3"_s), qPrintable(setup->toolTip()));
    QVERIFY(!f.actions().importConnectors()->isEnabled());

    runElsewhere(store, u"UPDATE organisation SET licence = 'FLEX3'"_s);
    QTRY_VERIFY(f.actions().add()->isEnabled());
    QVERIFY(setup->isEnabled());
}

QTEST_MAIN(TestWindowPolicy)
#include "tst_windowpolicy.moc"
