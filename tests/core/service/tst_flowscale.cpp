#include "app/core/service/FlowService.h"
#include "tests/support/ExportShapeGenerator.h"
#include "tests/support/TestStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The generated organisations that the scale benchmarks import (ExportShapeGenerator), at a small
// size: the files are Flow Designer's export shape as the spec describes it, and an import of
// them finds every HTTP Request activity, so where-used answers with the counts the generator
// planned (SQLite, and PostgreSQL in the _postgres run).
class TestFlowScale final : public QObject
{
    Q_OBJECT

private:
    static ExportShapeGenerator::Settings
    smallOrganisation(const QList<ExportShapeGenerator::Connector> &connectors)
    {
        ExportShapeGenerator::Settings settings;
        settings.flows = 20;
        settings.connectors = connectors;
        return settings;
    }

    // Every activity ID of one process, checking that each is keyed by its own `id`.
    static QSet<QString> activityIds(const QJsonObject &process)
    {
        QSet<QString> ids;
        const QJsonObject activities = process.value("activities"_L1).toObject();
        for (auto it = activities.begin(); it != activities.end(); ++it) {
            const QJsonObject activity = it.value().toObject();
            if (activity.value("id"_L1).toString() != it.key())
                return {};
            ids.insert(it.key());
        }
        return ids;
    }

    // The process's links join its own activities; its diagram draws exactly them, with an in and
    // an out port each whose links are the process's. Returns the number of HTTP Requests.
    static int checkPart(const QJsonObject &part)
    {
        const QJsonObject process = part.value("process"_L1).toObject();
        const QSet<QString> ids = activityIds(process);
        if (ids.isEmpty())
            return -1;
        QSet<QString> links;
        for (const QJsonValue &value : process.value("links"_L1).toArray()) {
            const QJsonObject link = value.toObject();
            if (!ids.contains(link.value("sourceActivityId"_L1).toString()) ||
                !ids.contains(link.value("targetActivityId"_L1).toString()))
                return -1;
            links.insert(link.value("id"_L1).toString());
        }
        const QJsonObject widgets =
            part.value("diagram"_L1).toObject().value("widgets"_L1).toObject();
        const QStringList drawn = widgets.keys();
        if (QSet<QString>(drawn.cbegin(), drawn.cend()) != ids)
            return -1;
        int http = 0;
        for (const QString &id : ids) {
            const QJsonObject widget = widgets.value(id).toObject();
            const QJsonArray ports = widget.value("ports"_L1).toArray();
            if (ports.size() != 2 || ports.at(0).toObject().value("in"_L1) != QJsonValue(true))
                return -1;
            for (const QJsonValue &port : ports) {
                for (const QJsonValue &link : port.toObject().value("links"_L1).toArray()) {
                    if (!links.contains(link.toString()))
                        return -1;
                }
            }
            const QJsonObject properties = process.value("activities"_L1)
                                               .toObject()
                                               .value(id)
                                               .toObject()
                                               .value("properties"_L1)
                                               .toObject();
            // The widget repeats the activity's properties.
            if (widget.value("properties"_L1).toObject() != properties)
                return -1;
            if (properties.value("activityId"_L1).toString() == "http-request-v2"_L1)
                ++http;
        }
        return http;
    }

private Q_SLOTS:
    void filesAreTheExportShape()
    {
        const auto connectors = ExportShapeGenerator::sampleConnectors(4);
        const ExportShapeGenerator generator(smallOrganisation(connectors));
        QTemporaryDir dir;
        QString error;
        const QStringList paths = generator.writeAll(dir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(paths.size(), 20);
        QSet<QString> flowIds;
        int subflows = 0;
        int live = 0;
        for (int i = 0; i < paths.size(); ++i) {
            QFile file(paths.at(i));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            // Flow Designer's key order, not QJsonDocument's sorted one.
            QVERIFY(bytes.startsWith("{\"id\":\""));
            QVERIFY(bytes.indexOf("\"process\":") < bytes.indexOf("\"diagram\":"));
            QJsonParseError parseError;
            const QJsonObject document = QJsonDocument::fromJson(bytes, &parseError).object();
            QVERIFY2(parseError.error == QJsonParseError::NoError,
                     qPrintable(parseError.errorString()));
            const ExportShapeGenerator::FlowFacts facts = generator.facts(i);
            QCOMPARE(document.value("name"_L1).toString(), facts.name);
            QVERIFY(!QUuid::fromString(document.value("flowId"_L1).toString()).isNull());
            QCOMPARE(document.value("id"_L1).toString().size(), 24);
            QCOMPARE(document.value("version"_L1).toInt(), facts.version);
            QVERIFY(!document.value("lastModifiedDate"_L1).toString().isEmpty());
            QCOMPARE(document.value("flowType"_L1).toString(),
                     facts.subflow ? "SUBFLOW"_L1 : "FLOW"_L1);
            flowIds.insert(document.value("flowId"_L1).toString());
            subflows += facts.subflow;
            const QJsonArray tags = document.value("tags"_L1).toArray();
            const bool tagged = tags.contains(QJsonObject{{"id"_L1, "Live"_L1},
                                                          {"displayName"_L1, "Live"_L1},
                                                          {"flowVersionId"_L1, facts.versionId},
                                                          {"versionNumber"_L1, facts.version},
                                                          {"default"_L1, false}});
            QCOMPARE(tagged, facts.live);
            live += facts.live;

            const int mainHttp = checkPart(document);
            const QJsonObject events = document.value("eventFlows"_L1)
                                           .toObject()
                                           .value("eventsMap"_L1)
                                           .toObject()
                                           .value("GLOBAL_EVENTS"_L1)
                                           .toObject();
            const int eventHttp = checkPart(events);
            QVERIFY(mainHttp >= 0);
            QVERIFY(eventHttp >= 0);
            QCOMPARE(mainHttp + eventHttp, facts.httpRequests);
            QCOMPARE(eventHttp, facts.eventFlowHttpRequests);
            const QSet<QString> eventIds = activityIds(events.value("process"_L1).toObject());
            const QJsonObject onEvents = events.value("onEvents"_L1).toObject();
            QVERIFY(!onEvents.isEmpty());
            for (const QJsonValue &start : onEvents)
                QVERIFY(eventIds.contains(start.toString()));
            QCOMPARE(activityIds(document.value("process"_L1).toObject()).size() + eventIds.size(),
                     facts.activities);
        }
        QCOMPARE(flowIds.size(), 20);
        QVERIFY(subflows > 0);
        QVERIFY(live > 0 && live < 20);
    }

    void sameSettingsSameBytes()
    {
        const auto connectors = ExportShapeGenerator::sampleConnectors(3);
        ExportShapeGenerator::Settings settings = smallOrganisation(connectors);
        const QByteArray first = ExportShapeGenerator(settings).flow(7);
        QCOMPARE(ExportShapeGenerator(settings).flow(7), first);
        settings.seed += 1;
        QVERIFY(ExportShapeGenerator(settings).flow(7) != first);
    }

    // As large as real exports: about 250 KB for 100 activities with their diagram.
    void realSize()
    {
        const ExportShapeGenerator generator(
            smallOrganisation(ExportShapeGenerator::sampleConnectors(10)));
        const qsizetype size = generator.flow(0).size();
        QVERIFY2(size > 200 * 1024 && size < 320 * 1024, qPrintable(QString::number(size)));
        QCOMPARE(generator.facts(0).activities, 100);
    }

    // Needs the export-shape reader (issue #13).
    void importFindsEveryUse()
    {
        TestStore store;
        QList<ExportShapeGenerator::Connector> connectors;
        for (int i = 0; i < 5; ++i) {
            const Connector connector = store.addConnector(u"Records %1"_s.arg(i + 1));
            QVERIFY(!connector.id.isNull());
            connectors.append({connector.id, connector.name});
        }
        // A connector of another organisation that this store does not hold: still counted.
        connectors.append(ExportShapeGenerator::sampleConnectors(1).first());
        const ExportShapeGenerator generator(smallOrganisation(connectors));
        QTemporaryDir dir;
        const QStringList paths = generator.writeAll(dir.path());
        QCOMPARE(paths.size(), 20);

        FlowService flows(store.service());
        auto imported = flows.importFiles(paths);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message()));
        QCOMPARE(imported->size(), 20);
        for (int i = 0; i < 20; ++i) {
            const ExportShapeGenerator::FlowFacts facts = generator.facts(i);
            const Flow &flow = imported->at(i).flow;
            QCOMPARE(flow.name, facts.name);
            QCOMPARE(flow.activities.size(), facts.httpRequests);
            QCOMPARE(flow.isSubflow(), facts.subflow);
            QCOMPARE(flow.isLive(), facts.live);
        }

        const QHash<QUuid, ExportShapeGenerator::Usage> expected = generator.expectedUsage();
        QCOMPARE(expected.size(), connectors.size());
        auto counts = flows.usageCounts();
        QVERIFY(counts.ok());
        for (const ExportShapeGenerator::Connector &connector : connectors) {
            const ExportShapeGenerator::Usage usage = expected.value(connector.id);
            QVERIFY(usage.activities > 0);
            auto used = flows.whereUsed(connector.id);
            QVERIFY(used.ok());
            QCOMPARE(int(used->size()), usage.activities);
            QSet<QUuid> flowIds;
            bool inEventFlow = false;
            for (const FlowUsage &use : std::as_const(*used)) {
                flowIds.insert(use.flowId);
                inEventFlow = inEventFlow || use.eventFlow == "GLOBAL_EVENTS"_L1;
            }
            QCOMPARE(int(flowIds.size()), usage.flows);
            QVERIFY(inEventFlow);
            QCOMPARE(counts->value(connector.id).flows, usage.flows);
            QCOMPARE(counts->value(connector.id).activities, usage.activities);
        }
    }
};

QTEST_GUILESS_MAIN(TestFlowScale)
#include "tst_flowscale.moc"
