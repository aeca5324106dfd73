#include "app/core/domain/AdminRole.h"

#include "app/core/support/EnumKeys.h"

#include <QStringList>

namespace {

// Keys are part of connectorctl's interface and of the database: never rename one.
constexpr EnumKey<AdminRole> kRoleKeys[] = {
    {AdminRole::FullAdmin, "full-admin"},
    {AdminRole::ContactCenterServiceAdmin, "cc-service-admin"},
    {AdminRole::ExternalFullAdmin, "external-full-admin"},
    {AdminRole::ExternalContactCenterAdmin, "external-cc-admin"},
    {AdminRole::SupportFullAdmin, "support-full-admin"},
    {AdminRole::PartnerFullAdmin, "partner-full-admin"},
    {AdminRole::ReadOnlyAdmin, "read-only-admin"},
    {AdminRole::ExternalReadOnlyAdmin, "external-read-only-admin"},
    {AdminRole::SupportBasicAdmin, "support-basic-admin"},
    {AdminRole::PartnerReadOnlyAdmin, "partner-read-only-admin"},
};
constexpr EnumKeys kRoles(kRoleKeys);

} // namespace

const QList<AdminRole> &AdminRoles::all()
{
    static const QList<AdminRole> roles = kRoles.values();
    return roles;
}

QString AdminRoles::key(AdminRole role)
{
    return kRoles.key(role);
}

std::optional<AdminRole> AdminRoles::fromKey(const QString &key)
{
    return kRoles.fromKey(key);
}

QStringList AdminRoles::keys()
{
    return kRoles.keys();
}

QString AdminRoles::displayName(AdminRole role)
{
    switch (role) {
    case AdminRole::FullAdmin:
        return tr("Full administrator");
    case AdminRole::ContactCenterServiceAdmin:
        return tr("Contact Center service administrator");
    case AdminRole::ExternalFullAdmin:
        return tr("External administrator with the full administrator role");
    case AdminRole::ExternalContactCenterAdmin:
        return tr("External administrator with the Contact Center special administrator role");
    case AdminRole::SupportFullAdmin:
        return tr("Support administrator with the full administrator role");
    case AdminRole::PartnerFullAdmin:
        return tr("Partner full administrator");
    case AdminRole::ReadOnlyAdmin:
        return tr("Read-only administrator");
    case AdminRole::ExternalReadOnlyAdmin:
        return tr("External administrator with the read-only administrator role");
    case AdminRole::SupportBasicAdmin:
        return tr("Support administrator (basic)");
    case AdminRole::PartnerReadOnlyAdmin:
        return tr("Partner read-only administrator");
    }
    Q_UNREACHABLE();
    return {};
}
