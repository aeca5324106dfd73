#pragma once

// The form field a CoreError concerns, so that a window can put the message next to that field
// by a typed value instead of matching a string by hand. None: the error concerns the action as a
// whole (a storage failure, a role refusal) and is shown with the action.
enum class ErrorField
{
    None,
    // A connector
    Name,
    Access,
    Consent,
    Id,
    Revision,
    // An administrator account
    AdminEmail,
    AdminLogin,
    AdminDisplayName,
    // An HTTP Request activity
    Connector,
    Path,
    Url,
    Method,
    OutputVariable,
    JsonPath,
    Timeout,
    Retries,
    // Live test requests
    ApiBaseUrl,
    AccessToken,
};
