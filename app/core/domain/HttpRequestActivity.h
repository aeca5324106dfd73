#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

// One name/value row of an activity's query parameters or headers, in the order Flow Designer
// shows them (names may repeat: "?tag=a&tag=b").
struct NameValue
{
    QString name;
    QString value;

    bool operator==(const NameValue &other) const = default;
};

// One parse setting: the flow variable that receives what the JSON Path selects in the response.
struct OutputVariable
{
    QString name;
    QString jsonPath;

    bool operator==(const OutputVariable &other) const = default;
};

// The fields of Flow Designer's HTTP Request activity (`activityName: "http-request-v2"`) that the
// console understands. Everything else in the node stays in the flow's JSON document untouched;
// FlowDesignerFormat reads these fields out of a node and writes them back into it.
struct HttpRequestActivity
{
    // Where the node sits: its id and label, and the event flow holding it (empty for the main
    // flow, otherwise e.g. "GLOBAL_EVENTS").
    QString nodeId;
    QString nodeName;
    QString eventFlow;

    // "Use authenticated endpoint": on, the request goes through `connectorId` to `path`; off,
    // it goes to the full `url` without the organisation's authorisation.
    bool authenticated = true;
    QUuid connectorId;
    QString connectorName; // Flow Designer's `connectorId:name`, as the export recorded it
    QString path;
    QString url;
    QString method = QStringLiteral("GET");
    QList<NameValue> queryParameters;
    QList<NameValue> headers;
    QString contentType = QStringLiteral("application/json");
    QString body;
    int timeoutMs = 3000;
    int retryAttempts = 1;
    // An imported httpResponseTimeout / retryAttempts that is not a whole number within int
    // range (60000.5, "99.9", 1e10, 2147483648), as its JSON text; empty when it read cleanly.
    // The number fields then hold the nearest int for the editor, the rules flag the value, and
    // the flow document keeps the original until the admin edits the field.
    QString timeoutAsImported;
    QString retriesAsImported;

    // Parse settings: Flow Designer's `contentType` ("JSON") and `outputVariableArray`.
    QString parseContentType = QStringLiteral("JSON");
    QList<OutputVariable> outputVariables;

    bool isInMainFlow() const { return eventFlow.isEmpty(); }
    QString connectorIdText() const
    {
        return connectorId.isNull() ? QString() : connectorId.toString(QUuid::WithoutBraces);
    }

    bool operator==(const HttpRequestActivity &other) const = default;
};
Q_DECLARE_METATYPE(HttpRequestActivity)
