#include "ui/connectors/undo/CreateConnectorCommand.h"

#include "app/core/service/ConnectorService.h"

CreateConnectorCommand::CreateConnectorCommand(ConnectorService &service, ConnectorDraft draft)
    : ConnectorCommand(service)
    , m_draft(std::move(draft))
{}

QString CreateConnectorCommand::describe() const
{
    return tr("Add \"%1\"").arg(m_created.isValid() ? m_created.name : m_draft.name.trimmed());
}

std::optional<CoreError> CreateConnectorCommand::firstRun()
{
    auto created = service().create(m_draft);
    if (!created)
        return created.error();
    m_created = *created;
    return std::nullopt;
}

std::optional<CoreError> CreateConnectorCommand::undoChange()
{
    auto stored = current(m_created.id, m_created, &ConnectorCommand::sameSettings);
    if (auto *error = std::get_if<CoreError>(&stored))
        return *error;
    Connector connector = std::get<Connector>(stored);
    const bool wasActive = connector.active;
    if (wasActive) {
        auto deactivated = service().deactivate(connector.id, connector.revision);
        if (!deactivated)
            return deactivated.error();
        connector = *deactivated;
    }
    auto removed = service().remove(connector.id, connector.revision);
    if (!removed) {
        if (wasActive) {
            // Put the state back; if even that fails the list shows the truth from the store.
            (void)service().activate(connector.id);
        }
        return removed.error();
    }
    return std::nullopt;
}

std::optional<CoreError> CreateConnectorCommand::redoChange()
{
    auto restored = service().restore(m_created);
    if (!restored)
        return restored.error();
    return std::nullopt;
}
