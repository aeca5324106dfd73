#pragma once

#include <QSortFilterProxyModel>
#include <QString>

class ConnectorListModel;

// Search and state filtering over ConnectorListModel, sorted by name as people read it
// (locale-aware, case-insensitive, numbers by value). The search matches name, ID, scopes and who
// authorised. It reads the source's rows directly rather than through QVariant roles: one
// keystroke re-filters every row, and at 100,000 rows that must fit in a frame.
class ConnectorFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorFilterProxyModel)

public:
    enum class StateFilter
    {
        All,
        ActiveOnly,
        InactiveOnly,
    };
    Q_ENUM(StateFilter)

    explicit ConnectorFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    const QString &searchText() const { return m_searchText; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_stateFilter; }
    // Re-reads the collation rules from QLocale() (the UI language) and re-sorts.
    void updateCollation();

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesSearch(int sourceRow) const;

    ConnectorListModel *m_connectors = nullptr;
    QString m_searchText;
    bool m_readOnlyScopesMatch = false;
    bool m_readWriteScopesMatch = false;
    bool m_searchMayMatchId = false;
    StateFilter m_stateFilter = StateFilter::All;
};
