#pragma once

#include <QCollator>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

// The Flows tab's view of FlowTreeModel: flows sorted by name in the UI language, their
// activities in document order (main flow first, then the event flows); a search that keeps a
// flow when any of its activities matches and an activity when its flow matches; and the warning
// icons the core model cannot give (it has no QtGui).
class FlowFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowFilterProxyModel)

public:
    explicit FlowFilterProxyModel(QObject *parent = nullptr);

    // Matches any column, ignoring case, and a flow's search words (Live, Subflow, Draft, its
    // tags and type as exported, in English whatever the language); empty shows everything.
    void setSearchText(const QString &text);
    // Re-reads the collation from QLocale() after a language change.
    void updateCollation();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool rowMatches(int sourceRow, const QModelIndex &sourceParent) const;
    bool flowMatches(int sourceRow) const;
    void forgetFlowMatches() const;

    QString m_search;
    // Whether each flow row matches the current search, asked once per flow instead of once per
    // activity (an activity of a matching flow stays): 100 activities a flow would otherwise
    // read the flow's cells 100 times a keystroke. Forgotten with the search and whenever the
    // source model changes, before the proxy re-filters.
    mutable QHash<int, bool> m_flowMatches;
    QList<QMetaObject::Connection> m_forgetting;
    QCollator m_collator;
};
