#include "ui/connectors/undo/ConnectorUndoStack.h"

#include "ui/connectors/undo/ConnectorCommand.h"

#include <QUndoStack>

ConnectorUndoStack::ConnectorUndoStack(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, this, &ConnectorUndoStack::changed);
    connect(m_stack, &QUndoStack::cleanChanged, this, &ConnectorUndoStack::changed);
}

ConnectorUndoStack::~ConnectorUndoStack() = default;

const ConnectorCommand *ConnectorUndoStack::commandAt(int index) const
{
    return static_cast<const ConnectorCommand *>(m_stack->command(index));
}

std::optional<CoreError> ConnectorUndoStack::run(std::unique_ptr<ConnectorCommand> command)
{
    if (auto refusal = command->perform())
        return refusal;
    m_lastConnectorId = command->connectorId();
    m_stack->push(command.release()); // its first redo() is skipped: the change is made
    return std::nullopt;
}

std::optional<CoreError> ConnectorUndoStack::undo()
{
    if (!m_stack->canUndo())
        return std::nullopt;
    const ConnectorCommand *command = commandAt(m_stack->index() - 1);
    m_lastConnectorId = command->connectorId();
    m_stack->undo();
    if (auto refusal = command->failure()) {
        m_stack->redo(); // skipped by the command: only puts the index back
        return refusal;
    }
    return std::nullopt;
}

std::optional<CoreError> ConnectorUndoStack::redo()
{
    if (!m_stack->canRedo())
        return std::nullopt;
    const ConnectorCommand *command = commandAt(m_stack->index());
    m_lastConnectorId = command->connectorId();
    m_stack->redo();
    if (auto refusal = command->failure()) {
        m_stack->undo(); // skipped by the command: only puts the index back
        return refusal;
    }
    return std::nullopt;
}

void ConnectorUndoStack::clear()
{
    m_stack->clear();
}

bool ConnectorUndoStack::canUndo() const
{
    return m_stack->canUndo();
}

bool ConnectorUndoStack::canRedo() const
{
    return m_stack->canRedo();
}

int ConnectorUndoStack::index() const
{
    return m_stack->index();
}

int ConnectorUndoStack::count() const
{
    return m_stack->count();
}

QString ConnectorUndoStack::undoDescription() const
{
    return canUndo() ? commandAt(m_stack->index() - 1)->describe() : QString();
}

QString ConnectorUndoStack::redoDescription() const
{
    return canRedo() ? commandAt(m_stack->index())->describe() : QString();
}
