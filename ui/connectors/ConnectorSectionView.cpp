#include "ui/connectors/ConnectorSectionView.h"

#include "app/core/models/ConnectorListModel.h"
#include "ui/connectors/CardListView.h"
#include "ui/connectors/ConnectorCardDelegate.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <utility>

ConnectorSectionView::ConnectorSectionView(StateFilter state, ConnectorListModel &model,
                                           ConnectorCardDelegate *delegate, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(model)
    , m_proxy(new ConnectorFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new CardListView(this))
{
    const bool active = state == StateFilter::ActiveOnly;
    setObjectName(active ? QStringLiteral("activeSection") : QStringLiteral("inactiveSection"));
    m_heading->setObjectName(active ? QStringLiteral("activeHeading")
                                    : QStringLiteral("inactiveHeading"));
    m_view->setObjectName(active ? QStringLiteral("activeList") : QStringLiteral("inactiveList"));
    m_empty->setObjectName(active ? QStringLiteral("activeEmpty")
                                  : QStringLiteral("inactiveEmpty"));

    m_proxy->setStateFilter(state);
    m_proxy->setSourceModel(&model);
    // Connected before the view is given the model, so these run before the view's own slots:
    // when the current card leaves this section (state change, search, delete) the view moves
    // the current index to a neighbour, which is not a choice the person made.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                m_rowsLeaving = true;
                m_focusLostToRemoval = m_view->hasFocus();
                const QModelIndex current = m_view->currentIndex();
                m_removedSelectedRow = current.isValid() && current.row() >= first &&
                                               current.row() <= last &&
                                               m_view->selectionModel()->isSelected(current)
                                           ? first
                                           : -1;
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { m_rowsLeaving = false; });
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(delegate);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_heading->setBuddy(m_view);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setContentsMargins(8, 4, 8, 8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_rowsLeaving)
                    Q_EMIT currentChanged(idAt(current));
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &ConnectorSectionView::updateState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConnectorSectionView::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ConnectorSectionView::updateState);
    retranslateUi();
}

int ConnectorSectionView::count() const
{
    return m_proxy->rowCount();
}

void ConnectorSectionView::setSearchText(const QString &text)
{
    m_proxy->setSearchText(text);
    updateState();
}

bool ConnectorSectionView::select(const QUuid &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model.indexOf(id));
    if (!index.isValid())
        return false;
    if (m_view->currentIndex() != index || !m_view->selectionModel()->isSelected(index))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
    return true;
}

QUuid ConnectorSectionView::idAt(const QModelIndex &proxyIndex) const
{
    return proxyIndex.data(ConnectorListModel::IdRole).toUuid();
}

QUuid ConnectorSectionView::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return {};
    return idAt(current);
}

void ConnectorSectionView::clearSelection()
{
    // Clearing the current index too, so that selecting the same card again reports a change.
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->clear();
    m_view->viewport()->update();
}

int ConnectorSectionView::takeRemovedSelectedRow()
{
    return std::exchange(m_removedSelectedRow, -1);
}

bool ConnectorSectionView::takeFocusLostToRemoval()
{
    return std::exchange(m_focusLostToRemoval, false);
}

void ConnectorSectionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectorSectionView::retranslateUi()
{
    const bool active = m_state == StateFilter::ActiveOnly;
    m_view->setAccessibleName(active ? tr("Active connectors") : tr("Inactive connectors"));
    m_view->setAccessibleDescription(
        tr("Arrow keys move between connectors, Enter opens the details, Space switches Active."));
    updateState();
}

void ConnectorSectionView::updateState()
{
    const bool active = m_state == StateFilter::ActiveOnly;
    const int rows = count();
    m_heading->setText(active ? tr("&Active connectors (%1)").arg(rows)
                              : tr("&Inactive connectors (%1)").arg(rows));
    const bool searching = !m_proxy->searchText().isEmpty();
    if (searching) {
        m_empty->setText(
            active ? tr("No active connector matches \"%1\".").arg(m_proxy->searchText())
                   : tr("No inactive connector matches \"%1\".").arg(m_proxy->searchText()));
    } else {
        m_empty->setText(active ? tr("No active connectors. A connector you add is active at once.")
                                : tr("No inactive connectors. Switch a connector's Active switch "
                                     "off to deactivate it."));
    }
    m_empty->setVisible(rows == 0);
    m_view->setVisible(rows > 0);
    // An empty section only takes the room of its heading and message.
    setMaximumHeight(rows == 0 ? sizeHint().height() : QWIDGETSIZE_MAX);
}
