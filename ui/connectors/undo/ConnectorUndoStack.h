#pragma once

#include "app/core/domain/CoreError.h"

#include <memory>
#include <optional>
#include <QObject>
#include <QUuid>

class ConnectorCommand;
class QUndoStack;

// The window's undo history. Commands run once before they are pushed, so a refused change never
// enters the history; undo and redo report the core's refusal and leave the history where it
// was (see ConnectorCommand).
class ConnectorUndoStack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorUndoStack)

public:
    explicit ConnectorUndoStack(QObject *parent = nullptr);
    ~ConnectorUndoStack() override;

    // Runs the command; on success it joins the history, on refusal it is dropped.
    std::optional<CoreError> run(std::unique_ptr<ConnectorCommand> command);
    std::optional<CoreError> undo();
    std::optional<CoreError> redo();
    void clear();

    bool canUndo() const;
    bool canRedo() const;
    int index() const;
    int count() const;
    QString undoDescription() const;
    QString redoDescription() const;
    // The connector the last undo or redo concerned.
    QUuid lastConnectorId() const { return m_lastConnectorId; }
    QUndoStack *stack() const { return m_stack; }

Q_SIGNALS:
    void changed();

private:
    const ConnectorCommand *commandAt(int index) const;

    QUndoStack *m_stack;
    QUuid m_lastConnectorId;
};
