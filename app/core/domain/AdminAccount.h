#pragma once

#include "domain/AdminRole.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

struct AdminAccount
{
    QString email;
    QString displayName;
    AdminRole role = AdminRole::ReadOnlyAdmin;
    QDateTime createdAt;

    bool isValid() const { return !email.isEmpty(); }
};
Q_DECLARE_METATYPE(AdminAccount)
