// Keyboard and screen-reader access of the window and every dialog, in English and Ukrainian:
// mnemonics on every menu item and button without clashes, an accessible name on every control,
// the card text reaching accessibility, a visible focus ring on the current card, and a tab order
// that follows each form.
#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/AdminDirectory.h"
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

// The dialogs of the window, open side by side (not modal) so a test can inspect them all.
struct OpenDialogs
{
    std::unique_ptr<ConnectorDialog> add;
    std::unique_ptr<ConnectorDialog> edit;
    std::unique_ptr<SignInDialog> signIn;
    std::unique_ptr<HelpDialog> help;
    std::unique_ptr<KeyboardShortcutsDialog> shortcuts;

    QList<QDialog *> all() const
    {
        return {add.get(), edit.get(), signIn.get(), help.get(), shortcuts.get()};
    }
};

OpenDialogs openDialogs(WindowFixture &f, TestStore &store, const Connector &connector)
{
    OpenDialogs d;
    d.add = std::make_unique<ConnectorDialog>(ConnectorDialog::Mode::Add, &f.window());
    d.edit = std::make_unique<ConnectorDialog>(ConnectorDialog::Mode::Edit, &f.window());
    d.edit->setConnector(connector);
    d.signIn = std::make_unique<SignInDialog>(*AdminDirectory(store.database()).admins(),
                                              store.owner().email, &f.window());
    d.help = std::make_unique<HelpDialog>(f.actions().allActions(), &f.window());
    d.shortcuts = std::make_unique<KeyboardShortcutsDialog>(f.actions().allActions(), &f.window());
    for (QDialog *dialog : d.all())
        dialog->show();
    return d;
}

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

QColor pixel(const QImage &image, QPoint at)
{
    return image.pixelColor(at);
}

bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) <=
           tolerance;
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
    void delegatePaintsAFocusRing();
    void focusRingGoesRoundTheWholeCard();
    void focusRingShowsOnTheCurrentCardOfTheFocusedList();
    void tabOrderFollowsTheForm();

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

void TestAccessibility::delegatePaintsAFocusRing()
{
    ConnectorCardDelegate delegate;
    QStandardItemModel model(1, 1);
    QStandardItem *item = model.item(0, 0) ? model.item(0, 0) : new QStandardItem;
    model.setItem(0, 0, item);
    item->setData(QStringLiteral("Queue statistics"), ConnectorListModel::NameRole);
    item->setData(true, ConnectorListModel::ActiveRole);
    item->setData(QStringLiteral("Read-only access"), ConnectorListModel::AccessTextRole);
    const QModelIndex index = model.index(0, 0);

    QStyleOptionViewItem option;
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    option.palette = fusion->standardPalette();
    option.font = QApplication::font();
    option.rect = QRect(QPoint(0, 0), QSize(480, delegate.sizeHint(option, index).height()));
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    const auto paint = [&](QStyle::State extra) {
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(option.palette.color(QPalette::Window));
        QStyleOptionViewItem painted = option;
        painted.state |= extra;
        QPainter painter(&image);
        delegate.paint(&painter, painted, index);
        return image;
    };
    const QRect ring = ConnectorCardDelegate::focusRingRect(option.rect, option.font);
    const QPoint onRing(ring.left() + 1, ring.center().y());
    const QColor ringColour =
        ConnectorCardDelegate::colours(option.palette, option.palette.color(QPalette::Window), true,
                                       false, false)
            .focusRing;

    const QImage unfocused = paint({});
    const QImage focused = paint(QStyle::State_HasFocus);
    QVERIFY(near(pixel(unfocused, onRing), option.palette.color(QPalette::Window)));
    QVERIFY2(near(pixel(focused, onRing), ringColour),
             qPrintable(pixel(focused, onRing).name() + u' ' + ringColour.name()));
    // Selected and focused: still a ring outside the selected border.
    const QImage both = paint(QStyle::State_HasFocus | QStyle::State_Selected);
    QVERIFY(near(pixel(both, onRing), ringColour));
}

// A card with its where-used line: the one focus ring lies outside the card all round, so no
// line of it crosses the card's text (the usage line is the last one).
void TestAccessibility::focusRingGoesRoundTheWholeCard()
{
    ConnectorCardDelegate delegate;
    QStandardItemModel model(1, 1);
    auto *item = new QStandardItem;
    model.setItem(0, 0, item);
    item->setData(QStringLiteral("Queue statistics"), ConnectorListModel::NameRole);
    item->setData(true, ConnectorListModel::ActiveRole);
    item->setData(QStringLiteral("Read-only access"), ConnectorListModel::AccessTextRole);
    item->setData(QStringLiteral("Used by 2 flows · 3 activities"),
                  ConnectorListModel::UsageTextRole);
    item->setData(3, ConnectorListModel::UsageActivitiesRole);
    const QModelIndex index = model.index(0, 0);

    QStyleOptionViewItem option;
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    option.palette = fusion->standardPalette();
    option.font = QApplication::font();
    option.rect = QRect(QPoint(0, 0), QSize(480, delegate.sizeHint(option, index).height()));
    option.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Selected;
    const auto paint = [&](QStyle::State extra) {
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(option.palette.color(QPalette::Window));
        QStyleOptionViewItem painted = option;
        painted.state |= extra;
        QPainter painter(&image);
        delegate.paint(&painter, painted, index);
        return image;
    };
    const QImage unfocused = paint({});
    const QImage focused = paint(QStyle::State_HasFocus);
    // What the focus adds: every changed pixel, and where they are.
    QRect ring;
    int inside = 0;
    const QRect card = option.rect.adjusted(14, 11, -14, -11); // well within the card's border
    for (int y = 0; y < focused.height(); ++y) {
        for (int x = 0; x < focused.width(); ++x) {
            if (near(pixel(focused, {x, y}), pixel(unfocused, {x, y}), 8))
                continue;
            ring |= QRect(x, y, 1, 1);
            if (card.contains(x, y))
                ++inside;
        }
    }
    QVERIFY2(inside == 0, qPrintable(QStringLiteral("%1 ring pixels cross the card").arg(inside)));
    QVERIFY(ring.isValid());
    // Round the whole card: as low as the card's last line goes.
    QVERIFY2(ring.bottom() >= option.rect.bottom() - 5,
             qPrintable(QStringLiteral("%1 < %2").arg(ring.bottom()).arg(option.rect.bottom())));
    QVERIFY(ConnectorCardDelegate::focusRingRect(option.rect, option.font, true)
                .adjusted(-1, -1, 1, 1)
                .contains(ring));
}

void TestAccessibility::focusRingShowsOnTheCurrentCardOfTheFocusedList()
{
    TestStore store;
    store.addConnector(QStringLiteral("Address book"));
    store.addConnector(QStringLiteral("Contact history"));
    WindowFixture f(store);
    CardListView *list = f.activeList();
    list->setFocus(Qt::TabFocusReason);
    list->selectRow(1);
    QTRY_VERIFY(list->hasFocus());
    const QRect item = list->visualRect(list->currentIndex());
    const QRect ring = ConnectorCardDelegate::focusRingRect(item, list->font());
    const QPoint onRing(ring.left() + 1, ring.center().y());
    const QPalette palette = list->palette();
    const QColor ringColour =
        ConnectorCardDelegate::colours(palette, palette.color(QPalette::Window), true, true, false)
            .focusRing;
    QVERIFY2(near(list->viewport()->grab().toImage().pixelColor(onRing), ringColour),
             "no focus ring on the current card");

    // The focus elsewhere: the card stays selected, without the ring.
    f.browser()->searchField()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(!list->hasFocus());
    QVERIFY(!near(list->viewport()->grab().toImage().pixelColor(onRing), ringColour));
}

void TestAccessibility::tabOrderFollowsTheForm()
{
    TestStore store;
    const Connector inactive =
        store.addConnector(QStringLiteral("Team roster"), AccessLevel::ReadOnly, false);
    WindowFixture f(store);
    OpenDialogs dialogs = openDialogs(f, store, inactive);

    const auto buttonsLeftToRight = [](QDialog *dialog) {
        QList<QAbstractButton *> buttons = dialog->findChild<QDialogButtonBox *>()->buttons();
        std::sort(buttons.begin(), buttons.end(), [](QAbstractButton *a, QAbstractButton *b) {
            return a->mapToGlobal(QPoint()).x() < b->mapToGlobal(QPoint()).x();
        });
        QStringList names;
        for (QAbstractButton *button : buttons)
            names.append(UiTest::shown(button->text()));
        return names;
    };
    const auto walk = [](QDialog *dialog, QWidget *first, int steps, Qt::Key key) {
        // Several dialogs are open: bring this one to the front, as a click on it would.
        QApplication::setActiveWindow(dialog);
        [&] {
            QTRY_COMPARE(QApplication::activeWindow(), dialog);
        }();
        first->setFocus(Qt::OtherFocusReason);
        QStringList order;
        for (int i = 0; i < steps; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (auto *button = qobject_cast<QPushButton *>(focus))
                order.append(UiTest::shown(button->text()));
            else
                order.append(focus ? focus->objectName() : QStringLiteral("(none)"));
            QTest::keyClick(focus ? focus : dialog, key);
        }
        return order;
    };

    // Add: the name, the two access levels, the authorisation, the buttons; then round again.
    QStringList expected = {QStringLiteral("nameField"), QStringLiteral("readOnlyBox"),
                            QStringLiteral("readWriteBox"), QStringLiteral("consentBox")};
    const QStringList addButtons = buttonsLeftToRight(dialogs.add.get());
    // The submit button is disabled until the form is valid: Tab passes it by.
    QStringList enabledAddButtons = addButtons;
    enabledAddButtons.removeAll(UiTest::shown(
        dialogs.add->findChild<QPushButton *>(QStringLiteral("submitButton"))->text()));
    QStringList addOrder = expected + enabledAddButtons;
    addOrder.append(QStringLiteral("nameField"));
    QCOMPARE(walk(dialogs.add.get(), dialogs.add->findChild<QWidget *>(QStringLiteral("nameField")),
                  int(addOrder.size()), Qt::Key_Tab),
             addOrder);
    // Backwards the same way.
    QStringList backwards = addOrder;
    std::reverse(backwards.begin(), backwards.end());
    QCOMPARE(walk(dialogs.add.get(), dialogs.add->findChild<QWidget *>(QStringLiteral("nameField")),
                  int(backwards.size()), Qt::Key_Backtab),
             backwards);

    // Edit: the read-only ID first (it can be selected and copied), then the form; a change
    // enables Save, which joins the order.
    UiTest::typeInto(dialogs.edit->findChild<QLineEdit *>(QStringLiteral("nameField")),
                     QStringLiteral("Team roster - Kyiv"));
    QStringList editOrder = {QStringLiteral("idField"), QStringLiteral("nameField"),
                             QStringLiteral("readOnlyBox"), QStringLiteral("readWriteBox")};
    editOrder += buttonsLeftToRight(dialogs.edit.get());
    editOrder.append(QStringLiteral("idField"));
    QCOMPARE(walk(dialogs.edit.get(), dialogs.edit->findChild<QWidget *>(QStringLiteral("idField")),
                  int(editOrder.size()), Qt::Key_Tab),
             editOrder);
    std::reverse(editOrder.begin(), editOrder.end());
    QCOMPARE(walk(dialogs.edit.get(), dialogs.edit->findChild<QWidget *>(QStringLiteral("idField")),
                  int(editOrder.size()), Qt::Key_Backtab),
             editOrder);

    // Act as: the accounts, then the buttons.
    QStringList signInOrder = {QStringLiteral("adminList")};
    signInOrder += buttonsLeftToRight(dialogs.signIn.get());
    signInOrder.append(QStringLiteral("adminList"));
    QCOMPARE(walk(dialogs.signIn.get(),
                  dialogs.signIn->findChild<QWidget *>(QStringLiteral("adminList")),
                  int(signInOrder.size()), Qt::Key_Tab),
             signInOrder);

    // Help: the chapters, their text, then Close.
    QStringList helpOrder = {QStringLiteral("helpTopics"), QStringLiteral("helpText")};
    helpOrder += buttonsLeftToRight(dialogs.help.get());
    helpOrder.append(QStringLiteral("helpTopics"));
    QCOMPARE(walk(dialogs.help.get(),
                  dialogs.help->findChild<QWidget *>(QStringLiteral("helpTopics")),
                  int(helpOrder.size()), Qt::Key_Tab),
             helpOrder);

    // Keyboard shortcuts: the table, then Close.
    QStringList shortcutsOrder = {QStringLiteral("shortcutTable")};
    shortcutsOrder += buttonsLeftToRight(dialogs.shortcuts.get());
    shortcutsOrder.append(QStringLiteral("shortcutTable"));
    QCOMPARE(walk(dialogs.shortcuts.get(),
                  dialogs.shortcuts->findChild<QWidget *>(QStringLiteral("shortcutTable")),
                  int(shortcutsOrder.size()), Qt::Key_Tab),
             shortcutsOrder);

    // Each dialog opens with the focus on its first field (the name when editing: the ID is
    // read-only).
    for (QDialog *dialog : dialogs.all())
        dialog->close();
    ConnectorDialog add(ConnectorDialog::Mode::Add, &f.window());
    ConnectorDialog edit(ConnectorDialog::Mode::Edit, &f.window());
    edit.setConnector(inactive);
    SignInDialog signIn(*AdminDirectory(store.database()).admins(), store.owner().email,
                        &f.window());
    KeyboardShortcutsDialog shortcuts(f.actions().allActions(), &f.window());
    const QList<QPair<QDialog *, QString>> firstFields = {
        {&add, QStringLiteral("nameField")},
        {&edit, QStringLiteral("nameField")},
        {&signIn, QStringLiteral("adminList")},
        {&shortcuts, QStringLiteral("shortcutTable")}};
    for (const auto &[dialog, first] : firstFields) {
        dialog->show();
        QCOMPARE(dialog->focusWidget(), dialog->findChild<QWidget *>(first));
        dialog->close();
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
