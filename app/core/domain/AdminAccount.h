#pragma once

#include "app/core/domain/AdminRole.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

struct AdminAccount
{
    QString email;
    QString displayName;
    AdminRole role = AdminRole::ReadOnlyAdmin;
    QDateTime createdAt;
    // The operating-system user (SQLite file) or database login (PostgreSQL) whose person this
    // account is; empty when none is bound. Identity comes from it, never from a typed email.
    QString login = {};

    bool isValid() const { return !email.isEmpty(); }
};
Q_DECLARE_METATYPE(AdminAccount)
