#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Turns an authoring-shape flow (`nodes`/`edges`) into Flow Designer's export shape
// (`process.activities` keyed by ID, `process.links`, `diagram.widgets` with ports, and
// `eventFlows.eventsMap`), laying the activities out top to bottom. The sample organisation uses
// it so that the console shows flows as a real organisation's look; imports never convert: a
// document is always written back in the shape it came in.
class FlowShapeConverter final
{
public:
    FlowShapeConverter() = delete;

    // The version facts an export carries at its top level.
    struct VersionFacts
    {
        QString flowId;
        QString versionId;
        int version = 1;
        QString lastModified;
        QStringList tags;
        QString flowType = QStringLiteral("FLOW");
    };

    static QJsonObject toExportShape(const QJsonObject &authoring, const VersionFacts &facts);
};
