#include "app/core/domain/AccessLevel.h"

#include "app/core/support/EnumKeys.h"

namespace {

// Keys are part of connectorctl's interface and of the export format: never rename one.
constexpr EnumKey<AccessLevel> kLevelKeys[] = {
    {AccessLevel::ReadOnly, "read-only"},
    {AccessLevel::ReadWrite, "read-write"},
};
constexpr EnumKeys kLevels(kLevelKeys);

} // namespace

QStringList ConnectorAccess::scopesFor(AccessLevel level)
{
    switch (level) {
    case AccessLevel::ReadOnly:
        return {QStringLiteral("cjp_config"), QStringLiteral("cjp_config_read")};
    case AccessLevel::ReadWrite:
        return {QStringLiteral("cjp_config"), QStringLiteral("cjp_config_read"),
                QStringLiteral("cjp_config_write"), QStringLiteral("cjp_user")};
    }
    return {};
}

QStringList ConnectorAccess::scopesFor(AccessLevels levels)
{
    QStringList scopes;
    for (AccessLevel level : {AccessLevel::ReadOnly, AccessLevel::ReadWrite}) {
        if (!levels.testFlag(level))
            continue;
        for (const QString &scope : scopesFor(level)) {
            if (!scopes.contains(scope))
                scopes.append(scope);
        }
    }
    return scopes;
}

QStringList ConnectorAccess::methodsFor(AccessLevels levels)
{
    // The article says "UPDATE"; the HTTP verb for a partial update is PATCH.
    if (levels.testFlag(AccessLevel::ReadWrite))
        return {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    if (levels.testFlag(AccessLevel::ReadOnly))
        return {QStringLiteral("GET")};
    return {};
}

QString ConnectorAccess::key(AccessLevel level)
{
    return kLevels.key(level);
}

std::optional<AccessLevel> ConnectorAccess::fromKey(const QString &key)
{
    return kLevels.fromKey(key);
}

QStringList ConnectorAccess::keys(AccessLevels levels)
{
    QStringList list;
    for (AccessLevel level : kLevels.values()) {
        if (levels.testFlag(level))
            list.append(key(level));
    }
    return list;
}

QString ConnectorAccess::displayName(AccessLevel level)
{
    return level == AccessLevel::ReadOnly ? tr("Read-only access") : tr("Read-write access");
}

QString ConnectorAccess::displayName(AccessLevels levels)
{
    const bool readOnly = levels.testFlag(AccessLevel::ReadOnly);
    const bool readWrite = levels.testFlag(AccessLevel::ReadWrite);
    if (readOnly && readWrite)
        return tr("Read-only and read-write access");
    if (readWrite)
        return displayName(AccessLevel::ReadWrite);
    if (readOnly)
        return displayName(AccessLevel::ReadOnly);
    return tr("No access level");
}

AccessLevels ConnectorAccess::fromStorage(int bits)
{
    return AccessLevels::fromInt(bits) & (AccessLevel::ReadOnly | AccessLevel::ReadWrite);
}
