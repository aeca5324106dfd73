#pragma once

#include "app/core/domain/AuditEntry.h"
#include "app/core/domain/CoreError.h"

#include <optional>
#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

class ConnectorService;

// The audit history of one connector, newest first, read through the service (so the role
// policy applies) and re-read whenever the service reports a change to that connector.
class ConnectorHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorHistoryModel)

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        ActionColumn,
        ChangesColumn,
        ColumnCount,
    };

    explicit ConnectorHistoryModel(ConnectorService &service, QObject *parent = nullptr);

    void setConnector(const QUuid &id);
    const QUuid &connectorId() const { return m_connectorId; }
    void reload();
    // Headers and texts are translated when read: tell the views after a language switch.
    void retranslate();
    // Why the history could not be read, when it could not.
    const std::optional<CoreError> &error() const { return m_error; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "name: A → B; access: …" for an edit, the fields for a creation.
    static QString describeChanges(const AuditEntry &entry);

Q_SIGNALS:
    void errorChanged();

private:
    void onConnectorEvent(const QUuid &id);
    QVariant shownData(const QModelIndex &index, int role) const;

    ConnectorService &m_service;
    QUuid m_connectorId;
    QList<AuditEntry> m_entries;
    std::optional<CoreError> m_error;
};
