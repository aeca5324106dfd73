#pragma once

#include "app/core/domain/CoreError.h"

#include <optional>
#include <QString>

class AdminValidator final
{
public:
    AdminValidator() = delete;

    static QString normalizedEmail(const QString &email);
    static std::optional<CoreError> checkEmail(const QString &email);
    static std::optional<CoreError> checkDisplayName(const QString &displayName);
    // An operating-system or database login to bind (trimmed; empty means none). No control,
    // bidirectional or invisible character: "root<U+200B>" must not pass for "root".
    static std::optional<CoreError> checkLogin(const QString &login);
};
