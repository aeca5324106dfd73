#pragma once

#include "ui/connectors/undo/ConnectorCommand.h"

// Changes an inactive connector's name and access. Undo writes the previous settings back,
// redo the new ones; each is refused when someone else changed the settings in between, and by
// the core when the connector is active by then.
class EditConnectorCommand final : public ConnectorCommand
{
public:
    EditConnectorCommand(ConnectorService &service, Connector before, ConnectorDraft draft);

    QString describe() const override;
    QUuid connectorId() const override { return m_before.id; }
    const Connector &after() const { return m_after; }

protected:
    std::optional<CoreError> firstRun() override;
    std::optional<CoreError> undoChange() override;
    std::optional<CoreError> redoChange() override;

private:
    std::optional<CoreError> write(const Connector &from, const Connector &to);

    Connector m_before;
    ConnectorDraft m_draft;
    Connector m_after;
};
