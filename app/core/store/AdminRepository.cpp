#include "app/core/store/AdminRepository.h"

#include "app/core/store/Database.h"
#include "app/core/support/Timestamps.h"

#include <QSqlQuery>
#include <QVariant>

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

const QString kSelectAdmins =
    QStringLiteral("SELECT email, display_name, role, created_at, login FROM admins");

} // namespace

AdminRepository::AdminRepository(const Database &database)
    : m_database(database)
{}

Result<std::optional<Organisation>> AdminRepository::organisation() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT name, licence, created_at, api_base_url FROM organisation "
                           "WHERE id = 1")))
        return m_database.errorFrom(query.lastError());
    if (!query.next())
        return std::optional<Organisation>();
    Organisation organisation;
    organisation.name = query.value(0).toString();
    organisation.licence = Licences::fromKey(query.value(1).toString());
    organisation.createdAt = Timestamps::fromStorage(query.value(2).toString());
    organisation.apiBaseUrl = query.value(3).toString();
    return std::optional<Organisation>(organisation);
}

Result<void> AdminRepository::insertOrganisation(const Organisation &organisation) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO organisation (id, name, licence, created_at) VALUES (1, ?, ?, ?)"));
    query.addBindValue(organisation.name);
    query.addBindValue(Licences::key(organisation.licence));
    query.addBindValue(Timestamps::toStorage(organisation.createdAt));
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}

Result<void> AdminRepository::setApiBaseUrl(const QString &url) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE organisation SET api_base_url = ? WHERE id = 1"));
    query.addBindValue(url);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}

Result<QList<AdminAccount>> AdminRepository::admins() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(kSelectAdmins + QStringLiteral(" ORDER BY created_at, email")))
        return m_database.errorFrom(query.lastError());
    QList<AdminAccount> list;
    while (query.next())
        list.append(adminFrom(query));
    return list;
}

Result<std::optional<AdminAccount>> AdminRepository::find(const QString &email) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSelectAdmins + QStringLiteral(" WHERE email = ?"));
    query.addBindValue(email.trimmed().toLower());
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    if (!query.next())
        return std::optional<AdminAccount>();
    return std::optional<AdminAccount>(adminFrom(query));
}

Result<std::optional<AdminAccount>> AdminRepository::findByLogin(const QString &login) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSelectAdmins + QStringLiteral(" WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    if (!query.next())
        return std::optional<AdminAccount>();
    return std::optional<AdminAccount>(adminFrom(query));
}

Result<bool> AdminRepository::anyLoginBound() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM admins WHERE login IS NOT NULL")) ||
        !query.next())
        return m_database.errorFrom(query.lastError());
    return query.value(0).toLongLong() > 0;
}

Result<void> AdminRepository::insert(const AdminAccount &admin) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO admins (email, display_name, role, created_at, "
                                 "login) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(admin.email);
    query.addBindValue(admin.displayName);
    query.addBindValue(AdminRoles::key(admin.role));
    query.addBindValue(Timestamps::toStorage(admin.createdAt));
    query.addBindValue(admin.login.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(admin.login));
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}

Result<void> AdminRepository::bindLogin(const QString &email, const QString &login) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE admins SET login = ? WHERE email = ?"));
    query.addBindValue(login);
    query.addBindValue(email);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}
