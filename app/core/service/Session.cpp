#include "app/core/service/Session.h"

#include "app/core/policy/RolePolicy.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/store/AdminRepository.h"
#include "app/core/store/Database.h"
#include "app/core/store/SqlTransaction.h"

#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

Result<bool> serverPrivileged(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT connectors_privileged()")) || !query.next())
        return database.errorFrom(query.lastError());
    return query.value(0).toBool();
}

CoreError notBound(const Database &database, const QString &login)
{
    return CoreError(database.backend() == Database::Backend::Sqlite
                         ? ErrorCode::OsUserNotBound
                         : ErrorCode::DatabaseLoginNotBound,
                     {login});
}

// Binds the first full administrator to `login` when no account has a login yet.
Result<std::optional<AdminAccount>> bindFirstFullAdmin(const Database &database,
                                                       const QString &login)
{
    if (database.isReadOnly())
        return std::optional<AdminAccount>();
    if (database.backend() == Database::Backend::Postgres) {
        auto privileged = serverPrivileged(database);
        if (!privileged)
            return privileged.error();
        if (!*privileged)
            return std::optional<AdminAccount>();
    }
    SqlTransaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    AdminRepository repository(database);
    auto bound = repository.anyLoginBound();
    if (!bound)
        return bound.error();
    if (*bound)
        return std::optional<AdminAccount>();
    auto admins = repository.admins();
    if (!admins)
        return admins.error();
    for (AdminAccount admin : std::as_const(*admins)) {
        if (admin.role != AdminRole::FullAdmin)
            continue;
        if (auto done = repository.bindLogin(admin.email, login); !done)
            return done.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        admin.login = login;
        return std::optional<AdminAccount>(admin);
    }
    return std::optional<AdminAccount>();
}

} // namespace

QString Session::operatingSystemLogin()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return AdminDirectory::operatingSystemUser();
}

Result<QString> Session::login(const Database &database)
{
    if (database.backend() == Database::Backend::Sqlite)
        return operatingSystemLogin();
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT session_user")) || !query.next())
        return database.errorFrom(query.lastError());
    return query.value(0).toString();
}

Result<AdminAccount> Session::resolve(const Database &database)
{
    auto login = Session::login(database);
    if (!login)
        return login.error();
    AdminRepository repository(database);
    auto found = repository.findByLogin(*login);
    if (!found)
        return found.error();
    std::optional<AdminAccount> self = *found;
    if (!self) {
        auto bound = bindFirstFullAdmin(database, *login);
        if (!bound)
            return bound.error();
        self = *bound;
    }
    if (!self)
        return notBound(database, *login);
    database.setSessionAccount(self->email, RolePolicy::canActAsOthers(self->role));
    return *self;
}

Result<AdminAccount> Session::actAs(const Database &database, const AdminAccount &self,
                                    const QString &email)
{
    if (email.trimmed().isEmpty() || email.trimmed().compare(self.email, Qt::CaseInsensitive) == 0)
        return self;
    // The role as it is now: one withdrawn by another console no longer lets anyone act as others.
    auto fresh = AdminDirectory(database).find(self.email);
    if (!fresh)
        return fresh.error();
    if (!RolePolicy::canActAsOthers(fresh->role))
        return CoreError(ErrorCode::ActingAsNotAllowed, {self.email, email.trimmed()});
    return AdminDirectory(database).find(email);
}

Result<AdminAccount> Session::start(const Database &database, const QString &actAsEmail)
{
    auto self = resolve(database);
    if (!self)
        return self;
    return actAs(database, *self, actAsEmail);
}
