#include "app/core/flows/FlowShapeConverter.h"

#include <QJsonArray>

namespace {

const QLatin1String kProperties("properties");

// Where the first activity is drawn and how far apart the next ones are, in diagram units.
constexpr int kLeft = 120;
constexpr int kTop = 80;
constexpr int kRowHeight = 140;

QString text(const QJsonObject &object, QLatin1String key, QLatin1String fallbackKey)
{
    const QString value = object.value(key).toVariant().toString();
    return value.isEmpty() ? object.value(fallbackKey).toVariant().toString() : value;
}

QJsonObject activityOf(const QJsonObject &node)
{
    QJsonObject properties = node.value(kProperties).toObject();
    QString type = properties.value(QLatin1String("activityName")).toString();
    if (type.isEmpty())
        type = node.value(QLatin1String("activityType")).toString();
    properties.insert(QLatin1String("activityId"), type);
    properties.insert(QLatin1String("name"), node.value(QLatin1String("name")));
    return {{QStringLiteral("id"), node.value(QLatin1String("id"))},
            {QStringLiteral("name"), node.value(QLatin1String("name"))},
            {QStringLiteral("group"), node.value(QLatin1String("group"))},
            {QStringLiteral("properties"), properties}};
}

QJsonObject widgetOf(const QJsonObject &activity, int row)
{
    const QString id = activity.value(QLatin1String("id")).toString();
    const QJsonObject properties = activity.value(kProperties).toObject();
    auto port = [&id](bool in) {
        const QString name = in ? QStringLiteral("in") : QStringLiteral("out");
        return QJsonObject{{QStringLiteral("id"), id + QLatin1Char('-') + name},
                           {QStringLiteral("type"), QStringLiteral("default")},
                           {QStringLiteral("in"), in},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("links"), QJsonArray()}};
    };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("default")},
            {QStringLiteral("widgetType"), properties.value(QLatin1String("activityId"))},
            {QStringLiteral("label"), activity.value(QLatin1String("name"))},
            {QStringLiteral("point"), QJsonObject{{QStringLiteral("x"), kLeft},
                                                  {QStringLiteral("y"), kTop + row * kRowHeight}}},
            {QStringLiteral("ports"), QJsonArray{port(true), port(false)}},
            {QStringLiteral("properties"), properties}};
}

QJsonObject linkOf(const QJsonObject &edge)
{
    const QJsonValue condition = edge.value(QLatin1String("condition"));
    return {{QStringLiteral("id"), edge.value(QLatin1String("id"))},
            {QStringLiteral("sourceActivityId"),
             text(edge, QLatin1String("sourceId"), QLatin1String("from"))},
            {QStringLiteral("targetActivityId"),
             text(edge, QLatin1String("targetId"), QLatin1String("to"))},
            {QStringLiteral("conditionExpr"), condition.isUndefined() ? QJsonValue() : condition},
            {QStringLiteral("properties"), edge.value(kProperties).toObject()}};
}

// One flow's `process` and `diagram` from its nodes and edges.
QJsonObject processAndDiagram(const QJsonObject &flow)
{
    QJsonObject activities;
    QJsonObject widgets;
    int row = 0;
    for (const QJsonValue &value : flow.value(QLatin1String("nodes")).toArray()) {
        const QJsonObject activity = activityOf(value.toObject());
        const QString id = activity.value(QLatin1String("id")).toString();
        activities.insert(id, activity);
        widgets.insert(id, widgetOf(activity, row++));
    }
    QJsonArray links;
    for (const QJsonValue &value : flow.value(QLatin1String("edges")).toArray())
        links.append(linkOf(value.toObject()));
    return {{QStringLiteral("process"), QJsonObject{{QStringLiteral("activities"), activities},
                                                    {QStringLiteral("links"), links}}},
            {QStringLiteral("diagram"), QJsonObject{{QStringLiteral("properties"),
                                                     QJsonObject{{QStringLiteral("offsetX"), 0},
                                                                 {QStringLiteral("offsetY"), 0},
                                                                 {QStringLiteral("zoom"), 100},
                                                                 {QStringLiteral("gridSize"), 0}}},
                                                    {QStringLiteral("widgets"), widgets}}}};
}

// The event a handler starts on: its first node's `event` property.
QJsonObject onEventsOf(const QJsonObject &eventFlow)
{
    const QJsonObject first = eventFlow.value(QLatin1String("nodes")).toArray().first().toObject();
    const QString event =
        first.value(kProperties).toObject().value(QLatin1String("event")).toString();
    if (event.isEmpty())
        return {};
    return {{event, first.value(QLatin1String("id"))}};
}

} // namespace

QJsonObject FlowShapeConverter::toExportShape(const QJsonObject &authoring,
                                              const VersionFacts &facts)
{
    QJsonObject document = authoring;
    for (const QLatin1String key :
         {QLatin1String("nodes"), QLatin1String("edges"), QLatin1String("eventFlows")})
        document.remove(key);
    const QJsonObject main = processAndDiagram(authoring);
    for (auto it = main.begin(); it != main.end(); ++it)
        document.insert(it.key(), it.value());

    QJsonObject eventsMap;
    const QJsonObject eventFlows = authoring.value(QLatin1String("eventFlows")).toObject();
    for (auto it = eventFlows.begin(); it != eventFlows.end(); ++it) {
        const QJsonObject eventFlow = it.value().toObject();
        QJsonObject converted = processAndDiagram(eventFlow);
        converted.insert(QStringLiteral("id"), it.key());
        converted.insert(QStringLiteral("name"), it.key());
        converted.insert(QStringLiteral("description"), QString());
        converted.insert(QStringLiteral("onEvents"), onEventsOf(eventFlow));
        eventsMap.insert(it.key(), converted);
    }
    document.insert(QStringLiteral("eventFlows"),
                    QJsonObject{{QStringLiteral("properties"), QJsonObject()},
                                {QStringLiteral("eventsMap"), eventsMap}});

    document.insert(QStringLiteral("flowId"), facts.flowId);
    document.insert(QStringLiteral("id"), facts.versionId);
    document.insert(QStringLiteral("version"), facts.version);
    document.insert(QStringLiteral("flowType"), facts.flowType);
    document.insert(QStringLiteral("lastModifiedDate"), facts.lastModified);
    QJsonArray tags;
    for (const QString &tag : facts.tags) {
        tags.append(QJsonObject{{QStringLiteral("id"), tag},
                                {QStringLiteral("displayName"), tag},
                                {QStringLiteral("flowVersionId"), facts.versionId},
                                {QStringLiteral("versionNumber"), facts.version}});
    }
    document.insert(QStringLiteral("tags"), tags);
    return document;
}
