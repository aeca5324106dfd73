#include "app/core/store/SchemaMigrator.h"

#include "app/core/store/Database.h"
#include "app/core/store/ServerPolicy.h"
#include "app/core/store/SqlTransaction.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Version 1: the first released schema. Names are unique on a case-folded key computed by the
// core (SQLite's NOCASE only folds ASCII, which would let "Звіти" and "ЗВІТИ" coexist).
const char *const kVersion1[] = {
    R"(CREATE TABLE organisation (
           id INTEGER PRIMARY KEY CHECK (id = 1),
           name TEXT NOT NULL,
           licence TEXT NOT NULL,
           created_at TEXT NOT NULL))",
    R"(CREATE TABLE admins (
           email TEXT PRIMARY KEY,
           display_name TEXT NOT NULL,
           role TEXT NOT NULL,
           created_at TEXT NOT NULL))",
    R"(CREATE TABLE connectors (
           id TEXT PRIMARY KEY,
           name TEXT NOT NULL,
           name_key TEXT NOT NULL UNIQUE,
           access INTEGER NOT NULL CHECK (access BETWEEN 1 AND 3),
           active INTEGER NOT NULL CHECK (active IN (0, 1)),
           authorized_by TEXT NOT NULL,
           authorized_at TEXT NOT NULL,
           created_by TEXT NOT NULL,
           created_at TEXT NOT NULL,
           updated_by TEXT NOT NULL,
           updated_at TEXT NOT NULL))",
    R"(CREATE TABLE audit_log (
           seq @SEQUENCE_KEY@,
           at TEXT NOT NULL,
           actor TEXT NOT NULL,
           action TEXT NOT NULL,
           connector_id TEXT,
           subject TEXT NOT NULL,
           before_json TEXT NOT NULL,
           after_json TEXT NOT NULL))",
};

// Version 2: revisions for optimistic concurrency between consoles, an ID that the database
// itself refuses to change, and indexes for the per-connector history and the card list.
const char *const kVersion2[] = {
    "ALTER TABLE connectors ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "@ID_GUARD@",
    "CREATE INDEX audit_log_by_connector ON audit_log (connector_id, seq)",
    "CREATE INDEX connectors_by_state_and_name ON connectors (active, name_key)",
};

// Version 3: flows imported from Flow Designer, kept whole as JSON, with their HTTP Request
// activities indexed by connector for where-used. An activity's connector is deliberately not a
// foreign key: deleting a connector leaves the activities in place, broken, as in Flow Designer.
// The organisation gains the API base URL that test requests go to.
const char *const kVersion3[] = {
    R"(CREATE TABLE flows (
           id TEXT PRIMARY KEY,
           name TEXT NOT NULL,
           name_key TEXT NOT NULL UNIQUE,
           flow_type TEXT NOT NULL,
           description TEXT NOT NULL,
           document TEXT NOT NULL,
           imported_by TEXT NOT NULL,
           imported_at TEXT NOT NULL,
           updated_by TEXT NOT NULL,
           updated_at TEXT NOT NULL,
           revision INTEGER NOT NULL))",
    R"(CREATE TABLE flow_activities (
           flow_id TEXT NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
           event_flow TEXT NOT NULL,
           node_id TEXT NOT NULL,
           node_name TEXT NOT NULL,
           connector_id TEXT))",
    "CREATE INDEX flow_activities_by_connector ON flow_activities (connector_id)",
    "CREATE INDEX flow_activities_by_flow ON flow_activities (flow_id)",
    R"(ALTER TABLE organisation ADD COLUMN api_base_url TEXT NOT NULL
           DEFAULT 'https://api.wxcc-us1.cisco.com')",
};

// Version 4: identity. An account is bound to the operating-system user (SQLite file) or the
// database login (PostgreSQL) of its person, and an audit row names the full administrator
// really at the keyboard when the actor was acted as. On PostgreSQL the server then enforces the
// role policy itself (ServerPolicy).
const char *const kVersion4[] = {
    "ALTER TABLE admins ADD COLUMN login TEXT",
    "CREATE UNIQUE INDEX admins_by_login ON admins (login)",
    "ALTER TABLE audit_log ADD COLUMN real_actor TEXT",
};

// Version 5: Flow Designer's identity and version facts. A flow is identified by its `flowId`
// (flow_key) and which version the console holds of it (version_slot: the Live one or the latest
// other one), no longer by its name: two flows of one name are two flows, so name_key loses its
// UNIQUE and stays an index for search and sort. Flows stored before (authoring shape, no
// flowId) keep NULL keys, which the partial unique index ignores, and are the latest version.
// SQLite cannot drop a column constraint, so it rebuilds both flow tables: the activities are
// copied into a table that already references the new flows table, and the old activities are
// dropped before the old flows, so ON DELETE CASCADE (foreign keys are on) never fires.
const char *const kVersion5Sqlite[] = {
    R"(CREATE TABLE flows_new (
           id TEXT PRIMARY KEY,
           name TEXT NOT NULL,
           name_key TEXT NOT NULL,
           flow_type TEXT NOT NULL,
           description TEXT NOT NULL,
           document TEXT NOT NULL,
           imported_by TEXT NOT NULL,
           imported_at TEXT NOT NULL,
           updated_by TEXT NOT NULL,
           updated_at TEXT NOT NULL,
           revision INTEGER NOT NULL,
           flow_key TEXT,
           version_id TEXT NOT NULL DEFAULT '',
           version_number INTEGER NOT NULL DEFAULT 0,
           last_modified TEXT NOT NULL DEFAULT '',
           tags TEXT NOT NULL DEFAULT '[]',
           version_slot TEXT NOT NULL DEFAULT 'latest' CHECK (version_slot IN ('latest', 'live')),
           shape TEXT NOT NULL DEFAULT 'authoring' CHECK (shape IN ('authoring', 'export'))))",
    R"(INSERT INTO flows_new (id, name, name_key, flow_type, description, document, imported_by,
           imported_at, updated_by, updated_at, revision)
       SELECT id, name, name_key, flow_type, description, document, imported_by, imported_at,
           updated_by, updated_at, revision FROM flows)",
    R"(CREATE TABLE flow_activities_new (
           flow_id TEXT NOT NULL REFERENCES flows_new (id) ON DELETE CASCADE,
           event_flow TEXT NOT NULL,
           node_id TEXT NOT NULL,
           node_name TEXT NOT NULL,
           connector_id TEXT))",
    R"(INSERT INTO flow_activities_new (flow_id, event_flow, node_id, node_name, connector_id)
       SELECT flow_id, event_flow, node_id, node_name, connector_id FROM flow_activities)",
    "DROP TABLE flow_activities",
    "DROP TABLE flows",
    // Renaming rewrites the activities' REFERENCES flows_new to flows.
    "ALTER TABLE flows_new RENAME TO flows",
    "ALTER TABLE flow_activities_new RENAME TO flow_activities",
    "CREATE INDEX flow_activities_by_connector ON flow_activities (connector_id)",
    "CREATE INDEX flow_activities_by_flow ON flow_activities (flow_id)",
    "CREATE INDEX flows_by_name_key ON flows (name_key, id)",
    R"(CREATE UNIQUE INDEX flows_by_identity ON flows (flow_key, version_slot)
           WHERE flow_key IS NOT NULL)",
};
// PostgreSQL drops the constraint in place, so the server policy's triggers, row security and
// grants on flows stay as they are.
const char *const kVersion5Postgres[] = {
    "ALTER TABLE flows ADD COLUMN flow_key TEXT",
    "ALTER TABLE flows ADD COLUMN version_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE flows ADD COLUMN version_number INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE flows ADD COLUMN last_modified TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE flows ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
    R"(ALTER TABLE flows ADD COLUMN version_slot TEXT NOT NULL DEFAULT 'latest'
           CHECK (version_slot IN ('latest', 'live')))",
    R"(ALTER TABLE flows ADD COLUMN shape TEXT NOT NULL DEFAULT 'authoring'
           CHECK (shape IN ('authoring', 'export')))",
    "ALTER TABLE flows DROP CONSTRAINT flows_name_key_key",
    "CREATE INDEX flows_by_name_key ON flows (name_key, id)",
    R"(CREATE UNIQUE INDEX flows_by_identity ON flows (flow_key, version_slot)
           WHERE flow_key IS NOT NULL)",
};

// Version 6: listing flows without reading their documents. A real export is about 250 KB, and
// SQLite reads a column stored after such a value by walking the value's overflow pages, so the
// small columns that where-used and listings read (flow_key, version_slot, ...) cost a whole
// document each while they sit behind it. SQLite rebuilds the flow tables (as in step 5) with
// the document last; both backends gain activity_list, the HTTP Request activities as compact
// JSON (ActivityListCodec), written on every save. Rows migrated with it empty are read from
// their document until their next save.
const char *const kVersion6Sqlite[] = {
    R"(CREATE TABLE flows_new (
           id TEXT PRIMARY KEY,
           name TEXT NOT NULL,
           name_key TEXT NOT NULL,
           flow_type TEXT NOT NULL,
           description TEXT NOT NULL,
           imported_by TEXT NOT NULL,
           imported_at TEXT NOT NULL,
           updated_by TEXT NOT NULL,
           updated_at TEXT NOT NULL,
           revision INTEGER NOT NULL,
           flow_key TEXT,
           version_id TEXT NOT NULL DEFAULT '',
           version_number INTEGER NOT NULL DEFAULT 0,
           last_modified TEXT NOT NULL DEFAULT '',
           tags TEXT NOT NULL DEFAULT '[]',
           version_slot TEXT NOT NULL DEFAULT 'latest' CHECK (version_slot IN ('latest', 'live')),
           shape TEXT NOT NULL DEFAULT 'authoring' CHECK (shape IN ('authoring', 'export')),
           activity_list TEXT NOT NULL DEFAULT '',
           document TEXT NOT NULL))",
    R"(INSERT INTO flows_new (id, name, name_key, flow_type, description, imported_by,
           imported_at, updated_by, updated_at, revision, flow_key, version_id, version_number,
           last_modified, tags, version_slot, shape, document)
       SELECT id, name, name_key, flow_type, description, imported_by, imported_at, updated_by,
           updated_at, revision, flow_key, version_id, version_number, last_modified, tags,
           version_slot, shape, document FROM flows)",
    R"(CREATE TABLE flow_activities_new (
           flow_id TEXT NOT NULL REFERENCES flows_new (id) ON DELETE CASCADE,
           event_flow TEXT NOT NULL,
           node_id TEXT NOT NULL,
           node_name TEXT NOT NULL,
           connector_id TEXT))",
    R"(INSERT INTO flow_activities_new (flow_id, event_flow, node_id, node_name, connector_id)
       SELECT flow_id, event_flow, node_id, node_name, connector_id FROM flow_activities)",
    "DROP TABLE flow_activities",
    "DROP TABLE flows",
    "ALTER TABLE flows_new RENAME TO flows",
    "ALTER TABLE flow_activities_new RENAME TO flow_activities",
    "CREATE INDEX flow_activities_by_connector ON flow_activities (connector_id)",
    "CREATE INDEX flow_activities_by_flow ON flow_activities (flow_id)",
    "CREATE INDEX flows_by_name_key ON flows (name_key, id)",
    R"(CREATE UNIQUE INDEX flows_by_identity ON flows (flow_key, version_slot)
           WHERE flow_key IS NOT NULL)",
};
// PostgreSQL keeps large values out of line (TOAST), so column order costs nothing there.
const char *const kVersion6Postgres[] = {
    "ALTER TABLE flows ADD COLUMN activity_list TEXT NOT NULL DEFAULT ''",
};

// The few places where SQLite and PostgreSQL differ: an ever-increasing key, and how a trigger
// refuses a change.
const char *const kSqliteIdGuard[] = {
    R"(CREATE TRIGGER connectors_id_is_immutable
           BEFORE UPDATE OF id ON connectors
           WHEN NEW.id IS NOT OLD.id
           BEGIN SELECT RAISE(ABORT, 'connector id is immutable'); END)",
};
const char *const kPostgresIdGuard[] = {
    R"(CREATE FUNCTION connectors_id_is_immutable() RETURNS trigger AS $$
           BEGIN
               IF NEW.id IS DISTINCT FROM OLD.id THEN
                   RAISE EXCEPTION 'connector id is immutable';
               END IF;
               RETURN NEW;
           END $$ LANGUAGE plpgsql)",
    R"(CREATE TRIGGER connectors_id_is_immutable
           BEFORE UPDATE OF id ON connectors
           FOR EACH ROW EXECUTE FUNCTION connectors_id_is_immutable())",
};

template<std::size_t N>
QStringList toList(const char *const (&statements)[N], Database::Backend backend)
{
    const bool sqlite = backend == Database::Backend::Sqlite;
    QStringList list;
    for (const char *raw : statements) {
        QString statement = QString::fromUtf8(raw);
        if (statement == QLatin1String("@ID_GUARD@")) {
            if (sqlite) {
                for (const char *part : kSqliteIdGuard)
                    list.append(QString::fromUtf8(part));
            } else {
                for (const char *part : kPostgresIdGuard)
                    list.append(QString::fromUtf8(part));
            }
            continue;
        }
        statement.replace(QLatin1String("@SEQUENCE_KEY@"),
                          sqlite
                              ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                              : QLatin1String("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));
        list.append(statement);
    }
    return list;
}

// The schema the tables live in, for the server policy's fixed search path.
Result<QString> currentSchema(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT current_schema()")) || !query.next())
        return database.errorFrom(query.lastError());
    const QString schema = query.value(0).toString();
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!plain.match(schema).hasMatch())
        return CoreError(ErrorCode::DatabaseFailure,
                         {QStringLiteral("unsupported schema name \"%1\"").arg(schema)});
    return schema;
}

} // namespace

int SchemaMigrator::latestVersion()
{
    return 6;
}

QStringList SchemaMigrator::statementsForStep(int version, Database::Backend backend)
{
    switch (version) {
    case 1:
        return toList(kVersion1, backend);
    case 2:
        return toList(kVersion2, backend);
    case 3:
        return toList(kVersion3, backend);
    case 4:
        return toList(kVersion4, backend);
    case 5:
        return backend == Database::Backend::Sqlite ? toList(kVersion5Sqlite, backend)
                                                    : toList(kVersion5Postgres, backend);
    case 6:
        return backend == Database::Backend::Sqlite ? toList(kVersion6Sqlite, backend)
                                                    : toList(kVersion6Postgres, backend);
    default:
        return {};
    }
}

Result<void> SchemaMigrator::migrate(const Database &database, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        SqlTransaction transaction(database);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        QStringList statements = statementsForStep(version, database.backend());
        if (version == 4 && database.backend() == Database::Backend::Postgres) {
            auto schema = currentSchema(database);
            if (!schema)
                return schema.error();
            statements += ServerPolicy::statements(*schema);
        }
        for (const QString &statement : std::as_const(statements)) {
            if (auto done = database.execute(statement); !done)
                return done.error();
        }
        if (auto done = database.writeSchemaVersion(version); !done)
            return done.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return {};
}
