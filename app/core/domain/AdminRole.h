#pragma once

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The ten Control Hub administrator roles of the product spec, in the order the spec lists them.
enum class AdminRole
{
    FullAdmin,
    ContactCenterServiceAdmin,
    ExternalFullAdmin,
    ExternalContactCenterAdmin,
    SupportFullAdmin,
    PartnerFullAdmin,
    ReadOnlyAdmin,
    ExternalReadOnlyAdmin,
    SupportBasicAdmin,
    PartnerReadOnlyAdmin,
};

// Names of the roles: the stable keys used by connectorctl and the database, and the translated
// names shown to people.
class AdminRoles final
{
    Q_DECLARE_TR_FUNCTIONS(AdminRoles)

public:
    AdminRoles() = delete;

    static const QList<AdminRole> &all();
    static QString key(AdminRole role);
    static std::optional<AdminRole> fromKey(const QString &key);
    static QString displayName(AdminRole role);
    static QStringList keys();
};
