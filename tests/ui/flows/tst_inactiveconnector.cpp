// An HTTP Request activity whose connector is inactive, in the window: deactivation stops call
// routing, so the Flows tab, the details and the editor flag it ("Connector inactive: calls fail
// here") instead of saying OK, and the flag goes when the connector is reactivated, in this window
// or by another program. The editor warns but still saves: deactivating is a normal step while a
// connector is edited.
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/models/FlowTreeModel.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/ChangeWatcher.h"
#include "app/core/store/Database.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/flows/ActivityEditorDialog.h"
#include "ui/flows/ConnectorPicker.h"
#include "ui/flows/FlowsPage.h"
#include "ui/flows/FlowTreeView.h"
#include "ui/widgets/FieldMessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

class TestInactiveConnector final : public QObject
{
    Q_OBJECT

private:
    static FlowsPage *page(const WindowFixture &f) { return f.window().flowsPage(); }

    static Flow importInto(FlowService &flows, const QJsonObject &document)
    {
        auto parsed = FlowDesignerFormat::fromDocument(document, u"test"_s);
        if (!parsed)
            return {};
        auto imported = flows.importFlows({*parsed});
        return imported ? imported->first().flow : Flow();
    }

    // The proxy rows the Flows tab shows.
    static QModelIndex flowRow(const WindowFixture &f, const QString &name)
    {
        const QAbstractItemModel *model = page(f)->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == name)
                return model->index(row, 0);
        }
        return {};
    }

    static QModelIndex activityRow(const WindowFixture &f, const QString &flow,
                                   const QString &label)
    {
        const QModelIndex parent = flowRow(f, flow);
        const QAbstractItemModel *model = page(f)->view()->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            if (model->index(row, 0, parent).data().toString() == label)
                return model->index(row, 0, parent);
        }
        return {};
    }

    static QString status(const QModelIndex &row)
    {
        return row.siblingAtColumn(FlowTreeModel::StatusColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }

    void theTreeFlagsAnInactiveConnectorUntilItIsReactivated()
    {
        TestStore store;
        const Connector routing = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite);
        const Connector lookup = store.addConnector(u"Lookup"_s);
        WindowFixture f(store);
        importInto(f.window().flowService(),
                   FlowSamples::supportLine(routing.id, routing.name, lookup.id, lookup.name));
        f.actions().showFlows()->trigger();
        QTRY_VERIFY(flowRow(f, u"Support line"_s).isValid());
        QCOMPARE(status(activityRow(f, u"Support line"_s, u"GetTeams"_s)), u"OK"_s);

        // Deactivated in this window (the Connectors tab does the same).
        QVERIFY(f.window().service().deactivate(routing.id));
        const QPersistentModelIndex teams = activityRow(f, u"Support line"_s, u"GetTeams"_s);
        QVERIFY2(status(teams).startsWith(u"Connector inactive: calls fail here"_s),
                 qPrintable(status(teams)));
        QCOMPARE(QModelIndex(teams).siblingAtColumn(FlowTreeModel::ConnectorColumn).data(),
                 QVariant(u"Routing (inactive)"_s));
        // A warning icon and the reason wherever the pointer rests on the row.
        QVERIFY(!teams.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(teams.data(Qt::ToolTipRole).toString().contains(u"Connector inactive"_s));
        QVERIFY(teams.data(Qt::AccessibleTextRole).toString().contains(u"calls fail here"_s));
        const QModelIndex flow = flowRow(f, u"Support line"_s);
        QVERIFY(status(flow) != u"OK"_s);
        QVERIFY(!flow.data(Qt::DecorationRole).value<QIcon>().isNull());
        // The event flow's activity uses Lookup, which is active.
        QCOMPARE(status(activityRow(f, u"Support line"_s, u"LogDisconnect"_s)), u"OK"_s);

        // The details of the activity and of its flow say so.
        page(f)->view()->setCurrentIndex(teams);
        QVERIFY2(page(f)->details()->text().contains(u"Connector inactive: calls fail here"_s),
                 qPrintable(page(f)->details()->text()));
        QVERIFY(page(f)->details()->text().contains(u"can still be saved"_s));
        page(f)->view()->setCurrentIndex(flow);
        QVERIFY2(page(f)->details()->text().contains(u"Inactive connectors: Routing"_s),
                 qPrintable(page(f)->details()->text()));
        // The search finds the flagged activity by the flag, and not its neighbour.
        QTest::keyClicks(page(f)->searchField(), u"inactive"_s);
        QCOMPARE(page(f)->view()->model()->rowCount(flowRow(f, u"Support line"_s)), 1);
        QVERIFY(activityRow(f, u"Support line"_s, u"GetTeams"_s).isValid());
        page(f)->searchField()->clear();

        // Reactivated in this window: the flag goes at once.
        QVERIFY(f.window().service().activate(routing.id));
        QCOMPARE(status(teams), u"OK"_s);
        QVERIFY(teams.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(status(flowRow(f, u"Support line"_s)), u"OK"_s);

        // Deactivated and reactivated by another program (connectorctl, a second console): the
        // tab follows when the window notices the other program's commits.
        {
            auto other = Database::open(store.path());
            QVERIFY(other.ok());
            QVERIFY(ConnectorService(**other, store.owner()).deactivate(routing.id));
        }
        QVERIFY(f.context().changeWatcher().poll());
        QVERIFY(status(teams).startsWith(u"Connector inactive"_s));
        {
            auto other = Database::open(store.path());
            QVERIFY(other.ok());
            QVERIFY(ConnectorService(**other, store.owner()).activate(routing.id));
        }
        QVERIFY(f.context().changeWatcher().poll());
        QCOMPARE(status(teams), u"OK"_s);
        page(f)->view()->setCurrentIndex(teams);
        QVERIFY2(page(f)->details()->text().contains(u"Status: OK"_s),
                 qPrintable(page(f)->details()->text()));
    }

    void theEditorWarnsButStillSaves()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector routing =
            store.addConnector(u"Routing"_s, AccessLevel::ReadWrite, /*active=*/false);
        const Connector lookup = store.addConnector(u"Lookup"_s);
        const Flow flow = importInto(
            flows, FlowSamples::supportLine(routing.id, routing.name, lookup.id, lookup.name));
        QVERIFY(flow.isValid());
        ActivityEditorDialog dialog(flow, flow.activities.at(0), flows, store.service());
        dialog.setSubmitHandler([&](const HttpRequestActivity &edited) {
            return flows.updateActivity(flow.id, edited, flow.revision);
        });
        dialog.show();

        // The warning by the connector field; Save stays enabled.
        auto *message = dialog.findChild<FieldMessage *>(u"connectorMessage"_s);
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(u"Connector inactive: calls fail here"_s),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(u"\"Routing\""_s));
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.problems().size(), 1);

        // The picker marks the inactive connector: text, icon and tool tip.
        auto *picker = dialog.findChild<ConnectorPicker *>(u"connectorPicker"_s);
        const int inactive = picker->findData(routing.id);
        const int active = picker->findData(lookup.id);
        QVERIFY(picker->itemText(inactive).contains(u"inactive"_s));
        QVERIFY(!picker->itemIcon(inactive).isNull());
        QVERIFY(picker->itemData(inactive, Qt::ToolTipRole).toString().contains(u"fail"_s));
        QVERIFY(!picker->itemText(active).contains(u"inactive"_s));
        QVERIFY(picker->itemIcon(active).isNull());

        // A blocking problem still holds Save back; fixing it frees Save with the warning shown.
        auto *path = dialog.findChild<QLineEdit *>(u"pathField"_s);
        UiTest::typeInto(path, u"no-slash"_s);
        QVERIFY(!dialog.saveButton()->isEnabled());
        UiTest::typeInto(path, u"/organization/{orgId}/v2/team/{teamId}"_s);
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(message->isVisible());

        // Another field edited and saved, the connector kept.
        UiTest::typeInto(dialog.findChild<QLineEdit *>(u"labelField"_s), u"GetTeam"_s);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto stored = flows.find(flow.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->revision, flow.revision + 1);
        QCOMPARE(stored->activities.at(0).nodeName, u"GetTeam"_s);
        QCOMPARE(stored->activities.at(0).path, u"/organization/{orgId}/v2/team/{teamId}"_s);
        QCOMPARE(stored->activities.at(0).connectorId, routing.id);
    }

    void choosingAnActiveConnectorClearsTheWarning()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector routing =
            store.addConnector(u"Routing"_s, AccessLevel::ReadWrite, /*active=*/false);
        const Connector lookup = store.addConnector(u"Lookup"_s);
        const Flow flow = importInto(
            flows, FlowSamples::supportLine(routing.id, routing.name, lookup.id, lookup.name));
        ActivityEditorDialog dialog(flow, flow.activities.at(0), flows, store.service());
        dialog.show();
        auto *message = dialog.findChild<FieldMessage *>(u"connectorMessage"_s);
        QVERIFY(message->isVisible());
        auto *picker = dialog.findChild<ConnectorPicker *>(u"connectorPicker"_s);
        picker->setCurrentIndex(picker->findData(lookup.id));
        QVERIFY(!message->isVisible());
        QVERIFY(dialog.problems().isEmpty());
        picker->setCurrentIndex(picker->findData(routing.id));
        QVERIFY(message->isVisible());
        QVERIFY(dialog.saveButton()->isEnabled());
    }
};

QTEST_MAIN(TestInactiveConnector)
#include "tst_inactiveconnector.moc"
