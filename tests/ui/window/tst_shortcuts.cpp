// Every keyboard shortcut of the window pressed in a real window, with its effect checked. The
// rows come from the window's own actions, so an action given a shortcut without a test here
// fails; message boxes are pre-answered through the MessageBox facade.
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/models/ConnectorListModel.h"
#include "app/core/models/FlowTreeModel.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/ChangeWatcher.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConfirmationTexts.h"
#include "ui/connectors/ConnectorDialog.h"
#include "ui/flows/ActivityEditorDialog.h"
#include "ui/flows/FlowsPage.h"
#include "ui/flows/FlowTreeView.h"
#include "ui/help/HelpDialog.h"
#include "ui/help/KeyboardShortcutsDialog.h"
#include "ui/live/LiveTestSettingsDialog.h"
#include "ui/session/SignInDialog.h"
#include "ui/widgets/DialogKeyboard.h"
#include "ui/widgets/FileDialog.h"
#include "ui/window/ShortcutCatalogue.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>

class TestShortcuts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { MessageBox::clearHistory(); }
    void cleanup() { m_translations.load(QStringLiteral("en")); }

    void standardKeysWhereTheyExist();
    void noTwoCommandsShareAKey();
    void shortcutHasItsEffect_data();
    void shortcutHasItsEffect();
    void escapeClosesEveryDialog();
    void realConfirmationAnswersToEscapeAndItsLetter();
    void shortcutListIsGeneratedFromTheActions();
    void shortcutListFollowsTheLanguageAndTheActions();

private:
    // The connectors in the order the cards show them: Active section, then Inactive.
    static QList<QUuid> displayOrder(const WindowFixture &f)
    {
        QList<QUuid> ids;
        for (CardListView *list : {f.activeList(), f.inactiveList()}) {
            for (int row = 0; row < list->model()->rowCount(); ++row)
                ids.append(list->model()->index(row, 0).data(ConnectorListModel::IdRole).toUuid());
        }
        return ids;
    }
    // Actions of the window that have at least one shortcut, by object name.
    static QList<QAction *> shortcutActions(const QWidget &window);
    static bool fillAddDialog(QWidget *modal, const QString &name);
    // Imports "Support line" through the window's flow service and shows it in the Flows tab.
    static Flow showSampleFlow(const WindowFixture &f, const Connector &connector);

    TranslationLoader m_translations;
};

QList<QAction *> TestShortcuts::shortcutActions(const QWidget &window)
{
    QList<QAction *> list;
    for (QAction *action : window.actions()) {
        if (!action->shortcuts().isEmpty())
            list.append(action);
    }
    return list;
}

bool TestShortcuts::fillAddDialog(QWidget *modal, const QString &name)
{
    auto *dialog = qobject_cast<ConnectorDialog *>(modal);
    if (!dialog || dialog->mode() != ConnectorDialog::Mode::Add)
        return false;
    UiTest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")), name);
    UiTest::setChecked(dialog->findChild<QCheckBox *>(QStringLiteral("readOnlyBox")), true);
    UiTest::setChecked(dialog->findChild<QCheckBox *>(QStringLiteral("consentBox")), true);
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")), Qt::Key_Return);
    return true;
}

Flow TestShortcuts::showSampleFlow(const WindowFixture &f, const Connector &connector)
{
    auto flow = FlowDesignerFormat::fromDocument(
        FlowSamples::supportLine(connector.id, connector.name, connector.id, connector.name),
        QStringLiteral("test"));
    auto imported = f.window().flowService().importFlows({*flow});
    if (!imported)
        return {};
    f.actions().showFlows()->trigger();
    f.window().flowsPage()->selectFlow(imported->first().flow.id);
    return imported->first().flow;
}

void TestShortcuts::standardKeysWhereTheyExist()
{
    QWidget window;
    ConsoleActions actions(&window);
    const auto standard = [](QKeySequence::StandardKey key, const QKeySequence &fallback) {
        QList<QKeySequence> keys;
        for (const QKeySequence &binding : QKeySequence::keyBindings(key))
            if (binding[0].key() < Qt::Key_F13 || binding[0].key() > Qt::Key_F35)
                keys.append(binding);
        return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
    };
    QCOMPARE(actions.add()->shortcuts(), standard(QKeySequence::New, {}));
    QCOMPARE(actions.find()->shortcuts(), standard(QKeySequence::Find, {}));
    QCOMPARE(actions.remove()->shortcuts(), standard(QKeySequence::Delete, {}));
    QCOMPARE(actions.undo()->shortcuts(), standard(QKeySequence::Undo, {}));
    // Ctrl+Y redoes too, as the README says.
    QList<QKeySequence> redo = standard(QKeySequence::Redo, {});
    if (!redo.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redo.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    QCOMPARE(actions.redo()->shortcuts(), redo);
    QCOMPARE(actions.helpContents()->shortcuts(), standard(QKeySequence::HelpContents, {}));
    QCOMPARE(actions.reload()->shortcuts(), standard(QKeySequence::Refresh, {}));
    // This platform may have no Quit key; the console then uses Ctrl+Q.
    QCOMPARE(actions.quit()->shortcuts(),
             standard(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    // Every command but About (a menu item only) has keys of its own, and none a key that no
    // keyboard in use has (X11 binds Undo to F14 too).
    for (QAction *action : actions.allActions()) {
        if (action != actions.about())
            QVERIFY2(!action->shortcuts().isEmpty(), qPrintable(action->objectName()));
        for (const QKeySequence &key : action->shortcuts())
            QVERIFY2(key[0].key() < Qt::Key_F13 || key[0].key() > Qt::Key_F35,
                     qPrintable(action->objectName() + u' ' + key.toString()));
    }
    QVERIFY(!actions.undo()->shortcuts().contains(QKeySequence(Qt::Key_F14)));
}

void TestShortcuts::noTwoCommandsShareAKey()
{
    QWidget window;
    ConsoleActions actions(&window);
    // Keys the card lists and dialogs use themselves.
    QHash<QKeySequence, QString> taken{
        {QKeySequence(Qt::Key_Up), QStringLiteral("card list")},
        {QKeySequence(Qt::Key_Down), QStringLiteral("card list")},
        {QKeySequence(Qt::Key_Return), QStringLiteral("card list")},
        {QKeySequence(Qt::Key_Enter), QStringLiteral("card list")},
        {QKeySequence(Qt::Key_Space), QStringLiteral("card list")},
        {QKeySequence(Qt::Key_Home), QStringLiteral("card list")},
        {QKeySequence(Qt::Key_End), QStringLiteral("card list")},
        {QKeySequence(Qt::Key_PageUp), QStringLiteral("card list")},
        {QKeySequence(Qt::Key_PageDown), QStringLiteral("card list")},
        {QKeySequence(Qt::CTRL | Qt::Key_Up), QStringLiteral("card list")},
        {QKeySequence(Qt::CTRL | Qt::Key_Down), QStringLiteral("card list")},
        {QKeySequence(Qt::Key_Tab), QStringLiteral("focus")},
        {QKeySequence(Qt::Key_Escape), QStringLiteral("dialogs")},
    };
    QStringList clashes;
    for (QAction *action : window.actions()) {
        for (const QKeySequence &key : action->shortcuts()) {
            if (taken.contains(key))
                clashes.append(QStringLiteral("%1: %2 and %3")
                                   .arg(key.toString(), taken.value(key), action->objectName()));
            taken.insert(key, action->objectName());
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestShortcuts::shortcutHasItsEffect_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("keys");
    QWidget window;
    ConsoleActions actions(&window);
    for (QAction *action : shortcutActions(window)) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QByteArray row = (action->objectName() + u' ' + key.toString()).toUtf8();
            QTest::newRow(row.constData()) << action->objectName() << key;
        }
    }
}

void TestShortcuts::shortcutHasItsEffect()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, keys);

    TestStore store;
    const Connector first = store.addConnector(QStringLiteral("Address book"));
    const Connector second = store.addConnector(QStringLiteral("Contact history"));
    const Connector inactive =
        store.addConnector(QStringLiteral("Desktop layouts"), AccessLevel::ReadOnly, false);
    const AdminAccount helpdesk =
        store.addAdmin(AdminRole::SupportBasicAdmin, QStringLiteral("helpdesk@example.com"));
    m_translations.load(QStringLiteral("en"));
    WindowFixture f(store, &m_translations);
    // Only the key under test may bring changes made elsewhere into the window.
    f.context().changeWatcher().stop();
    QAction *subject = f.window().findChild<QAction *>(action);
    QVERIFY(subject);
    QVERIFY2(subject->shortcuts().contains(keys), qPrintable(keys.toString()));
    const auto focusList = [&f] {
        // A card list has the focus, as after clicking a card (Delete and Undo mean something
        // else in a text field).
        CardListView *list = f.browser()->activeSection()->currentId() == f.browser()->currentId()
                                 ? f.activeList()
                                 : f.inactiveList();
        list->setFocus(Qt::OtherFocusReason);
    };
    const auto openedDialog = [&f, keys](auto check) {
        bool seen = false;
        UiTest::onNextModal([&](QWidget *modal) {
            seen = check(modal);
            if (modal->isVisible())
                QTest::keyClick(modal, Qt::Key_Escape);
        });
        f.press(keys);
        return seen;
    };

    if (action == QLatin1String("actionSignIn")) {
        const bool signedIn = openedDialog([&](QWidget *modal) {
            auto *dialog = qobject_cast<SignInDialog *>(modal);
            if (!dialog || !dialog->selectEmail(helpdesk.email))
                return false;
            QTest::keyClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                            Qt::Key_Space);
            return true;
        });
        QVERIFY(signedIn);
        QCOMPARE(f.window().service().actor().email, helpdesk.email);
    } else if (action == QLatin1String("actionQuit")) {
        f.press(keys);
        QVERIFY(!f.window().isVisible());
    } else if (action == QLatin1String("actionUndo") || action == QLatin1String("actionRedo")) {
        f.browser()->select(first.id);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.actions().toggleActive()->trigger();
        QVERIFY(!store.service().find(first.id)->active);
        if (action == QLatin1String("actionRedo"))
            f.actions().undo()->trigger();
        focusList();
        const bool activeBefore = store.service().find(first.id)->active;
        f.press(keys);
        QCOMPARE(store.service().find(first.id)->active, !activeBefore);
    } else if (action == QLatin1String("actionFind")) {
        focusList();
        f.press(keys);
        QVERIFY(f.browser()->searchField()->hasFocus());
    } else if (action == QLatin1String("actionCopyId")) {
        f.browser()->select(second.id);
        QGuiApplication::clipboard()->clear();
        f.press(keys);
        QCOMPARE(QGuiApplication::clipboard()->text(), second.idText());
    } else if (action == QLatin1String("actionAdd")) {
        const bool added = openedDialog([](QWidget *modal) {
            return fillAddDialog(modal, QStringLiteral("Callback scheduler"));
        });
        QVERIFY(added);
        QCOMPARE(store.service().list()->size(), 4);
        QCOMPARE(f.window().model().rowCount(), 4);
    } else if (action == QLatin1String("actionEdit")) {
        f.browser()->select(inactive.id);
        QString shownId;
        const bool edited = openedDialog([&](QWidget *modal) {
            auto *dialog = qobject_cast<ConnectorDialog *>(modal);
            if (!dialog || dialog->mode() != ConnectorDialog::Mode::Edit)
                return false;
            shownId = dialog->findChild<QLineEdit *>(QStringLiteral("idField"))->text();
            UiTest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")),
                             QStringLiteral("Desktop layouts - EMEA"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")),
                            Qt::Key_Return);
            return true;
        });
        QVERIFY(edited);
        QCOMPARE(shownId, inactive.idText());
        QCOMPARE(store.service().find(inactive.id)->name, QStringLiteral("Desktop layouts - EMEA"));
    } else if (action == QLatin1String("actionToggleActive")) {
        f.browser()->select(second.id);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.press(keys);
        QCOMPARE(MessageBox::lastMessage()->title, ConfirmationTexts::deactivate(second).title);
        QVERIFY(!store.service().find(second.id)->active);
    } else if (action == QLatin1String("actionDelete")) {
        f.browser()->select(inactive.id);
        focusList();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.press(keys);
        QCOMPARE(MessageBox::lastMessage()->title, ConfirmationTexts::remove(inactive).title);
        QCOMPARE(store.service().find(inactive.id).error().code(), ErrorCode::ConnectorNotFound);
    } else if (action == QLatin1String("actionReload")) {
        auto elsewhere = Database::open(store.path());
        QVERIFY(elsewhere.ok());
        {
            ConnectorService otherConsole(**elsewhere, store.owner());
            QVERIFY(otherConsole
                        .create({{}, QStringLiteral("Made elsewhere"), AccessLevel::ReadOnly, true})
                        .ok());
        }
        QCOMPARE(f.window().model().rowCount(), 3);
        f.press(keys);
        QCOMPARE(f.window().model().rowCount(), 4);
    } else if (action == QLatin1String("actionNextCard")) {
        const QList<QUuid> order = displayOrder(f);
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.last(), inactive.id);
        f.browser()->select(order.at(0));
        focusList();
        f.press(keys);
        QCOMPARE(f.browser()->currentId(), order.at(1));
        f.press(keys); // on into the Inactive section, and the focus with it
        QCOMPARE(f.browser()->currentId(), inactive.id);
        QVERIFY(f.inactiveList()->hasFocus());
        QVERIFY(f.detail()->connector().has_value());
        QCOMPARE(f.detail()->connector()->id, inactive.id);
        f.press(keys); // the last card: stays
        QCOMPARE(f.browser()->currentId(), inactive.id);
    } else if (action == QLatin1String("actionPreviousCard")) {
        const QList<QUuid> order = displayOrder(f);
        f.browser()->select(inactive.id);
        f.browser()->searchField()->setFocus(); // works from anywhere in the window
        f.press(keys);
        QCOMPARE(f.browser()->currentId(), order.at(1));
        QVERIFY(f.browser()->searchField()->hasFocus());
    } else if (action == QLatin1String("actionSwitchLanguage")) {
        f.press(keys);
        QCOMPARE(m_translations.language(), QStringLiteral("uk"));
        QTRY_VERIFY(f.actions().languageAction(QStringLiteral("uk"))->isChecked());
        f.press(keys);
        QCOMPARE(m_translations.language(), QStringLiteral("en"));
        QTRY_VERIFY(f.actions().languageAction(QStringLiteral("en"))->isChecked());
    } else if (action == QLatin1String("actionHelp")) {
        QString contents;
        QVERIFY(openedDialog([&contents](QWidget *modal) {
            auto *dialog = qobject_cast<HelpDialog *>(modal);
            if (dialog)
                contents = dialog->contents();
            return dialog != nullptr;
        }));
        QVERIFY2(contents.contains(QStringLiteral("Deactivate")), qPrintable(contents));
    } else if (action == QLatin1String("actionKeyboardShortcuts")) {
        int rows = 0;
        QVERIFY(openedDialog([&rows](QWidget *modal) {
            auto *dialog = qobject_cast<KeyboardShortcutsDialog *>(modal);
            if (dialog)
                rows = int(dialog->rows().size());
            return dialog != nullptr;
        }));
        QVERIFY(rows > int(shortcutActions(f.window()).size()));
    } else if (action == QLatin1String("actionExport")) {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("connectors.json"));
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.press(keys);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(exported.value(QStringLiteral("connectors")).toArray().size(), 3);
    } else if (action == QLatin1String("actionImport")) {
        // Nothing chosen: nothing happens and nothing is asked.
        FileDialog::setNextFileName(QString());
        const int messages = MessageBox::messageCount();
        f.press(keys);
        QCOMPARE(MessageBox::messageCount(), messages);
        QCOMPARE(f.window().model().rowCount(), 3);
    } else if (action == QLatin1String("actionImportFlows")) {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("support-line.json"));
        QFile sample(file);
        QVERIFY(sample.open(QIODevice::WriteOnly));
        sample.write(FlowSamples::toJson(
            FlowSamples::supportLine(first.id, first.name, second.id, second.name)));
        sample.close();
        FileDialog::setNextFileNames({file});
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.press(keys);
        QCOMPARE(MessageBox::lastMessage()->title, QStringLiteral("Flows imported"));
        QCOMPARE(f.window().flowModel().rowCount(), 1);
        QCOMPARE(f.find<QTabWidget>(QStringLiteral("integrationTabs"))->currentWidget(),
                 f.window().flowsPage());
    } else if (action == QLatin1String("actionExportFlow")) {
        const Flow flow = showSampleFlow(f, first);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("exported.json"));
        FileDialog::setNextFileName(file);
        f.press(keys);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll()).object(), flow.document);
    } else if (action == QLatin1String("actionEditActivity")) {
        const Flow flow = showSampleFlow(f, first);
        f.window().flowsPage()->selectActivity(flow.id, QString(), QStringLiteral("n1"));
        QString shownPath;
        QVERIFY(openedDialog([&shownPath](QWidget *modal) {
            auto *dialog = qobject_cast<ActivityEditorDialog *>(modal);
            if (dialog)
                shownPath = dialog->activity().path;
            return dialog != nullptr;
        }));
        QCOMPARE(shownPath, flow.activities.first().path);
    } else if (action == QLatin1String("actionDeleteFlow")) {
        showSampleFlow(f, first);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.press(keys);
        QCOMPARE(MessageBox::lastMessage()->title, QStringLiteral("Delete flow"));
        QVERIFY(f.window().flowService().list()->isEmpty());
    } else if (action == QLatin1String("actionLiveTestSettings")) {
        QVERIFY(openedDialog([](QWidget *modal) {
            return qobject_cast<LiveTestSettingsDialog *>(modal) != nullptr;
        }));
    } else if (action == QLatin1String("actionShowFlows") ||
               action == QLatin1String("actionShowConnectors")) {
        auto *tabs = f.find<QTabWidget>(QStringLiteral("integrationTabs"));
        QWidget *target = action == QLatin1String("actionShowFlows")
                              ? static_cast<QWidget *>(f.window().flowsPage())
                              : static_cast<QWidget *>(f.page());
        tabs->setCurrentIndex(target == f.page() ? 1 : 0);
        f.press(keys);
        QCOMPARE(tabs->currentWidget(), target);
    } else {
        QFAIL(qPrintable(QStringLiteral("%1 has a shortcut but no test of what it does: add one "
                                        "to TestShortcuts::shortcutHasItsEffect")
                             .arg(action)));
    }
    QVERIFY(!QApplication::activeModalWidget());
}

void TestShortcuts::escapeClosesEveryDialog()
{
    TestStore store;
    const Connector inactive =
        store.addConnector(QStringLiteral("Team roster"), AccessLevel::ReadOnly, false);
    WindowFixture f(store);
    f.browser()->select(inactive.id);
    for (QAction *action : {f.actions().add(), f.actions().edit(), f.actions().signIn(),
                            f.actions().helpContents(), f.actions().keyboardShortcuts()}) {
        QString opened;
        bool closed = false;
        UiTest::onNextModal([&](QWidget *modal) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            // The key goes where the dialog's own focus is: under a slow (sanitizer) build the
            // application's focus widget may still be in the main window when this runs.
            QWidget *focus = modal->focusWidget() ? modal->focusWidget() : modal;
            QTest::keyClick(focus, Qt::Key_Escape);
            closed = !modal->isVisible();
        });
        f.press(action->shortcut());
        QVERIFY2(!opened.isEmpty(), qPrintable(action->objectName()));
        QVERIFY2(closed, qPrintable(opened));
    }
    const auto stored = store.service().find(inactive.id);
    QCOMPARE(stored->name, inactive.name);
    QCOMPARE(stored->revision, inactive.revision);
    QCOMPARE(store.service().list()->size(), 1);
    QCOMPARE(f.window().service().actor().email, store.owner().email);
}

void TestShortcuts::realConfirmationAnswersToEscapeAndItsLetter()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Team roster"));
    WindowFixture f(store);
    // This time the real message box, not the pre-answered facade.
    MessageBox::setDefaultAnswer(std::nullopt);
    const auto restore = qScopeGuard([] { MessageBox::setDefaultAnswer(QMessageBox::Cancel); });
    f.activeList()->setFocus();

    QString title;
    UiTest::onNextModal([&title](QWidget *modal) {
        title = modal->windowTitle();
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    QTest::keyClick(f.activeList(), Qt::Key_Space);
    QCOMPARE(title, ConfirmationTexts::deactivate(connector).title);
    QVERIFY(store.service().find(connector.id)->active);

    // Alt + the underlined letter of "&Deactivate" confirms.
    QString confirmText;
    UiTest::onNextModal([&confirmText](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return;
        confirmText = box->button(QMessageBox::Ok)->text();
        const QChar letter = DialogKeyboard::mnemonic(confirmText).toUpper();
        QTest::keyClick(box, Qt::Key(letter.unicode()), Qt::AltModifier);
        QTRY_VERIFY(!box->isVisible()); // a mnemonic "animates" the click for a moment
    });
    f.activeList()->setFocus();
    QTest::keyClick(f.activeList(), Qt::Key_Space);
    QCOMPARE(confirmText, ConfirmationTexts::deactivate(connector).confirmText);
    QVERIFY(!store.service().find(connector.id)->active);
}

void TestShortcuts::shortcutListIsGeneratedFromTheActions()
{
    TestStore store;
    store.addConnector(QStringLiteral("Team roster"));
    WindowFixture f(store);
    KeyboardShortcutsDialog dialog(f.actions().allActions(), &f.window());
    const auto rows = dialog.rows();
    QStringList missing;
    // Every action of the window with a key, as the menus show it, with every key it has.
    for (QAction *action : shortcutActions(f.window())) {
        const QPair<QString, QString> row{ShortcutCatalogue::plainText(action->text()),
                                          ShortcutCatalogue::keysText(action->shortcuts())};
        if (!rows.contains(row))
            missing.append(row.first + QStringLiteral(" = ") + row.second);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    QVERIFY(rows.contains(qMakePair(QStringLiteral("Add connector"), QStringLiteral("Ctrl+N"))));
    QVERIFY(
        rows.contains(qMakePair(QStringLiteral("Deactivate connector"), QStringLiteral("Ctrl+T"))));
    QVERIFY(rows.contains(
        qMakePair(QStringLiteral("Switch language"), QStringLiteral("Ctrl+Shift+L"))));
    // The keys of the cards are listed too.
    const auto hasKeys = [&rows](const QString &keys) {
        return std::any_of(rows.cbegin(), rows.cend(),
                           [&keys](const auto &row) { return row.second == keys; });
    };
    QVERIFY(hasKeys(QStringLiteral("Up, Down")));
    QVERIFY(hasKeys(QStringLiteral("Enter")));
    QVERIFY(hasKeys(QStringLiteral("Space")));
    QVERIFY(hasKeys(QStringLiteral("Esc")));
    // Nothing without keys (About) and no mnemonic markers or ellipses.
    for (const auto &row : rows) {
        QVERIFY2(!row.second.isEmpty(), qPrintable(row.first));
        QVERIFY2(!row.first.contains(u'&') && !row.first.endsWith(QStringLiteral("...")),
                 qPrintable(row.first));
    }
    QVERIFY(!dialog.rows().contains(qMakePair(QStringLiteral("About"), QString())));

    // Help contents shows the same table.
    HelpDialog help(f.actions().allActions(), &f.window());
    for (const auto &row : rows)
        QVERIFY2(help.contents().contains(row.first), qPrintable(row.first));
}

void TestShortcuts::shortcutListFollowsTheLanguageAndTheActions()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Team roster"));
    UiTest::useLanguage(m_translations, QStringLiteral("en"));
    WindowFixture f(store, &m_translations);
    KeyboardShortcutsDialog dialog(f.actions().allActions(), &f.window());
    dialog.show();
    const auto commandOf = [&dialog](const QString &keys) {
        for (const auto &row : dialog.rows()) {
            if (row.second == keys)
                return row.first;
        }
        return QString();
    };
    QCOMPARE(commandOf(QStringLiteral("Ctrl+T")), QStringLiteral("Deactivate connector"));

    // The toggle's text follows the selected connector: so does the list.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    f.actions().toggleActive()->trigger();
    QVERIFY(!store.service().find(connector.id)->active);
    QCOMPARE(commandOf(QStringLiteral("Ctrl+T")), QStringLiteral("Activate connector"));

    // Ukrainian: the commands are the translated action texts, the keys Qt's Ukrainian names.
    UiTest::useLanguage(m_translations, QStringLiteral("uk"));
    const QString space = QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText);
    QCOMPARE(space, QStringLiteral("Пропуск")); // from qtbase_uk.qm
    QVERIFY2(!commandOf(space).isEmpty(), "the Space row");
    QCOMPARE(commandOf(QStringLiteral("Ctrl+N")),
             ShortcutCatalogue::plainText(
                 QCoreApplication::translate("ConsoleActions", "&Add connector...")));
    QCOMPARE(commandOf(QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText)),
             ShortcutCatalogue::plainText(
                 QCoreApplication::translate("ConsoleActions", "&Next connector")));
    QCOMPARE(dialog.windowTitle(),
             QCoreApplication::translate("KeyboardShortcutsDialog", "Keyboard shortcuts"));
    QVERIFY(dialog.rows().size() > 15);

    UiTest::useLanguage(m_translations, QStringLiteral("en"));
    QCOMPARE(commandOf(QStringLiteral("Space")),
             QStringLiteral("Switch Active on the selected card (asks for confirmation)"));
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
