#include "store/ServerPolicy.h"

#include "domain/AuditEntry.h"
#include "domain/Licence.h"
#include "policy/RolePolicy.h"

namespace {

// Every function runs with a fixed search path, so a login cannot shadow a table with its own.
const char *const kStatements[] = {
    R"(CREATE TABLE role_rights (
           role TEXT PRIMARY KEY,
           access INTEGER NOT NULL,
           set_up BOOLEAN NOT NULL,
           manage_admins BOOLEAN NOT NULL,
           act_as_others BOOLEAN NOT NULL))",
    "@ROLE_RIGHTS@",
    // The schema owner and superusers: they create the schema and could drop any check anyway.
    R"(CREATE FUNCTION connectors_privileged() RETURNS boolean AS $$
           SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
               OR EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = '@SCHEMA@'
                          AND tablename = 'admins' AND tableowner = session_user)
       $$ LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp)",
    // The account bound to this connection's login and its role's rights (no row when unbound).
    R"(CREATE FUNCTION connectors_session_rights(OUT email TEXT, OUT access INTEGER,
           OUT set_up BOOLEAN, OUT manage_admins BOOLEAN, OUT act_as_others BOOLEAN) AS $$
           SELECT a.email, r.access, r.set_up, r.manage_admins, r.act_as_others
           FROM admins a JOIN role_rights r ON r.role = a.role WHERE a.login = session_user
       $$ LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp)",
    R"(CREATE FUNCTION connectors_require_account() RETURNS record AS $$
           DECLARE me record;
           BEGIN
               SELECT * INTO me FROM connectors_session_rights();
               IF me.email IS NULL THEN
                   RAISE EXCEPTION 'the database login % is bound to no administrator account',
                       session_user USING ERRCODE = '42501';
               END IF;
               RETURN me;
           END $$ LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp)",
    // Connectors, flows, their activities and the organisation's settings: read/write roles only;
    // a new connector needs the set-up right and FLEX3, unless it brings back a deleted one.
    R"(CREATE FUNCTION connectors_guard_write() RETURNS trigger AS $$
           DECLARE me record;
           BEGIN
               IF connectors_privileged() THEN RETURN COALESCE(NEW, OLD); END IF;
               me := connectors_require_account();
               IF me.access < 2 THEN
                   RAISE EXCEPTION 'the role of % cannot change %', me.email, TG_TABLE_NAME
                       USING ERRCODE = '42501';
               END IF;
               IF TG_TABLE_NAME = 'connectors' AND TG_OP = 'INSERT'
                  AND NOT EXISTS (SELECT 1 FROM audit_log
                                  WHERE connector_id = NEW.id AND action = '@DELETE@')
                  AND (NOT me.set_up OR (SELECT licence FROM organisation) <> '@FLEX3@') THEN
                   RAISE EXCEPTION '% cannot set up connectors', me.email USING ERRCODE = '42501';
               END IF;
               RETURN COALESCE(NEW, OLD);
           END $$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp)",
    // Accounts: only roles that manage admins, and only roles within their own rights, before
    // and after the change.
    R"(CREATE FUNCTION connectors_guard_admins() RETURNS trigger AS $$
           DECLARE me record; r record;
           BEGIN
               IF connectors_privileged() THEN RETURN COALESCE(NEW, OLD); END IF;
               me := connectors_require_account();
               IF NOT me.manage_admins THEN
                   RAISE EXCEPTION 'the role of % cannot manage administrator accounts',
                       me.email USING ERRCODE = '42501';
               END IF;
               FOR r IN SELECT * FROM role_rights
                        WHERE (TG_OP <> 'DELETE' AND role = NEW.role)
                           OR (TG_OP <> 'INSERT' AND role = OLD.role) LOOP
                   IF r.access > me.access OR (r.set_up AND NOT me.set_up)
                      OR (r.manage_admins AND NOT me.manage_admins) THEN
                       RAISE EXCEPTION '% cannot grant or change the role %', me.email, r.role
                           USING ERRCODE = '42501';
                   END IF;
               END LOOP;
               IF TG_OP <> 'DELETE' AND NOT EXISTS (SELECT 1 FROM role_rights WHERE role = NEW.role)
               THEN
                   RAISE EXCEPTION 'unknown role %', NEW.role USING ERRCODE = '42501';
               END IF;
               RETURN COALESCE(NEW, OLD);
           END $$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp)",
    // The audit row's real actor comes from the login, never from the client; only a role that
    // may act as others may name another actor. A "create" row needs its connector, a "delete"
    // row an earlier "create" and no connector left, so a restore cannot be forged.
    R"(CREATE FUNCTION connectors_guard_audit() RETURNS trigger AS $$
           DECLARE me record;
           BEGIN
               SELECT * INTO me FROM connectors_session_rights();
               IF NOT connectors_privileged() THEN
                   me := connectors_require_account();
                   IF NEW.actor IS DISTINCT FROM me.email AND NOT me.act_as_others THEN
                       RAISE EXCEPTION '% may not act as %', me.email, NEW.actor
                           USING ERRCODE = '42501';
                   END IF;
                   IF NEW.action = '@CREATE@' AND NOT EXISTS
                          (SELECT 1 FROM connectors WHERE id = NEW.connector_id) THEN
                       RAISE EXCEPTION 'no connector % was created', NEW.connector_id
                           USING ERRCODE = '42501';
                   END IF;
                   IF NEW.action = '@DELETE@' AND (EXISTS
                          (SELECT 1 FROM connectors WHERE id = NEW.connector_id) OR NOT EXISTS
                          (SELECT 1 FROM audit_log WHERE connector_id = NEW.connector_id
                           AND action = '@CREATE@')) THEN
                       RAISE EXCEPTION 'connector % was not deleted', NEW.connector_id
                           USING ERRCODE = '42501';
                   END IF;
               END IF;
               IF me.email IS NOT NULL THEN
                   NEW.real_actor := CASE WHEN NEW.actor = me.email THEN NULL ELSE me.email END;
               END IF;
               RETURN NEW;
           END $$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp)",
    R"(CREATE TRIGGER connectors_guard BEFORE INSERT OR UPDATE OR DELETE ON connectors
           FOR EACH ROW EXECUTE FUNCTION connectors_guard_write())",
    R"(CREATE TRIGGER flows_guard BEFORE INSERT OR UPDATE OR DELETE ON flows
           FOR EACH ROW EXECUTE FUNCTION connectors_guard_write())",
    R"(CREATE TRIGGER flow_activities_guard BEFORE INSERT OR UPDATE OR DELETE ON flow_activities
           FOR EACH ROW EXECUTE FUNCTION connectors_guard_write())",
    R"(CREATE TRIGGER organisation_guard BEFORE INSERT OR UPDATE OR DELETE ON organisation
           FOR EACH ROW EXECUTE FUNCTION connectors_guard_write())",
    R"(CREATE TRIGGER admins_guard BEFORE INSERT OR UPDATE OR DELETE ON admins
           FOR EACH ROW EXECUTE FUNCTION connectors_guard_admins())",
    R"(CREATE TRIGGER audit_log_guard BEFORE INSERT ON audit_log
           FOR EACH ROW EXECUTE FUNCTION connectors_guard_audit())",
    // Any login that may connect reads and writes through the triggers above; the audit log is
    // append-only and the schema's own tables read-only for everyone but the owner.
    R"(REVOKE ALL ON organisation, admins, connectors, audit_log, flows, flow_activities,
           schema_version, role_rights FROM PUBLIC)",
    R"(GRANT SELECT ON organisation, admins, connectors, audit_log, flows, flow_activities,
           schema_version, role_rights TO PUBLIC)",
    R"(GRANT INSERT, UPDATE, DELETE ON organisation, admins, connectors, flows, flow_activities
           TO PUBLIC)",
    "GRANT INSERT ON audit_log TO PUBLIC",
    R"(REVOKE ALL ON FUNCTION connectors_guard_write(), connectors_guard_admins(),
           connectors_guard_audit() FROM PUBLIC)",
};

QString roleRightsInsert()
{
    QStringList rows;
    for (AdminRole role : AdminRoles::all()) {
        rows.append(
            QStringLiteral("('%1', %2, %3, %4, %5)")
                .arg(AdminRoles::key(role))
                .arg(int(RolePolicy::accessRight(role)))
                .arg(RolePolicy::canSetUp(role) ? QLatin1String("TRUE") : QLatin1String("FALSE"))
                .arg(RolePolicy::canManageAdmins(role) ? QLatin1String("TRUE")
                                                       : QLatin1String("FALSE"))
                .arg(RolePolicy::canActAsOthers(role) ? QLatin1String("TRUE")
                                                      : QLatin1String("FALSE")));
    }
    return QStringLiteral("INSERT INTO role_rights (role, access, set_up, manage_admins, "
                          "act_as_others) VALUES ") +
           rows.join(QStringLiteral(", "));
}

} // namespace

QStringList ServerPolicy::statements(const QString &schema)
{
    QStringList list;
    for (const char *raw : kStatements) {
        QString statement = QString::fromUtf8(raw);
        if (statement == QLatin1String("@ROLE_RIGHTS@")) {
            list.append(roleRightsInsert());
            continue;
        }
        statement.replace(QLatin1String("@SCHEMA@"), schema);
        statement.replace(QLatin1String("@DELETE@"), AuditActions::key(AuditAction::Delete));
        statement.replace(QLatin1String("@CREATE@"), AuditActions::key(AuditAction::Create));
        statement.replace(QLatin1String("@FLEX3@"), Licences::key(Licence::Flex3));
        list.append(statement);
    }
    return list;
}
