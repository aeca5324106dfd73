#pragma once

#include "app/core/domain/Connector.h"
#include "app/core/domain/Flow.h"
#include "app/core/support/Result.h"

#include <optional>
#include <QAbstractListModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QUuid>
#include <vector>

class ConnectorService;
class FlowService;

// All connectors of the organisation, one row each, in the order the store returns them (sorting
// is the proxy's job). It follows the service's change signals, re-reading only the row that
// changed, so every change made through the service shows without a full reload. With a flow
// service it also knows how many flows and activities use each connector (where-used), read in one
// grouped query whenever the rows or the flows change.
class ConnectorListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        IdTextRole,
        NameRole,
        AccessRole,
        AccessTextRole,
        ScopesRole,
        ActiveRole,
        AuthorizedByRole,
        AuthorizedAtRole,
        CreatedByRole,
        CreatedAtRole,
        UpdatedByRole,
        UpdatedAtRole,
        RevisionRole,
        ConnectorRole,
        // Where-used: how many flows, and how many HTTP Request activities in them (main and event
        // flows), use the connector. Invalid without a flow service or when they could not be
        // read; 0 when none do.
        UsageFlowsRole,
        UsageActivitiesRole,
        // The counts in words, e.g. "Used by 2 flows · 3 activities"; empty when not known.
        UsageTextRole,
    };
    Q_ENUM(Role)

    explicit ConnectorListModel(ConnectorService &service, QObject *parent = nullptr);

    // Where the usage counts come from (null: none are shown). Reads them at once and again on
    // every FlowService::flowsChanged, reload() and refresh().
    void setFlowService(FlowService *flows);
    // The counts of one connector; nullopt when they are not known.
    std::optional<UsageCount> usage(const QUuid &id) const;
    // Re-reads the usage counts and signals the rows whose counts changed.
    Result<void> refreshUsage();
    // "Used by 2 flows · 3 activities", or "Not used by any flow".
    static QString usageText(const UsageCount &count);

    Result<void> reload();
    // Brings the rows in line with the store without a reset: removed rows are removed, changed
    // ones updated, new ones appended, so views keep their selection and scroll position. Used
    // when another console or connectorctl changed the database.
    Result<void> refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const QUuid &id) const;
    const Connector &connectorAt(int row) const { return m_connectors.at(row); }
    int activeCount() const;

    // The collation key of a row's name for the current collation, computed once per row and
    // kept until the row changes: sorting 100,000 names compares keys, not strings.
    const QCollatorSortKey &sortKey(int row) const;
    // Re-reads the collation rules from QLocale() (the UI language); keys are recomputed lazily.
    void updateCollation();

Q_SIGNALS:
    // refresh() could not read the store (the rows keep their old values).
    void refreshFailed(const CoreError &error);

private:
    void onCreated(const QUuid &id, const Connector &connector);
    void onChanged(const QUuid &id, const Connector &connector);
    void onRemoved(const QUuid &id);
    void insertRow(const Connector &connector);
    void replaceRow(int row, const Connector &connector);
    void rebuildRowIndex(int fromRow);
    QString accessibleText(const Connector &connector) const;
    Result<void> readUsage();

    ConnectorService &m_service;
    QList<Connector> m_connectors;
    QHash<QUuid, int> m_rowById;
    QPointer<FlowService> m_flows;
    QHash<QUuid, UsageCount> m_usage; // only connectors some activity names
    bool m_usageKnown = false;
    QCollator m_collator;
    mutable std::vector<std::optional<QCollatorSortKey>> m_sortKeys; // parallel to m_connectors
};
