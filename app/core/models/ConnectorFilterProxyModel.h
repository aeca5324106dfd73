#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QString>

// Search and state filtering over ConnectorListModel, sorted by name as people read it
// (locale-aware, case-insensitive). The search matches name, ID, scopes and who authorised.
class ConnectorFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorFilterProxyModel)

public:
    enum class StateFilter {
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesSearch(const QModelIndex &index) const;

    QCollator m_collator;
    QString m_searchText;
    StateFilter m_stateFilter = StateFilter::All;
};
