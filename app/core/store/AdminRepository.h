#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Organisation.h"
#include "app/core/support/Result.h"

#include <optional>
#include <QList>

class Database;

// The organisation row and its administrator accounts.
class AdminRepository final
{
public:
    explicit AdminRepository(const Database &database);

    Result<std::optional<Organisation>> organisation() const;
    Result<void> insertOrganisation(const Organisation &organisation) const;
    Result<void> setApiBaseUrl(const QString &url) const;

    // In the order they were added, so "the first full admin" is stable.
    Result<QList<AdminAccount>> admins() const;
    Result<std::optional<AdminAccount>> find(const QString &email) const;
    Result<std::optional<AdminAccount>> findByLogin(const QString &login) const;
    // Whether any account is bound to a login yet (none after a migration from schema 3).
    Result<bool> anyLoginBound() const;
    Result<void> insert(const AdminAccount &admin) const;
    Result<void> bindLogin(const QString &email, const QString &login) const;

private:
    const Database &m_database;
};
