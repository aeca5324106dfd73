// The Flows tab in the real window: importing Flow Designer exports through File > Import flows,
// flagged and broken activities, editing an activity and exporting the flow again, deleting a
// flow, searching, and what a read-only role may do.
#include "app/core/models/FlowTreeModel.h"
#include "app/core/service/FlowService.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/flows/ActivityEditorDialog.h"
#include "ui/flows/FlowFilterProxyModel.h"
#include "ui/flows/FlowsPage.h"
#include "ui/flows/FlowTreeView.h"
#include "ui/widgets/FileDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestFlowsPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qWarning() << "cannot write" << path;
        return path;
    }

    static FlowsPage *page(const WindowFixture &f) { return f.window().flowsPage(); }

    // Imports files through File > Import flows, answering the file dialog and the summary.
    static void importThroughTheMenu(const WindowFixture &f, const QStringList &files)
    {
        FileDialog::setNextFileNames(files);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.actions().importFlows()->trigger();
    }

    // The proxy row of a flow by name, and of its activity by label.
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

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initEnvironment();
        QVERIFY(m_dir.isValid());
    }
    void init() { MessageBox::clearHistory(); }

    void importedExportsAreListedWithTheirFlaggedActivities()
    {
        TestStore store;
        const Connector stats = store.addConnector(u"Team stats"_s, AccessLevel::ReadOnly);
        const Connector routing = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite);
        const QUuid elsewhere = QUuid::createUuid();
        WindowFixture f(store);
        const QString support = writeFile(
            u"support.json"_s,
            FlowSamples::toJson(FlowSamples::supportLine(
                stats.id, stats.name, routing.id, routing.name, u"Support line"_s, u"POST"_s)));
        const QString sales =
            writeFile(u"sales.json"_s,
                      FlowSamples::toJson(FlowSamples::supportLine(
                          routing.id, routing.name, elsewhere, u"Other org"_s, u"Sales line"_s)));
        importThroughTheMenu(f, {support, sales});

        const auto summary = MessageBox::lastMessage();
        QCOMPARE(summary->title, u"Flows imported"_s);
        // Two activities need the admin before the flows run: a warning, not news.
        QCOMPARE(summary->icon, QMessageBox::Warning);
        QVERIFY2(summary->informativeText.contains(u"New: 2. Replaced: 0."_s),
                 qPrintable(summary->informativeText));
        QVERIFY2(summary->informativeText.contains(u"2 HTTP Request"_s),
                 qPrintable(summary->informativeText));
        QCOMPARE(f.find<QTabWidget>(u"integrationTabs"_s)->currentWidget(), page(f));
        QCOMPARE(page(f)->view()->model()->rowCount(), 2);
        // Sorted by name.
        QCOMPARE(page(f)->view()->model()->index(0, 0).data().toString(), u"Sales line"_s);

        // The write method on the read-only connector: flagged, with the reason.
        const QModelIndex post = activityRow(f, u"Support line"_s, u"GetTeams"_s);
        QVERIFY(post.isValid());
        QVERIFY(!post.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(post.data(Qt::ToolTipRole).toString().contains(u"read-only"_s));
        QVERIFY(!activityRow(f, u"Support line"_s, u"LogDisconnect"_s)
                     .data(Qt::DecorationRole)
                     .isValid());
        // The unknown connector (an export from another organisation): broken.
        const QModelIndex gone = activityRow(f, u"Sales line"_s, u"LogDisconnect"_s);
        QVERIFY(gone.data(FlowTreeModel::BrokenRole).toBool());
        QCOMPARE(gone.siblingAtColumn(FlowTreeModel::WhereColumn).data().toString(),
                 u"GLOBAL_EVENTS"_s);
        QCOMPARE(gone.siblingAtColumn(FlowTreeModel::ConnectorColumn).data().toString(),
                 u"Other org (not in this console)"_s);
        QVERIFY(gone.data(Qt::AccessibleTextRole).toString().contains(u"Broken"_s));

        // The problems of the selected activity show below the tree.
        page(f)->view()->setCurrentIndex(post);
        QVERIFY2(page(f)->details()->text().contains(u"GET only"_s),
                 qPrintable(page(f)->details()->text()));

        // The same export again replaces the flow, once the admin agrees; a file that is not a
        // flow refuses them all.
        const int revision = f.window().flowService().findByName(u"Support line"_s)->revision;
        FileDialog::setNextFileNames({support});
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        f.actions().importFlows()->trigger();
        QCOMPARE(MessageBox::lastMessage()->title, u"Replace flows"_s);
        QVERIFY(MessageBox::lastMessage()->informativeText.contains(u"Support line"_s));
        QCOMPARE(f.window().flowService().findByName(u"Support line"_s)->revision, revision);
        importThroughTheMenu(f, {support});
        QVERIFY(MessageBox::lastMessage()->informativeText.contains(u"Replaced: 1."_s));
        QCOMPARE(f.window().flowService().findByName(u"Support line"_s)->revision, revision + 1);
        const QString notAFlow = writeFile(u"connectors.json"_s, R"({"connectors": []})");
        importThroughTheMenu(f, {sales, notAFlow});
        QCOMPARE(MessageBox::lastMessage()->title, u"Could not import flows"_s);
        QVERIFY(MessageBox::lastMessage()->informativeText.contains(u"connectors.json"_s));
        QCOMPARE(f.window().flowService().list()->size(), 2);
    }

    void deletingAConnectorBreaksItsActivitiesAtOnce()
    {
        TestStore store;
        const Connector stats =
            store.addConnector(u"Team stats"_s, AccessLevel::ReadOnly, /*active=*/false);
        const Connector routing = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite);
        WindowFixture f(store);
        importThroughTheMenu(f, {writeFile(u"support.json"_s,
                                           FlowSamples::toJson(FlowSamples::supportLine(
                                               stats.id, stats.name, routing.id, routing.name)))});
        const QPersistentModelIndex teams = activityRow(f, u"Support line"_s, u"GetTeams"_s);
        page(f)->view()->setCurrentIndex(teams);
        // Inactive (so that it can be deleted): flagged, not broken.
        QVERIFY(teams.data(FlowTreeModel::ConnectorInactiveRole).toBool());
        QVERIFY(!teams.data(FlowTreeModel::BrokenRole).toBool());

        QVERIFY(f.window().service().remove(stats.id));
        QVERIFY(teams.isValid());
        QVERIFY(teams.data(FlowTreeModel::BrokenRole).toBool());
        QVERIFY(!teams.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(
            QModelIndex(teams).siblingAtColumn(FlowTreeModel::ConnectorColumn).data().toString(),
            u"Team stats (not in this console)"_s);
        QCOMPARE(page(f)->view()->currentIndex(), QModelIndex(teams));
        QVERIFY2(page(f)->details()->text().contains(u"Status: broken"_s),
                 qPrintable(page(f)->details()->text()));
    }

    void editedActivityIsExportedWithEveryUnknownProperty()
    {
        TestStore store;
        const Connector routing = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite);
        WindowFixture f(store);
        const QJsonObject original =
            FlowSamples::supportLine(routing.id, routing.name, routing.id, routing.name);
        importThroughTheMenu(f, {writeFile(u"support.json"_s, FlowSamples::toJson(original))});

        // Enter on the activity opens the editor.
        const QModelIndex event = activityRow(f, u"Support line"_s, u"LogDisconnect"_s);
        page(f)->view()->setFocus();
        page(f)->view()->setCurrentIndex(event);
        bool saved = false;
        UiTest::onNextModal([&saved](QWidget *modal) {
            auto *dialog = qobject_cast<ActivityEditorDialog *>(modal);
            if (!dialog)
                return;
            UiTest::typeInto(dialog->findChild<QLineEdit *>(u"pathField"_s), u"/search/v2"_s);
            auto *method = dialog->findChild<QComboBox *>(u"methodBox"_s);
            method->setCurrentIndex(method->findData(u"POST"_s));
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
            saved = !dialog->isVisible();
        });
        QTest::keyClick(page(f)->view(), Qt::Key_Return);
        QVERIFY(saved);
        const QModelIndex edited = activityRow(f, u"Support line"_s, u"LogDisconnect"_s);
        QCOMPARE(edited.siblingAtColumn(FlowTreeModel::TargetColumn).data().toString(),
                 u"/search/v2"_s);

        page(f)->view()->setCurrentIndex(flowRow(f, u"Support line"_s));
        const QString exported = m_dir.filePath(u"exported.json"_s);
        FileDialog::setNextFileName(exported);
        QVERIFY(f.actions().exportFlow()->isEnabled());
        f.actions().exportFlow()->trigger();
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject node =
            document[u"eventFlows"_s][u"GLOBAL_EVENTS"_s][u"nodes"_s].toArray().first().toObject();
        const QJsonObject properties = node[u"properties"_s].toObject();
        QCOMPARE(properties[u"httpRequestPath"_s].toString(), u"/search/v2"_s);
        QCOMPARE(properties[u"httpRequestMethod"_s].toString(), u"POST"_s);
        // Everything the console does not understand is still there, untouched.
        QCOMPARE(properties[u"activityVersion"_s].toString(), u"2.3.1"_s);
        QCOMPARE(properties[u"errorHandling"_s],
                 original[u"eventFlows"_s][u"GLOBAL_EVENTS"_s][u"nodes"_s][0][u"properties"_s]
                         [u"errorHandling"_s]);
        QCOMPARE(node[u"x"_s].toInt(), 420);
        QCOMPARE(document[u"version"_s].toInt(), 7);
        QCOMPARE(document[u"edges"_s], original[u"edges"_s]);
        QCOMPARE(document[u"nodes"_s], original[u"nodes"_s]); // the main flow is unchanged
    }

    void deleteKeyDeletesTheSelectedFlowAfterConfirmation()
    {
        TestStore store;
        const Connector routing = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite, false);
        WindowFixture f(store);
        importThroughTheMenu(f,
                             {writeFile(u"support.json"_s,
                                        FlowSamples::toJson(FlowSamples::supportLine(
                                            routing.id, routing.name, routing.id, routing.name)))});
        page(f)->view()->setFocus();
        page(f)->view()->setCurrentIndex(flowRow(f, u"Support line"_s));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(page(f)->view(), Qt::Key_Delete);
        QCOMPARE(MessageBox::lastMessage()->title, u"Delete flow"_s);
        QCOMPARE(f.window().flowService().list()->size(), 1);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(page(f)->view(), Qt::Key_Delete);
        QVERIFY(f.window().flowService().list()->isEmpty());
        QCOMPARE(page(f)->view()->model()->rowCount(), 0);
        // The key deleted the flow, not the (inactive, deletable) connector.
        QCOMPARE(store.service().list()->size(), 1);
    }

    void searchKeepsFlowsWhoseActivitiesMatch()
    {
        TestStore store;
        const Connector routing = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite);
        WindowFixture f(store);
        importThroughTheMenu(
            f, {writeFile(u"a.json"_s, FlowSamples::toJson(FlowSamples::supportLine(
                                           routing.id, routing.name, routing.id, routing.name))),
                writeFile(u"b.json"_s, FlowSamples::toJson(FlowSamples::supportLine(
                                           routing.id, routing.name, routing.id, routing.name,
                                           u"Sales line"_s)))});
        const QAbstractItemModel *model = page(f)->view()->model();
        QTest::keyClicks(page(f)->searchField(), u"team"_s);
        QCOMPARE(model->rowCount(), 2); // both flows have GetTeams (/.../team)
        QCOMPARE(model->rowCount(model->index(0, 0)), 1);
        UiTest::typeInto(page(f)->searchField(), u"sales"_s);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowCount(model->index(0, 0)), 2); // a matching flow keeps its activities
        UiTest::typeInto(page(f)->searchField(), u"no such thing"_s);
        QCOMPARE(model->rowCount(), 0);
    }

    // What a search found follows the rows' changes: a flow that starts having problems while
    // "problem" is searched for appears, with its activities (kept because their flow matches).
    void aSearchFollowsAFlowWhoseStatusChanges()
    {
        TestStore store;
        const Connector stats = store.addConnector(u"Team stats"_s, AccessLevel::ReadOnly);
        WindowFixture f(store);
        importThroughTheMenu(
            f, {writeFile(u"support.json"_s, FlowSamples::toJson(FlowSamples::supportLine(
                                                 stats.id, stats.name, stats.id, stats.name)))});
        const QAbstractItemModel *model = page(f)->view()->model();
        QTest::keyClicks(page(f)->searchField(), u"problem"_s);
        QCOMPARE(model->rowCount(), 0);

        QVERIFY(f.window().service().deactivate(stats.id));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->index(0, FlowTreeModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(u"2 problem"_s));
        QCOMPARE(model->rowCount(model->index(0, 0)), 2);

        QVERIFY(f.window().service().activate(stats.id));
        QCOMPARE(model->rowCount(), 0);
    }

    void readOnlyRoleSeesFlowsButCannotChangeThem()
    {
        TestStore store;
        const Connector routing = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite);
        const AdminAccount viewer =
            store.addAdmin(AdminRole::SupportBasicAdmin, u"helpdesk@example.com"_s);
        WindowFixture f(store);
        importThroughTheMenu(f,
                             {writeFile(u"support.json"_s,
                                        FlowSamples::toJson(FlowSamples::supportLine(
                                            routing.id, routing.name, routing.id, routing.name)))});
        f.window().signInAs(viewer);
        f.actions().showFlows()->trigger();
        page(f)->view()->setCurrentIndex(activityRow(f, u"Support line"_s, u"GetTeams"_s));

        QCOMPARE(page(f)->view()->model()->rowCount(), 1);
        auto *banner = f.find<QLabel>(u"flowsReadOnlyBanner"_s);
        QVERIFY(banner->isVisible());
        for (QAction *action : {f.actions().importFlows(), f.actions().deleteFlow()}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(u"read-only"_s), qPrintable(action->toolTip()));
        }
        QVERIFY(f.actions().exportFlow()->isEnabled());
        // The banner says activities can be looked at: F2 and Enter open one view-only.
        QVERIFY(f.actions().editActivity()->isEnabled());
        QVERIFY2(f.actions().editActivity()->toolTip().contains(u"read-only"_s),
                 qPrintable(f.actions().editActivity()->toolTip()));
        QVERIFY(f.find<QPushButton>(u"editActivityButton"_s)->isEnabled());
        bool viewOnly = false;
        bool saveShown = true;
        bool pathReadOnly = false;
        UiTest::onNextModal([&](QWidget *modal) {
            auto *editor = qobject_cast<ActivityEditorDialog *>(modal);
            QVERIFY(editor);
            viewOnly = editor->isViewOnly();
            saveShown = editor->saveButton()->isVisible();
            pathReadOnly = editor->findChild<QLineEdit *>(u"pathField"_s)->isReadOnly();
            editor->reject();
        });
        page(f)->view()->setFocus();
        f.press(QKeySequence(Qt::Key_F2));
        QVERIFY(viewOnly);
        QVERIFY(!saveShown);
        QVERIFY(pathReadOnly);
        // Nothing was saved: the flow is as imported.
        QCOMPARE(f.window().flowService().find(page(f)->currentFlow()->id)->revision,
                 page(f)->currentFlow()->revision);
        QVERIFY(page(f)->details()->text().contains(u"GetTeams"_s));
    }

    // A search that hides the selected row shows no details (not a neighbour's); the row is
    // selected again when the search shows it.
    void searchHidingTheSelectedRowShowsNothingSelected()
    {
        TestStore store;
        const Connector routing = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite);
        WindowFixture f(store);
        importThroughTheMenu(
            f, {writeFile(u"a.json"_s, FlowSamples::toJson(FlowSamples::supportLine(
                                           routing.id, routing.name, routing.id, routing.name))),
                writeFile(u"b.json"_s, FlowSamples::toJson(FlowSamples::supportLine(
                                           routing.id, routing.name, routing.id, routing.name,
                                           u"Sales line"_s)))});
        page(f)->view()->setCurrentIndex(activityRow(f, u"Support line"_s, u"LogDisconnect"_s));
        QVERIFY(page(f)->details()->text().contains(u"LogDisconnect"_s));

        QTest::keyClicks(page(f)->searchField(), u"sales"_s);
        QVERIFY(page(f)->currentFlow() == nullptr);
        QVERIFY2(!page(f)->details()->text().contains(u"Support line"_s) &&
                     !page(f)->details()->text().contains(u"LogDisconnect"_s),
                 qPrintable(page(f)->details()->text()));
        QVERIFY(!f.actions().deleteFlow()->isEnabled());

        page(f)->searchField()->clear();
        QVERIFY(page(f)->currentActivity() != nullptr);
        QCOMPARE(page(f)->currentActivity()->nodeName, u"LogDisconnect"_s);
        QCOMPARE(page(f)->currentFlow()->name, u"Support line"_s);
        QVERIFY(page(f)->view()->selectionModel()->isSelected(page(f)->view()->currentIndex()));
    }

    void actingAsAnotherKeepsTheSelectedRow()
    {
        TestStore store;
        const Connector routing = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite);
        const AdminAccount viewer =
            store.addAdmin(AdminRole::SupportBasicAdmin, u"helpdesk@example.com"_s);
        WindowFixture f(store);
        importThroughTheMenu(
            f, {writeFile(u"a.json"_s, FlowSamples::toJson(FlowSamples::supportLine(
                                           routing.id, routing.name, routing.id, routing.name))),
                writeFile(u"b.json"_s, FlowSamples::toJson(FlowSamples::supportLine(
                                           routing.id, routing.name, routing.id, routing.name,
                                           u"Sales line"_s)))});
        page(f)->view()->setCurrentIndex(activityRow(f, u"Support line"_s, u"GetTeams"_s));
        QVERIFY(f.window().signInAs(viewer));
        QVERIFY(page(f)->currentActivity() != nullptr);
        QCOMPARE(page(f)->currentActivity()->nodeName, u"GetTeams"_s);
        QCOMPARE(page(f)->currentFlow()->name, u"Support line"_s);
        QVERIFY(page(f)->details()->text().contains(u"GetTeams"_s));
    }

    // Flow Designer's flow types read in the window's language, never as the raw key.
    void flowTypeReadsInTheWindowsLanguage()
    {
        TestStore store;
        const Connector routing = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite);
        WindowFixture f(store);
        importThroughTheMenu(f,
                             {writeFile(u"support.json"_s,
                                        FlowSamples::toJson(FlowSamples::supportLine(
                                            routing.id, routing.name, routing.id, routing.name)))});
        const QModelIndex flow = flowRow(f, u"Support line"_s);
        QCOMPARE(flow.siblingAtColumn(FlowTreeModel::WhereColumn).data().toString(), u"Flow"_s);
        page(f)->view()->setCurrentIndex(flow);
        QVERIFY2(page(f)->details()->text().contains(u"Type: Flow"_s),
                 qPrintable(page(f)->details()->text()));

        TranslationLoader translations;
        UiTest::useLanguage(translations, u"uk"_s);
        // The rows sort again by the new language's rules: find the flow again.
        const QModelIndex shown = flowRow(f, u"Support line"_s);
        const QString type = shown.siblingAtColumn(FlowTreeModel::WhereColumn).data().toString();
        const QString details = page(f)->details()->text();
        const QString status = shown.siblingAtColumn(FlowTreeModel::StatusColumn).data().toString();
        const QString activityStatus = activityRow(f, u"Support line"_s, u"GetTeams"_s)
                                           .siblingAtColumn(FlowTreeModel::StatusColumn)
                                           .data()
                                           .toString();
        translations.load(u"en"_s);
        QCOMPARE(type, u"Потік"_s);
        QVERIFY2(details.contains(u"Тип: Потік"_s), qPrintable(details));
        // A status, not an answer to a question ("Гаразд" is "All right!").
        QCOMPARE(status, u"Без проблем"_s);
        QCOMPARE(activityStatus, u"Без проблем"_s);
    }
};

QTEST_MAIN(TestFlowsPage)
#include "tst_flowspage.moc"
