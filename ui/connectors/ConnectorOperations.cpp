#include "ui/connectors/ConnectorOperations.h"

#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/validation/ConnectorValidator.h"
#include "ui/connectors/ConfirmationTexts.h"
#include "ui/connectors/ConnectorDialog.h"
#include "ui/connectors/undo/ConnectorUndoStack.h"
#include "ui/connectors/undo/CreateConnectorCommand.h"
#include "ui/connectors/undo/DeleteConnectorCommand.h"
#include "ui/connectors/undo/EditConnectorCommand.h"
#include "ui/connectors/undo/SetActiveCommand.h"
#include "ui/widgets/MessageBox.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHash>

ConnectorOperations::ConnectorOperations(ConnectorService &service, ConnectorListModel &model,
                                         ConnectorUndoStack &undoStack, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_service(service)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
{}

void ConnectorOperations::setFlowService(FlowService *flows)
{
    m_flows = flows;
}

Result<QList<FlowUsage>> ConnectorOperations::usages(const QUuid &id) const
{
    if (!m_flows)
        return QList<FlowUsage>();
    return m_flows->whereUsed(id);
}

std::optional<Connector> ConnectorOperations::connector(const QUuid &id) const
{
    const QModelIndex index = m_model.indexOf(id);
    if (!index.isValid())
        return std::nullopt;
    return m_model.connectorAt(index.row());
}

bool ConnectorOperations::allowed(ConnectorAction action, const Connector *target,
                                  const QString &title)
{
    // The snapshot the controls were enabled by; the change itself is checked again by the core.
    const Permission permission = m_service.sessionPolicy().connector(action, target);
    if (permission.allowed())
        return true;
    MessageBox::warning(m_dialogParent, title, permission.reason());
    return false;
}

void ConnectorOperations::reportRefusal(const QString &title, const QString &text,
                                        const CoreError &error)
{
    if (error.isRuleRefusal())
        MessageBox::warning(m_dialogParent, title, text, error.message());
    else
        MessageBox::critical(m_dialogParent, title, text, error.message());
    // The window's copy was out of date: show what the store holds now.
    if (error.code() == ErrorCode::StaleRevision || error.code() == ErrorCode::ConnectorNotFound ||
        error.code() == ErrorCode::AlreadyActive || error.code() == ErrorCode::AlreadyInactive)
        (void)m_model.refresh(); // without a reset: the selection stays
}

std::function<std::optional<Connector>(const QString &)>
ConnectorOperations::clashLookup(const QUuid &self) const
{
    // A snapshot taken when the dialog opens: the dialog is modal, and checking a key in a hash
    // keeps typing fast with many connectors. The service checks again when saving.
    QHash<QString, Connector> byKey;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const Connector &connector = m_model.connectorAt(row);
        if (connector.id != self)
            byKey.insert(ConnectorValidator::nameKey(connector.name), connector);
    }
    return [byKey](const QString &name) -> std::optional<Connector> {
        const auto it = byKey.constFind(ConnectorValidator::nameKey(name));
        if (it == byKey.cend())
            return std::nullopt;
        return *it;
    };
}

void ConnectorOperations::addConnector()
{
    if (!allowed(ConnectorAction::Create, nullptr, tr("Cannot add a connector")))
        return;
    ConnectorDialog dialog(ConnectorDialog::Mode::Add, m_dialogParent);
    dialog.setNameClashLookup(clashLookup({}));
    QUuid createdId;
    QString createdName;
    dialog.setSubmitHandler([this, &createdId, &createdName](const ConnectorDraft &draft) {
        auto command = std::make_unique<CreateConnectorCommand>(m_service, draft);
        const CreateConnectorCommand *raw = command.get();
        if (auto refusal = m_undoStack.run(std::move(command)))
            return refusal;
        createdId = raw->created().id;
        createdName = raw->created().name;
        return std::optional<CoreError>();
    });
    if (dialog.exec() != QDialog::Accepted || createdId.isNull()) {
        Q_EMIT statusMessage(tr("No connector was added."));
        return;
    }
    Q_EMIT selectRequested(createdId);
    Q_EMIT statusMessage(tr("Connector \"%1\" added with ID %2.")
                             .arg(createdName, createdId.toString(QUuid::WithoutBraces)));
}

void ConnectorOperations::editConnector(const QUuid &id)
{
    const auto current = connector(id);
    if (!current)
        return;
    if (!allowed(ConnectorAction::Update, &*current, tr("Cannot edit the connector")))
        return;
    ConnectorDialog dialog(ConnectorDialog::Mode::Edit, m_dialogParent);
    dialog.setConnector(*current);
    dialog.setNameClashLookup(clashLookup(id));
    dialog.setSubmitHandler([this, &current](const ConnectorDraft &draft) {
        return m_undoStack.run(std::make_unique<EditConnectorCommand>(m_service, *current, draft));
    });
    if (dialog.exec() != QDialog::Accepted) {
        Q_EMIT statusMessage(tr("The connector was not changed."));
        return;
    }
    Q_EMIT selectRequested(id);
    Q_EMIT statusMessage(tr("Connector \"%1\" saved.").arg(dialog.draft().name.trimmed()));
}

void ConnectorOperations::toggleActive(const QUuid &id)
{
    const auto current = connector(id);
    if (!current)
        return;
    const bool activate = !current->active;
    const QString title =
        activate ? tr("Cannot activate the connector") : tr("Cannot deactivate the connector");
    if (!allowed(activate ? ConnectorAction::Activate : ConnectorAction::Deactivate, &*current,
                 title))
        return;
    const auto used = usages(id);
    const auto question = activate ? ConfirmationTexts::activate(*current, used)
                                   : ConfirmationTexts::deactivate(*current, used);
    if (!MessageBox::confirm(m_dialogParent, question)) {
        Q_EMIT statusMessage(tr("Nothing was changed."));
        return;
    }
    if (auto refusal =
            m_undoStack.run(std::make_unique<SetActiveCommand>(m_service, *current, activate))) {
        reportRefusal(title, tr("\"%1\" was not changed.").arg(current->name), *refusal);
        return;
    }
    Q_EMIT selectRequested(id);
    Q_EMIT statusMessage(activate ? tr("Connector \"%1\" activated.").arg(current->name)
                                  : tr("Connector \"%1\" deactivated.").arg(current->name));
}

void ConnectorOperations::deleteConnector(const QUuid &id)
{
    const auto current = connector(id);
    if (!current)
        return;
    const QString title = tr("Cannot delete the connector");
    if (!allowed(ConnectorAction::Delete, &*current, title))
        return;
    if (!MessageBox::confirm(m_dialogParent, ConfirmationTexts::remove(*current, usages(id)))) {
        Q_EMIT statusMessage(tr("Nothing was deleted."));
        return;
    }
    if (auto refusal =
            m_undoStack.run(std::make_unique<DeleteConnectorCommand>(m_service, *current))) {
        reportRefusal(title, tr("\"%1\" was not deleted.").arg(current->name), *refusal);
        return;
    }
    Q_EMIT statusMessage(tr("Connector \"%1\" deleted. Edit > Undo restores it with the same ID.")
                             .arg(current->name));
}

void ConnectorOperations::copyId(const QUuid &id)
{
    const auto current = connector(id);
    if (!current)
        return;
    QGuiApplication::clipboard()->setText(current->idText());
    Q_EMIT statusMessage(tr("Copied the ID of \"%1\": %2").arg(current->name, current->idText()));
}

void ConnectorOperations::undo()
{
    const QString description = m_undoStack.undoDescription();
    if (auto refusal = m_undoStack.undo()) {
        reportRefusal(tr("Cannot undo"),
                      tr("\"%1\" could not be undone; nothing was changed.").arg(description),
                      *refusal);
        return;
    }
    Q_EMIT selectRequested(m_undoStack.lastConnectorId());
    Q_EMIT statusMessage(tr("Undone: %1").arg(description));
}

void ConnectorOperations::redo()
{
    const QString description = m_undoStack.redoDescription();
    if (auto refusal = m_undoStack.redo()) {
        reportRefusal(tr("Cannot redo"),
                      tr("\"%1\" could not be redone; nothing was changed.").arg(description),
                      *refusal);
        return;
    }
    Q_EMIT selectRequested(m_undoStack.lastConnectorId());
    Q_EMIT statusMessage(tr("Redone: %1").arg(description));
}
