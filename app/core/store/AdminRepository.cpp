#include "app/core/store/AdminRepository.h"

#include "app/core/store/Database.h"
#include "app/core/store/SqlRunner.h"
#include "app/core/support/Timestamps.h"

#include <QSqlQuery>

namespace {

AdminAccount adminFrom(const QSqlQuery &query)
{
    AdminAccount admin;
    admin.email = query.value(0).toString();
    admin.displayName = query.value(1).toString();
    // An unknown role key (written by a newer build) grants nothing rather than something.
    admin.role = AdminRoles::fromKey(query.value(2).toString()).value_or(AdminRole::ReadOnlyAdmin);
    admin.createdAt = Timestamps::fromStorage(query.value(3).toString());
    admin.login = query.value(4).toString();
    return admin;
}

Organisation organisationFrom(const QSqlQuery &query)
{
    Organisation organisation;
    organisation.name = query.value(0).toString();
    organisation.licence = Licences::fromKey(query.value(1).toString());
    organisation.createdAt = Timestamps::fromStorage(query.value(2).toString());
    organisation.apiBaseUrl = query.value(3).toString();
    return organisation;
}

const QString kSelectAdmins =
    QStringLiteral("SELECT email, display_name, role, created_at, login FROM admins");

// No login is stored as NULL, never as an empty name.
QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

AdminRepository::AdminRepository(const Database &database)
    : m_database(database)
{}

Result<std::optional<Organisation>> AdminRepository::organisation() const
{
    return SqlRunner(m_database)
        .firstRow(QStringLiteral("SELECT name, licence, created_at, api_base_url FROM organisation "
                                 "WHERE id = 1"),
                  {}, &organisationFrom);
}

Result<void> AdminRepository::insertOrganisation(const Organisation &organisation) const
{
    return SqlRunner(m_database)
        .execute(
            QStringLiteral(
                "INSERT INTO organisation (id, name, licence, created_at) VALUES (1, ?, ?, ?)"),
            {organisation.name, Licences::key(organisation.licence),
             Timestamps::toStorage(organisation.createdAt)});
}

Result<void> AdminRepository::setApiBaseUrl(const QString &url) const
{
    return SqlRunner(m_database)
        .execute(QStringLiteral("UPDATE organisation SET api_base_url = ? WHERE id = 1"), {url});
}

Result<QList<AdminAccount>> AdminRepository::admins() const
{
    return SqlRunner(m_database)
        .rows(kSelectAdmins + QStringLiteral(" ORDER BY created_at, email"), {}, &adminFrom);
}

Result<std::optional<AdminAccount>> AdminRepository::find(const QString &email) const
{
    return SqlRunner(m_database)
        .firstRow(kSelectAdmins + QStringLiteral(" WHERE email = ?"), {email.trimmed().toLower()},
                  &adminFrom);
}

Result<std::optional<AdminAccount>> AdminRepository::findByLogin(const QString &login) const
{
    return SqlRunner(m_database)
        .firstRow(kSelectAdmins + QStringLiteral(" WHERE login = ?"), {login}, &adminFrom);
}

Result<bool> AdminRepository::anyLoginBound() const
{
    auto counted =
        SqlRunner(m_database)
            .firstRow(QStringLiteral("SELECT COUNT(*) FROM admins WHERE login IS NOT NULL"), {},
                      [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
    if (!counted)
        return counted.error();
    return counted->value_or(0) > 0;
}

Result<void> AdminRepository::insert(const AdminAccount &admin) const
{
    return SqlRunner(m_database)
        .execute(QStringLiteral("INSERT INTO admins (email, display_name, role, created_at, "
                                "login) VALUES (?, ?, ?, ?, ?)"),
                 {admin.email, admin.displayName, AdminRoles::key(admin.role),
                  Timestamps::toStorage(admin.createdAt), nullableText(admin.login)});
}

Result<void> AdminRepository::bindLogin(const QString &email, const QString &login) const
{
    return SqlRunner(m_database)
        .execute(QStringLiteral("UPDATE admins SET login = ? WHERE email = ?"), {login, email});
}
