// Keyboard and screen-reader access of the window and every dialog, in English and Ukrainian:
// mnemonics on every menu item and button without clashes, an accessible name on every control,
// and the card text reaching accessibility. The focus ring and the tab order are in tst_focus.

#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/AdminDirectory.h"
#include "tests/support/OpenDialogs.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConfirmationTexts.h"
#include "ui/connectors/ConnectorCardDelegate.h"
#include "ui/connectors/ConnectorDialog.h"
#include "ui/help/HelpDialog.h"
#include "ui/help/KeyboardShortcutsDialog.h"
#include "ui/session/SignInDialog.h"
#include "ui/widgets/DialogKeyboard.h"

#include <memory>
#include <QAccessible>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QToolButton>
#include <QTreeWidget>

namespace {

// How a language is in effect for a test row: installed before the window is built, or switched
// to while the window and the dialogs are open (the harder case: everything must retranslate).
enum class LanguageMode
{
    English,
    UkrainianFromStart,
    UkrainianSwitchedWhileOpen,
};

// Underlined letters within one scope (the menu bar with the window's buttons, one menu, one
// dialog): collects clashes and texts that should carry one and do not.
class MnemonicScope
{
public:
    MnemonicScope(QString name, QStringList *problems)
        : m_name(std::move(name))
        , m_problems(problems)
    {}

    void claim(const QString &text, bool required)
    {
        if (text.isEmpty())
            return;
        const QChar key = DialogKeyboard::mnemonic(text);
        if (key.isNull()) {
            if (required)
                m_problems->append(QStringLiteral("%1: no mnemonic in \"%2\"").arg(m_name, text));
            return;
        }
        if (m_taken.contains(key))
            m_problems->append(QStringLiteral("%1: '%2' in \"%3\" and \"%4\"")
                                   .arg(m_name, key, m_taken.value(key), text));
        m_taken.insert(key, text);
    }

    // Visible buttons (all need a letter, icon-only ones excepted) and labels of fields.
    void claimWidgets(QWidget *root)
    {
        // Dialogs are children of the window but scopes of their own.
        for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
            if (button->window() != root->window() || !button->isVisibleTo(root->window()) ||
                button->text().isEmpty())
                continue;
            const auto *tool = qobject_cast<QToolButton *>(button);
            if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            claim(button->text(), true);
        }
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->window() == root->window() && label->isVisibleTo(root->window()) &&
                label->buddy())
                claim(label->text(), false);
        }
    }

    int size() const { return int(m_taken.size()); }

private:
    QString m_name;
    QStringList *m_problems;
    QHash<QChar, QString> m_taken;
};

// Visible widgets that take the keyboard focus, with the name a screen reader would read.
QHash<QWidget *, QString> accessibleNames(QWidget *root)
{
    QHash<QWidget *, QString> names;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (widget->window() != root || !widget->isVisible() ||
            widget->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        names.insert(widget,
                     accessible ? accessible->text(QAccessible::Name).trimmed() : QString());
    }
    return names;
}

QString describe(QWidget *widget)
{
    return QStringLiteral("%1 (%2 in %3)")
        .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
             widget->window()->objectName());
}

} // namespace

Q_DECLARE_METATYPE(LanguageMode)

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { MessageBox::clearHistory(); }
    void cleanup() { m_translations.load(QStringLiteral("en")); }

    void mnemonicsDoNotClash_data() { languageRows(); }
    void mnemonicsDoNotClash();
    void everyInteractiveWidgetIsNamed_data() { languageRows(); }
    void everyInteractiveWidgetIsNamed();
    void cardsReportTheirTextToAccessibility_data() { languageRows(); }
    void cardsReportTheirTextToAccessibility();

private:
    static void languageRows();
    void applyLanguage(LanguageMode mode, bool beforeWindow);

    TranslationLoader m_translations;
};

void TestAccessibility::languageRows()
{
    QTest::addColumn<LanguageMode>("mode");
    QTest::newRow("en") << LanguageMode::English;
    QTest::newRow("uk") << LanguageMode::UkrainianFromStart;
    QTest::newRow("uk switched while open") << LanguageMode::UkrainianSwitchedWhileOpen;
}

void TestAccessibility::applyLanguage(LanguageMode mode, bool beforeWindow)
{
    if (beforeWindow) {
        UiTest::useLanguage(m_translations, mode == LanguageMode::UkrainianFromStart
                                                ? QStringLiteral("uk")
                                                : QStringLiteral("en"));
    } else if (mode == LanguageMode::UkrainianSwitchedWhileOpen) {
        UiTest::useLanguage(m_translations, QStringLiteral("uk"));
    }
}

void TestAccessibility::mnemonicsDoNotClash()
{
    QFETCH(LanguageMode, mode);
    TestStore store;
    const Connector inactive =
        store.addConnector(QStringLiteral("Team roster"), AccessLevel::ReadOnly, false);
    store.addConnector(QStringLiteral("Queue statistics"));
    applyLanguage(mode, true);
    WindowFixture f(store, &m_translations);
    f.browser()->select(inactive.id);
    OpenDialogs dialogs = openDialogs(f, store, inactive);
    applyLanguage(mode, false);

    QStringList problems;
    // Alt+letter in the window: the menu titles, and the visible buttons and labelled fields.
    MnemonicScope window(QStringLiteral("window"), &problems);
    for (QAction *menu : f.window().menuBar()->actions())
        window.claim(menu->text(), true);
    window.claimWidgets(&f.window());
    QVERIFY2(window.size() >= 10, qPrintable(QString::number(window.size())));

    // Within each menu and submenu, every item has its letter.
    QList<QMenu *> menus;
    for (QAction *menuAction : f.window().menuBar()->actions())
        menus.append(menuAction->menu());
    for (qsizetype i = 0; i < menus.size(); ++i) {
        MnemonicScope menu(QStringLiteral("menu ") + menus.at(i)->title(), &problems);
        for (QAction *item : menus.at(i)->actions()) {
            if (item->isSeparator())
                continue;
            menu.claim(item->text(), true);
            if (item->menu())
                menus.append(item->menu());
        }
    }
    QVERIFY(menus.size() >= 6);

    // Within each dialog, its own buttons included (Qt's standard ones get a free letter).
    for (QDialog *dialog : dialogs.all()) {
        MnemonicScope scope(dialog->objectName(), &problems);
        scope.claimWidgets(dialog);
        QVERIFY2(scope.size() >= 1, qPrintable(dialog->objectName()));
    }
    // The confirmations, with their custom buttons.
    for (const auto &question :
         {ConfirmationTexts::deactivate(inactive), ConfirmationTexts::activate(inactive),
          ConfirmationTexts::remove(inactive)}) {
        const auto box = MessageBox::createConfirmation(&f.window(), question);
        box->show();
        MnemonicScope scope(QStringLiteral("confirmation ") + question.title, &problems);
        scope.claimWidgets(box.get());
        QCOMPARE(scope.size(), 2); // the confirm button and Cancel
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::everyInteractiveWidgetIsNamed()
{
    QFETCH(LanguageMode, mode);
    TestStore store;
    const Connector inactive =
        store.addConnector(QStringLiteral("Team roster"), AccessLevel::ReadOnly, false);
    store.addConnector(QStringLiteral("Queue statistics"));
    applyLanguage(mode, true);
    WindowFixture f(store, &m_translations);
    f.browser()->select(inactive.id);
    OpenDialogs dialogs = openDialogs(f, store, inactive);
    QList<QWidget *> roots{&f.window()};
    for (QDialog *dialog : dialogs.all())
        roots.append(dialog);

    QHash<QWidget *, QString> before;
    for (QWidget *root : roots)
        before.insert(accessibleNames(root));
    applyLanguage(mode, false);
    QHash<QWidget *, QString> names;
    for (QWidget *root : roots)
        names.insert(accessibleNames(root));

    QStringList problems;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value().isEmpty())
            problems.append(QStringLiteral("unnamed: ") + describe(it.key()));
        // Switched to Ukrainian: a name still in English was not retranslated (or translated).
        // Labels showing a value (the connector's name, scopes, revision) are named by it.
        else if (const auto *label = qobject_cast<QLabel *>(it.key());
                 label && label->text() == it.value())
            continue;
        else if (mode == LanguageMode::UkrainianSwitchedWhileOpen &&
                 it.value() == before.value(it.key()) && !UiTest::hasCyrillic(it.value()))
            problems.append(QStringLiteral("still \"%1\": %2").arg(it.value(), describe(it.key())));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The window alone: search, both lists, the switch, Edit, Delete, Copy, the ID, the history,
    // Add more and the tab bar; and every dialog's fields and buttons.
    QVERIFY2(names.size() >= 25, qPrintable(QString::number(names.size())));

    // Descriptions where a name is not enough: what the keys do on the cards.
    for (CardListView *list : {f.activeList(), f.inactiveList()}) {
        const QString description =
            QAccessible::queryAccessibleInterface(list)->text(QAccessible::Description);
        QVERIFY2(!description.isEmpty(), qPrintable(list->objectName()));
        if (mode != LanguageMode::English)
            QVERIFY2(UiTest::hasCyrillic(description), qPrintable(description));
    }
}

void TestAccessibility::cardsReportTheirTextToAccessibility()
{
    QFETCH(LanguageMode, mode);
    TestStore store;
    store.addConnector(QStringLiteral("Queue statistics - EMEA"));
    store.addConnector(QStringLiteral("Agent availability"), AccessLevel::ReadWrite);
    store.addConnector(QStringLiteral("Idle codes"), AccessLevel::ReadOnly, false);
    applyLanguage(mode, true);
    WindowFixture f(store, &m_translations);
    applyLanguage(mode, false);

    for (CardListView *list : {f.activeList(), f.inactiveList()}) {
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(list);
        QVERIFY(view);
        QCOMPARE(view->role(), QAccessible::List);
        QCOMPARE(view->text(QAccessible::Name), list->accessibleName());
        const int rows = list->model()->rowCount();
        QCOMPARE(view->childCount(), rows);
        for (int row = 0; row < rows; ++row) {
            QAccessibleInterface *card = view->child(row);
            QVERIFY(card);
            QCOMPARE(card->role(), QAccessible::ListItem);
            const QModelIndex index = list->model()->index(row, 0);
            const QString spoken = card->text(QAccessible::Name);
            // What the card shows, not "item 3": name, state, access and ID.
            QCOMPARE(spoken, index.data(Qt::AccessibleTextRole).toString());
            QVERIFY2(spoken.contains(index.data(ConnectorListModel::NameRole).toString()),
                     qPrintable(spoken));
            QVERIFY2(spoken.contains(index.data(ConnectorListModel::IdTextRole).toString()),
                     qPrintable(spoken));
            QVERIFY2(spoken.contains(index.data(ConnectorListModel::AccessTextRole).toString()),
                     qPrintable(spoken));
            if (mode != LanguageMode::English)
                QVERIFY2(UiTest::hasCyrillic(spoken), qPrintable(spoken));
        }
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
