#include "ui/help/KeyboardShortcutsDialog.h"

#include "ui/widgets/DialogKeyboard.h"
#include "ui/widgets/ScreenFit.h"
#include "ui/window/ShortcutCatalogue.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_intro(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnCount(2);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_intro->setWordWrap(true);
    m_intro->setBuddy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    ScreenFit::resizeWithin(this, QSize(620, 600));

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Texts and keys change with the language and with the selection (Deactivate / Activate):
    // the table follows the actions rather than a copy of them.
    for (QAction *action : m_actions)
        connect(action, &QAction::changed, this, &KeyboardShortcutsDialog::fill);
    retranslateUi();
    DialogKeyboard::setTabOrder({m_table}, m_buttons);
    DialogKeyboard::completeMnemonics(m_buttons);
    m_table->setFocus();
}

QList<QPair<QString, QString>> KeyboardShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> list;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_table->topLevelItem(i);
        list.append({item->text(0), item->text(1)});
    }
    return list;
}

void KeyboardShortcutsDialog::fill()
{
    const QList<ShortcutCatalogue::Entry> entries = ShortcutCatalogue::entries(m_actions);
    QList<QPair<QString, QString>> wanted;
    for (const ShortcutCatalogue::Entry &entry : entries)
        wanted.append({entry.command, entry.keys});
    // Actions change often (enabled state, tooltips): keep the selection and the scroll position
    // unless a row changed.
    if (wanted == rows())
        return;
    const int current =
        m_table->currentItem() ? m_table->indexOfTopLevelItem(m_table->currentItem()) : 0;
    m_table->clear();
    for (const ShortcutCatalogue::Entry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_table, {entry.command, entry.keys});
        item->setData(0, Qt::UserRole, entry.actionName);
        // A screen reader reads a whole row: "Add connector: Ctrl+N".
        const QString spoken = tr("%1: %2").arg(entry.command, entry.keys);
        item->setData(0, Qt::AccessibleTextRole, spoken);
        item->setData(1, Qt::AccessibleTextRole, spoken);
    }
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(
            m_table->topLevelItem(qBound(0, current, m_table->topLevelItemCount() - 1)));

    // Wide enough for the longest command and keys in this language: nothing cut off.
    const QFontMetrics metrics(m_table->font());
    int commandWidth = 0;
    int keysWidth = 0;
    for (const ShortcutCatalogue::Entry &entry : entries) {
        commandWidth = qMax(commandWidth, metrics.horizontalAdvance(entry.command));
        keysWidth = qMax(keysWidth, metrics.horizontalAdvance(entry.keys));
    }
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    const int wantedWidth = commandWidth + keysWidth + 4 * metrics.averageCharWidth() +
                            m_table->verticalScrollBar()->sizeHint().width() +
                            2 * m_table->frameWidth() + margins.left() + margins.right() + 24;
    if (width() < wantedWidth)
        ScreenFit::resizeWithin(this, QSize(wantedWidth, height()));
}

void KeyboardShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void KeyboardShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_intro->setText(tr("Every command of the window and its &keys. The keys work wherever the "
                        "focus is in the window; the card keys work in the connector lists."));
    m_table->setHeaderLabels({tr("Command"), tr("Keys")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setAccessibleDescription(tr("One row per command, with its keys"));
    fill();
}
