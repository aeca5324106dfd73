#include "ui/connectors/undo/SetActiveCommand.h"

#include "app/core/service/ConnectorService.h"

SetActiveCommand::SetActiveCommand(ConnectorService &service, Connector connector, bool activate)
    : ConnectorCommand(service)
    , m_connector(std::move(connector))
    , m_activate(activate)
{}

QString SetActiveCommand::describe() const
{
    return m_activate ? tr("Activate \"%1\"").arg(m_connector.name)
                      : tr("Deactivate \"%1\"").arg(m_connector.name);
}

std::optional<CoreError> SetActiveCommand::setActive(bool active,
                                                     std::optional<int> expectedRevision)
{
    auto changed = active ? service().activate(m_connector.id, expectedRevision)
                          : service().deactivate(m_connector.id, expectedRevision);
    if (!changed)
        return changed.error();
    m_connector.name = changed->name;
    return std::nullopt;
}

std::optional<CoreError> SetActiveCommand::firstRun()
{
    return setActive(m_activate, m_connector.revision);
}

// Undo and redo need no revision check: switching the state overwrites no one's settings, and
// the core refuses when the connector is already in the wanted state.
std::optional<CoreError> SetActiveCommand::undoChange()
{
    return setActive(!m_activate, std::nullopt);
}

std::optional<CoreError> SetActiveCommand::redoChange()
{
    return setActive(m_activate, std::nullopt);
}
