#include "ui/connectors/ConnectorBrowser.h"

#include "app/core/models/ConnectorListModel.h"
#include "ui/connectors/CardListView.h"
#include "ui/connectors/ConnectorCardDelegate.h"
#include "ui/connectors/ConnectorSectionView.h"
#include "ui/widgets/IconFactory.h"

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

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_active->setSearchText(text);
        m_inactive->setSearchText(text);
        followCurrent();
    });
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

void ConnectorBrowser::setCurrent(const QUuid &id, ConnectorSectionView *from)
{
    ConnectorSectionView *other = from == m_active ? m_inactive : m_active;
    other->clearSelection();
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentChanged(id);
}

void ConnectorBrowser::select(const QUuid &id)
{
    if (id.isNull() || !m_model.indexOf(id).isValid())
        return;
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
    const bool listHadFocus = m_active->view()->hasFocus() || m_inactive->view()->hasFocus();
    ConnectorSectionView *section = target < activeCount ? m_active : m_inactive;
    if (listHadFocus)
        section->view()->setFocus(Qt::OtherFocusReason);
    section->view()->selectRow(target < activeCount ? target : target - activeCount);
    return true;
}

void ConnectorBrowser::followCurrent()
{
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
    if (!m_currentId.isNull() && !m_model.indexOf(m_currentId).isValid()) {
        m_currentId = {};
        m_active->clearSelection();
        m_inactive->clearSelection();
        Q_EMIT currentChanged({});
    }
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
