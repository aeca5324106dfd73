// The window in Ukrainian, end to end: the texts a person reads are Ukrainian (the vendor's terms,
// and Qt's own buttons from qtbase_uk.qm), a connector with a Cyrillic name is added through the
// dialog from the keyboard, its card appears, and Space asks to deactivate it in Ukrainian.
#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/support/Timestamps.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConfirmationTexts.h"
#include "ui/connectors/ConnectorCardDelegate.h"
#include "ui/connectors/ConnectorDialog.h"
#include "ui/help/HelpDialog.h"
#include "ui/help/KeyboardShortcutsDialog.h"
#include "ui/session/SignInDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

class TestUkrainian final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initEnvironment();
        UiTest::useLanguage(m_translations, QStringLiteral("uk"));
    }
    void cleanupTestCase() { m_translations.load(QStringLiteral("en")); }
    void init() { MessageBox::clearHistory(); }

    void windowReadsInUkrainian();
    void addConnectorWithCyrillicNameFromTheKeyboard();
    void dialogsReadInUkrainian();

private:
    TranslationLoader m_translations;
};

void TestUkrainian::windowReadsInUkrainian()
{
    TestStore store;
    WindowFixture f(store, &m_translations);
    QVERIFY(f.actions().languageAction(QStringLiteral("uk"))->isChecked());
    // The vendor article's terms.
    QCOMPARE(f.find<QTabWidget>(QStringLiteral("integrationTabs"))->tabText(0),
             QStringLiteral("Конектори"));
    QCOMPARE(UiTest::shown(f.find<QPushButton>(QStringLiteral("setupButton"))->text()),
             QStringLiteral("Налаштувати"));
    QCOMPARE(UiTest::shown(f.find<QLabel>(QStringLiteral("activeHeading"))->text()),
             QStringLiteral("Активні конектори (0)"));
    QCOMPARE(UiTest::shown(f.find<QLabel>(QStringLiteral("inactiveHeading"))->text()),
             QStringLiteral("Неактивні конектори (0)"));
    QVERIFY(UiTest::hasCyrillic(f.window().windowTitle()));
    for (QAction *menu : f.window().menuBar()->actions()) {
        QVERIFY2(UiTest::hasCyrillic(menu->text()), qPrintable(menu->text()));
        for (QAction *item : menu->menu()->actions()) {
            if (!item->isSeparator())
                QVERIFY2(UiTest::hasCyrillic(item->text()), qPrintable(item->text()));
        }
    }
    QVERIFY(UiTest::hasCyrillic(f.find<QLabel>(QStringLiteral("statusRole"))->text()));
}

void TestUkrainian::addConnectorWithCyrillicNameFromTheKeyboard()
{
    TestStore store;
    WindowFixture f(store, &m_translations);
    const QString name = QStringLiteral("Статистика черг — Київ");

    QString problem = QStringLiteral("the dialog did not open");
    QString cancelText;
    QString typed;
    UiTest::onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConnectorDialog *>(modal);
        if (!dialog) {
            problem = QStringLiteral("not the connector dialog");
            return;
        }
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Додати конектор"));
        cancelText = UiTest::shown(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text());
        // The dialog opens on the name; everything else from the keyboard too.
        auto *nameField = dialog->findChild<QLineEdit *>(QStringLiteral("nameField"));
        QCOMPARE(QApplication::focusWidget(), nameField);
        UiTest::typeCharacters(nameField, name);
        typed = nameField->text();
        QTest::keyClick(nameField, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // read-only access
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // I authorise
        auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitButton"));
        UiTest::saveScreenshot(dialog, QStringLiteral("add-connector-uk"));
        if (!submit->isEnabled()) {
            problem = submit->toolTip();
            return;
        }
        QCOMPARE(UiTest::shown(submit->text()), QStringLiteral("Додати конектор"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        problem.clear();
    });
    f.press(f.actions().add()->shortcut());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(cancelText, QStringLiteral("Скасувати")); // Qt's own, from qtbase_uk.qm
    QCOMPARE(typed, name);

    const auto stored = store.service().list();
    QCOMPARE(stored->size(), 1);
    const Connector created = stored->first();
    QCOMPARE(created.name, name);
    QCOMPARE(WindowFixture::names(f.activeList()), QStringList{name});
    QCOMPARE(f.browser()->currentId(), created.id);
    QCOMPARE(UiTest::shown(f.find<QPushButton>(QStringLiteral("setupButton"))->text()),
             QStringLiteral("Додати ще"));
    QCOMPARE(UiTest::shown(f.find<QLabel>(QStringLiteral("activeHeading"))->text()),
             QStringLiteral("Активні конектори (1)"));
    const QString status = f.window().statusBar()->currentMessage();
    QVERIFY2(status.contains(created.idText()) && UiTest::hasCyrillic(status), qPrintable(status));
    // The card, as painted and as read aloud, in Ukrainian with the local date format.
    const QModelIndex card = f.activeList()->model()->index(0, 0);
    const QString spoken = card.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(name) && spoken.contains(QStringLiteral("активний")),
             qPrintable(spoken));
    const QString meta = ConnectorCardDelegate::metaText(card);
    QVERIFY2(UiTest::hasCyrillic(meta), qPrintable(meta));
    QVERIFY2(meta.contains(Timestamps::toDisplay(created.authorizedAt)), qPrintable(meta));

    // Space on the card asks, in Ukrainian, to deactivate it.
    f.activeList()->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(f.activeList(), Qt::Key_Space);
    QCOMPARE(MessageBox::lastMessage()->title, QStringLiteral("Деактивувати конектор"));
    QVERIFY(MessageBox::lastMessage()->text.contains(name));
    QVERIFY(!store.service().find(created.id)->active);
    QCOMPARE(WindowFixture::names(f.inactiveList()), QStringList{name});
    QCOMPARE(UiTest::shown(f.find<QLabel>(QStringLiteral("inactiveHeading"))->text()),
             QStringLiteral("Неактивні конектори (1)"));
}

void TestUkrainian::dialogsReadInUkrainian()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Команда підтримки"));
    WindowFixture f(store, &m_translations);

    SignInDialog signIn(*AdminDirectory(store.database()).admins(), store.owner().email,
                        &f.window());
    signIn.show();
    UiTest::saveScreenshot(&signIn, QStringLiteral("sign-in-uk"));
    QVERIFY(UiTest::hasCyrillic(signIn.windowTitle()));
    QCOMPARE(UiTest::shown(
                 signIn.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text()),
             QStringLiteral("Скасувати"));
    QVERIFY(UiTest::hasCyrillic(
        signIn.findChild<QPushButton *>(QStringLiteral("signInButton"))->text()));

    HelpDialog help(f.actions().allActions(), &f.window());
    QCOMPARE(UiTest::shown(
                 help.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->text()),
             QStringLiteral("Закрити"));
    QVERIFY(UiTest::hasCyrillic(help.contents()));

    KeyboardShortcutsDialog shortcuts(f.actions().allActions(), &f.window());
    shortcuts.show();
    UiTest::saveScreenshot(&shortcuts, QStringLiteral("keyboard-shortcuts-uk"));
    bool spaceRow = false;
    for (const auto &row : shortcuts.rows()) {
        QVERIFY2(UiTest::hasCyrillic(row.first), qPrintable(row.first));
        spaceRow = spaceRow || row.second == QStringLiteral("Пропуск");
    }
    QVERIFY(spaceRow);

    // The confirmation's buttons: the vendor's verb and Qt's Cancel.
    const auto box =
        MessageBox::createConfirmation(&f.window(), ConfirmationTexts::deactivate(connector));
    box->show();
    UiTest::saveScreenshot(box.get(), QStringLiteral("confirm-deactivate-uk"));
    QStringList buttons;
    for (QAbstractButton *button : box->buttons())
        buttons.append(UiTest::shown(button->text()));
    buttons.sort();
    QCOMPARE(buttons, (QStringList{QStringLiteral("Деактивувати"), QStringLiteral("Скасувати")}));
}

QTEST_MAIN(TestUkrainian)
#include "tst_ukrainian.moc"
