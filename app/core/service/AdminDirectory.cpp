#include "app/core/service/AdminDirectory.h"

#include "app/core/policy/RolePolicy.h"
#include "app/core/service/Session.h"
#include "app/core/store/AdminRepository.h"
#include "app/core/store/AuditRepository.h"
#include "app/core/store/Database.h"
#include "app/core/store/SqlTransaction.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/Timestamps.h"
#include "app/core/validation/AdminValidator.h"

#include <QRegularExpression>

AdminDirectory::AdminDirectory(const Database &database)
    : m_database(database)
{}

QString AdminDirectory::operatingSystemUser()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("admin");
}

Result<void> AdminDirectory::ensureInitialised() const
{
    AdminRepository repository(m_database);
    auto existing = repository.organisation();
    if (!existing)
        return existing.error();
    if (existing->has_value() || m_database.isReadOnly())
        return {};

    SqlTransaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // Another process may have initialised the file between our read and our write lock.
    auto raced = repository.organisation();
    if (!raced)
        return raced.error();
    if (raced->has_value())
        return {};

    const QDateTime now = Timestamps::now();
    Organisation organisation{Organisations::defaultName(), Licence::Flex3, now};
    if (auto inserted = repository.insertOrganisation(organisation); !inserted)
        return inserted;

    const QString user = operatingSystemUser();
    QString local = user.toLower();
    local.replace(QRegularExpression(QStringLiteral(R"([^a-z0-9._-])")), QStringLiteral("."));
    AdminAccount admin{local + QStringLiteral("@localhost"), user, AdminRole::FullAdmin, now};
    if (AdminValidator::checkEmail(admin.email))
        admin.email = QStringLiteral("admin@localhost");
    auto login = Session::login(m_database);
    if (!login)
        return login.error();
    admin.login = *login;
    if (auto inserted = repository.insert(admin); !inserted)
        return inserted;
    return transaction.commit();
}

Result<Organisation> AdminDirectory::organisation() const
{
    auto organisation = AdminRepository(m_database).organisation();
    if (!organisation)
        return organisation.error();
    if (!organisation->has_value())
        return CoreError(ErrorCode::DatabaseFailure, {tr("the database has no organisation")});
    return **organisation;
}

Result<QList<AdminAccount>> AdminDirectory::admins() const
{
    return AdminRepository(m_database).admins();
}

Result<AdminAccount> AdminDirectory::find(const QString &email) const
{
    auto found = AdminRepository(m_database).find(email);
    if (!found)
        return found.error();
    if (!found->has_value())
        return CoreError(ErrorCode::AdminNotFound, {email.trimmed()});
    return **found;
}

Result<AdminAccount> AdminDirectory::defaultAdmin() const
{
    auto all = admins();
    if (!all)
        return all.error();
    for (const AdminAccount &admin : *all) {
        if (admin.role == AdminRole::FullAdmin)
            return admin;
    }
    if (!all->isEmpty())
        return all->first();
    return CoreError(ErrorCode::AdminNotFound);
}

Result<AdminAccount> AdminDirectory::beginChange(SqlTransaction &transaction,
                                                 const AdminAccount &actor) const
{
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    return find(actor.email);
}

Result<AdminAccount> AdminDirectory::finishChange(SqlTransaction &transaction, const QString &actor,
                                                  AuditAction action,
                                                  const AdminAccount &admin) const
{
    AuditEntry entry;
    entry.at = Timestamps::now();
    entry.actor = actor;
    entry.action = action;
    entry.subject = admin.email;
    entry.after = ConnectorJson::toJson(admin);
    if (auto audited = AuditRepository(m_database).append(entry); !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return admin;
}

std::optional<CoreError> AdminDirectory::checkLoginFree(const QString &login) const
{
    auto holder = AdminRepository(m_database).findByLogin(login);
    if (!holder)
        return holder.error();
    if (holder->has_value())
        return CoreError(ErrorCode::AdminLoginTaken, {login, (*holder)->email});
    return std::nullopt;
}

Result<AdminAccount> AdminDirectory::add(const AdminAccount &actor, const QString &email,
                                         const QString &displayName, AdminRole role,
                                         const QString &login) const
{
    SqlTransaction transaction(m_database);
    auto freshActor = beginChange(transaction, actor);
    if (!freshActor)
        return freshActor.error();
    if (auto refusal = RolePolicy::checkGrant(*freshActor, role))
        return *refusal;
    if (auto invalid = AdminValidator::checkEmail(email))
        return *invalid;
    const QString normalized = AdminValidator::normalizedEmail(email);
    const QString name = displayName.trimmed().isEmpty() ? normalized.section(QChar(u'@'), 0, 0)
                                                         : displayName.trimmed();
    if (auto invalid = AdminValidator::checkDisplayName(name))
        return *invalid;

    AdminRepository repository(m_database);
    auto clash = repository.find(normalized);
    if (!clash)
        return clash.error();
    if (clash->has_value())
        return CoreError(ErrorCode::AdminDuplicate, {normalized});
    if (auto invalid = AdminValidator::checkLogin(login))
        return *invalid;
    const QString boundLogin = login.trimmed();
    if (!boundLogin.isEmpty()) {
        if (auto taken = checkLoginFree(boundLogin))
            return *taken;
    }

    AdminAccount admin{normalized, name, role, Timestamps::now(), boundLogin};
    if (auto inserted = repository.insert(admin); !inserted)
        return inserted.error();
    return finishChange(transaction, freshActor->email, AuditAction::AdminAdd, admin);
}

Result<AdminAccount> AdminDirectory::bindLogin(const AdminAccount &actor, const QString &email,
                                               const QString &login) const
{
    SqlTransaction transaction(m_database);
    auto freshActor = beginChange(transaction, actor);
    if (!freshActor)
        return freshActor.error();
    auto target = find(email);
    if (!target)
        return target.error();
    if (auto refusal = RolePolicy::checkGrant(*freshActor, target->role))
        return *refusal;
    if (auto invalid = AdminValidator::checkLogin(login))
        return *invalid;
    const QString boundLogin = login.trimmed();
    // Moving an account that already has a login would hand that person's identity to another
    // login: only a role that may act as others may do it (never an admin on their own behalf).
    if (!target->login.isEmpty() && target->login != boundLogin &&
        !RolePolicy::canActAsOthers(freshActor->role))
        return CoreError(ErrorCode::AdminRebindNeedsFullAdmin, {target->email, target->login});
    if (auto taken = checkLoginFree(boundLogin))
        return *taken;
    if (auto bound = AdminRepository(m_database).bindLogin(target->email, boundLogin); !bound)
        return bound.error();
    AdminAccount admin = *target;
    admin.login = boundLogin;
    return finishChange(transaction, freshActor->email, AuditAction::AdminBind, admin);
}
