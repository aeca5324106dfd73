#pragma once

// Every reason the core can refuse or fail. Rule refusals come first; the storage failures after
// them are not the user's fault and are reported differently (connectorctl exit code, message box).
enum class ErrorCode
{
    // Connector rules
    NameRequired,
    NameTooLong,
    NameHasControlCharacters,
    NameDuplicate,
    AccessRequired,
    ConsentRequired,
    EditWhileActive,
    DeleteWhileActive,
    IdImmutable,
    AlreadyActive,
    AlreadyInactive,
    ConnectorNotFound,
    StaleRevision,
    // Role policy
    RoleHasNoAccess,
    RoleIsReadOnly,
    RoleCannotSetUp,
    RoleCannotManageAdmins,
    LicenceRequired,
    // Admin accounts
    AdminNotFound,
    AdminEmailInvalid,
    AdminDuplicate,
    AdminDisplayNameInvalid,
    // Flows and their HTTP Request activities
    FlowNotFound,
    FlowFileInvalid,
    FlowDuplicateInImport,
    FlowNameTaken,
    FlowStaleRevision,
    RoleCannotChangeFlows,
    RoleCannotSendWrites,
    ActivityNotFound,
    ActivityConnectorRequired,
    ActivityConnectorUnknown,
    ActivityPathInvalid,
    ActivityUrlInvalid,
    ActivityUrlInsecure,
    ActivityMethodUnknown,
    ActivityMethodNotAllowed,
    ActivityVariableInvalid,
    ActivityVariableDuplicate,
    ActivityJsonPathInvalid,
    ActivityTimeoutOutOfRange,
    ActivityRetriesOutOfRange,
    // Live test requests
    ApiBaseUrlInvalid,
    ApiBaseUrlInsecure,
    AccessTokenMissing,
    ConnectorInactiveForTest,
    // Files the console reads or writes (imports, exports, JSON documents)
    FileIsDatabase,
    FileNotRegular,
    FileTooLarge,
    FileReadFailed,
    FileWriteFailed,
    // Storage
    DatabasePathInvalid,
    DatabaseNotSqlite,
    DatabaseCorrupt,
    DatabaseNewerSchema,
    DatabaseUnwritable,
    DatabaseReadOnly,
    DatabaseBusy,
    DatabaseUnreachable,
    DatabaseFailure,
};
