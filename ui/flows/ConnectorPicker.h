#pragma once

#include "app/core/domain/Connector.h"

#include <QComboBox>
#include <QList>
#include <QUuid>

// The connector drop-down of the activity editor: the organisation's connectors by name with
// their access, inactive ones marked, and a search that matches anywhere in the name as you
// type. An activity naming a connector that no longer exists keeps it, marked deleted, so
// opening and saving the editor never changes the connector silently.
class ConnectorPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorPicker)

public:
    explicit ConnectorPicker(QWidget *parent = nullptr);

    void setConnectors(const QList<Connector> &connectors);
    // Selects the connector; an unknown ID is added as "<recorded name> (deleted)".
    void setCurrentConnector(const QUuid &id, const QString &recordedName);
    // The connector whose entry the field shows, or a null ID while the typed text names none.
    QUuid currentConnectorId() const;
    // The stored connector chosen, or null (none chosen, or the deleted one).
    const Connector *currentConnector() const;

    static QString entryText(const Connector &connector);

Q_SIGNALS:
    void connectorChanged();

private:
    QList<Connector> m_connectors;
    QUuid m_lastId;
};
