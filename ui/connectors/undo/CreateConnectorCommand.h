#pragma once

#include "ui/connectors/undo/ConnectorCommand.h"

// Adds a connector. Redo re-creates it with the same ID through ConnectorService::restore.
//
// Undo design: the core deletes only inactive connectors, and a new connector is active, so a
// plain delete would always be refused. Undo is therefore the legal sequence the person would
// follow: deactivate (if active), then delete; two real changes, two audit rows. It is refused
// when the role may not deactivate or delete, or when the connector's settings were changed by
// someone else since it was added. Should the delete fail after the deactivation, the connector
// is activated again so the store ends as it began.
class CreateConnectorCommand final : public ConnectorCommand
{
public:
    CreateConnectorCommand(ConnectorService &service, ConnectorDraft draft);

    QString describe() const override;
    QUuid connectorId() const override { return m_created.id; }
    const Connector &created() const { return m_created; }

protected:
    std::optional<CoreError> firstRun() override;
    std::optional<CoreError> undoChange() override;
    std::optional<CoreError> redoChange() override;

private:
    ConnectorDraft m_draft;
    Connector m_created;
};
