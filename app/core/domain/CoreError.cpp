#include "app/core/domain/CoreError.h"

#include "app/core/domain/AdminRole.h"
#include "app/core/domain/Licence.h"
#include "app/core/support/Timestamps.h"

#include <QDateTime>
#include <QLocale>

CoreError::CoreError(ErrorCode code, QStringList arguments)
    : m_code(code)
    , m_arguments(std::move(arguments))
{}

QString CoreError::argument(int index) const
{
    return m_arguments.value(index);
}

ErrorField CoreError::field() const
{
    switch (m_code) {
    case ErrorCode::NameRequired:
    case ErrorCode::NameTooLong:
    case ErrorCode::NameHasControlCharacters:
    case ErrorCode::NameInvisible:
    case ErrorCode::NameDuplicate:
        return ErrorField::Name;
    case ErrorCode::AccessRequired:
        return ErrorField::Access;
    case ErrorCode::ConsentRequired:
        return ErrorField::Consent;
    case ErrorCode::IdImmutable:
        return ErrorField::Id;
    case ErrorCode::StaleRevision:
        return ErrorField::Revision;
    case ErrorCode::AdminEmailInvalid:
    case ErrorCode::AdminDuplicate:
        return ErrorField::AdminEmail;
    case ErrorCode::AdminLoginTaken:
    case ErrorCode::AdminRebindNeedsFullAdmin:
    case ErrorCode::AdminLoginInvalid:
        return ErrorField::AdminLogin;
    case ErrorCode::AdminDisplayNameInvalid:
        return ErrorField::AdminDisplayName;
    case ErrorCode::ActivityConnectorRequired:
    case ErrorCode::ActivityConnectorUnknown:
    case ErrorCode::ActivityConnectorInactive:
    case ErrorCode::ConnectorInactiveForTest:
        return ErrorField::Connector;
    case ErrorCode::ActivityPathInvalid:
        return ErrorField::Path;
    case ErrorCode::ActivityUrlInvalid:
    case ErrorCode::ActivityUrlInsecure:
        return ErrorField::Url;
    case ErrorCode::ActivityMethodUnknown:
    case ErrorCode::ActivityMethodNotAllowed:
    case ErrorCode::RoleCannotSendWrites:
        return ErrorField::Method;
    case ErrorCode::ActivityVariableInvalid:
    case ErrorCode::ActivityVariableDuplicate:
        return ErrorField::OutputVariable;
    case ErrorCode::ActivityJsonPathInvalid:
        return ErrorField::JsonPath;
    case ErrorCode::ActivityTimeoutOutOfRange:
    case ErrorCode::ActivityTimeoutNotWhole:
        return ErrorField::Timeout;
    case ErrorCode::ActivityRetriesOutOfRange:
    case ErrorCode::ActivityRetriesNotWhole:
        return ErrorField::Retries;
    case ErrorCode::ApiBaseUrlInvalid:
    case ErrorCode::ApiBaseUrlInsecure:
        return ErrorField::ApiBaseUrl;
    case ErrorCode::AccessTokenMissing:
        return ErrorField::AccessToken;
    default:
        // TextNotUtf8 names its source (an option, a file) in its first argument and message.
        return ErrorField::None;
    }
}

QString CoreError::ruleKey() const
{
    switch (m_code) {
    case ErrorCode::NameRequired:
        return QStringLiteral("name.required");
    case ErrorCode::NameTooLong:
        return QStringLiteral("name.too-long");
    case ErrorCode::NameHasControlCharacters:
        return QStringLiteral("name.control-characters");
    case ErrorCode::NameInvisible:
        return QStringLiteral("name.invisible");
    case ErrorCode::TextNotUtf8:
        return QStringLiteral("text.not-utf8");
    case ErrorCode::NameDuplicate:
        return QStringLiteral("name.duplicate");
    case ErrorCode::AccessRequired:
        return QStringLiteral("access.required");
    case ErrorCode::ConsentRequired:
        return QStringLiteral("consent.required");
    case ErrorCode::EditWhileActive:
        return QStringLiteral("state.edit-while-active");
    case ErrorCode::DeleteWhileActive:
        return QStringLiteral("state.delete-while-active");
    case ErrorCode::IdImmutable:
        return QStringLiteral("id.immutable");
    case ErrorCode::AlreadyActive:
        return QStringLiteral("state.already-active");
    case ErrorCode::AlreadyInactive:
        return QStringLiteral("state.already-inactive");
    case ErrorCode::ConnectorNotFound:
        return QStringLiteral("connector.not-found");
    case ErrorCode::StaleRevision:
        return QStringLiteral("revision.stale");
    case ErrorCode::RoleHasNoAccess:
        return QStringLiteral("role.no-access");
    case ErrorCode::RoleIsReadOnly:
        return QStringLiteral("role.read-only");
    case ErrorCode::RoleCannotSetUp:
        return QStringLiteral("role.cannot-set-up");
    case ErrorCode::RoleCannotManageAdmins:
        return QStringLiteral("role.cannot-manage-admins");
    case ErrorCode::LicenceRequired:
        return QStringLiteral("licence.flex3-required");
    case ErrorCode::AdminNotFound:
        return QStringLiteral("admin.not-found");
    case ErrorCode::AdminEmailInvalid:
        return QStringLiteral("admin.email-invalid");
    case ErrorCode::AdminDuplicate:
        return QStringLiteral("admin.duplicate");
    case ErrorCode::AdminDisplayNameInvalid:
        return QStringLiteral("admin.display-name-invalid");
    case ErrorCode::AdminLoginTaken:
        return QStringLiteral("admin.login-taken");
    case ErrorCode::AdminRebindNeedsFullAdmin:
        return QStringLiteral("admin.rebind-needs-full-admin");
    case ErrorCode::AdminLoginInvalid:
        return QStringLiteral("admin.login-invalid");
    case ErrorCode::RoleCannotGrant:
        return QStringLiteral("role.cannot-grant");
    case ErrorCode::OsUserNotBound:
        return QStringLiteral("identity.os-user-not-bound");
    case ErrorCode::DatabaseLoginNotBound:
        return QStringLiteral("identity.login-not-bound");
    case ErrorCode::ActingAsNotAllowed:
        return QStringLiteral("identity.cannot-act-as");
    case ErrorCode::ServerRefused:
        return QStringLiteral("server.refused");
    case ErrorCode::FlowNotFound:
        return QStringLiteral("flow.not-found");
    case ErrorCode::FlowFileInvalid:
        return QStringLiteral("flow.file-invalid");
    case ErrorCode::FlowFilesInvalid:
        return QStringLiteral("flow.files-invalid");
    case ErrorCode::FlowDuplicateInImport:
        return QStringLiteral("flow.duplicate-in-import");
    case ErrorCode::FlowNameTaken:
        return QStringLiteral("flow.name-taken");
    case ErrorCode::FlowIdentityTaken:
        return QStringLiteral("flow.version-taken");
    case ErrorCode::FlowStaleRevision:
        return QStringLiteral("flow.revision-stale");
    case ErrorCode::RoleCannotChangeFlows:
        return QStringLiteral("role.cannot-change-flows");
    case ErrorCode::RoleCannotSendWrites:
        return QStringLiteral("role.cannot-send-writes");
    case ErrorCode::ActivityNotFound:
        return QStringLiteral("activity.not-found");
    case ErrorCode::ActivityConnectorRequired:
        return QStringLiteral("activity.connector-required");
    case ErrorCode::ActivityConnectorUnknown:
        return QStringLiteral("activity.connector-unknown");
    case ErrorCode::ActivityConnectorInactive:
        return QStringLiteral("activity.connector-inactive");
    case ErrorCode::ActivityPathInvalid:
        return QStringLiteral("activity.path-invalid");
    case ErrorCode::ActivityUrlInvalid:
        return QStringLiteral("activity.url-invalid");
    case ErrorCode::ActivityUrlInsecure:
        return QStringLiteral("activity.url-insecure");
    case ErrorCode::ActivityMethodUnknown:
        return QStringLiteral("activity.method-unknown");
    case ErrorCode::ActivityMethodNotAllowed:
        return QStringLiteral("activity.method-not-allowed");
    case ErrorCode::ActivityVariableInvalid:
        return QStringLiteral("activity.variable-invalid");
    case ErrorCode::ActivityVariableDuplicate:
        return QStringLiteral("activity.variable-duplicate");
    case ErrorCode::ActivityJsonPathInvalid:
        return QStringLiteral("activity.json-path-invalid");
    case ErrorCode::ActivityTimeoutOutOfRange:
        return QStringLiteral("activity.timeout-out-of-range");
    case ErrorCode::ActivityRetriesOutOfRange:
        return QStringLiteral("activity.retries-out-of-range");
    case ErrorCode::ActivityTimeoutNotWhole:
        return QStringLiteral("activity.timeout-not-whole");
    case ErrorCode::ActivityRetriesNotWhole:
        return QStringLiteral("activity.retries-not-whole");
    case ErrorCode::ApiBaseUrlInvalid:
        return QStringLiteral("live.base-url-invalid");
    case ErrorCode::ApiBaseUrlInsecure:
        return QStringLiteral("live.base-url-insecure");
    case ErrorCode::AccessTokenMissing:
        return QStringLiteral("live.token-missing");
    case ErrorCode::ConnectorInactiveForTest:
        return QStringLiteral("live.connector-inactive");
    case ErrorCode::FileIsDatabase:
        return QStringLiteral("file.is-database");
    case ErrorCode::FileNotRegular:
        return QStringLiteral("file.not-regular");
    case ErrorCode::FileTooLarge:
        return QStringLiteral("file.too-large");
    case ErrorCode::FileReadFailed:
        return QStringLiteral("file.read-failed");
    case ErrorCode::FileWriteFailed:
        return QStringLiteral("file.write-failed");
    case ErrorCode::DatabasePathInvalid:
        return QStringLiteral("database.path-invalid");
    case ErrorCode::DatabaseNotSqlite:
        return QStringLiteral("database.not-sqlite");
    case ErrorCode::DatabaseForeignSchema:
        return QStringLiteral("database.foreign-schema");
    case ErrorCode::DatabaseCorrupt:
        return QStringLiteral("database.corrupt");
    case ErrorCode::DatabaseNewerSchema:
        return QStringLiteral("database.newer-schema");
    case ErrorCode::DatabaseUnwritable:
        return QStringLiteral("database.unwritable");
    case ErrorCode::DatabaseReadOnly:
        return QStringLiteral("database.read-only");
    case ErrorCode::DatabaseBusy:
        return QStringLiteral("database.busy");
    case ErrorCode::DatabaseUnreachable:
        return QStringLiteral("database.unreachable");
    case ErrorCode::DatabaseFailure:
        return QStringLiteral("database.failure");
    }
    return {};
}

bool CoreError::isRuleRefusal() const
{
    switch (m_code) {
    case ErrorCode::FileReadFailed:
    case ErrorCode::FileWriteFailed:
    case ErrorCode::DatabasePathInvalid:
    case ErrorCode::DatabaseNotSqlite:
    case ErrorCode::DatabaseForeignSchema:
    case ErrorCode::DatabaseCorrupt:
    case ErrorCode::DatabaseNewerSchema:
    case ErrorCode::DatabaseUnwritable:
    case ErrorCode::DatabaseReadOnly:
    case ErrorCode::DatabaseBusy:
    case ErrorCode::DatabaseUnreachable:
    case ErrorCode::DatabaseFailure:
        return false;
    default:
        return true;
    }
}

namespace {

QString roleName(const QString &key)
{
    const auto role = AdminRoles::fromKey(key);
    return role ? AdminRoles::displayName(*role) : key;
}

QString localTime(const QString &isoTimestamp)
{
    const QDateTime at = QDateTime::fromString(isoTimestamp, Qt::ISODateWithMs);
    return at.isValid() ? Timestamps::toDisplay(at) : isoTimestamp;
}

} // namespace

QString CoreError::message() const
{
    switch (m_code) {
    case ErrorCode::NameRequired:
        return tr("Name: enter a name for the connector.");
    case ErrorCode::NameTooLong:
        return tr("Name: use at most %n characters (this name has %1).", nullptr,
                  argument(0).toInt())
            .arg(argument(1));
    case ErrorCode::NameHasControlCharacters:
        return tr("Name: remove the control characters (line breaks, tabs or invisible "
                  "direction marks); they are not allowed in a connector name.");
    case ErrorCode::NameInvisible:
        return tr("Name: the name shows nothing (it has only spaces or invisible characters); "
                  "use at least one visible letter, digit or symbol.");
    case ErrorCode::TextNotUtf8:
        return tr("%1: the text is not valid UTF-8 (the bytes at %2 do not form a character); "
                  "save it as UTF-8 and try again.")
            .arg(argument(0), argument(1));
    case ErrorCode::NameDuplicate:
        return tr("Name: the organisation already has a connector called \"%1\" (ID %2). "
                  "Connector names must be unique, ignoring case.")
            .arg(argument(0), argument(1));
    case ErrorCode::AccessRequired:
        return tr("Access level: choose read-only access, read-write access or both.");
    case ErrorCode::ConsentRequired:
        return tr("Authorisation: tick \"I authorize\" to let this connector read, write, modify "
                  "and delete data in the Contact Center solution; without it the connector "
                  "cannot be added.");
    case ErrorCode::EditWhileActive:
        return tr("The connector \"%1\" is active. Deactivate it before editing its settings.")
            .arg(argument(0));
    case ErrorCode::DeleteWhileActive:
        return tr("The connector \"%1\" is active. Only an inactive connector can be deleted: "
                  "deactivate it first.")
            .arg(argument(0));
    case ErrorCode::IdImmutable:
        return tr("Connector ID: the ID %1 was generated when the connector was created and can "
                  "never be changed.")
            .arg(argument(0));
    case ErrorCode::AlreadyActive:
        return tr("The connector \"%1\" is already active.").arg(argument(0));
    case ErrorCode::AlreadyInactive:
        return tr("The connector \"%1\" is already inactive.").arg(argument(0));
    case ErrorCode::ConnectorNotFound:
        return tr("There is no connector with the ID %1. It may have been deleted.")
            .arg(argument(0));
    case ErrorCode::StaleRevision:
        return tr("The connector \"%1\" was changed by %2 at %3 after you opened it. Reload it "
                  "and make your change again.")
            .arg(argument(0), argument(1), localTime(argument(2)));
    case ErrorCode::RoleHasNoAccess:
        return tr("Your role, %1, has no access to connectors.").arg(roleName(argument(0)));
    case ErrorCode::RoleIsReadOnly:
        return tr("Your role, %1, has read-only access to connectors: it cannot create, edit, "
                  "deactivate, activate or delete them.")
            .arg(roleName(argument(0)));
    case ErrorCode::RoleCannotSetUp:
        return tr("Your role, %1, cannot set up connectors. Only these roles can: %2; %3; %4.")
            .arg(roleName(argument(0)), AdminRoles::displayName(AdminRole::FullAdmin),
                 AdminRoles::displayName(AdminRole::ExternalFullAdmin),
                 AdminRoles::displayName(AdminRole::ContactCenterServiceAdmin));
    case ErrorCode::RoleCannotManageAdmins:
        return tr("Your role, %1, cannot manage administrator accounts; a full administrator "
                  "can.")
            .arg(roleName(argument(0)));
    case ErrorCode::LicenceRequired:
        return tr("Connectors can only be set up in an organisation on FLEX3 licences; this "
                  "organisation's licence is %1.")
            .arg(Licences::displayName(Licences::fromKey(argument(0))));
    case ErrorCode::AdminNotFound:
        if (argument(0).isEmpty())
            return tr("This organisation has no administrator accounts.");
        return tr("There is no administrator account \"%1\" in this organisation.")
            .arg(argument(0));
    case ErrorCode::AdminEmailInvalid:
        return tr("Email: \"%1\" is not a valid email address.").arg(argument(0));
    case ErrorCode::AdminDuplicate:
        return tr("Email: the administrator account \"%1\" already exists.").arg(argument(0));
    case ErrorCode::AdminDisplayNameInvalid:
        return tr("Display name: use 1 to 80 characters without control characters.");
    case ErrorCode::AdminLoginInvalid:
        return tr("Login: a login cannot hold control, direction-changing or invisible "
                  "characters.");
    case ErrorCode::AdminLoginTaken:
        return tr("Login: \"%1\" is already bound to the administrator account %2.")
            .arg(argument(0), argument(1));
    case ErrorCode::AdminRebindNeedsFullAdmin:
        return tr("Login: the administrator account %1 is already bound to the login \"%2\"; "
                  "only a full administrator may bind it to another login.")
            .arg(argument(0), argument(1));
    case ErrorCode::RoleCannotGrant:
        return tr("Your role, %1, cannot grant the role %2: it has rights your role lacks "
                  "(nobody grants more than their own rights).")
            .arg(roleName(argument(0)), roleName(argument(1)));
    case ErrorCode::OsUserNotBound:
        return tr("The operating-system user \"%1\" is bound to no administrator account of "
                  "this database. A full administrator can bind it: connectorctl admins add "
                  "EMAIL --role ROLE --login %1")
            .arg(argument(0));
    case ErrorCode::DatabaseLoginNotBound:
        return tr("The database login \"%1\" is bound to no administrator account of this "
                  "organisation. A full administrator can bind it: connectorctl admins add "
                  "EMAIL --role ROLE --login %1")
            .arg(argument(0));
    case ErrorCode::ActingAsNotAllowed:
        return tr("Only a full administrator may act as another account: you are %1, so you "
                  "cannot act as %2.")
            .arg(argument(0), argument(1));
    case ErrorCode::ServerRefused:
        return tr("The database server refused the change: %1").arg(argument(0));
    case ErrorCode::FlowNotFound:
        return tr("There is no flow \"%1\". It may have been deleted.").arg(argument(0));
    case ErrorCode::FlowFileInvalid:
        return tr("%1 is not a Flow Designer flow export: %2").arg(argument(0), argument(1));
    case ErrorCode::FlowFilesInvalid: {
        const int total = argument(0).toInt();
        QStringList lines{
            tr("%n file(s) cannot be imported, so nothing was imported:", nullptr, total)};
        for (qsizetype i = 1; i < m_arguments.size(); ++i)
            lines.append(tr("- %1", "one bad file of an import").arg(m_arguments.at(i)));
        if (const int more = total - int(m_arguments.size() - 1); more > 0)
            lines.append(tr("…and %n more.", "bad files not listed", more));
        return lines.join(u'\n');
    }
    case ErrorCode::FlowDuplicateInImport:
        return tr("%1 and %2 both hold a flow called \"%3\"; import one of them at a time.")
            .arg(argument(0), argument(1), argument(2));
    case ErrorCode::FlowNameTaken:
        return tr("The flow \"%1\" (ID %2) cannot be renamed to \"%3\": the flow \"%4\" (ID %5) "
                  "already has that name. Flow names must be unique, ignoring case.")
            .arg(argument(0), argument(1), argument(2), argument(3), argument(4));
    case ErrorCode::FlowIdentityTaken:
        return tr("The flow \"%1\" (ID %2) cannot become the %3 of Flow Designer flow %4: the "
                  "flow \"%5\" (ID %6) already is. Delete one of them first.")
            .arg(argument(0), argument(1), argument(2), argument(3), argument(4), argument(5));
    case ErrorCode::FlowStaleRevision:
        return tr("The flow \"%1\" was changed by %2 at %3 after you opened it. Reload it and "
                  "make your change again.")
            .arg(argument(0), argument(1), localTime(argument(2)));
    case ErrorCode::RoleCannotChangeFlows:
        return tr("Your role, %1, has read-only access: it cannot import, edit or delete flows.")
            .arg(roleName(argument(0)));
    case ErrorCode::RoleCannotSendWrites:
        return tr("Method: your role, %1, has read-only access, so a test request may only use "
                  "GET, HEAD or OPTIONS, not %2.")
            .arg(roleName(argument(0)), argument(1));
    case ErrorCode::ActivityNotFound:
        return tr("The flow \"%1\" has no HTTP Request activity \"%2\".")
            .arg(argument(0), argument(1));
    case ErrorCode::ActivityConnectorRequired:
        return tr("Connector: choose the connector this authenticated request goes through.");
    case ErrorCode::ActivityConnectorUnknown:
        return tr("Connector: there is no connector with the ID %1; it may have been deleted. "
                  "Choose another connector.")
            .arg(argument(0));
    case ErrorCode::ActivityConnectorInactive:
        return tr("Connector inactive: calls fail here. The connector \"%1\" is inactive, so "
                  "this request cannot go through it; reactivate it or choose another connector.")
            .arg(argument(0));
    case ErrorCode::ActivityPathInvalid:
        return tr("Request path: \"%1\" must start with \"/\" and contain no spaces, control "
                  "characters or #, e.g. /organization/{orgId}/v2/team.")
            .arg(argument(0));
    case ErrorCode::ActivityUrlInvalid:
        return tr("Request URL: \"%1\" is not a complete http or https address.").arg(argument(0));
    case ErrorCode::ActivityUrlInsecure:
        return tr("Request URL: \"%1\" must use https for a test request; plain http is allowed "
                  "only for this computer (localhost, 127.0.0.1, ::1).")
            .arg(argument(0));
    case ErrorCode::ActivityMethodUnknown:
        return tr("Method: \"%1\" is not one of GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD.")
            .arg(argument(0));
    case ErrorCode::ActivityMethodNotAllowed:
        return tr("Method: the connector \"%2\" has read-only access, which allows GET only; "
                  "%1 needs a connector with read-write access.")
            .arg(argument(0), argument(1));
    case ErrorCode::ActivityVariableInvalid:
        return tr("Output variable: \"%1\" is not a valid variable name. Start with a letter or "
                  "\"_\" and use only letters, digits and \"_\".")
            .arg(argument(0));
    case ErrorCode::ActivityVariableDuplicate:
        return tr("Output variable: \"%1\" is used more than once in this activity; each "
                  "output variable must be unique.")
            .arg(argument(0));
    case ErrorCode::ActivityJsonPathInvalid:
        return tr("JSON Path for \"%1\": %2 (at character %3).")
            .arg(argument(0), argument(1), argument(2));
    case ErrorCode::ActivityTimeoutOutOfRange:
        return tr("Response timeout: %1 ms is outside the allowed range of %2 to %3 ms.")
            .arg(argument(0), argument(1), argument(2));
    case ErrorCode::ActivityRetriesOutOfRange:
        return tr("Retry attempts: %1 is outside the allowed range of %2 to %3.")
            .arg(argument(0), argument(1), argument(2));
    case ErrorCode::ActivityTimeoutNotWhole:
        return tr("Response timeout: %1 is not a whole number of milliseconds; use a whole "
                  "number from %2 to %3.")
            .arg(argument(0), argument(1), argument(2));
    case ErrorCode::ActivityRetriesNotWhole:
        return tr("Retry attempts: %1 is not a whole number; use a whole number from %2 to %3.")
            .arg(argument(0), argument(1), argument(2));
    case ErrorCode::ApiBaseUrlInvalid:
        return tr("API base URL: \"%1\" is not a valid address, e.g. "
                  "https://api.wxcc-us1.cisco.com.")
            .arg(argument(0));
    case ErrorCode::ApiBaseUrlInsecure:
        return tr("API base URL: \"%1\" must use https; plain http is allowed only for this "
                  "computer (localhost, 127.0.0.1, ::1).")
            .arg(argument(0));
    case ErrorCode::AccessTokenMissing:
        return tr("Access token: enter your access token in Flow > Test request settings first.");
    case ErrorCode::ConnectorInactiveForTest:
        return tr("Connector: \"%1\" is inactive, so flows cannot call it. Activate it to send "
                  "a test request.")
            .arg(argument(0));
    case ErrorCode::FileIsDatabase:
        return tr("%1 is the database's own file %2: writing it would destroy the database. "
                  "Choose another file.")
            .arg(argument(0), argument(1));
    case ErrorCode::FileNotRegular:
        return tr("%1 is not a regular file, so it was not read (a device, folder or pipe may "
                  "never end). Give a regular file.")
            .arg(argument(0));
    case ErrorCode::FileTooLarge:
        return tr("%1 is larger than %2 MiB, the most the console reads for this kind of file.")
            .arg(argument(0), argument(1));
    case ErrorCode::FileReadFailed:
        return tr("Cannot read %1: %2").arg(argument(0), argument(1));
    case ErrorCode::FileWriteFailed:
        return tr("Cannot write %1: %2").arg(argument(0), argument(1));
    case ErrorCode::DatabasePathInvalid:
        if (m_arguments.size() > 1) // with the reason
            return tr("The database location \"%1\" cannot be used: %2.")
                .arg(argument(0), argument(1));
        return tr("The database path \"%1\" is not valid.").arg(argument(0));
    case ErrorCode::DatabaseNotSqlite:
        return tr("The file %1 is not a connectors database (it is not an SQLite file). It was "
                  "left untouched; choose another file with --database.")
            .arg(argument(0));
    case ErrorCode::DatabaseForeignSchema:
        return tr("The database %1 belongs to another application, not to this console (it holds: "
                  "%2). It was left untouched; choose another file or database with --database.")
            .arg(argument(0), argument(1));
    case ErrorCode::DatabaseCorrupt:
        return tr("The database %1 is damaged and cannot be read (%2). It was left untouched; "
                  "restore it from a backup or choose another file.")
            .arg(argument(0), argument(1));
    case ErrorCode::DatabaseNewerSchema:
        return tr("The database %1 was written by a newer version of this console (schema "
                  "version %2; this version understands up to %3). It was left untouched; "
                  "update the console to open it.")
            .arg(argument(0), argument(1), argument(2));
    case ErrorCode::DatabaseUnwritable:
        return tr("The database %1 cannot be created or written (%2). Check that the folder "
                  "exists and that you may write to it, or choose another file.")
            .arg(argument(0), argument(1));
    case ErrorCode::DatabaseReadOnly:
        return tr("The database %1 is open read-only, so nothing can be changed. Make the file "
                  "writable and open it again.")
            .arg(argument(0));
    case ErrorCode::DatabaseBusy:
        return tr("The database %1 is busy with another program's change. Try again in a "
                  "moment.")
            .arg(argument(0));
    case ErrorCode::DatabaseUnreachable:
        return tr("Cannot connect to the database server %1 (%2). Check the address, the user "
                  "name and password, and that the server is running.")
            .arg(argument(0), argument(1));
    case ErrorCode::DatabaseFailure:
        return tr("The database reported an error: %1").arg(argument(0));
    }
    return {};
}
