#pragma once

#include "app/core/domain/AccessLevel.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/CoreError.h"
#include "app/core/domain/HttpRequestActivity.h"

#include <QList>
#include <QStringList>

// The rules of an HTTP Request activity, the same for the editor (which shows every problem as
// the admin types), the service (which refuses to save a broken activity) and an import (which
// keeps the activity and flags it with the problems). Most problems block a save; a warning
// (isBlocking() false) is flagged everywhere the activity shows but never refuses a save.
class ActivityRules final
{
public:
    ActivityRules() = delete;

    static constexpr int kMinTimeoutMs = 100;
    static constexpr int kMaxTimeoutMs = 60000;
    static constexpr int kMinRetries = 0;
    static constexpr int kMaxRetries = 5;

    // Flow Designer's methods, in its order.
    static const QStringList &allMethods();
    // What a connector with this access allows: read-only GET alone; read-write every method.
    static QStringList allowedMethods(AccessLevels access);

    // Every broken rule, in the order of the editor's fields. `connector` is the connector the
    // activity names as the store holds it, or null when there is no such connector.
    static QList<CoreError> check(const HttpRequestActivity &activity, const Connector *connector);

    // Whether a problem refuses a save. Every rule of the activity's own fields does. An inactive
    // connector does not: the activity is fine, the connector is switched off elsewhere (often
    // for the length of an edit of the connector), and calls through it fail only until it is
    // reactivated, so the admin must still be able to edit the activity's other fields.
    static bool isBlocking(ErrorCode code);
    static bool isBlocking(const CoreError &problem) { return isBlocking(problem.code()); }
    // The problems of `problems` that refuse a save, in their order.
    static QList<CoreError> blocking(const QList<CoreError> &problems);
    // Some problems, none of them blocking: the activity is flagged but can be saved.
    static bool onlyWarnings(const QList<CoreError> &problems);
    // Whether the problems say the activity's connector is inactive (calls through it fail).
    static bool connectorInactive(const QList<CoreError> &problems);

    // Required and known when authenticated; a known but inactive connector is a warning.
    static std::optional<CoreError> checkConnector(const HttpRequestActivity &activity,
                                                   const Connector *connector);
    static std::optional<CoreError> checkPath(const QString &path);
    static std::optional<CoreError> checkUrl(const QString &url);
    static std::optional<CoreError> checkMethod(const QString &method, const Connector *connector);
    // A number field against its bounds. `asImported` is the JSON text of an imported value that
    // was not a whole number within int range (see HttpRequestActivity); it is always a problem.
    static std::optional<CoreError> checkWholeNumber(int value, const QString &asImported,
                                                     int minimum, int maximum, ErrorCode outOfRange,
                                                     ErrorCode notWhole);
    static QList<CoreError> checkOutputVariables(const QList<OutputVariable> &variables);
    static bool isVariableName(const QString &name);
};
