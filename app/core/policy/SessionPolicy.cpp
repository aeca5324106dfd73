#include "app/core/policy/SessionPolicy.h"

#include "app/core/policy/RolePolicy.h"

SessionPolicy::SessionPolicy(AdminAccount actor, Organisation organisation, QString selfEmail)
    : m_actor(std::move(actor))
    , m_organisation(std::move(organisation))
    , m_self(std::move(selfEmail))
{}

SessionPolicy SessionPolicy::unavailable(AdminAccount actor, CoreError failure, QString selfEmail)
{
    SessionPolicy policy(std::move(actor), Organisation(), std::move(selfEmail));
    policy.m_organisation.reset();
    policy.m_failure = std::move(failure);
    return policy;
}

bool SessionPolicy::isActingAsOther() const
{
    return !m_self.isEmpty() && m_actor.email.compare(m_self, Qt::CaseInsensitive) != 0;
}

Permission SessionPolicy::toggle(const Connector &target) const
{
    return connector(target.active ? ConnectorAction::Deactivate : ConnectorAction::Activate,
                     &target);
}

Permission SessionPolicy::connector(ConnectorAction action, const Connector *target) const
{
    if (m_failure)
        return Permission::refuse(*m_failure);
    return Permission::from(RolePolicy::check(m_actor, *m_organisation, action, target));
}

Permission SessionPolicy::manageAdmins() const
{
    if (m_failure)
        return Permission::refuse(*m_failure);
    return Permission::from(RolePolicy::checkManageAdmins(m_actor));
}

Permission SessionPolicy::grant(AdminRole role) const
{
    if (m_failure)
        return Permission::refuse(*m_failure);
    return Permission::from(RolePolicy::checkGrant(m_actor, role));
}

Permission SessionPolicy::flows(bool change) const
{
    if (m_failure)
        return Permission::refuse(*m_failure);
    return Permission::from(RolePolicy::checkFlows(m_actor, change));
}

Permission SessionPolicy::sendRequest(const QString &method) const
{
    if (m_failure)
        return Permission::refuse(*m_failure);
    return Permission::from(RolePolicy::checkLiveRequest(m_actor, method));
}
