#pragma once

#include <QString>
#include <QStringList>

// The role policy as the PostgreSQL team store enforces it itself, so that a client skipping the
// console's checks, or psql under another login, cannot write what its role forbids nor audit as
// someone else. The identity is the database login (session_user) bound to an account through
// admins.login. Part of schema version 4; the schema owner (the login that created the schema)
// and superusers are trusted, as they can alter the schema anyway.
class ServerPolicy final
{
public:
    ServerPolicy() = delete;

    // The statements creating the rights table (from RolePolicy's own table), the functions, the
    // triggers and the grants, for the tables in `schema`.
    static QStringList statements(const QString &schema);
};
