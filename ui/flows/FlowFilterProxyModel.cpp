#include "ui/flows/FlowFilterProxyModel.h"

#include "app/core/models/FlowTreeModel.h"

#include <algorithm>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QStyle>

FlowFilterProxyModel::FlowFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A flow stays when one of its activities matches.
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    updateCollation();
}

void FlowFilterProxyModel::updateCollation()
{
    const QLocale locale =
        QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    forgetFlowMatches(); // the cells now read in another language
    invalidate();
}

void FlowFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    forgetFlowMatches();
    invalidateFilter();
}

bool FlowFilterProxyModel::rowMatches(int sourceRow, const QModelIndex &sourceParent) const
{
    const bool activity = sourceParent.isValid();
    for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column) {
        // An activity row has no version cells: skipped, so a keystroke over thousands of
        // activities asks for no more cells than before.
        if (activity &&
            (column == FlowTreeModel::VersionColumn || column == FlowTreeModel::ModifiedColumn))
            continue;
        const QModelIndex cell = sourceModel()->index(sourceRow, column, sourceParent);
        if (cell.data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    if (activity)
        return false;
    // "subflow", "live" or "draft" find their flows in every language (FlowRowText).
    const QStringList words = sourceModel()
                                  ->index(sourceRow, 0, sourceParent)
                                  .data(FlowTreeModel::SearchWordsRole)
                                  .toStringList();
    return std::any_of(words.cbegin(), words.cend(), [this](const QString &word) {
        return word.contains(m_search, Qt::CaseInsensitive);
    });
}

bool FlowFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    if (!sourceParent.isValid())
        return flowMatches(sourceRow);
    // An activity of a matching flow stays, so a flow found by name can still be expanded.
    return rowMatches(sourceRow, sourceParent) || flowMatches(sourceParent.row());
}

bool FlowFilterProxyModel::flowMatches(int sourceRow) const
{
    const auto known = m_flowMatches.constFind(sourceRow);
    if (known != m_flowMatches.constEnd())
        return *known;
    const bool matches = rowMatches(sourceRow, {});
    m_flowMatches.insert(sourceRow, matches);
    return matches;
}

void FlowFilterProxyModel::forgetFlowMatches() const
{
    m_flowMatches.clear();
}

void FlowFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_forgetting))
        disconnect(connection);
    m_forgetting.clear();
    forgetFlowMatches();
    // Connected before the proxy's own handlers, so they re-filter with the memo forgotten.
    if (model) {
        const auto forget = [this] {
            forgetFlowMatches();
        };
        m_forgetting = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
            connect(model, &QAbstractItemModel::modelReset, this, forget),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
            connect(model, &QAbstractItemModel::dataChanged, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, forget),
            connect(model, &QAbstractItemModel::rowsMoved, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

bool FlowFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.parent().isValid())
        return left.row() < right.row();
    if (left.column() == FlowTreeModel::ModifiedColumn) {
        // By the instant, not by the text of the display format.
        const QDateTime a = left.data(FlowTreeModel::LastModifiedRole).toDateTime();
        const QDateTime b = right.data(FlowTreeModel::LastModifiedRole).toDateTime();
        if (a != b)
            return a < b;
        return left.row() < right.row();
    }
    int order = m_collator.compare(left.data().toString(), right.data().toString());
    if (order == 0 && left.column() == FlowTreeModel::NameColumn) {
        // Two versions of one flow (or two flows) of the same name: by their version cell, so
        // "3 (Live)" comes before "4 (draft)" and the rows keep one order.
        order = m_collator.compare(
            left.siblingAtColumn(FlowTreeModel::VersionColumn).data().toString(),
            right.siblingAtColumn(FlowTreeModel::VersionColumn).data().toString());
    }
    return order == 0 ? left.row() < right.row() : order < 0;
}

QVariant FlowFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == FlowTreeModel::NameColumn) {
        if (index.data(FlowTreeModel::BrokenRole).toBool())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (index.data(FlowTreeModel::FlaggedRole).toBool())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ToolTipRole && index.column() != FlowTreeModel::StatusColumn) {
        // The problems show wherever the pointer rests on a flagged row.
        const QModelIndex status = index.siblingAtColumn(FlowTreeModel::StatusColumn);
        const QVariant own = QSortFilterProxyModel::data(index, role);
        return own.isValid() ? own : QSortFilterProxyModel::data(status, role);
    }
    return QSortFilterProxyModel::data(index, role);
}
