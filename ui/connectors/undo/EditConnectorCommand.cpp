#include "ui/connectors/undo/EditConnectorCommand.h"

#include "app/core/service/ConnectorService.h"

EditConnectorCommand::EditConnectorCommand(ConnectorService &service, Connector before,
                                           ConnectorDraft draft)
    : ConnectorCommand(service)
    , m_before(std::move(before))
    , m_draft(std::move(draft))
{}

QString EditConnectorCommand::describe() const
{
    return tr("Edit \"%1\"").arg(m_after.isValid() ? m_after.name : m_before.name);
}

std::optional<CoreError> EditConnectorCommand::firstRun()
{
    // The revision the person saw: a change made by someone else meanwhile is not overwritten.
    auto updated = service().update(m_before.id, m_draft, m_before.revision);
    if (!updated)
        return updated.error();
    m_after = *updated;
    return std::nullopt;
}

std::optional<CoreError> EditConnectorCommand::write(const Connector &from, const Connector &to)
{
    auto stored = current(from.id, from, &ConnectorCommand::sameSettings);
    if (auto *error = std::get_if<CoreError>(&stored))
        return *error;
    const Connector &now = std::get<Connector>(stored);
    auto updated = service().update(to.id, {to.id, to.name, to.access, true}, now.revision);
    if (!updated)
        return updated.error();
    return std::nullopt;
}

std::optional<CoreError> EditConnectorCommand::undoChange()
{
    return write(m_after, m_before);
}

std::optional<CoreError> EditConnectorCommand::redoChange()
{
    return write(m_before, m_after);
}
