#include "app/core/flows/ActivityListCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Short keys: the cache is read for every flow of every listing.
QJsonArray rows(const QList<NameValue> &list)
{
    QJsonArray array;
    for (const NameValue &row : list)
        array.append(QJsonArray{row.name, row.value});
    return array;
}

QList<NameValue> rowsFrom(const QJsonValue &value)
{
    QList<NameValue> list;
    for (const QJsonValue &row : value.toArray())
        list.append({row[0].toString(), row[1].toString()});
    return list;
}

QJsonObject encodeOne(const HttpRequestActivity &a)
{
    QJsonArray variables;
    for (const OutputVariable &variable : a.outputVariables)
        variables.append(QJsonArray{variable.name, variable.jsonPath});
    return {{QStringLiteral("id"), a.nodeId},
            {QStringLiteral("n"), a.nodeName},
            {QStringLiteral("e"), a.eventFlow},
            {QStringLiteral("auth"), a.authenticated},
            {QStringLiteral("c"), a.connectorIdText()},
            {QStringLiteral("cn"), a.connectorName},
            {QStringLiteral("p"), a.path},
            {QStringLiteral("u"), a.url},
            {QStringLiteral("m"), a.method},
            {QStringLiteral("q"), rows(a.queryParameters)},
            {QStringLiteral("h"), rows(a.headers)},
            {QStringLiteral("ct"), a.contentType},
            {QStringLiteral("b"), a.body},
            {QStringLiteral("t"), a.timeoutMs},
            {QStringLiteral("r"), a.retryAttempts},
            {QStringLiteral("ti"), a.timeoutAsImported},
            {QStringLiteral("ri"), a.retriesAsImported},
            {QStringLiteral("pc"), a.parseContentType},
            {QStringLiteral("v"), variables}};
}

HttpRequestActivity decodeOne(const QJsonObject &o)
{
    HttpRequestActivity a;
    a.nodeId = o[QLatin1String("id")].toString();
    a.nodeName = o[QLatin1String("n")].toString();
    a.eventFlow = o[QLatin1String("e")].toString();
    a.authenticated = o[QLatin1String("auth")].toBool();
    a.connectorId = QUuid::fromString(o[QLatin1String("c")].toString());
    a.connectorName = o[QLatin1String("cn")].toString();
    a.path = o[QLatin1String("p")].toString();
    a.url = o[QLatin1String("u")].toString();
    a.method = o[QLatin1String("m")].toString();
    a.queryParameters = rowsFrom(o[QLatin1String("q")]);
    a.headers = rowsFrom(o[QLatin1String("h")]);
    a.contentType = o[QLatin1String("ct")].toString();
    a.body = o[QLatin1String("b")].toString();
    a.timeoutMs = o[QLatin1String("t")].toInt();
    a.retryAttempts = o[QLatin1String("r")].toInt();
    a.timeoutAsImported = o[QLatin1String("ti")].toString();
    a.retriesAsImported = o[QLatin1String("ri")].toString();
    a.parseContentType = o[QLatin1String("pc")].toString();
    for (const QJsonValue &variable : o[QLatin1String("v")].toArray())
        a.outputVariables.append({variable[0].toString(), variable[1].toString()});
    return a;
}

} // namespace

QByteArray ActivityListCodec::encode(const QList<HttpRequestActivity> &activities)
{
    QJsonArray array;
    for (const HttpRequestActivity &activity : activities)
        array.append(encodeOne(activity));
    return QJsonDocument(QJsonObject{{QStringLiteral("v"), 1}, {QStringLiteral("a"), array}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QList<HttpRequestActivity>> ActivityListCodec::decode(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root[QLatin1String("v")].toInt() != 1 || !root[QLatin1String("a")].isArray())
        return std::nullopt;
    QList<HttpRequestActivity> activities;
    for (const QJsonValue &value : root[QLatin1String("a")].toArray())
        activities.append(decodeOne(value.toObject()));
    return activities;
}
