#pragma once

#include "app/core/domain/Connector.h"
#include "app/core/domain/ConnectorDraft.h"
#include "app/core/domain/CoreError.h"

#include <optional>
#include <QCoreApplication>
#include <QUndoCommand>
#include <variant>

class ConnectorService;

// A change to a connector that the window can undo and redo. Every step (the first run, each undo
// and each redo) is a real change through ConnectorService, so the role policy and the rules
// apply every time and each step writes its own audit row.
//
// A step the core refuses changes nothing in the store. QUndoStack cannot be told that an undo()
// failed, so the command records the refusal and arms a skip: ConnectorUndoStack then calls the
// opposite operation on the stack, which the command ignores, putting the stack index back where
// it was. The stack therefore always matches the store.
class ConnectorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorCommand)

public:
    ~ConnectorCommand() override = default;

    // Runs the change for the first time, before the command is pushed; the stack's first
    // redo() is then skipped. Returns the core's refusal, if any.
    std::optional<CoreError> perform();

    void undo() final;
    void redo() final;

    // The refusal of the last step, if it was refused.
    const std::optional<CoreError> &failure() const { return m_failure; }
    // What the command does, in the current language, e.g. "Deactivate "Queue stats"".
    virtual QString describe() const = 0;
    // The connector the command changed (for selecting it after undo or redo).
    virtual QUuid connectorId() const = 0;

protected:
    explicit ConnectorCommand(ConnectorService &service);

    virtual std::optional<CoreError> firstRun() = 0;
    virtual std::optional<CoreError> undoChange() = 0;
    virtual std::optional<CoreError> redoChange() = 0;

    ConnectorService &service() const { return m_service; }

    // The connector as stored now, refused unless `unchanged` holds for it: a step must not
    // overwrite what someone else changed since this window's change.
    using Expectation = bool (*)(const Connector &stored, const Connector &expected);
    std::variant<Connector, CoreError> current(const QUuid &id, const Connector &expected,
                                               Expectation unchanged) const;
    static bool sameSettings(const Connector &stored, const Connector &expected);
    static bool sameSettingsAndState(const Connector &stored, const Connector &expected);
    static CoreError changedSince(const Connector &stored);

private:
    ConnectorService &m_service;
    std::optional<CoreError> m_failure;
    bool m_skipNextRedo = false;
    bool m_skipNextUndo = false;
};
