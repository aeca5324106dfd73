#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/CoreError.h"
#include "app/core/domain/Organisation.h"
#include "app/core/policy/ConnectorAction.h"

#include <optional>
#include <QList>

// How much of the Connectors tab a role reaches.
enum class ConnectorAccessRight
{
    None,
    ReadOnly,
    ReadWrite,
};

// The one place that decides whether an administrator may do an action, driven by the table of
// the product spec. Every caller (window, connectorctl, the service layer) asks here, so the
// answer and its reason are the same everywhere.
class RolePolicy final
{
public:
    RolePolicy() = delete;

    static ConnectorAccessRight accessRight(AdminRole role);
    // Full administrator, External full administrator and Contact Center service administrator:
    // the spec's prerequisite roles for setting up a connector.
    static bool canSetUp(AdminRole role);
    static bool canManageAdmins(AdminRole role);
    // Rights are ordered by inclusion: a role's rights are its access right (none < read-only <
    // read/write), the set-up right and the admin-management right. `granter` may grant `role`
    // only when it manages admins and `role`'s rights are a subset of its own, so nobody hands
    // out a right they lack (a partner full administrator cannot make a full administrator).
    static bool canGrant(AdminRole granter, AdminRole role);
    // Only a full administrator may act as another account (for support and testing, as with
    // sudo); the audit log then records both.
    static bool canActAsOthers(AdminRole role);

    static const QList<ConnectorAction> &allActions();

    // std::nullopt when allowed; otherwise the reason. `target` is the connector acted on (null
    // for Create, and for View of the whole list); its state decides edit/delete/toggle rules.
    static std::optional<CoreError> check(const AdminAccount &admin, const Organisation &org,
                                          ConnectorAction action,
                                          const Connector *target = nullptr);
    static std::optional<CoreError> checkManageAdmins(const AdminAccount &admin);
    static std::optional<CoreError> checkGrant(const AdminAccount &admin, AdminRole role);
    // Flows follow the connectors' access right: any role that sees connectors sees the flows
    // using them; read/write roles import, edit and delete flows (no set-up role or licence
    // needed, as a flow adds no connector).
    static std::optional<CoreError> checkFlows(const AdminAccount &admin, bool change);

    // A live test request really reaches the API: an administrator without read/write access
    // may send only the methods that change nothing there (GET, HEAD, OPTIONS), whatever the
    // connector's own access allows.
    static std::optional<CoreError> checkLiveRequest(const AdminAccount &admin,
                                                     const QString &method);

private:
    static std::optional<CoreError> checkState(ConnectorAction action, const Connector &target);
};
