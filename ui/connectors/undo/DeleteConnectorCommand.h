#pragma once

#include "ui/connectors/undo/ConnectorCommand.h"

// Deletes an inactive connector. Undo restores the deleted record through
// ConnectorService::restore, with the same ID; it needs a role that may add connectors, and the
// name must still be free.
class DeleteConnectorCommand final : public ConnectorCommand
{
public:
    DeleteConnectorCommand(ConnectorService &service, Connector connector);

    QString describe() const override;
    QUuid connectorId() const override { return m_snapshot.id; }

protected:
    std::optional<CoreError> firstRun() override;
    std::optional<CoreError> undoChange() override;
    std::optional<CoreError> redoChange() override;

private:
    Connector m_snapshot;
};
