#pragma once

#include "app/core/domain/Connector.h"
#include "app/core/domain/CoreError.h"
#include "app/core/domain/Flow.h"
#include "app/core/policy/ConnectorAction.h"
#include "app/core/support/Result.h"

#include <functional>
#include <optional>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

class ConnectorListModel;
class ConnectorService;
class ConnectorUndoStack;
class FlowService;
class QWidget;

// What the window does when a person asks to add, edit, switch, delete, copy, undo or redo: it
// checks the role policy first (saying why not in a message box), asks for confirmation, opens
// the dialogs, runs the change as an undoable command, and reports the core's refusal where it
// belongs (inline in the dialog, otherwise a message box). Nothing fails silently.
class ConnectorOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorOperations)

public:
    ConnectorOperations(ConnectorService &service, ConnectorListModel &model,
                        ConnectorUndoStack &undoStack, QWidget *dialogParent);

    void addConnector();
    void editConnector(const QUuid &id);
    void toggleActive(const QUuid &id);
    void deleteConnector(const QUuid &id);
    void copyId(const QUuid &id);
    void undo();
    void redo();

    // Where the confirmations read which flows use a connector; without one they say none do.
    void setFlowService(FlowService *flows);

    // The connector as the window shows it.
    std::optional<Connector> connector(const QUuid &id) const;
    // The activities using the connector, for the confirmations.
    Result<QList<FlowUsage>> usages(const QUuid &id) const;

Q_SIGNALS:
    // The card to select after a change.
    void selectRequested(const QUuid &id);
    void statusMessage(const QString &message);

private:
    bool allowed(ConnectorAction action, const Connector *target, const QString &title);
    void reportRefusal(const QString &title, const QString &text, const CoreError &error);
    std::function<std::optional<Connector>(const QString &)> clashLookup(const QUuid &self) const;

    ConnectorService &m_service;
    ConnectorListModel &m_model;
    ConnectorUndoStack &m_undoStack;
    QWidget *m_dialogParent;
    QPointer<FlowService> m_flows;
};
