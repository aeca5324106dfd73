#include "app/core/store/ServerPolicy.h"

#include "app/core/domain/AuditEntry.h"
#include "app/core/domain/Licence.h"
#include "app/core/policy/RolePolicy.h"

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
               -- The consent record and the creation never change; an active connector only
               -- gets deactivated (its bookkeeping moves along) and is deleted only when inactive.
               IF TG_TABLE_NAME = 'connectors' AND TG_OP = 'UPDATE' THEN
                   IF (NEW.id, NEW.authorized_by, NEW.authorized_at, NEW.created_by,
                       NEW.created_at) IS DISTINCT FROM (OLD.id, OLD.authorized_by,
                       OLD.authorized_at, OLD.created_by, OLD.created_at) THEN
                       RAISE EXCEPTION 'the consent and creation of connector % cannot change',
                           OLD.id USING ERRCODE = '42501';
                   END IF;
                   IF OLD.active = 1 AND (NEW.name, NEW.name_key, NEW.access)
                          IS DISTINCT FROM (OLD.name, OLD.name_key, OLD.access) THEN
                       RAISE EXCEPTION 'connector % is active: deactivate it before editing',
                           OLD.id USING ERRCODE = '42501';
                   END IF;
               END IF;
               IF TG_TABLE_NAME = 'connectors' AND TG_OP = 'DELETE' THEN
                   IF OLD.active = 1 THEN
                       RAISE EXCEPTION 'connector % is active: deactivate it before deleting',
                           OLD.id USING ERRCODE = '42501';
                   END IF;
               END IF;
               -- Nested: PL/pgSQL resolves NEW.id when the expression runs, and only the
               -- connectors table has an id column (flow_activities has none).
               IF TG_TABLE_NAME = 'connectors' AND TG_OP = 'INSERT' THEN
                   IF NOT EXISTS (SELECT 1 FROM audit_log
                                  WHERE connector_id = NEW.id AND action = '@DELETE@')
                      AND (NOT me.set_up OR (SELECT licence FROM organisation) <> '@FLEX3@') THEN
                       RAISE EXCEPTION '% cannot set up connectors', me.email
                           USING ERRCODE = '42501';
                   END IF;
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
               -- Nobody changes their own role or binding, and only a role that may act as
               -- others moves an account that already has a login (that takes over a person).
               IF TG_OP = 'UPDATE' THEN
                   IF OLD.email = me.email AND (NEW.email IS DISTINCT FROM OLD.email
                          OR NEW.role IS DISTINCT FROM OLD.role
                          OR NEW.login IS DISTINCT FROM OLD.login) THEN
                       RAISE EXCEPTION '% may not change their own account', me.email
                           USING ERRCODE = '42501';
                   END IF;
                   IF OLD.login IS NOT NULL AND NEW.login IS DISTINCT FROM OLD.login
                      AND NOT me.act_as_others THEN
                       RAISE EXCEPTION '% may not rebind the account %', me.email, OLD.email
                           USING ERRCODE = '42501';
                   END IF;
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
                   -- Only actions the login's own role may take.
                   IF NEW.action LIKE 'admin-%' AND NOT me.manage_admins THEN
                       RAISE EXCEPTION 'the role of % cannot manage administrator accounts',
                           me.email USING ERRCODE = '42501';
                   END IF;
                   IF NEW.action NOT LIKE 'admin-%' AND me.access < 2 THEN
                       RAISE EXCEPTION 'the role of % cannot change connectors or flows',
                           me.email USING ERRCODE = '42501';
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
                   -- The server's clock, in the console's own format (Timestamps), so a row
                   -- can be neither back- nor forward-dated.
                   NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                     'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
               END IF;
               NEW.txid := txid_current();
               IF me.email IS NOT NULL THEN
                   NEW.real_actor := CASE WHEN NEW.actor = me.email THEN NULL ELSE me.email END;
               END IF;
               RETURN NEW;
           END $$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp)",
    // Every change to connectors, flows and accounts has its audit row in the same transaction,
    // checked at commit (a psql write without one fails there); the server stamps the row's
    // transaction, so a client cannot claim another.
    "ALTER TABLE audit_log ADD COLUMN txid BIGINT DEFAULT txid_current()",
    "CREATE INDEX audit_log_by_txid ON audit_log (txid)",
    R"(CREATE FUNCTION connectors_require_audit() RETURNS trigger AS $$
           DECLARE new_key TEXT; old_key TEXT;
           BEGIN
               IF connectors_privileged() THEN RETURN NULL; END IF;
               -- One statement per table and operation: PL/pgSQL resolves a field only when
               -- its statement runs, and each table has its own key column.
               IF TG_TABLE_NAME = 'connectors' THEN
                   IF TG_OP <> 'DELETE' THEN new_key := NEW.id; END IF;
                   IF TG_OP <> 'INSERT' THEN old_key := OLD.id; END IF;
               ELSIF TG_TABLE_NAME = 'flows' THEN
                   IF TG_OP <> 'DELETE' THEN new_key := NEW.name; END IF;
                   IF TG_OP <> 'INSERT' THEN old_key := OLD.name; END IF;
               ELSE
                   IF TG_OP <> 'DELETE' THEN new_key := NEW.email; END IF;
                   IF TG_OP <> 'INSERT' THEN old_key := OLD.email; END IF;
               END IF;
               new_key := COALESCE(new_key, old_key);
               old_key := COALESCE(old_key, new_key);
               IF NOT EXISTS (SELECT 1 FROM audit_log WHERE txid = txid_current() AND CASE
                      TG_TABLE_NAME WHEN 'connectors' THEN connector_id IN (new_key, old_key)
                      WHEN 'flows' THEN action LIKE 'flow-%' AND subject IN (new_key, old_key)
                      ELSE action LIKE 'admin-%' AND subject IN (new_key, old_key) END) THEN
                   RAISE EXCEPTION 'the change to % % has no audit row', TG_TABLE_NAME, new_key
                       USING ERRCODE = '42501';
               END IF;
               RETURN NULL;
           END $$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp)",
    R"(CREATE CONSTRAINT TRIGGER connectors_audited AFTER INSERT OR UPDATE OR DELETE
           ON connectors DEFERRABLE INITIALLY DEFERRED
           FOR EACH ROW EXECUTE FUNCTION connectors_require_audit())",
    R"(CREATE CONSTRAINT TRIGGER flows_audited AFTER INSERT OR UPDATE OR DELETE
           ON flows DEFERRABLE INITIALLY DEFERRED
           FOR EACH ROW EXECUTE FUNCTION connectors_require_audit())",
    R"(CREATE CONSTRAINT TRIGGER admins_audited AFTER INSERT OR UPDATE OR DELETE
           ON admins DEFERRABLE INITIALLY DEFERRED
           FOR EACH ROW EXECUTE FUNCTION connectors_require_audit())",
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
    // Reads: a login bound to no account, or whose role has no access to connectors, sees no
    // connector, flow or audit row, and of the accounts only its own (so the console can say
    // why). The owner bypasses row security; writes stay with the triggers above.
    R"(CREATE FUNCTION connectors_may_read() RETURNS boolean AS $$
           SELECT connectors_privileged()
               OR EXISTS (SELECT 1 FROM connectors_session_rights() WHERE access >= 1)
       $$ LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp)",
    "@ROW_SECURITY@",
    R"(CREATE POLICY admins_read ON admins FOR SELECT
           USING ((SELECT connectors_may_read()) OR login = session_user))",
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
           connectors_guard_audit(), connectors_require_audit() FROM PUBLIC)",
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

// Row security on the tables a role without access may not read: reading needs the access
// right, writing passes the policies and is judged by the triggers.
QStringList rowSecurity()
{
    QStringList list;
    for (const char *table : {"connectors", "audit_log", "flows", "flow_activities", "admins"}) {
        const QString name = QString::fromLatin1(table);
        list.append(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name));
        if (name != QLatin1String("admins"))
            list.append(QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT "
                                       "USING ((SELECT connectors_may_read()))")
                            .arg(name));
        list.append(
            QStringLiteral("CREATE POLICY %1_insert ON %1 FOR INSERT WITH CHECK (true)").arg(name));
        list.append(
            QStringLiteral("CREATE POLICY %1_update ON %1 FOR UPDATE USING (true)").arg(name));
        list.append(
            QStringLiteral("CREATE POLICY %1_delete ON %1 FOR DELETE USING (true)").arg(name));
    }
    return list;
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
        if (statement == QLatin1String("@ROW_SECURITY@")) {
            list.append(rowSecurity());
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
