#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/support/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Who is really using a database, resolved once per program for the window and connectorctl
// alike: never a typed email, always the account bound to the login the system vouches for — the
// operating-system user for an SQLite file, the database login (session_user) for a PostgreSQL
// team store. A full administrator may then act as another account (like sudo); the audit log
// records both.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    Session() = delete;

    // The name of the process's effective user from the system's user database (not $USER,
    // which anyone can set).
    static QString operatingSystemLogin();

    // The login identity for this database: the OS user of the process, or the server's
    // session_user.
    static Result<QString> login(const Database &database);

    // The account bound to the login, recorded as the database's session account. When no
    // account is bound to any login yet (the first open after migrating to schema 4), the first
    // full administrator is bound: to the OS user for a file, and for a server only when the
    // login is the schema owner or a superuser. Otherwise an unbound login is refused.
    static Result<AdminAccount> resolve(const Database &database);

    // The account to act as: `self` when `email` is empty or names `self`; another account only
    // when self's role may act as others.
    static Result<AdminAccount> actAs(const Database &database, const AdminAccount &self,
                                      const QString &email);

    // resolve() then actAs(): the one call both programs make.
    static Result<AdminAccount> start(const Database &database, const QString &actAsEmail = {});
};
