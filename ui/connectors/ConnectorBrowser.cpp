#include "ui/connectors/ConnectorBrowser.h"

#include "app/core/models/ConnectorListModel.h"
#include "ui/connectors/CardListView.h"
#include "ui/connectors/ConnectorCardDelegate.h"
#include "ui/connectors/ConnectorSectionView.h"
#include "ui/widgets/IconFactory.h"

#include <algorithm>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QVBoxLayout>

ConnectorBrowser::ConnectorBrowser(ConnectorListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_delegate(new ConnectorCardDelegate(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_active(new ConnectorSectionView(ConnectorSectionView::StateFilter::ActiveOnly, model,
                                        m_delegate, m_splitter))
    , m_inactive(new ConnectorSectionView(ConnectorSectionView::StateFilter::InactiveOnly, model,
                                          m_delegate, m_splitter))
{
    setObjectName(QStringLiteral("connectorBrowser"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(IconFactory::search(), QLineEdit::LeadingPosition);
    m_searchLabel->setBuddy(m_search);
    m_splitter->setObjectName(QStringLiteral("sectionSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_active);
    m_splitter->addWidget(m_inactive);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_splitter, 1);
    // When both sections are empty they only take the room of their headings: the rest of the
    // height stays below them instead of opening gaps between the search field and the headings.
    layout->addStretch();

    connect(m_search, &QLineEdit::textChanged, this, &ConnectorBrowser::applySearch);
    connect(m_delegate, &ConnectorCardDelegate::toggleRequested, this,
            [this](const QModelIndex &index) {
                Q_EMIT toggleRequested(index.data(ConnectorListModel::IdRole).toUuid());
            });
    wireSection(m_active, m_inactive);
    wireSection(m_inactive, m_active);
    // A connector whose state changed moves to the other section: keep it selected there.
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &ConnectorBrowser::followCurrent);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &ConnectorBrowser::followCurrent);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectorBrowser::onRowsRemoved);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ConnectorBrowser::onRowsRemoved);
    retranslateUi();
}

void ConnectorBrowser::wireSection(ConnectorSectionView *section, ConnectorSectionView *other)
{
    CardListView *view = section->view();
    connect(section, &ConnectorSectionView::currentChanged, this,
            [this, section](const QUuid &id) { setCurrent(id, section); });
    connect(view, &CardListView::toggleRequested, this, [this, section](const QModelIndex &index) {
        Q_EMIT toggleRequested(section->idAt(index));
    });
    connect(view, &CardListView::detailsRequested, this, [this, section](const QModelIndex &index) {
        Q_EMIT detailsRequested(section->idAt(index));
    });
    connect(view, &QAbstractItemView::doubleClicked, this,
            [this, section](const QModelIndex &index) {
                Q_EMIT detailsRequested(section->idAt(index));
            });
    connect(view, &CardListView::deleteRequested, this, [this, section](const QModelIndex &index) {
        Q_EMIT deleteRequested(section->idAt(index));
    });
    const bool isFirst = section == m_active;
    connect(view, &CardListView::leftBottom, this, [other, isFirst] {
        if (isFirst && other->count() > 0) {
            other->view()->setFocus(Qt::TabFocusReason);
            other->view()->selectRow(0);
        }
    });
    connect(view, &CardListView::leftTop, this, [this, other, isFirst] {
        if (!isFirst && other->count() > 0) {
            other->view()->setFocus(Qt::BacktabFocusReason);
            other->view()->selectRow(other->count() - 1);
        } else if (isFirst) {
            m_search->setFocus(Qt::BacktabFocusReason);
        }
    });
}

void ConnectorBrowser::applySearch(const QString &text)
{
    m_active->setSearchText(text);
    m_inactive->setSearchText(text);
    // Cards the search hid were not removed: nobody's place to take.
    m_active->takeRemovedSelectedRow();
    m_inactive->takeRemovedSelectedRow();
    if (!m_currentId.isNull() && displayPosition(m_currentId) < 0) {
        // The details of a connector the list no longer shows would be acted on by Edit, Delete
        // and the Active shortcut without anyone seeing which card it is: show none instead.
        m_hiddenBySearch = m_currentId;
        clearCurrent();
    } else if (m_currentId.isNull() && !m_hiddenBySearch.isNull() &&
               displayPosition(m_hiddenBySearch) >= 0) {
        const QUuid hidden = m_hiddenBySearch; // select() forgets it
        select(hidden);
    } else {
        followCurrent();
    }
}

void ConnectorBrowser::setCurrent(const QUuid &id, ConnectorSectionView *from)
{
    ConnectorSectionView *other = from == m_active ? m_inactive : m_active;
    other->clearSelection();
    m_hiddenBySearch = {};
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentChanged(id);
}

void ConnectorBrowser::clearCurrent()
{
    m_active->clearSelection();
    m_inactive->clearSelection();
    if (m_currentId.isNull())
        return;
    m_currentId = {};
    Q_EMIT currentChanged({});
}

int ConnectorBrowser::displayPosition(const QUuid &id) const
{
    const QModelIndex source = m_model.indexOf(id);
    if (!source.isValid())
        return -1;
    if (const QModelIndex shown = m_active->proxy()->mapFromSource(source); shown.isValid())
        return shown.row();
    if (const QModelIndex shown = m_inactive->proxy()->mapFromSource(source); shown.isValid())
        return m_active->count() + shown.row();
    return -1;
}

void ConnectorBrowser::selectPosition(int position, bool focus)
{
    const int activeCount = m_active->count();
    ConnectorSectionView *section = position < activeCount ? m_active : m_inactive;
    if (focus)
        section->view()->setFocus(Qt::OtherFocusReason);
    section->view()->selectRow(position < activeCount ? position : position - activeCount);
}

void ConnectorBrowser::select(const QUuid &id)
{
    if (id.isNull() || !m_model.indexOf(id).isValid())
        return;
    m_hiddenBySearch = {};
    if (!m_active->select(id) && !m_inactive->select(id)) {
        // Hidden by the search: show it anyway, the person asked for this connector.
        m_search->clear();
        if (!m_active->select(id))
            m_inactive->select(id);
    }
    if (m_currentId != id) {
        m_currentId = id;
        Q_EMIT currentChanged(id);
    }
}

void ConnectorBrowser::selectFirst()
{
    ConnectorSectionView *section = m_active->count() > 0 ? m_active : m_inactive;
    if (section->count() > 0)
        section->view()->selectRow(0);
}

bool ConnectorBrowser::selectAdjacent(int step)
{
    const int activeCount = m_active->count();
    const int total = activeCount + m_inactive->count();
    if (total == 0)
        return false;
    int position = -1;
    if (!m_currentId.isNull() && m_active->currentId() == m_currentId)
        position = m_active->view()->currentIndex().row();
    else if (!m_currentId.isNull() && m_inactive->currentId() == m_currentId)
        position = activeCount + m_inactive->view()->currentIndex().row();
    const int target = position < 0 ? (step > 0 ? 0 : total - 1) : position + step;
    if (target < 0 || target >= total)
        return false;
    selectPosition(target, m_active->view()->hasFocus() || m_inactive->view()->hasFocus());
    return true;
}

void ConnectorBrowser::followCurrent()
{
    // A card that moved to the other section was not removed either.
    m_active->takeRemovedSelectedRow();
    m_inactive->takeRemovedSelectedRow();
    if (m_currentId.isNull())
        return;
    const bool active = m_model.indexOf(m_currentId).data(ConnectorListModel::ActiveRole).toBool();
    ConnectorSectionView *home = active ? m_active : m_inactive;
    ConnectorSectionView *other = active ? m_inactive : m_active;
    const bool hadFocus = other->takeFocusLostToRemoval() || other->view()->hasFocus();
    if (home->currentId() != m_currentId) {
        other->clearSelection();
        if (!home->select(m_currentId)) {
            home->clearSelection(); // hidden by the search: highlight no other card instead
            return;
        }
        if (hadFocus)
            home->view()->setFocus();
    }
}

void ConnectorBrowser::onRowsRemoved()
{
    // Where the selected card was, in display order (one section loses it).
    const int activeRow = m_active->takeRemovedSelectedRow();
    const int inactiveRow = m_inactive->takeRemovedSelectedRow();
    const int removedAt = activeRow >= 0     ? activeRow
                          : inactiveRow >= 0 ? m_active->count() + inactiveRow
                                             : -1;
    if (m_currentId.isNull() || m_model.indexOf(m_currentId).isValid())
        return;
    // Both read: reading clears them.
    const bool activeLost = m_active->takeFocusLostToRemoval();
    const bool inactiveLost = m_inactive->takeFocusLostToRemoval();
    const bool hadFocus = activeLost || inactiveLost || m_active->view()->hasFocus() ||
                          m_inactive->view()->hasFocus();
    clearCurrent();
    // The card that took the removed one's place, or the one before it when it was the last:
    // the list never jumps away from where the person was working.
    const int shown = m_active->count() + m_inactive->count();
    if (removedAt >= 0 && shown > 0)
        selectPosition(std::min(removedAt, shown - 1), hadFocus);
}

void ConnectorBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConnectorBrowser::focusCurrentCard()
{
    ConnectorSectionView *section = m_active->currentId() == m_currentId ? m_active : m_inactive;
    if (section->count() == 0)
        section = section == m_active ? m_inactive : m_active;
    section->view()->setFocus(Qt::OtherFocusReason);
    if (!section->view()->currentIndex().isValid())
        section->view()->selectRow(0);
}

void ConnectorBrowser::setToggleAvailable(bool available, const QString &reason)
{
    m_delegate->setToggleAvailable(available, reason);
    m_active->view()->viewport()->update();
    m_inactive->view()->viewport()->update();
}

void ConnectorBrowser::setCardActions(const QList<QAction *> &actions)
{
    for (ConnectorSectionView *section : {m_active, m_inactive})
        section->view()->addActions(actions);
}

QByteArray ConnectorBrowser::splitterState() const
{
    return m_splitter->saveState();
}

void ConnectorBrowser::restoreSplitterState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

void ConnectorBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectorBrowser::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, ID, scope or who authorised it"));
    m_search->setAccessibleName(tr("Search connectors"));
    m_search->setToolTip(
        tr("Filters the connectors as you type (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    // Cards show translated labels: repaint them in the new language.
    m_active->view()->viewport()->update();
    m_inactive->view()->viewport()->update();
}
