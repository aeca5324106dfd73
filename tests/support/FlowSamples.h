#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUuid>

// Flow Designer exports as tests need them: a main flow and a GLOBAL_EVENTS event flow, HTTP
// Request activities naming the given connectors, and properties the console does not know
// (which must survive an import/export round trip untouched).
namespace FlowSamples {

inline QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

inline QJsonObject httpRequestNode(const QString &id, const QString &label, const QUuid &connector,
                                   const QString &connectorName, const QString &method,
                                   const QString &path, const QJsonArray &outputs = {})
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), label},
        {QStringLiteral("activityType"), QStringLiteral("http-request")},
        {QStringLiteral("group"), QStringLiteral("action")},
        {QStringLiteral("x"), 420},
        {QStringLiteral("y"), 180},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("activityName"), QStringLiteral("http-request-v2")},
             {QStringLiteral("authenticated"), true},
             {QStringLiteral("connectorId"), idText(connector)},
             {QStringLiteral("connectorId:name"), connectorName},
             {QStringLiteral("httpRequestPath"), path},
             {QStringLiteral("httpRequestMethod"), method},
             {QStringLiteral("httpQueryParameters"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("page")},
                                     {QStringLiteral("value"), QStringLiteral("0")}}}},
             {QStringLiteral("httpRequestHeaders"), QJsonArray{}},
             {QStringLiteral("httpContentType"), QStringLiteral("application/json")},
             {QStringLiteral("httpRequestBody"), QString()},
             {QStringLiteral("httpResponseTimeout"), 3000},
             {QStringLiteral("retryAttempts"), 1},
             {QStringLiteral("contentType"), QStringLiteral("JSON")},
             {QStringLiteral("outputVariableArray"), outputs},
             // Not understood by the console: must come back unchanged.
             {QStringLiteral("activityVersion"), QStringLiteral("2.3.1")},
             {QStringLiteral("errorHandling"),
              QJsonObject{{QStringLiteral("onTimeout"), QStringLiteral("Error_Handling")}}},
         }},
    };
}

inline QJsonArray outputs(const QString &variable, const QString &path)
{
    return QJsonArray{QJsonObject{{QStringLiteral("outputVariable"), variable},
                                  {QStringLiteral("jsonPathExp"), path}}};
}

// "Support line" with one activity in the main flow and one in GLOBAL_EVENTS.
inline QJsonObject supportLine(const QUuid &mainConnector, const QString &mainName,
                               const QUuid &eventConnector, const QString &eventName,
                               const QString &flowName = QStringLiteral("Support line"),
                               const QString &mainMethod = QStringLiteral("GET"))
{
    return QJsonObject{
        {QStringLiteral("name"), flowName},
        {QStringLiteral("flowType"), QStringLiteral("flow")},
        {QStringLiteral("description"), QStringLiteral("Routes support calls")},
        {QStringLiteral("version"), 7},
        {QStringLiteral("variables"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("teamId")},
                                {QStringLiteral("type"), QStringLiteral("STRING")}}}},
        {QStringLiteral("nodes"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("start")},
                         {QStringLiteral("name"), QStringLiteral("NewPhoneContact")},
                         {QStringLiteral("activityType"), QStringLiteral("start")},
                         {QStringLiteral("group"), QStringLiteral("start")},
                         {QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("activityName"),
                                       QStringLiteral("new-phone-contact")}}}},
             httpRequestNode(QStringLiteral("n1"), QStringLiteral("GetTeams"), mainConnector,
                             mainName, mainMethod, QStringLiteral("/organization/{orgId}/v2/team"),
                             outputs(QStringLiteral("teamId"), QStringLiteral("$.data[0].id"))),
         }},
        {QStringLiteral("edges"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("e1")},
                                {QStringLiteral("source"), QStringLiteral("start")},
                                {QStringLiteral("target"), QStringLiteral("n1")}}}},
        {QStringLiteral("eventFlows"),
         QJsonObject{{QStringLiteral("GLOBAL_EVENTS"),
                      QJsonObject{{QStringLiteral("nodes"),
                                   QJsonArray{httpRequestNode(
                                       QStringLiteral("ev1"), QStringLiteral("LogDisconnect"),
                                       eventConnector, eventName, QStringLiteral("GET"),
                                       QStringLiteral("/search"))}},
                                  {QStringLiteral("edges"), QJsonArray{}}}}}},
    };
}

inline QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace FlowSamples
