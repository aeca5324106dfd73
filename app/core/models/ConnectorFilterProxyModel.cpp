#include "models/ConnectorFilterProxyModel.h"

#include "models/ConnectorListModel.h"

ConnectorFilterProxyModel::ConnectorFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectorListModel::NameRole);
    setDynamicSortFilter(true);
    updateCollation();
    sort(0);
}

void ConnectorFilterProxyModel::updateCollation()
{
    // The C locale collates by code point (all capitals first); people expect dictionary order.
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English)
                                                              : QLocale();
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true); // "Queue 2" before "Queue 10"
    invalidate();
}

bool ConnectorFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = m_collator.compare(left.data(ConnectorListModel::NameRole).toString(),
                                         right.data(ConnectorListModel::NameRole).toString());
    if (order != 0)
        return order < 0;
    // Names differ at least in case or spacing; fall back to the ID for a stable order.
    return left.data(ConnectorListModel::IdTextRole).toString()
           < right.data(ConnectorListModel::IdTextRole).toString();
}

void ConnectorFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateRowsFilter();
}

void ConnectorFilterProxyModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidateRowsFilter();
}

bool ConnectorFilterProxyModel::matchesSearch(const QModelIndex &index) const
{
    if (m_searchText.isEmpty())
        return true;
    const auto contains = [this](const QString &text) {
        return text.contains(m_searchText, Qt::CaseInsensitive);
    };
    return contains(index.data(ConnectorListModel::NameRole).toString())
        || contains(index.data(ConnectorListModel::IdTextRole).toString())
        || contains(index.data(ConnectorListModel::AuthorizedByRole).toString())
        || contains(index.data(ConnectorListModel::ScopesRole).toStringList().join(u' '));
}

bool ConnectorFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_stateFilter != StateFilter::All) {
        const bool active = index.data(ConnectorListModel::ActiveRole).toBool();
        if (active != (m_stateFilter == StateFilter::ActiveOnly))
            return false;
    }
    return matchesSearch(index);
}
