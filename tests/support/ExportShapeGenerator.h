#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

// A real organisation's flows in Flow Designer's export shape, made up deterministically (the
// same settings give the same bytes): for the scale tests and bench/. Each flow has a main
// `process` whose `activities` are keyed by activity ID, `links`, `diagram.widgets` keyed by
// activity ID with in/out ports, and an `eventFlows.eventsMap.GLOBAL_EVENTS` with `onEvents` and
// its own process and diagram. Keys are written in Flow Designer's order (not sorted, as
// QJsonDocument would), some numbers and booleans as strings. HTTP Request activities
// (`http-request-v2`) name connectors drawn from the given list, with `connectorId:name`,
// `connectorId_name` or both; a few are unauthenticated (a full URL, no connector). Depends on
// QtCore only, so tests and the benchmark share it.
class ExportShapeGenerator final
{
public:
    struct Connector
    {
        QUuid id;
        QString name;
    };

    struct Settings
    {
        int flows = 1000;
        // Activities of one flow, the main process and GLOBAL_EVENTS together.
        int activitiesPerFlow = 100;
        // HTTP Request activities in the main process (GLOBAL_EVENTS holds one more).
        int httpRequestsPerFlow = 10;
        // Every n-th flow is a SUBFLOW, every m-th is tagged Live (0: none).
        int subflowEvery = 10;
        int liveEvery = 3;
        QList<Connector> connectors;
        quint64 seed = 13;
    };

    // What one flow holds, as the reader should find it.
    struct FlowFacts
    {
        QString name;
        QString flowId;    // Flow Designer's `flowId` (a UUID)
        QString versionId; // the version object's `id` (24 hex digits)
        int version = 0;
        bool subflow = false;
        bool live = false;
        int activities = 0;   // every activity, main process and event flow
        int httpRequests = 0; // HTTP Request activities, main process and event flow
        int eventFlowHttpRequests = 0;
        // HTTP Request activities through a connector (authenticated), by connector.
        QHash<QUuid, int> connectorUses;
    };

    // Where-used as the store should answer it once every flow is imported.
    struct Usage
    {
        int flows = 0;
        int activities = 0;
    };

    explicit ExportShapeGenerator(Settings settings);

    const Settings &settings() const { return m_settings; }
    // The export of flow `index` (0 <= index < flows), compact JSON.
    QByteArray flow(int index) const;
    FlowFacts facts(int index) const;
    // The file name flow `index` is written under: "flow-0001.json" and so on.
    static QString fileName(int index);
    // Writes every flow into `directory` and returns the paths in order; empty with `error` set
    // when a file cannot be written.
    QStringList writeAll(const QString &directory, QString *error = nullptr) const;
    // Per connector over every flow: how many flows and activities use it.
    QHash<QUuid, Usage> expectedUsage() const;

    // `count` connectors with deterministic IDs and names, for callers that make up their own.
    static QList<Connector> sampleConnectors(int count, quint64 seed = 7);

    struct Plan; // one flow's activities and facts before they are written

private:
    Plan plan(int index) const;

    Settings m_settings;
};
