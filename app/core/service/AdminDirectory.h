#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/AuditEntry.h"
#include "app/core/domain/Organisation.h"
#include "app/core/support/Result.h"

#include <QList>

class Database;
class SqlTransaction;

// Administrator accounts of the organisation: listing, signing in, adding (by an admin whose
// role may manage accounts), and the first-run set-up that makes a new database usable at once.
class AdminDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(AdminDirectory)

public:
    explicit AdminDirectory(const Database &database);

    // Creates the organisation (FLEX3) and one full administrator named after the OS user when
    // the database has no organisation yet, bound to the OS user (SQLite) or the database login
    // that creates the schema (PostgreSQL); does nothing otherwise. (No audit row: there is no
    // actor yet, and the log starts empty.)
    Result<void> ensureInitialised() const;

    Result<Organisation> organisation() const;
    Result<QList<AdminAccount>> admins() const;
    Result<AdminAccount> find(const QString &email) const;
    // The administrator a program acts as when none is named: the first full administrator, or
    // failing that the first account.
    Result<AdminAccount> defaultAdmin() const;
    // Only a role that manages admins, and only a role whose rights are within the actor's own
    // (RolePolicy::canGrant); `login` binds the new account to an OS user or database login.
    // Audited.
    Result<AdminAccount> add(const AdminAccount &actor, const QString &email,
                             const QString &displayName, AdminRole role,
                             const QString &login = {}) const;
    // Binds an existing account to a login, with the same rule as adding it; audited.
    Result<AdminAccount> bindLogin(const AdminAccount &actor, const QString &email,
                                   const QString &login) const;

    // The OS user's name as the environment gives it, for the first account's display name and
    // email only; identity uses Session::operatingSystemLogin().
    static QString operatingSystemUser();

private:
    // The start of every account change: the transaction begun and the actor read afresh inside
    // it (their role may have changed since they were looked up).
    Result<AdminAccount> beginChange(SqlTransaction &transaction, const AdminAccount &actor) const;
    // The end of every account change: its audit row, then the commit.
    Result<AdminAccount> finishChange(SqlTransaction &transaction, const QString &actor,
                                      AuditAction action, const AdminAccount &admin) const;
    std::optional<CoreError> checkLoginFree(const QString &login) const;

    const Database &m_database;
};
