#include "app/core/models/ConnectorFilterProxyModel.h"

#include "app/core/models/ConnectorListModel.h"

#include <algorithm>
#include <QRegularExpression>

ConnectorFilterProxyModel::ConnectorFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectorListModel::NameRole);
    setDynamicSortFilter(true);
    sort(0);
}

void ConnectorFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_connectors = qobject_cast<ConnectorListModel *>(sourceModel);
    Q_ASSERT_X(m_connectors || !sourceModel, "ConnectorFilterProxyModel",
               "the source must be a ConnectorListModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void ConnectorFilterProxyModel::updateCollation()
{
    if (m_connectors)
        m_connectors->updateCollation();
    invalidate();
}

bool ConnectorFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = m_connectors->sortKey(left.row()).compare(m_connectors->sortKey(right.row()));
    if (order != 0)
        return order < 0;
    // Names that collate equal (case or spacing only): the ID gives a stable order.
    return m_connectors->connectorAt(left.row()).id < m_connectors->connectorAt(right.row()).id;
}

void ConnectorFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    // What does not depend on the row is decided once per keystroke, not once per row.
    const auto scopesMatch = [&trimmed](AccessLevel level) {
        const QStringList scopes = ConnectorAccess::scopesFor(level);
        return std::any_of(scopes.cbegin(), scopes.cend(), [&trimmed](const QString &scope) {
            return scope.contains(trimmed, Qt::CaseInsensitive);
        });
    };
    m_readOnlyScopesMatch = scopesMatch(AccessLevel::ReadOnly);
    m_readWriteScopesMatch = scopesMatch(AccessLevel::ReadWrite);
    static const QRegularExpression idCharacters(QStringLiteral("^[0-9A-Fa-f-]+$"));
    m_searchMayMatchId = idCharacters.match(trimmed).hasMatch();
    invalidateRowsFilter();
}

void ConnectorFilterProxyModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidateRowsFilter();
}

bool ConnectorFilterProxyModel::matchesSearch(int sourceRow) const
{
    if (m_searchText.isEmpty())
        return true;
    const Connector &connector = m_connectors->connectorAt(sourceRow);
    const auto contains = [this](const QString &text) {
        return text.contains(m_searchText, Qt::CaseInsensitive);
    };
    if (contains(connector.name) || contains(connector.authorizedBy))
        return true;
    if ((m_readOnlyScopesMatch && connector.access.testFlag(AccessLevel::ReadOnly)) ||
        (m_readWriteScopesMatch && connector.access.testFlag(AccessLevel::ReadWrite)))
        return true;
    return m_searchMayMatchId && contains(connector.idText());
}

bool ConnectorFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_connectors)
        return false;
    if (m_stateFilter != StateFilter::All) {
        const bool active = m_connectors->connectorAt(sourceRow).active;
        if (active != (m_stateFilter == StateFilter::ActiveOnly))
            return false;
    }
    return matchesSearch(sourceRow);
}
