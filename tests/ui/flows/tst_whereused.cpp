// Where-used in the Connectors tab: the cards and the detail panel say which flows and activities
// use a connector (main and event flows), the Deactivate and Delete confirmations name them, and
// deleting a connector leaves the flows' activities in place.
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/FlowService.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConnectorCardDelegate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTreeWidget>

namespace {

QJsonObject httpRequestNode(const QString &id, const QString &name, const Connector &connector)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("activityType"), QStringLiteral("http-request-v2")},
            {QStringLiteral("group"), QStringLiteral("integration")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("activityName"), QStringLiteral("http-request-v2")},
                         {QStringLiteral("authenticated"), true},
                         {QStringLiteral("connectorId"), connector.idText()},
                         {QStringLiteral("connectorId:name"), connector.name},
                         {QStringLiteral("httpRequestPath"), QStringLiteral("/v1/lookup")},
                         {QStringLiteral("httpRequestMethod"), QStringLiteral("GET")}}}};
}

// A Flow Designer export whose main flow has one HTTP Request activity per entry of `main`, and
// whose GLOBAL_EVENTS event flow has one per entry of `events`.
Flow flowUsing(const QString &name, const QList<Connector> &main,
               const QList<Connector> &events = {})
{
    QJsonArray mainNodes{QJsonObject{{QStringLiteral("id"), QStringLiteral("start")},
                                     {QStringLiteral("name"), QStringLiteral("Start")},
                                     {QStringLiteral("activityType"), QStringLiteral("start")}}};
    for (int i = 0; i < main.size(); ++i)
        mainNodes.append(httpRequestNode(QStringLiteral("m%1").arg(i),
                                         QStringLiteral("Lookup %1").arg(i + 1), main.at(i)));
    QJsonArray eventNodes;
    for (int i = 0; i < events.size(); ++i)
        eventNodes.append(httpRequestNode(QStringLiteral("e%1").arg(i),
                                          QStringLiteral("Notify %1").arg(i + 1), events.at(i)));
    const QJsonObject document{{QStringLiteral("name"), name},
                               {QStringLiteral("flowType"), QStringLiteral("FLOW")},
                               {QStringLiteral("variables"), QJsonArray()},
                               {QStringLiteral("nodes"), mainNodes},
                               {QStringLiteral("edges"), QJsonArray()},
                               {QStringLiteral("eventFlows"),
                                QJsonObject{{QStringLiteral("GLOBAL_EVENTS"),
                                             QJsonObject{{QStringLiteral("nodes"), eventNodes}}}}}};
    auto flow = FlowDesignerFormat::fromDocument(document, name);
    if (!flow)
        qWarning() << flow.error().message();
    return flow ? *flow : Flow();
}

} // namespace

class TestWhereUsed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { MessageBox::clearHistory(); }

    void cardsShowHowManyFlowsAndActivitiesUseEachConnector();
    void detailPanelListsTheFlowsAndTheirActivities();
    void deactivateConfirmationNamesTheFlows();
    void deleteConfirmationNamesTheFirstTenFlowsAndCountsTheRest();
    void deletingTheConnectorLeavesTheActivitiesInPlace();

private:
    // The window with where-used switched on, as the console's window does.
    static void useFlows(WindowFixture &f) { f.page()->setFlowService(&f.window().flowService()); }
    static QString cardUsage(CardListView *list, const QUuid &id)
    {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(ConnectorListModel::IdRole).toUuid() == id)
                return ConnectorCardDelegate::usageText(index);
        }
        return QStringLiteral("(no card)");
    }
    static void import(WindowFixture &f, const QList<Flow> &flows)
    {
        const auto imported = f.window().flowService().importFlows(flows);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message()));
    }
};

void TestWhereUsed::cardsShowHowManyFlowsAndActivitiesUseEachConnector()
{
    TestStore store;
    const Connector queues = store.addConnector(QStringLiteral("Queue statistics"));
    const Connector roster = store.addConnector(QStringLiteral("Team roster"));
    WindowFixture f(store);
    useFlows(f);
    const QString unused = ConnectorListModel::usageText({});
    QCOMPARE(cardUsage(f.activeList(), queues.id), unused);

    import(f, {flowUsing(QStringLiteral("Sales routing"), {queues, queues}),
               flowUsing(QStringLiteral("After hours"), {}, {queues})});

    // Two flows, three activities (one of them in an event flow); the other card is untouched.
    const QString used = cardUsage(f.activeList(), queues.id);
    QCOMPARE(used, ConnectorListModel::usageText({2, 3}));
    QVERIFY(used != unused);
    QVERIFY2(used.contains(u'2') && used.contains(u'3'), qPrintable(used));
    QCOMPARE(cardUsage(f.activeList(), roster.id), unused);
    // Screen readers hear it too.
    const QModelIndex index = f.window().model().indexOf(queues.id);
    QVERIFY2(index.data(Qt::AccessibleTextRole).toString().contains(used),
             qPrintable(index.data(Qt::AccessibleTextRole).toString()));

    // Removing a flow updates the card at once.
    const auto flows = f.window().flowService().list();
    QVERIFY(flows);
    for (const Flow &flow : *flows) {
        if (flow.name == QStringLiteral("After hours"))
            QVERIFY(f.window().flowService().remove(flow.id));
    }
    QCOMPARE(cardUsage(f.activeList(), queues.id), ConnectorListModel::usageText({1, 2}));
}

void TestWhereUsed::detailPanelListsTheFlowsAndTheirActivities()
{
    TestStore store;
    const Connector queues = store.addConnector(QStringLiteral("Queue statistics"));
    WindowFixture f(store);
    useFlows(f);
    f.browser()->select(queues.id);
    QTreeWidget *usedBy = f.detail()->usedByView();
    QVERIFY(!usedBy->isVisible());
    QVERIFY(f.find<QLabel>(QStringLiteral("usedByText"))->isVisible());

    // The panel follows flowsChanged: no reselection needed.
    import(f, {flowUsing(QStringLiteral("Sales routing"), {queues, queues}),
               flowUsing(QStringLiteral("After hours"), {}, {queues})});

    QVERIFY(usedBy->isVisible());
    QCOMPARE(usedBy->topLevelItemCount(), 2);
    QTreeWidgetItem *afterHours = usedBy->topLevelItem(0);
    QCOMPARE(afterHours->text(0), QStringLiteral("After hours"));
    QCOMPARE(afterHours->childCount(), 1);
    QCOMPARE(afterHours->child(0)->text(0), QStringLiteral("Notify 1"));
    QVERIFY2(afterHours->child(0)->text(1).contains(QStringLiteral("GLOBAL_EVENTS")),
             qPrintable(afterHours->child(0)->text(1)));
    QTreeWidgetItem *sales = usedBy->topLevelItem(1);
    QCOMPARE(sales->text(0), QStringLiteral("Sales routing"));
    QCOMPARE(sales->childCount(), 2);
    QCOMPARE(sales->child(0)->text(0), QStringLiteral("Lookup 1"));
    QCOMPARE(sales->child(0)->text(1), QStringLiteral("Main flow"));
    QCOMPARE(f.find<QLabel>(QStringLiteral("detailFlows"))->text(),
             ConnectorListModel::usageText({2, 3}));
    QVERIFY(!usedBy->accessibleName().isEmpty());
}

void TestWhereUsed::deactivateConfirmationNamesTheFlows()
{
    TestStore store;
    const Connector queues = store.addConnector(QStringLiteral("Queue statistics"));
    WindowFixture f(store);
    useFlows(f);
    import(f, {flowUsing(QStringLiteral("Sales routing"), {queues})});
    f.browser()->select(queues.id);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    f.actions().toggleActive()->trigger();

    const auto message = MessageBox::lastMessage();
    QVERIFY(message);
    QCOMPARE(message->title, QStringLiteral("Deactivate connector"));
    QVERIFY2(message->informativeText.contains(QStringLiteral("Sales routing")),
             qPrintable(message->informativeText));
    QVERIFY(message->informativeText.contains(QStringLiteral("stops call routing")));
    QVERIFY(message->informativeText.contains(QStringLiteral("outside business hours")));
    QVERIFY(store.service().find(queues.id)->active);
}

void TestWhereUsed::deleteConfirmationNamesTheFirstTenFlowsAndCountsTheRest()
{
    TestStore store;
    const Connector old =
        store.addConnector(QStringLiteral("Legacy CRM"), AccessLevel::ReadOnly, false);
    WindowFixture f(store);
    useFlows(f);
    QList<Flow> flows;
    for (int i = 1; i <= 12; ++i)
        flows.append(flowUsing(QStringLiteral("Flow %1").arg(i, 2, 10, QChar(u'0')), {old}));
    import(f, flows);
    f.browser()->select(old.id);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    f.actions().remove()->trigger();

    const auto message = MessageBox::lastMessage();
    QVERIFY(message);
    QCOMPARE(message->title, QStringLiteral("Delete connector"));
    const QString text = message->informativeText;
    for (int i = 1; i <= 10; ++i)
        QVERIFY2(text.contains(QStringLiteral("Flow %1").arg(i, 2, 10, QChar(u'0'))),
                 qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Flow 11")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 more")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("running now may stop working")));
    QVERIFY(text.contains(QStringLiteral("removed from the associated flows")));
    // A warning, not a question: the flows lose the connector for good.
    QCOMPARE(message->icon, QMessageBox::Warning);
    // The ID on a line of its own, so that it is never broken across lines and copies whole.
    QVERIFY2(text.split(u'\n').contains(old.idText()), qPrintable(text));
    QVERIFY(store.service().find(old.id));
}

void TestWhereUsed::deletingTheConnectorLeavesTheActivitiesInPlace()
{
    TestStore store;
    const Connector old =
        store.addConnector(QStringLiteral("Legacy CRM"), AccessLevel::ReadOnly, false);
    WindowFixture f(store);
    useFlows(f);
    import(f, {flowUsing(QStringLiteral("Sales routing"), {old}, {old})});
    f.browser()->select(old.id);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    f.actions().remove()->trigger();

    QCOMPARE(store.service().find(old.id).error().code(), ErrorCode::ConnectorNotFound);
    const auto usages = f.window().flowService().whereUsed(old.id);
    QVERIFY(usages);
    QCOMPARE(usages->size(), 2);
    QCOMPARE(usages->first().flowName, QStringLiteral("Sales routing"));
    // Flagged, not removed: the activity now names a connector that does not exist.
    const auto flows = f.window().flowService().list();
    QVERIFY(flows);
    QCOMPARE(flows->size(), 1);
    QCOMPARE(flows->first().activities.size(), 2);
    const auto problems = f.window().flowService().problems(flows->first());
    QVERIFY(problems);
    QVERIFY(!problems->first().isEmpty());
    QCOMPARE(problems->first().first().code(), ErrorCode::ActivityConnectorUnknown);
}

QTEST_MAIN(TestWhereUsed)
#include "tst_whereused.moc"
