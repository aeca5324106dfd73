#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/CoreError.h"
#include "app/core/domain/Organisation.h"
#include "app/core/policy/ConnectorAction.h"
#include "app/core/policy/Permission.h"

#include <optional>
#include <QString>

// What one session may do, answered from memory. It holds the inputs the role policy needs, as
// the store held them when read (ConnectorService::sessionPolicy() reads them): the acting
// administrator (whose role another program may have changed since sign-in), the organisation
// (its licence) and who is at the keyboard. A window asks it on every selection change without a
// query, and has it read again when the acting administrator changes or another program changes
// the store.
//
// It caches inputs only: RolePolicy stays the table that answers, and the services check every
// change again against fresh data inside its transaction, whatever this snapshot said.
class SessionPolicy final
{
public:
    // `selfEmail` is the account at the keyboard; empty means the actor themself.
    SessionPolicy(AdminAccount actor, Organisation organisation, QString selfEmail = {});
    // A snapshot that could not be read: every answer is `failure`.
    static SessionPolicy unavailable(AdminAccount actor, CoreError failure, QString selfEmail = {});

    const AdminAccount &actor() const { return m_actor; }
    // Null when the snapshot could not be read.
    const Organisation *organisation() const { return m_organisation ? &*m_organisation : nullptr; }
    const CoreError *failure() const { return m_failure ? &*m_failure : nullptr; }
    // True while a full administrator acts as another account (the audit log records both).
    bool isActingAsOther() const;

    // Connectors. The answers without a connector are the role's and the licence's alone: may
    // the person look at all, set up new connectors, use the Active switches and the changing
    // controls. The answers with one add the rules of its state (edit and delete only while
    // inactive, deactivate only an active one, activate only an inactive one).
    Permission view() const { return connector(ConnectorAction::View); }
    Permission setUp() const { return connector(ConnectorAction::Create); }
    Permission changeConnectors() const { return connector(ConnectorAction::Deactivate); }
    Permission edit(const Connector &target) const
    {
        return connector(ConnectorAction::Update, &target);
    }
    // Deactivate when `target` is active, activate when it is not: what its switch would do.
    Permission toggle(const Connector &target) const;
    Permission remove(const Connector &target) const
    {
        return connector(ConnectorAction::Delete, &target);
    }
    Permission connector(ConnectorAction action, const Connector *target = nullptr) const;

    // Administrator accounts: adding and binding them, and which roles may be granted.
    Permission manageAdmins() const;
    Permission grant(AdminRole role) const;

    // Flows: looking at them, and importing, editing and deleting them.
    Permission viewFlows() const { return flows(false); }
    Permission changeFlows() const { return flows(true); }
    // A live test request with this method.
    Permission sendRequest(const QString &method) const;

private:
    Permission flows(bool change) const;

    AdminAccount m_actor;
    std::optional<Organisation> m_organisation;
    std::optional<CoreError> m_failure;
    QString m_self;
};
