#pragma once

#include "domain/Connector.h"
#include "support/Result.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QUuid>

class ConnectorService;

// All connectors of the organisation, one row each, in the order the store returns them (sorting
// is the proxy's job). It follows the service's change signals, re-reading only the row that
// changed, so every change made through the service shows without a full reload.
class ConnectorListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorListModel)

public:
    enum Role {
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
    };
    Q_ENUM(Role)

    explicit ConnectorListModel(ConnectorService &service, QObject *parent = nullptr);

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

Q_SIGNALS:
    // A change signalled by the service could not be read back (the row keeps its old values).
    void refreshFailed(const CoreError &error);

private:
    void onCreated(const QUuid &id);
    void onChanged(const QUuid &id);
    void onRemoved(const QUuid &id);
    void rebuildRowIndex(int fromRow);
    QString accessibleText(const Connector &connector) const;

    ConnectorService &m_service;
    QList<Connector> m_connectors;
    QHash<QUuid, int> m_rowById;
};
