#include "ui/flows/FlowFilterProxyModel.h"

#include "app/core/models/FlowTreeModel.h"

#include <QApplication>
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
    invalidate();
}

void FlowFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool FlowFilterProxyModel::rowMatches(int sourceRow, const QModelIndex &sourceParent) const
{
    for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column) {
        const QModelIndex cell = sourceModel()->index(sourceRow, column, sourceParent);
        if (cell.data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool FlowFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    if (rowMatches(sourceRow, sourceParent))
        return true;
    // An activity of a matching flow stays, so a flow found by name can still be expanded.
    return sourceParent.isValid() && rowMatches(sourceParent.row(), sourceParent.parent());
}

bool FlowFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.parent().isValid())
        return left.row() < right.row();
    const int order = m_collator.compare(left.data().toString(), right.data().toString());
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
