#pragma once

#include <optional>
#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>

// The access a connector grants to the flows that use it. A connector holds one or both levels.
enum class AccessLevel
{
    ReadOnly = 0x1,
    ReadWrite = 0x2,
};
Q_DECLARE_FLAGS(AccessLevels, AccessLevel)
Q_DECLARE_OPERATORS_FOR_FLAGS(AccessLevels)

// What each access level means: its scopes and HTTP methods, exactly as the product spec lists
// them, and its names for people (translated) and for machines (stable keys).
class ConnectorAccess final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorAccess)

public:
    ConnectorAccess() = delete;

    static QStringList scopesFor(AccessLevel level);
    // The union of the scopes of every level held, in the spec's order, without repeats.
    static QStringList scopesFor(AccessLevels levels);
    static QStringList methodsFor(AccessLevels levels);

    static QString key(AccessLevel level);
    static std::optional<AccessLevel> fromKey(const QString &key);
    static QStringList keys(AccessLevels levels);

    static QString displayName(AccessLevel level);
    static QString displayName(AccessLevels levels);

    // Stored as an integer bit set; anything outside the known bits is dropped.
    static int toStorage(AccessLevels levels) { return levels.toInt(); }
    static AccessLevels fromStorage(int bits);
};
