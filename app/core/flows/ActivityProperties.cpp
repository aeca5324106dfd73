#include "app/core/flows/ActivityProperties.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The three spellings of one key, in the order a read prefers them.
QStringList spellings(const QString &key)
{
    return {key, key + QLatin1String(":name"), key + QLatin1String("_name")};
}

// The first spelling of `key` present in `properties`, or undefined.
QJsonValue spelled(const QJsonObject &properties, const QString &key)
{
    for (const QString &spelling : spellings(key)) {
        const auto it = properties.constFind(spelling);
        if (it != properties.constEnd())
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

// A JSON value as the document would write it (a string in quotes), for messages.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Flow Designer writes some numbers and booleans as strings; accept both and remember which.
// A value that is not a whole number within int range (60000.5, "99.9", 1e10, true) must not
// pass for the fallback or a rounded neighbour: its JSON text goes to `asImported` for the rules
// to flag, and the result is the nearest int (the fallback when it is no number at all).
int intProperty(const QJsonValue &value, int fallback, QString &asImported)
{
    asImported.clear();
    if (value.isUndefined() || value.isNull())
        return fallback;
    bool isNumber = value.isDouble();
    double number = value.toDouble();
    if (value.isString()) {
        const int parsed = value.toString().trimmed().toInt(&isNumber);
        if (isNumber)
            return parsed;
        number = value.toString().trimmed().toDouble(&isNumber);
    }
    constexpr double lowest = std::numeric_limits<int>::min();
    constexpr double highest = std::numeric_limits<int>::max();
    if (value.isDouble() && std::trunc(number) == number && number >= lowest && number <= highest)
        return int(number);
    asImported = jsonText(value);
    if (!isNumber || !std::isfinite(number))
        return fallback;
    return int(std::clamp(std::trunc(number), lowest, highest));
}

bool boolProperty(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
    return fallback;
}

QString rowName(const QJsonObject &row)
{
    return row.contains(QLatin1String("name")) ? row.value(QLatin1String("name")).toString()
                                               : row.value(QLatin1String("key")).toString();
}

// Rows are [{"name": n, "value": v}] (or "key" for the name) or, in older exports, {n: v}.
QList<NameValue> rowsProperty(const QJsonValue &value)
{
    QList<NameValue> rows;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject row = item.toObject();
            rows.append({rowName(row), row.value(QLatin1String("value")).toVariant().toString()});
        }
    } else if (value.isObject()) {
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            rows.append({it.key(), it.value().toVariant().toString()});
    }
    return rows;
}

// The first original row named `name` (as `nameOf` reads a row's name) not yet taken by an
// earlier edited row, or -1.
template<typename NameOf>
qsizetype firstUnusedRow(const QJsonArray &rows, const QList<bool> &used, const QString &name,
                         NameOf nameOf)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!used.at(i) && nameOf(rows.at(i).toObject()) == name)
            return i;
    }
    return -1;
}

QJsonValue rowsValue(const QList<NameValue> &rows, const QJsonValue &original)
{
    if (original.isObject()) {
        QJsonObject map;
        for (const NameValue &row : rows)
            map.insert(row.name, row.value);
        if (map.size() == rows.size())
            return map;
    }
    // Keep the name key the original rows used.
    QLatin1String nameKey("name");
    const QJsonArray originalRows = original.toArray();
    if (!originalRows.isEmpty() && !originalRows.first().toObject().contains(nameKey) &&
        originalRows.first().toObject().contains(QLatin1String("key")))
        nameKey = QLatin1String("key");
    // A row that stays keeps the keys we do not edit (Flow Designer's own ids, flags) and its
    // value's JSON type when the value is unchanged; rows are matched by name, not position, so
    // removing a row does not move another row's keys onto its neighbour.
    QList<bool> used(originalRows.size(), false);
    QJsonArray array;
    for (const NameValue &row : rows) {
        const qsizetype match = firstUnusedRow(originalRows, used, row.name, rowName);
        QJsonObject object;
        if (match >= 0) {
            used[match] = true;
            object = originalRows.at(match).toObject();
        }
        if (object.value(QLatin1String("value")).toVariant().toString() != row.value ||
            !object.contains(QLatin1String("value")))
            object.insert(QLatin1String("value"), row.value);
        if (!object.contains(QLatin1String("name")) && !object.contains(QLatin1String("key")))
            object.insert(nameKey, row.name);
        array.append(object);
    }
    return array;
}

QList<OutputVariable> outputVariablesProperty(const QJsonValue &value)
{
    QList<OutputVariable> variables;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject row = item.toObject();
        variables.append({row.value(QLatin1String("outputVariable")).toString(),
                          row.value(QLatin1String("jsonPathExp")).toString()});
    }
    return variables;
}

QJsonValue outputVariablesValue(const QList<OutputVariable> &variables, const QJsonValue &original)
{
    // Each row may carry more than the two keys we edit; keep them on the rows that stay,
    // matched by variable name so that removing or reordering rows keeps each row's own keys.
    const QJsonArray originalRows = original.toArray();
    QList<bool> used(originalRows.size(), false);
    QJsonArray array;
    for (const OutputVariable &variable : variables) {
        const qsizetype match =
            firstUnusedRow(originalRows, used, variable.name, [](const QJsonObject &row) {
                return row.value(QLatin1String("outputVariable")).toString();
            });
        QJsonObject row;
        if (match >= 0) {
            used[match] = true;
            row = originalRows.at(match).toObject();
        }
        row.insert(QLatin1String("outputVariable"), variable.name);
        row.insert(QLatin1String("jsonPathExp"), variable.jsonPath);
        array.append(row);
    }
    return array;
}

// A scalar written back in the JSON type the export used for it: Flow Designer writes some
// numbers and booleans as strings, and a file that said "3000" must not come back saying 3000.
QJsonValue typedLike(const QJsonValue &value, const QJsonValue &original)
{
    if (original.isString() && !value.isString())
        return value.isBool() ? QString::fromLatin1(value.toBool() ? "true" : "false")
                              : value.toVariant().toString();
    return value;
}

// Writes `value` under every spelling of `key` that the object has (`valueOfName` for the
// `:name`/`_name` spellings, which for a reference name what it refers to), or under `key`
// alone when it has none and `missing` allows adding it.
void writeSpelled(QJsonObject &properties, const QString &key, const QJsonValue &value,
                  const QJsonValue &valueOfName, ActivityProperties::Missing missing)
{
    bool written = false;
    const QStringList all = spellings(key);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto it = properties.find(all.at(i));
        if (it == properties.end())
            continue;
        const QJsonValue wanted = i == 0 ? value : valueOfName;
        it.value() = wanted.isArray() || wanted.isObject() ? wanted : typedLike(wanted, *it);
        written = true;
    }
    if (!written && missing == ActivityProperties::Missing::Add)
        properties.insert(key, value);
}

void writeSpelled(QJsonObject &properties, const QString &key, const QJsonValue &value,
                  ActivityProperties::Missing missing)
{
    writeSpelled(properties, key, value, value, missing);
}

} // namespace

HttpRequestActivity ActivityProperties::read(const QJsonObject &p)
{
    HttpRequestActivity activity;
    activity.authenticated = boolProperty(spelled(p, QStringLiteral("authenticated")), true);
    const QJsonValue connectorId = p.value(QLatin1String("connectorId"));
    activity.connectorId = QUuid::fromString(connectorId.toString());
    // `connectorId:name` (or `connectorId_name`) holds the connector's name, not its ID.
    for (const QLatin1String key :
         {QLatin1String("connectorId:name"), QLatin1String("connectorId_name")}) {
        if (p.contains(key)) {
            activity.connectorName = p.value(key).toString();
            break;
        }
    }
    activity.path = spelled(p, QStringLiteral("httpRequestPath")).toString();
    activity.url = spelled(p, QStringLiteral("httpRequestUrl")).toString();
    const QString method = spelled(p, QStringLiteral("httpRequestMethod")).toString().trimmed();
    activity.method = method.isEmpty() ? QStringLiteral("GET") : method.toUpper();
    activity.queryParameters = rowsProperty(p.value(QLatin1String("httpQueryParameters")));
    activity.headers = rowsProperty(p.value(QLatin1String("httpRequestHeaders")));
    if (const QJsonValue type = spelled(p, QStringLiteral("httpContentType")); !type.isUndefined())
        activity.contentType = type.toString();
    activity.body = spelled(p, QStringLiteral("httpRequestBody")).toString();
    activity.timeoutMs = intProperty(spelled(p, QStringLiteral("httpResponseTimeout")), 3000,
                                     activity.timeoutAsImported);
    activity.retryAttempts =
        intProperty(spelled(p, QStringLiteral("retryAttempts")), 1, activity.retriesAsImported);
    if (const QJsonValue type = spelled(p, QStringLiteral("contentType")); !type.isUndefined())
        activity.parseContentType = type.toString();
    activity.outputVariables =
        outputVariablesProperty(p.value(QLatin1String("outputVariableArray")));
    return activity;
}

void ActivityProperties::writeChanges(QJsonObject &p, const HttpRequestActivity &before,
                                      const HttpRequestActivity &after, Missing missing)
{
    auto set = [&p, missing](const QString &key, const QJsonValue &value) {
        writeSpelled(p, key, value, missing);
    };
    if (before.authenticated != after.authenticated)
        set(QStringLiteral("authenticated"), after.authenticated);
    if (before.connectorId != after.connectorId || before.connectorName != after.connectorName) {
        const QString id = after.connectorIdText();
        writeSpelled(p, QStringLiteral("connectorId"), id, after.connectorName, missing);
        // An export without any name spelling still gets Flow Designer's `connectorId:name`.
        if (missing == Missing::Add && !p.contains(QLatin1String("connectorId:name")) &&
            !p.contains(QLatin1String("connectorId_name")))
            p.insert(QLatin1String("connectorId:name"), after.connectorName);
    }
    if (before.path != after.path)
        set(QStringLiteral("httpRequestPath"), after.path);
    if (before.url != after.url)
        set(QStringLiteral("httpRequestUrl"), after.url);
    if (before.method != after.method)
        set(QStringLiteral("httpRequestMethod"), after.method);
    if (before.queryParameters != after.queryParameters)
        set(QStringLiteral("httpQueryParameters"),
            rowsValue(after.queryParameters, p.value(QLatin1String("httpQueryParameters"))));
    if (before.headers != after.headers)
        set(QStringLiteral("httpRequestHeaders"),
            rowsValue(after.headers, p.value(QLatin1String("httpRequestHeaders"))));
    if (before.contentType != after.contentType)
        set(QStringLiteral("httpContentType"), after.contentType);
    if (before.body != after.body)
        set(QStringLiteral("httpRequestBody"), after.body);
    // A flagged imported value (timeoutAsImported) stays byte for byte until the admin edits it.
    if (before.timeoutMs != after.timeoutMs ||
        (!before.timeoutAsImported.isEmpty() && after.timeoutAsImported.isEmpty()))
        set(QStringLiteral("httpResponseTimeout"), after.timeoutMs);
    if (before.retryAttempts != after.retryAttempts ||
        (!before.retriesAsImported.isEmpty() && after.retriesAsImported.isEmpty()))
        set(QStringLiteral("retryAttempts"), after.retryAttempts);
    if (before.parseContentType != after.parseContentType)
        set(QStringLiteral("contentType"), after.parseContentType);
    if (before.outputVariables != after.outputVariables)
        set(QStringLiteral("outputVariableArray"),
            outputVariablesValue(after.outputVariables,
                                 p.value(QLatin1String("outputVariableArray"))));
}
