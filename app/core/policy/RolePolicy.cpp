#include "app/core/policy/RolePolicy.h"

namespace {

struct RoleRow
{
    AdminRole role;
    ConnectorAccessRight right;
    bool setUp;
    bool manageAdmins;
};

// Table 1 of the vendor article. External Contact Center special administrators, support full
// administrators and partner full administrators have read/write access but are not among the
// set-up prerequisite roles: they manage existing connectors but cannot add one.
constexpr RoleRow kRoleTable[] = {
    {AdminRole::FullAdmin, ConnectorAccessRight::ReadWrite, true, true},
    {AdminRole::ContactCenterServiceAdmin, ConnectorAccessRight::ReadWrite, true, false},
    {AdminRole::ExternalFullAdmin, ConnectorAccessRight::ReadWrite, true, true},
    {AdminRole::ExternalContactCenterAdmin, ConnectorAccessRight::ReadWrite, false, false},
    {AdminRole::SupportFullAdmin, ConnectorAccessRight::ReadWrite, false, true},
    {AdminRole::PartnerFullAdmin, ConnectorAccessRight::ReadWrite, false, true},
    {AdminRole::ReadOnlyAdmin, ConnectorAccessRight::None, false, false},
    {AdminRole::ExternalReadOnlyAdmin, ConnectorAccessRight::ReadOnly, false, false},
    {AdminRole::SupportBasicAdmin, ConnectorAccessRight::ReadOnly, false, false},
    {AdminRole::PartnerReadOnlyAdmin, ConnectorAccessRight::ReadOnly, false, false},
};

const RoleRow &rowFor(AdminRole role)
{
    for (const RoleRow &row : kRoleTable) {
        if (row.role == role)
            return row;
    }
    Q_UNREACHABLE();
    return kRoleTable[0];
}

} // namespace

ConnectorAccessRight RolePolicy::accessRight(AdminRole role)
{
    return rowFor(role).right;
}

bool RolePolicy::canSetUp(AdminRole role)
{
    return rowFor(role).setUp;
}

bool RolePolicy::canManageAdmins(AdminRole role)
{
    return rowFor(role).manageAdmins;
}

bool RolePolicy::canGrant(AdminRole granter, AdminRole role)
{
    const RoleRow &mine = rowFor(granter);
    const RoleRow &theirs = rowFor(role);
    return mine.manageAdmins && int(theirs.right) <= int(mine.right) &&
           (!theirs.setUp || mine.setUp) && (!theirs.manageAdmins || mine.manageAdmins);
}

bool RolePolicy::canActAsOthers(AdminRole role)
{
    return role == AdminRole::FullAdmin;
}

const QList<ConnectorAction> &RolePolicy::allActions()
{
    static const QList<ConnectorAction> actions = {
        ConnectorAction::Create,     ConnectorAction::View,     ConnectorAction::Update,
        ConnectorAction::Deactivate, ConnectorAction::Activate, ConnectorAction::Delete};
    return actions;
}

std::optional<CoreError> RolePolicy::check(const AdminAccount &admin, const Organisation &org,
                                           ConnectorAction action, const Connector *target)
{
    const QString role = AdminRoles::key(admin.role);
    const ConnectorAccessRight right = accessRight(admin.role);
    if (right == ConnectorAccessRight::None)
        return CoreError(ErrorCode::RoleHasNoAccess, {role});
    if (action == ConnectorAction::View)
        return std::nullopt;
    if (right == ConnectorAccessRight::ReadOnly)
        return CoreError(ErrorCode::RoleIsReadOnly, {role});

    if (action == ConnectorAction::Create) {
        if (!canSetUp(admin.role))
            return CoreError(ErrorCode::RoleCannotSetUp, {role});
        if (org.licence != Licence::Flex3)
            return CoreError(ErrorCode::LicenceRequired, {Licences::key(org.licence)});
        return std::nullopt;
    }
    return target ? checkState(action, *target) : std::nullopt;
}

std::optional<CoreError> RolePolicy::checkState(ConnectorAction action, const Connector &target)
{
    switch (action) {
    case ConnectorAction::Update:
        if (target.active)
            return CoreError(ErrorCode::EditWhileActive, {target.name});
        break;
    case ConnectorAction::Delete:
        if (target.active)
            return CoreError(ErrorCode::DeleteWhileActive, {target.name});
        break;
    case ConnectorAction::Deactivate:
        if (!target.active)
            return CoreError(ErrorCode::AlreadyInactive, {target.name});
        break;
    case ConnectorAction::Activate:
        if (target.active)
            return CoreError(ErrorCode::AlreadyActive, {target.name});
        break;
    case ConnectorAction::Create:
    case ConnectorAction::View:
        break;
    }
    return std::nullopt;
}

std::optional<CoreError> RolePolicy::checkManageAdmins(const AdminAccount &admin)
{
    if (!canManageAdmins(admin.role))
        return CoreError(ErrorCode::RoleCannotManageAdmins, {AdminRoles::key(admin.role)});
    return std::nullopt;
}

std::optional<CoreError> RolePolicy::checkGrant(const AdminAccount &admin, AdminRole role)
{
    if (auto refused = checkManageAdmins(admin))
        return refused;
    if (!canGrant(admin.role, role))
        return CoreError(ErrorCode::RoleCannotGrant,
                         {AdminRoles::key(admin.role), AdminRoles::key(role)});
    return std::nullopt;
}

std::optional<CoreError> RolePolicy::checkFlows(const AdminAccount &admin, bool change)
{
    const QString role = AdminRoles::key(admin.role);
    const ConnectorAccessRight right = accessRight(admin.role);
    if (right == ConnectorAccessRight::None)
        return CoreError(ErrorCode::RoleHasNoAccess, {role});
    if (change && right != ConnectorAccessRight::ReadWrite)
        return CoreError(ErrorCode::RoleCannotChangeFlows, {role});
    return std::nullopt;
}

std::optional<CoreError> RolePolicy::checkLiveRequest(const AdminAccount &admin,
                                                      const QString &method)
{
    if (auto refused = checkFlows(admin, false))
        return refused;
    static const QStringList safeMethods = {QStringLiteral("GET"), QStringLiteral("HEAD"),
                                            QStringLiteral("OPTIONS")};
    const QString upper = method.trimmed().toUpper();
    if (accessRight(admin.role) != ConnectorAccessRight::ReadWrite && !safeMethods.contains(upper))
        return CoreError(ErrorCode::RoleCannotSendWrites, {AdminRoles::key(admin.role), upper});
    return std::nullopt;
}
