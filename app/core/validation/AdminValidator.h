#pragma once

#include "domain/CoreError.h"

#include <optional>
#include <QString>

class AdminValidator final
{
public:
    AdminValidator() = delete;

    static QString normalizedEmail(const QString &email);
    static std::optional<CoreError> checkEmail(const QString &email);
    static std::optional<CoreError> checkDisplayName(const QString &displayName);
};
