#pragma once

#include "ui/connectors/undo/ConnectorCommand.h"

// Deactivates or activates a connector; undo does the opposite through the service (so undoing
// a deactivation is an activation with its own audit row).
class SetActiveCommand final : public ConnectorCommand
{
public:
    SetActiveCommand(ConnectorService &service, Connector connector, bool activate);

    QString describe() const override;
    QUuid connectorId() const override { return m_connector.id; }

protected:
    std::optional<CoreError> firstRun() override;
    std::optional<CoreError> undoChange() override;
    std::optional<CoreError> redoChange() override;

private:
    std::optional<CoreError> setActive(bool active, std::optional<int> expectedRevision);

    Connector m_connector;
    bool m_activate;
};
