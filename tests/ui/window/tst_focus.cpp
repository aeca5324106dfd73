// Keyboard access of the window and every dialog: a visible focus ring on the current card and
// a tab order that follows each form. Mnemonics and accessible names are in tst_accessibility.

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

class TestFocus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { MessageBox::clearHistory(); }

    void delegatePaintsAFocusRing();
    void focusRingGoesRoundTheWholeCard();
    void focusRingShowsOnTheCurrentCardOfTheFocusedList();
    void tabOrderFollowsTheForm();
};

void TestFocus::delegatePaintsAFocusRing()
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
void TestFocus::focusRingGoesRoundTheWholeCard()
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

void TestFocus::focusRingShowsOnTheCurrentCardOfTheFocusedList()
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

void TestFocus::tabOrderFollowsTheForm()
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

QTEST_MAIN(TestFocus)
#include "tst_focus.moc"
