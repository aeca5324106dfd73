#include "ui/flows/NameValueTableEditor.h"

#include "ui/flows/NameValueTableModel.h"
#include "ui/widgets/ScreenFit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A plus or minus drawn in the button's text colour, so it follows the theme.
QIcon signIcon(const QPalette &palette, bool plus)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QPen(palette.color(QPalette::ButtonText), 2));
    painter.drawLine(3, 8, 13, 8);
    if (plus)
        painter.drawLine(8, 3, 8, 13);
    return QIcon(pixmap);
}

} // namespace

NameValueTableEditor::NameValueTableEditor(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_model(new NameValueTableModel(this))
    , m_view(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(objectName);
    m_view->setObjectName(objectName + QStringLiteral("Table"));
    m_add->setObjectName(objectName + QStringLiteral("Add"));
    m_remove->setObjectName(objectName + QStringLiteral("Remove"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setMinimumHeight(90);
    m_view->installEventFilter(this);
    for (QToolButton *button : {m_add, m_remove})
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_add->setIcon(signIcon(palette(), true));
    m_remove->setIcon(signIcon(palette(), false));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &NameValueTableEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &NameValueTableEditor::removeCurrentRow);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NameValueTableEditor::changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NameValueTableEditor::changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NameValueTableEditor::changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NameValueTableEditor::changed);
}

void NameValueTableEditor::setRows(const QList<NameValue> &rows)
{
    m_model->setRows(rows);
}

QList<NameValue> NameValueTableEditor::rows() const
{
    return m_model->rows();
}

void NameValueTableEditor::setTexts(const QString &nameHeader, const QString &valueHeader,
                                    const QString &tableName, const QString &addText,
                                    const QString &removeText)
{
    m_model->setHeaders(nameHeader, valueHeader);
    m_view->setAccessibleName(tableName);
    m_view->setAccessibleDescription(tr("Insert adds a row; Delete removes the selected row."));
    m_add->setAccessibleName(addText);
    m_add->setToolTip(tr("%1 (Insert)").arg(addText));
    m_remove->setAccessibleName(removeText);
    m_remove->setToolTip(tr("%1 (Delete)").arg(removeText));
    fitNameColumn();
}

// The name column is at least as wide as its header in this language ("Output variable",
// "Вихідна змінна"), so the header is never cut off; the value column takes the rest.
void NameValueTableEditor::fitNameColumn()
{
    ScreenFit::fitHeaderSection(m_view->horizontalHeader(), 0);
}

void NameValueTableEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

void NameValueTableEditor::addRow()
{
    if (m_readOnly)
        return;
    const QModelIndex index = m_model->appendRow();
    m_view->setFocus();
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void NameValueTableEditor::removeCurrentRow()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || m_readOnly)
        return;
    m_model->removeRowAt(row);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

bool NameValueTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Keys typed into a cell's editor go to the editor, not here.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeCurrentRow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
