#include "ui/connectors/undo/DeleteConnectorCommand.h"

#include "app/core/service/ConnectorService.h"

DeleteConnectorCommand::DeleteConnectorCommand(ConnectorService &service, Connector connector)
    : ConnectorCommand(service)
    , m_snapshot(std::move(connector))
{}

QString DeleteConnectorCommand::describe() const
{
    return tr("Delete \"%1\"").arg(m_snapshot.name);
}

std::optional<CoreError> DeleteConnectorCommand::firstRun()
{
    auto removed = service().remove(m_snapshot.id, m_snapshot.revision);
    if (!removed)
        return removed.error();
    m_snapshot = *removed;
    return std::nullopt;
}

std::optional<CoreError> DeleteConnectorCommand::undoChange()
{
    auto restored = service().restore(m_snapshot);
    if (!restored)
        return restored.error();
    return std::nullopt;
}

std::optional<CoreError> DeleteConnectorCommand::redoChange()
{
    auto stored = current(m_snapshot.id, m_snapshot, &ConnectorCommand::sameSettingsAndState);
    if (auto *error = std::get_if<CoreError>(&stored))
        return *error;
    auto removed = service().remove(m_snapshot.id, std::get<Connector>(stored).revision);
    if (!removed)
        return removed.error();
    return std::nullopt;
}
