// The main window driven as a person would: add a connector through the dialog, see its card,
// have a duplicate refused, deactivate, edit, reactivate and delete with the confirmations
// answered, search, and use the keyboard. Mnemonics and accessible names, in both languages,
// are tst_accessibility's; every shortcut is tst_shortcuts'.
#include "app/core/i18n/TranslationLoader.h"
#include "app/core/models/ConnectorListModel.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConnectorCardDelegate.h"
#include "ui/connectors/ConnectorDialog.h"
#include "ui/connectors/ConnectorHistoryModel.h"
#include "ui/help/HelpDialog.h"
#include "ui/widgets/SwitchButton.h"

#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { MessageBox::clearHistory(); }

    void windowShowsTheControlHubPlace();
    void largeOrganisationsLoadAfterTheFirstPaint();
    void createConnectorThroughTheDialog();
    void duplicateNameRefusedWithMessage();
    void deactivateWithConfirmation();
    void cancelledConfirmationChangesNothing();
    void editOnlyWhileInactive();
    void reactivateWithSpaceOnTheCard();
    void clickOnTheCardSwitchAsksToToggle();
    void deleteWithTheIconAndConfirmation();
    void deleteKeyOnActiveCardSaysWhy();
    void searchFiltersAsYouType();
    void arrowKeysRunAcrossSections();
    void shortcutsOpenDialogsAndEscapeCloses();
    void copyIdShortcut();
    void changesByAnotherConsoleAppear();
    void languageSwitchRetranslatesAtRunTime();

private:
    static QString answerAddDialog(QWidget *modal, const QString &name, bool pressAdd,
                                   QString *nameError = nullptr);
};

QString TestMainWindow::answerAddDialog(QWidget *modal, const QString &name, bool pressAdd,
                                        QString *nameError)
{
    auto *dialog = qobject_cast<ConnectorDialog *>(modal);
    if (!dialog)
        return QStringLiteral("not a connector dialog");
    UiTest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")), name);
    UiTest::setChecked(dialog->findChild<QCheckBox *>(QStringLiteral("readOnlyBox")), true);
    UiTest::setChecked(dialog->findChild<QCheckBox *>(QStringLiteral("consentBox")), true);
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitButton"));
    if (pressAdd && submit->isEnabled())
        QTest::mouseClick(submit, Qt::LeftButton);
    if (nameError) {
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("nameError"));
        *nameError = error->isVisible() ? error->text() : QString();
    }
    return submit->isEnabled() ? QString() : QStringLiteral("Add connector disabled");
}

void TestMainWindow::largeOrganisationsLoadAfterTheFirstPaint()
{
    TestStore store;
    store.addConnector(QStringLiteral("Queue statistics"));
    store.addConnector(QStringLiteral("Team roster"), AccessLevel::ReadOnly, false);
    const auto context = UiTest::consoleContext(store, store.owner());
    MainWindow window(*context, nullptr, nullptr, MainWindow::Loading::AfterFirstPaint);
    // Nothing is read before the window is on screen...
    QCOMPARE(window.model().rowCount(), 0);
    window.show();
    // ...and everything right after its first paint.
    QTRY_COMPARE(window.model().rowCount(), 2);
    QTRY_VERIFY(window.connectorsPage()->currentId().isNull() == false);
}

void TestMainWindow::windowShowsTheControlHubPlace()
{
    TestStore store;
    WindowFixture f(store);
    QCOMPARE(f.find<QLabel>(QStringLiteral("breadcrumb"))->text(),
             QStringLiteral("Services > Contact Center > Tenant Settings > Integrations"));
    auto *tabs = f.find<QTabWidget>(QStringLiteral("integrationTabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Connectors"));
    QVERIFY(tabs->isVisible());
    QVERIFY(f.window().windowTitle().contains(QStringLiteral("Webex Contact Center")));

    auto *admin = f.find<QLabel>(QStringLiteral("statusAdmin"));
    QVERIFY2(admin->text().contains(store.owner().displayName), qPrintable(admin->text()));
    QVERIFY(admin->toolTip().contains(store.owner().email));
    QCOMPARE(f.find<QLabel>(QStringLiteral("statusRole"))->text(),
             QStringLiteral("Full administrator"));
    QCOMPARE(f.find<QLabel>(QStringLiteral("statusAccess"))->text(),
             QStringLiteral("Read/write access"));
    QVERIFY(f.find<QLabel>(QStringLiteral("statusOrganisation"))
                ->text()
                .contains(QStringLiteral("FLEX3")));
    QVERIFY(f.find<QLabel>(QStringLiteral("statusDatabase"))
                ->toolTip()
                .endsWith(QStringLiteral("connectors.sqlite")));
}

void TestMainWindow::createConnectorThroughTheDialog()
{
    TestStore store;
    WindowFixture f(store);
    auto *setup = f.find<QPushButton>(QStringLiteral("setupButton"));
    QCOMPARE(setup->text().remove(QChar(u'&')), QStringLiteral("Set up"));
    QVERIFY(setup->isEnabled());
    QCOMPARE(f.activeCards(), 0);

    QString problem = QStringLiteral("dialog never opened");
    UiTest::onNextModal([&problem](QWidget *modal) {
        problem = answerAddDialog(modal, QStringLiteral("Queue statistics - EMEA"), true);
    });
    QTest::mouseClick(setup, Qt::LeftButton);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    auto stored = store.service().list();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    const Connector created = stored->first();
    QCOMPARE(created.name, QStringLiteral("Queue statistics - EMEA"));
    QVERIFY(created.active);
    QCOMPARE(WindowFixture::names(f.activeList()), QStringList{created.name});
    QCOMPARE(f.browser()->currentId(), created.id);
    QCOMPARE(f.find<QLineEdit>(QStringLiteral("detailId"))->text(), created.idText());
    QVERIFY(f.window().statusBar()->currentMessage().contains(created.idText()));
    QCOMPARE(setup->text().remove(QChar(u'&')), QStringLiteral("Add more"));
    QCOMPARE(f.detail()->historyModel()->rowCount(), 1);
    QCOMPARE(
        f.detail()->historyModel()->index(0, ConnectorHistoryModel::ActionColumn).data().toString(),
        QStringLiteral("Created"));
}

void TestMainWindow::duplicateNameRefusedWithMessage()
{
    TestStore store;
    const Connector existing = store.addConnector(QStringLiteral("Team roster"));
    WindowFixture f(store);

    // Live: the model knows the name, so the dialog says so before anything is sent.
    QString liveError;
    QString liveProblem;
    UiTest::onNextModal([&](QWidget *modal) {
        liveProblem = answerAddDialog(modal, QStringLiteral("TEAM roster"), false, &liveError);
    });
    f.actions().add()->trigger();
    QCOMPARE(liveProblem, QStringLiteral("Add connector disabled"));
    QVERIFY2(liveError.contains(QStringLiteral("\"Team roster\"")) &&
                 liveError.contains(existing.idText()),
             qPrintable(liveError));

    // Refused by the core: another console added the name after this window read the list.
    const Connector elsewhere = store.addConnector(QStringLiteral("Site directory"));
    QString coreError;
    bool stayedOpen = false;
    QString typed;
    UiTest::onNextModal([&](QWidget *modal) {
        answerAddDialog(modal, QStringLiteral("site directory"), true, &coreError);
        stayedOpen = modal->isVisible();
        typed = modal->findChild<QLineEdit *>(QStringLiteral("nameField"))->text();
    });
    f.actions().add()->trigger();
    QVERIFY(stayedOpen);
    QCOMPARE(typed, QStringLiteral("site directory"));
    QVERIFY2(coreError.contains(elsewhere.idText()), qPrintable(coreError));
    QCOMPARE(store.service().list()->size(), 2);
}

void TestMainWindow::deactivateWithConfirmation()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Agent availability"));
    WindowFixture f(store);
    QCOMPARE(f.browser()->currentId(), connector.id);
    auto *activeSwitch = f.find<SwitchButton>(QStringLiteral("detailActiveSwitch"));
    QVERIFY(activeSwitch->isChecked());
    QVERIFY(activeSwitch->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(activeSwitch, Qt::LeftButton);

    const auto message = MessageBox::lastMessage();
    QVERIFY(message.has_value());
    QCOMPARE(message->title, QStringLiteral("Deactivate connector"));
    QVERIFY(message->text.contains(connector.name));
    QVERIFY(message->informativeText.contains(QStringLiteral("stops call routing")));
    QVERIFY(message->informativeText.contains(QStringLiteral("outside business hours")));
    QVERIFY(message->informativeText.contains(QStringLiteral("No flow uses this connector.")));

    QVERIFY(!store.service().find(connector.id)->active);
    QCOMPARE(f.activeCards(), 0);
    QCOMPARE(WindowFixture::names(f.inactiveList()), QStringList{connector.name});
    QCOMPARE(f.browser()->currentId(), connector.id); // followed into the other section
    QVERIFY(!activeSwitch->isChecked());
    QCOMPARE(
        f.detail()->historyModel()->index(0, ConnectorHistoryModel::ActionColumn).data().toString(),
        QStringLiteral("Deactivated"));
}

void TestMainWindow::cancelledConfirmationChangesNothing()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Business hours"));
    WindowFixture f(store);
    const int auditRows = int(store.service().history(connector.id)->size());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(f.find<SwitchButton>(QStringLiteral("detailActiveSwitch")), Qt::LeftButton);
    QCOMPARE(MessageBox::messageCount(), 1);

    const auto stored = store.service().find(connector.id);
    QVERIFY(stored->active);
    QCOMPARE(stored->revision, connector.revision);
    QCOMPARE(int(store.service().history(connector.id)->size()), auditRows);
    QCOMPARE(f.activeCards(), 1);
    QVERIFY(f.find<SwitchButton>(QStringLiteral("detailActiveSwitch"))->isChecked());
    QVERIFY(!f.actions().undo()->isEnabled());
}

void TestMainWindow::editOnlyWhileInactive()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Audio prompts"));
    WindowFixture f(store);
    auto *editButton = f.find<QToolButton>(QStringLiteral("detailEditButton"));
    QVERIFY(!editButton->isEnabled());
    QVERIFY2(editButton->toolTip().contains(QStringLiteral("Deactivate it before editing")),
             qPrintable(editButton->toolTip()));
    auto *restriction = f.find<QLabel>(QStringLiteral("detailRestriction"));
    QVERIFY(restriction->isVisible());
    QVERIFY(restriction->text().contains(QStringLiteral("only while the connector is inactive")));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    f.shortcut(Qt::Key_T, Qt::ControlModifier); // Connector > Deactivate
    QVERIFY(!store.service().find(connector.id)->active);
    QVERIFY(editButton->isEnabled());
    QVERIFY(!restriction->isVisible());

    QString shownId;
    bool idReadOnly = false;
    UiTest::onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConnectorDialog *>(modal);
        if (!dialog || dialog->mode() != ConnectorDialog::Mode::Edit)
            return;
        auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("idField"));
        shownId = id->text();
        idReadOnly = id->isReadOnly();
        UiTest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")),
                         QStringLiteral("Audio prompts - Kyiv"));
        UiTest::setChecked(dialog->findChild<QCheckBox *>(QStringLiteral("readWriteBox")), true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(editButton, Qt::LeftButton);
    QCOMPARE(shownId, connector.idText());
    QVERIFY(idReadOnly);

    const auto stored = store.service().find(connector.id);
    QCOMPARE(stored->name, QStringLiteral("Audio prompts - Kyiv"));
    QCOMPARE(stored->access, AccessLevel::ReadOnly | AccessLevel::ReadWrite);
    QCOMPARE(stored->id, connector.id);
    QCOMPARE(WindowFixture::names(f.inactiveList()), QStringList{stored->name});
    QCOMPARE(f.find<QLabel>(QStringLiteral("detailTitle"))->text(), stored->name);
}

void TestMainWindow::reactivateWithSpaceOnTheCard()
{
    TestStore store;
    const Connector connector =
        store.addConnector(QStringLiteral("Idle codes"), AccessLevel::ReadOnly, false);
    WindowFixture f(store);
    QCOMPARE(f.inactiveCards(), 1);
    f.inactiveList()->setFocus();
    f.inactiveList()->selectRow(0);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(f.inactiveList(), Qt::Key_Space);
    QCOMPARE(MessageBox::lastMessage()->title, QStringLiteral("Activate connector"));
    QVERIFY(store.service().find(connector.id)->active);
    QCOMPARE(f.activeCards(), 1);
    QCOMPARE(f.inactiveCards(), 0);
    QVERIFY(f.activeList()->hasFocus()); // the keyboard follows the card
}

void TestMainWindow::clickOnTheCardSwitchAsksToToggle()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Global variables"));
    WindowFixture f(store);
    CardListView *list = f.activeList();
    const QModelIndex index = list->model()->index(0, 0);
    const QRect card = list->visualRect(index);
    const QRect knob = ConnectorCardDelegate::switchRect(card, list->font());
    QVERIFY(card.contains(knob));

    // A click elsewhere on the card only selects it.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, card.topLeft() + QPoint(40, 30));
    QCOMPARE(MessageBox::messageCount(), 0);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, knob.center());
    QCOMPARE(MessageBox::messageCount(), 1);
    QVERIFY(!store.service().find(connector.id)->active);
}

void TestMainWindow::deleteWithTheIconAndConfirmation()
{
    TestStore store;
    const Connector connector =
        store.addConnector(QStringLiteral("Outdial ANI"), AccessLevel::ReadWrite, false);
    WindowFixture f(store);
    auto *deleteButton = f.find<QToolButton>(QStringLiteral("detailDeleteButton"));
    QVERIFY(deleteButton->isEnabled());
    QVERIFY(!deleteButton->icon().isNull());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    const auto message = MessageBox::lastMessage();
    QCOMPARE(message->title, QStringLiteral("Delete connector"));
    QVERIFY(message->informativeText.contains(QStringLiteral("running now may stop working")));
    QVERIFY(message->informativeText.contains(QStringLiteral("removed from the associated flows")));
    QVERIFY(message->informativeText.contains(QStringLiteral("No flow uses this connector.")));

    QCOMPARE(store.service().find(connector.id).error().code(), ErrorCode::ConnectorNotFound);
    QCOMPARE(f.inactiveCards(), 0);
    QVERIFY(f.browser()->currentId().isNull());
    QVERIFY(f.find<QLabel>(QStringLiteral("detailEmpty"))->isVisible());
    QCOMPARE(f.find<QPushButton>(QStringLiteral("setupButton"))->text().remove(QChar(u'&')),
             QStringLiteral("Set up"));
}

void TestMainWindow::deleteKeyOnActiveCardSaysWhy()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Skill profile sync"));
    WindowFixture f(store);
    QVERIFY(!f.actions().remove()->isEnabled());
    QVERIFY(!f.find<QToolButton>(QStringLiteral("detailDeleteButton"))->isEnabled());
    f.activeList()->setFocus();
    QTest::keyClick(f.activeList(), Qt::Key_Delete);
    QVERIFY(MessageBox::lastMessage().has_value());
    QVERIFY2(MessageBox::lastMessage()->text.contains(QStringLiteral("deactivate it first")),
             qPrintable(MessageBox::lastMessage()->text));
    QVERIFY(store.service().find(connector.id).ok());
}

void TestMainWindow::searchFiltersAsYouType()
{
    TestStore store;
    store.addConnector(QStringLiteral("Queue statistics - EMEA"));
    store.addConnector(QStringLiteral("Queue statistics - APAC"));
    store.addConnector(QStringLiteral("Agent availability - EMEA"), AccessLevel::ReadOnly, false);
    WindowFixture f(store);
    QCOMPARE(f.activeCards(), 2);
    QCOMPARE(f.inactiveCards(), 1);

    f.shortcut(Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = f.browser()->searchField();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("emea"));
    QCOMPARE(WindowFixture::names(f.activeList()),
             QStringList{QStringLiteral("Queue statistics - EMEA")});
    QCOMPARE(f.inactiveCards(), 1);

    search->clear();
    QTest::keyClicks(search, QStringLiteral("APAC"));
    QCOMPARE(f.activeCards(), 1);
    QCOMPARE(f.inactiveCards(), 0);
    auto *empty = f.find<QLabel>(QStringLiteral("inactiveEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("APAC")));
    QVERIFY(
        f.find<QLabel>(QStringLiteral("inactiveHeading"))->text().contains(QStringLiteral("(0)")));
}

void TestMainWindow::arrowKeysRunAcrossSections()
{
    TestStore store;
    store.addConnector(QStringLiteral("Address book"));
    store.addConnector(QStringLiteral("Contact history"));
    const Connector inactive =
        store.addConnector(QStringLiteral("Desktop layouts"), AccessLevel::ReadOnly, false);
    WindowFixture f(store);
    f.activeList()->setFocus();
    f.activeList()->selectRow(0);
    QTest::keyClick(f.activeList(), Qt::Key_Down);
    QCOMPARE(f.activeList()->currentIndex().row(), 1);
    QTest::keyClick(f.activeList(), Qt::Key_Down);
    QVERIFY(f.inactiveList()->hasFocus());
    QCOMPARE(f.browser()->currentId(), inactive.id);
    QTest::keyClick(f.inactiveList(), Qt::Key_Up);
    QVERIFY(f.activeList()->hasFocus());
    QCOMPARE(f.activeList()->currentIndex().row(), 1);

    QTest::keyClick(f.activeList(), Qt::Key_Return);
    QVERIFY(f.find<SwitchButton>(QStringLiteral("detailActiveSwitch"))->hasFocus());
}

void TestMainWindow::shortcutsOpenDialogsAndEscapeCloses()
{
    TestStore store;
    WindowFixture f(store);
    bool sawAddDialog = false;
    UiTest::onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConnectorDialog *>(modal);
        sawAddDialog = dialog && dialog->mode() == ConnectorDialog::Mode::Add;
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : modal,
                        Qt::Key_Escape);
    });
    f.shortcut(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(sawAddDialog);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(store.service().list()->size(), 0);

    QString help;
    UiTest::onNextModal([&](QWidget *modal) {
        if (auto *dialog = qobject_cast<HelpDialog *>(modal))
            help = dialog->contents();
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    f.shortcut(Qt::Key_F1);
    QVERIFY2(help.contains(QStringLiteral("Add connector")) &&
                 help.contains(QStringLiteral("Ctrl+N")),
             qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("Space")));
}

void TestMainWindow::copyIdShortcut()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Supervisor alerts"));
    WindowFixture f(store);
    QGuiApplication::clipboard()->clear();
    f.shortcut(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), connector.idText());
}

void TestMainWindow::changesByAnotherConsoleAppear()
{
    TestStore store;
    const Connector first = store.addConnector(QStringLiteral("Address book"));
    WindowFixture f(store);
    QCOMPARE(f.browser()->currentId(), first.id);

    // connectorctl or another console: its own connection to the same file.
    auto elsewhere = Database::open(store.path());
    QVERIFY(elsewhere.ok());
    {
        ConnectorService otherConsole(**elsewhere, store.owner());
        QVERIFY(otherConsole
                    .create({{}, QStringLiteral("Callback scheduler"), AccessLevel::ReadOnly, true})
                    .ok());
        QVERIFY(otherConsole.deactivate(first.id).ok());
    }
    QTRY_COMPARE(f.inactiveCards(), 1);
    QCOMPARE(WindowFixture::names(f.activeList()),
             QStringList{QStringLiteral("Callback scheduler")});
    // The selection stayed on the connector, which moved to the other section.
    QCOMPARE(f.browser()->currentId(), first.id);
    QVERIFY(!f.find<SwitchButton>(QStringLiteral("detailActiveSwitch"))->isChecked());
    QCOMPARE(
        f.detail()->historyModel()->index(0, ConnectorHistoryModel::ActionColumn).data().toString(),
        QStringLiteral("Deactivated"));
}

void TestMainWindow::languageSwitchRetranslatesAtRunTime()
{
    TestStore store;
    TranslationLoader translations;
    translations.load(QStringLiteral("en"));
    const auto context = UiTest::consoleContext(store, store.owner());
    MainWindow window(*context, &translations);
    auto *role = window.findChild<QLabel *>(QStringLiteral("statusRole"));
    QCOMPARE(role->text(), QStringLiteral("Full administrator"));
    QVERIFY(window.actions().languageAction(QStringLiteral("en"))->isChecked());

    window.actions().languageAction(QStringLiteral("uk"))->trigger();
    QCOMPARE(translations.language(), QStringLiteral("uk"));
    // QEvent::LanguageChange is posted to the windows; the role names come from the core's
    // Ukrainian translation.
    QTRY_VERIFY2(role->text() != QStringLiteral("Full administrator"), qPrintable(role->text()));
    QCOMPARE(role->text(), AdminRoles::displayName(AdminRole::FullAdmin));
    QVERIFY(window.actions().languageAction(QStringLiteral("uk"))->isChecked());

    window.switchLanguage(QStringLiteral("en"));
    QTRY_COMPARE(role->text(), QStringLiteral("Full administrator"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
