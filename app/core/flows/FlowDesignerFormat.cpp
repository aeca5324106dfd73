#include "app/core/flows/FlowDesignerFormat.h"

#include "app/core/support/JsonDuplicateKeys.h"
#include "app/core/support/StrictUtf8.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

const QLatin1String kNodes("nodes");
const QLatin1String kProperties("properties");
const QLatin1String kActivityName("activityName");
const QLatin1String kEventFlows("eventFlows");

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
int intProperty(const QJsonObject &properties, QLatin1String key, int fallback, QString &asImported)
{
    asImported.clear();
    const QJsonValue value = properties.value(key);
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

bool boolProperty(const QJsonObject &properties, QLatin1String key, bool fallback)
{
    const QJsonValue value = properties.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
    return fallback;
}

// Rows are [{"name": n, "value": v}] (or "key" for the name) or, in older exports, {n: v}.
QList<NameValue> rowsProperty(const QJsonValue &value)
{
    QList<NameValue> rows;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject row = item.toObject();
            const QString name = row.contains(QLatin1String("name"))
                                     ? row.value(QLatin1String("name")).toString()
                                     : row.value(QLatin1String("key")).toString();
            rows.append({name, row.value(QLatin1String("value")).toVariant().toString()});
        }
    } else if (value.isObject()) {
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            rows.append({it.key(), it.value().toVariant().toString()});
    }
    return rows;
}

QString rowName(const QJsonObject &row)
{
    return row.contains(QLatin1String("name")) ? row.value(QLatin1String("name")).toString()
                                               : row.value(QLatin1String("key")).toString();
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
    for (int i = 0; i < variables.size(); ++i) {
        const qsizetype match =
            firstUnusedRow(originalRows, used, variables.at(i).name, [](const QJsonObject &row) {
                return row.value(QLatin1String("outputVariable")).toString();
            });
        QJsonObject row;
        if (match >= 0) {
            used[match] = true;
            row = originalRows.at(match).toObject();
        }
        row.insert(QLatin1String("outputVariable"), variables.at(i).name);
        row.insert(QLatin1String("jsonPathExp"), variables.at(i).jsonPath);
        array.append(row);
    }
    return array;
}

// Writes a number back as the type the export used for it.
QJsonValue intValue(int value, const QJsonValue &original)
{
    if (original.isString())
        return QString::number(value);
    return value;
}

QJsonValue boolValue(bool value, const QJsonValue &original)
{
    if (original.isString())
        return value ? QStringLiteral("true") : QStringLiteral("false");
    return value;
}

bool isHttpRequestNode(const QJsonObject &node)
{
    return node.value(kProperties).toObject().value(kActivityName).toString() ==
           FlowDesignerFormat::httpRequestActivityName();
}

// Calls `visit(eventFlowName, nodesArray)` for the main flow ("") and every event flow, and
// stores what the visitor changed back into the document. Event flows come as an object keyed
// by name ({"GLOBAL_EVENTS": {"nodes": [...]}}) or as a list of objects with a "name".
template<typename Visitor> void forEachNodeList(QJsonObject &document, Visitor visit)
{
    QJsonArray mainNodes = document.value(kNodes).toArray();
    if (visit(QString(), mainNodes))
        document.insert(kNodes, mainNodes);

    const QJsonValue eventFlows = document.value(kEventFlows);
    if (eventFlows.isObject()) {
        QJsonObject flows = eventFlows.toObject();
        bool changed = false;
        for (auto it = flows.begin(); it != flows.end(); ++it) {
            QJsonObject flow = it.value().toObject();
            QJsonArray nodes = flow.value(kNodes).toArray();
            if (visit(it.key(), nodes)) {
                flow.insert(kNodes, nodes);
                it.value() = flow;
                changed = true;
            }
        }
        if (changed)
            document.insert(kEventFlows, flows);
    } else if (eventFlows.isArray()) {
        QJsonArray flows = eventFlows.toArray();
        bool changed = false;
        for (int i = 0; i < flows.size(); ++i) {
            QJsonObject flow = flows.at(i).toObject();
            QString name = flow.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                name = flow.value(QLatin1String("id")).toVariant().toString();
            // Without a name or id it still must not pass for the main flow (""), whose
            // activities share node ids with it; its place in the list names it.
            if (name.isEmpty())
                name = QStringLiteral("eventFlows[%1]").arg(i);
            QJsonArray nodes = flow.value(kNodes).toArray();
            if (visit(name, nodes)) {
                flow.insert(kNodes, nodes);
                flows.replace(i, flow);
                changed = true;
            }
        }
        if (changed)
            document.insert(kEventFlows, flows);
    }
}

} // namespace

QString FlowDesignerFormat::httpRequestActivityName()
{
    return QStringLiteral("http-request-v2");
}

Result<Flow> FlowDesignerFormat::read(const QByteArray &json, const QString &source)
{
    if (const qsizetype invalid = StrictUtf8::firstInvalidByte(json); invalid >= 0)
        return StrictUtf8::decode(json, source).error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("the file is not valid JSON (%1 at byte %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)});
    }
    if (!document.isObject()) {
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("its top level is not a JSON object.")});
    }
    // QJsonDocument keeps the last of two equal keys; a flow that says two things is refused.
    if (const auto duplicate = JsonDuplicateKeys::find(json)) {
        const QString where =
            duplicate->path.isEmpty() ? tr("the top-level object") : duplicate->path;
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("the key \"%1\" appears more than once in %2 (again at "
                                     "byte %3).")
                                      .arg(duplicate->key, where)
                                      .arg(duplicate->offset)});
    }
    if (const auto lone = JsonDuplicateKeys::findLoneSurrogate(json)) {
        const QString where = lone->key.isEmpty() ? lone->path : lone->key;
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("%1 holds half of a surrogate pair (a \\uD800-\\uDFFF "
                                     "escape without its partner, in the string at byte %2).")
                                      .arg(where.isEmpty() ? tr("a value") : where)
                                      .arg(lone->offset)});
    }
    return fromDocument(document.object(), source);
}

Result<Flow> FlowDesignerFormat::fromDocument(const QJsonObject &document, const QString &source)
{
    const QString name = document.value(QLatin1String("name")).toString().trimmed();
    if (name.isEmpty()) {
        return CoreError(ErrorCode::FlowFileInvalid, {source, tr("it has no flow \"name\".")});
    }
    if (!document.value(kNodes).isArray()) {
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("it has no \"nodes\" list of activities.")});
    }
    const QJsonValue eventFlows = document.value(kEventFlows);
    if (!eventFlows.isUndefined() && !eventFlows.isNull() && !eventFlows.isObject() &&
        !eventFlows.isArray()) {
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("its \"eventFlows\" is neither an object nor a list.")});
    }
    Flow flow;
    flow.name = name;
    flow.flowType = document.value(QLatin1String("flowType")).toString();
    flow.description = document.value(QLatin1String("description")).toString();
    flow.document = document;
    flow.activities = activities(document);
    return flow;
}

QByteArray FlowDesignerFormat::write(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QList<HttpRequestActivity> FlowDesignerFormat::activities(const QJsonObject &document)
{
    QList<HttpRequestActivity> found;
    QJsonObject copy = document; // the visitor interface allows edits; this pass makes none
    forEachNodeList(copy, [&found](const QString &eventFlow, QJsonArray &nodes) {
        for (const QJsonValue &value : std::as_const(nodes)) {
            const QJsonObject node = value.toObject();
            if (isHttpRequestNode(node))
                found.append(readActivity(node, eventFlow));
        }
        return false;
    });
    return found;
}

HttpRequestActivity FlowDesignerFormat::readActivity(const QJsonObject &node,
                                                     const QString &eventFlow)
{
    const QJsonObject p = node.value(kProperties).toObject();
    HttpRequestActivity activity;
    activity.nodeId = node.value(QLatin1String("id")).toVariant().toString();
    activity.nodeName = node.value(QLatin1String("name")).toString();
    activity.eventFlow = eventFlow;
    activity.authenticated = boolProperty(p, QLatin1String("authenticated"), true);
    activity.connectorId = QUuid::fromString(p.value(QLatin1String("connectorId")).toString());
    activity.connectorName = p.value(QLatin1String("connectorId:name")).toString();
    activity.path = p.value(QLatin1String("httpRequestPath")).toString();
    activity.url = p.value(QLatin1String("httpRequestUrl")).toString();
    const QString method = p.value(QLatin1String("httpRequestMethod")).toString().trimmed();
    activity.method = method.isEmpty() ? QStringLiteral("GET") : method.toUpper();
    activity.queryParameters = rowsProperty(p.value(QLatin1String("httpQueryParameters")));
    activity.headers = rowsProperty(p.value(QLatin1String("httpRequestHeaders")));
    if (p.contains(QLatin1String("httpContentType")))
        activity.contentType = p.value(QLatin1String("httpContentType")).toString();
    activity.body = p.value(QLatin1String("httpRequestBody")).toString();
    activity.timeoutMs =
        intProperty(p, QLatin1String("httpResponseTimeout"), 3000, activity.timeoutAsImported);
    activity.retryAttempts =
        intProperty(p, QLatin1String("retryAttempts"), 1, activity.retriesAsImported);
    if (p.contains(QLatin1String("contentType")))
        activity.parseContentType = p.value(QLatin1String("contentType")).toString();
    activity.outputVariables =
        outputVariablesProperty(p.value(QLatin1String("outputVariableArray")));
    return activity;
}

namespace {

// Rewrites in `properties` only the fields where `after` differs from `before`.
void writeChangedProperties(QJsonObject &p, const HttpRequestActivity &before,
                            const HttpRequestActivity &after)
{
    auto set = [&p](QLatin1String key, const QJsonValue &value) {
        p.insert(key, value);
    };
    if (before.authenticated != after.authenticated)
        set(QLatin1String("authenticated"),
            boolValue(after.authenticated, p.value(QLatin1String("authenticated"))));
    if (before.connectorId != after.connectorId)
        set(QLatin1String("connectorId"), after.connectorIdText());
    if (before.connectorName != after.connectorName)
        set(QLatin1String("connectorId:name"), after.connectorName);
    if (before.path != after.path)
        set(QLatin1String("httpRequestPath"), after.path);
    if (before.url != after.url)
        set(QLatin1String("httpRequestUrl"), after.url);
    if (before.method != after.method)
        set(QLatin1String("httpRequestMethod"), after.method);
    if (before.queryParameters != after.queryParameters)
        set(QLatin1String("httpQueryParameters"),
            rowsValue(after.queryParameters, p.value(QLatin1String("httpQueryParameters"))));
    if (before.headers != after.headers)
        set(QLatin1String("httpRequestHeaders"),
            rowsValue(after.headers, p.value(QLatin1String("httpRequestHeaders"))));
    if (before.contentType != after.contentType)
        set(QLatin1String("httpContentType"), after.contentType);
    if (before.body != after.body)
        set(QLatin1String("httpRequestBody"), after.body);
    // A flagged imported value (timeoutAsImported) stays byte for byte until the admin edits it.
    if (before.timeoutMs != after.timeoutMs ||
        (!before.timeoutAsImported.isEmpty() && after.timeoutAsImported.isEmpty()))
        set(QLatin1String("httpResponseTimeout"),
            intValue(after.timeoutMs, p.value(QLatin1String("httpResponseTimeout"))));
    if (before.retryAttempts != after.retryAttempts ||
        (!before.retriesAsImported.isEmpty() && after.retriesAsImported.isEmpty()))
        set(QLatin1String("retryAttempts"),
            intValue(after.retryAttempts, p.value(QLatin1String("retryAttempts"))));
    if (before.parseContentType != after.parseContentType)
        set(QLatin1String("contentType"), after.parseContentType);
    if (before.outputVariables != after.outputVariables)
        set(QLatin1String("outputVariableArray"),
            outputVariablesValue(after.outputVariables,
                                 p.value(QLatin1String("outputVariableArray"))));
}

} // namespace

bool FlowDesignerFormat::writeActivity(QJsonObject &document, const HttpRequestActivity &activity)
{
    bool written = false;
    forEachNodeList(document, [&](const QString &eventFlow, QJsonArray &nodes) {
        if (written || eventFlow != activity.eventFlow)
            return false;
        for (int i = 0; i < nodes.size(); ++i) {
            QJsonObject node = nodes.at(i).toObject();
            if (!isHttpRequestNode(node) ||
                node.value(QLatin1String("id")).toVariant().toString() != activity.nodeId)
                continue;
            const HttpRequestActivity before = readActivity(node, eventFlow);
            QJsonObject properties = node.value(kProperties).toObject();
            writeChangedProperties(properties, before, activity);
            node.insert(kProperties, properties);
            if (before.nodeName != activity.nodeName)
                node.insert(QLatin1String("name"), activity.nodeName);
            nodes.replace(i, node);
            written = true;
            return true;
        }
        return false;
    });
    return written;
}
