#include "ui/connectors/undo/ConnectorCommand.h"

#include "app/core/service/ConnectorService.h"
#include "app/core/support/Timestamps.h"

ConnectorCommand::ConnectorCommand(ConnectorService &service)
    : m_service(service)
{}

std::optional<CoreError> ConnectorCommand::perform()
{
    m_failure = firstRun();
    m_skipNextRedo = !m_failure.has_value();
    setText(describe());
    return m_failure;
}

void ConnectorCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    m_failure = redoChange();
    m_skipNextUndo = m_failure.has_value();
}

void ConnectorCommand::undo()
{
    if (m_skipNextUndo) {
        m_skipNextUndo = false;
        return;
    }
    m_failure = undoChange();
    m_skipNextRedo = m_failure.has_value();
}

std::variant<Connector, CoreError>
ConnectorCommand::current(const QUuid &id, const Connector &expected, Expectation unchanged) const
{
    auto stored = m_service.find(id);
    if (!stored)
        return stored.error();
    if (!unchanged(*stored, expected))
        return changedSince(*stored);
    return *stored;
}

bool ConnectorCommand::sameSettings(const Connector &stored, const Connector &expected)
{
    return stored.name == expected.name && stored.access == expected.access;
}

bool ConnectorCommand::sameSettingsAndState(const Connector &stored, const Connector &expected)
{
    return sameSettings(stored, expected) && stored.active == expected.active;
}

CoreError ConnectorCommand::changedSince(const Connector &stored)
{
    return CoreError(ErrorCode::StaleRevision,
                     {stored.name, stored.updatedBy, Timestamps::toStorage(stored.updatedAt)});
}
