#include "app/core/flows/ActivityRules.h"

#include "app/core/jsonpath/JsonPath.h"

#include <algorithm>
#include <cmath>
#include <QSet>
#include <QUrl>

const QStringList &ActivityRules::allMethods()
{
    static const QStringList methods = {QStringLiteral("GET"),    QStringLiteral("POST"),
                                        QStringLiteral("PUT"),    QStringLiteral("PATCH"),
                                        QStringLiteral("DELETE"), QStringLiteral("OPTIONS"),
                                        QStringLiteral("HEAD")};
    return methods;
}

QStringList ActivityRules::allowedMethods(AccessLevels access)
{
    if (access.testFlag(AccessLevel::ReadWrite))
        return allMethods();
    if (access.testFlag(AccessLevel::ReadOnly))
        return {QStringLiteral("GET")};
    return {};
}

std::optional<CoreError> ActivityRules::checkConnector(const HttpRequestActivity &activity,
                                                       const Connector *connector)
{
    if (!activity.authenticated)
        return std::nullopt;
    if (activity.connectorId.isNull())
        return CoreError(ErrorCode::ActivityConnectorRequired);
    if (!connector)
        return CoreError(ErrorCode::ActivityConnectorUnknown, {activity.connectorIdText()});
    // Deactivation stops call routing through the connector: the activity would fail in a call.
    if (!connector->active)
        return CoreError(ErrorCode::ActivityConnectorInactive, {connector->name});
    return std::nullopt;
}

bool ActivityRules::isBlocking(ErrorCode code)
{
    return code != ErrorCode::ActivityConnectorInactive;
}

QList<CoreError> ActivityRules::blocking(const QList<CoreError> &problems)
{
    QList<CoreError> refusing;
    for (const CoreError &problem : problems) {
        if (isBlocking(problem))
            refusing.append(problem);
    }
    return refusing;
}

bool ActivityRules::onlyWarnings(const QList<CoreError> &problems)
{
    return !problems.isEmpty() &&
           std::none_of(problems.cbegin(), problems.cend(),
                        [](const CoreError &problem) { return isBlocking(problem); });
}

bool ActivityRules::connectorInactive(const QList<CoreError> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const CoreError &problem) {
        return problem.code() == ErrorCode::ActivityConnectorInactive;
    });
}

std::optional<CoreError> ActivityRules::checkPath(const QString &path)
{
    // A fragment never reaches the server, and whitespace or a control character (a line break
    // above all) would corrupt the request line: the editor and the test request refuse alike.
    const bool brokenCharacter = std::any_of(path.cbegin(), path.cend(), [](QChar c) {
        return c == QLatin1Char('#') || c.isSpace() || c.category() == QChar::Other_Control;
    });
    if (!path.startsWith(QLatin1Char('/')) || brokenCharacter)
        return CoreError(ErrorCode::ActivityPathInvalid, {path});
    return std::nullopt;
}

std::optional<CoreError> ActivityRules::checkUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return CoreError(ErrorCode::ActivityUrlInvalid, {url});
    return std::nullopt;
}

std::optional<CoreError> ActivityRules::checkMethod(const QString &method,
                                                    const Connector *connector)
{
    if (!allMethods().contains(method))
        return CoreError(ErrorCode::ActivityMethodUnknown, {method});
    if (connector && !allowedMethods(connector->access).contains(method))
        return CoreError(ErrorCode::ActivityMethodNotAllowed, {method, connector->name});
    return std::nullopt;
}

bool ActivityRules::isVariableName(const QString &name)
{
    if (name.isEmpty() || name.size() > 128)
        return false;
    const QChar first = name.front();
    if (!(first.isLetter() || first == QLatin1Char('_')))
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

QList<CoreError> ActivityRules::checkOutputVariables(const QList<OutputVariable> &variables)
{
    QList<CoreError> errors;
    QSet<QString> seen;
    for (const OutputVariable &variable : variables) {
        if (!isVariableName(variable.name)) {
            errors.append(CoreError(ErrorCode::ActivityVariableInvalid, {variable.name}));
        } else if (seen.contains(variable.name)) {
            errors.append(CoreError(ErrorCode::ActivityVariableDuplicate, {variable.name}));
        }
        seen.insert(variable.name);
        const JsonPathCompileResult compiled = JsonPath::compile(variable.jsonPath);
        if (!compiled.ok()) {
            errors.append(CoreError(ErrorCode::ActivityJsonPathInvalid,
                                    {variable.name, compiled.error().message,
                                     QString::number(compiled.error().position + 1)}));
        }
    }
    return errors;
}

std::optional<CoreError> ActivityRules::checkWholeNumber(int value, const QString &asImported,
                                                         int minimum, int maximum,
                                                         ErrorCode outOfRange, ErrorCode notWhole)
{
    const QStringList bounds = {QString::number(minimum), QString::number(maximum)};
    if (!asImported.isEmpty()) {
        // A whole number beyond int (1e10, 2147483648) is out of range; anything else the import
        // could not read as an int (60000.5, "99.9", "5.0", true) is not a whole number.
        QString text = asImported;
        if (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')) &&
            text.size() >= 2)
            text = text.mid(1, text.size() - 2);
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        const bool wholeButHuge = ok && std::isfinite(number) && std::trunc(number) == number &&
                                  (number < minimum || number > maximum);
        return CoreError(wholeButHuge ? outOfRange : notWhole, QStringList{asImported} + bounds);
    }
    if (value < minimum || value > maximum)
        return CoreError(outOfRange, QStringList{QString::number(value)} + bounds);
    return std::nullopt;
}

QList<CoreError> ActivityRules::check(const HttpRequestActivity &activity,
                                      const Connector *connector)
{
    QList<CoreError> errors;
    if (auto error = checkConnector(activity, connector))
        errors.append(*error);
    if (auto error = activity.authenticated ? checkPath(activity.path) : checkUrl(activity.url))
        errors.append(*error);
    if (auto error = checkMethod(activity.method, activity.authenticated ? connector : nullptr))
        errors.append(*error);
    if (auto error = checkWholeNumber(activity.timeoutMs, activity.timeoutAsImported, kMinTimeoutMs,
                                      kMaxTimeoutMs, ErrorCode::ActivityTimeoutOutOfRange,
                                      ErrorCode::ActivityTimeoutNotWhole))
        errors.append(*error);
    if (auto error = checkWholeNumber(
            activity.retryAttempts, activity.retriesAsImported, kMinRetries, kMaxRetries,
            ErrorCode::ActivityRetriesOutOfRange, ErrorCode::ActivityRetriesNotWhole))
        errors.append(*error);
    errors.append(checkOutputVariables(activity.outputVariables));
    return errors;
}
