#pragma once

#include "domain/AdminAccount.h"
#include "domain/Organisation.h"
#include "support/Result.h"

#include <QList>

class Database;

// Administrator accounts of the organisation: listing, signing in, adding (by an admin whose
// role may manage accounts), and the first-run set-up that makes a new database usable at once.
class AdminDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(AdminDirectory)

public:
    explicit AdminDirectory(const Database &database);

    // Creates the organisation (FLEX3) and one full administrator named after the OS user when
    // the database has no organisation yet; does nothing otherwise.
    Result<void> ensureInitialised() const;

    Result<Organisation> organisation() const;
    Result<QList<AdminAccount>> admins() const;
    Result<AdminAccount> find(const QString &email) const;
    // The administrator a program acts as when none is named: the first full administrator, or
    // failing that the first account.
    Result<AdminAccount> defaultAdmin() const;
    Result<AdminAccount> add(const AdminAccount &actor, const QString &email,
                             const QString &displayName, AdminRole role) const;

    static QString operatingSystemUser();

private:
    const Database &m_database;
};
