#include "app/core/flows/FlowDesignerFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Flow Designer's own export shape (`process.activities` keyed by ID, `diagram.widgets`,
// `eventFlows.eventsMap`): read, edited and written back equal to the file plus the edits.
class TestExportShape final : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kLookup = "7b1e6a52-0c33-4f1c-8d65-1a2b3c4d5e02";
    static constexpr auto kNote = "7b1e6a52-0c33-4f1c-8d65-1a2b3c4d5e05";
    static constexpr auto kLog = "9c2f7b63-1d44-4a2d-9e76-2b3c4d5e6f02";

    QByteArray m_bytes;
    QJsonObject m_original;

    static QJsonObject parse(const QByteArray &bytes)
    {
        return QJsonDocument::fromJson(bytes).object();
    }

    Flow readOriginal() const
    {
        auto flow = FlowDesignerFormat::read(m_bytes, u"customer-lookup.json"_s);
        if (!flow.ok())
            qFatal("%s", qPrintable(flow.error().message()));
        return *flow;
    }

    static const HttpRequestActivity &activity(const Flow &flow, const QString &id)
    {
        for (const HttpRequestActivity &candidate : flow.activities) {
            if (candidate.nodeId == id)
                return candidate;
        }
        qFatal("no activity %s", qPrintable(id));
    }

    // The properties object at `path` ("process", "diagram") of the main flow or an event flow.
    static QJsonObject propertiesAt(const QJsonObject &document, const QString &eventFlow,
                                    const QString &part, const QString &id)
    {
        QJsonObject holder = document;
        if (!eventFlow.isEmpty())
            holder = document[u"eventFlows"_s][u"eventsMap"_s][eventFlow].toObject();
        const QString list = part == u"process"_s ? u"activities"_s : u"widgets"_s;
        return holder[part][list][id][u"properties"_s].toObject();
    }

    // `document` with `key` set to `value` in the properties of activity `id` and its widget.
    static QJsonObject withProperty(QJsonObject document, const QString &id, const QString &key,
                                    const QJsonValue &value)
    {
        for (const auto &[part, list] :
             {std::pair(u"process"_s, u"activities"_s), std::pair(u"diagram"_s, u"widgets"_s)}) {
            QJsonObject outer = document[part].toObject();
            QJsonObject objects = outer[list].toObject();
            QJsonObject object = objects[id].toObject();
            QJsonObject properties = object[u"properties"_s].toObject();
            properties.insert(key, value);
            object.insert(u"properties"_s, properties);
            objects.insert(id, object);
            outer.insert(list, objects);
            document.insert(part, outer);
        }
        return document;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("SOURCE_DIR") +
                   u"/tests/core/flows/data/export-shape-example.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_bytes = file.readAll();
        m_original = parse(m_bytes);
        QVERIFY(!m_original.isEmpty());
    }

    void readsTheFlowAndItsVersionFacts()
    {
        const Flow flow = readOriginal();
        QCOMPARE(flow.shape, FlowShape::Export);
        QCOMPARE(flow.name, u"Customer Lookup"_s);
        QCOMPARE(flow.flowType, u"FLOW"_s);
        QVERIFY(!flow.isSubflow());
        QCOMPARE(flow.flowKey, u"3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"_s);
        QCOMPARE(flow.versionId, u"64f0c1e2a9b3d4e5f6a7b8c9"_s);
        QCOMPARE(flow.version, 7);
        QCOMPARE(flow.lastModified, u"2026-11-20T14:03:10.512Z"_s);
        // The Dev tag names another version (its flowVersionId): not this one's.
        QCOMPARE(flow.tags, QStringList{u"Live"_s});
        QVERIFY(flow.isLive());
        QCOMPARE(flow.versionSlot(), FlowVersionSlot::Live);
    }

    void findsEveryHttpRequestActivityInProcessAndEventFlows()
    {
        const Flow flow = readOriginal();
        // Main flow first, in the diagram's order (LookupCustomer is drawn above CreateNote),
        // then the event flow; the start, set-variable and menu activities are not requests.
        QCOMPARE(flow.activities.size(), 3);
        QCOMPARE(flow.activities.at(0).nodeId, QString::fromLatin1(kLookup));
        QCOMPARE(flow.activities.at(1).nodeId, QString::fromLatin1(kNote));
        QCOMPARE(flow.activities.at(2).nodeId, QString::fromLatin1(kLog));

        const HttpRequestActivity &lookup = flow.activities.at(0);
        QCOMPARE(lookup.nodeName, u"LookupCustomer"_s);
        QVERIFY(lookup.isInMainFlow());
        QCOMPARE(lookup.connectorIdText(), u"6f0d2a44-51c7-4c4b-9a58-3b1f8a0c6e11"_s);
        QCOMPARE(lookup.connectorName, u"Customer Records"_s);
        QCOMPARE(lookup.path, u"/organization/{orgId}/v2/team"_s);
        QCOMPARE(lookup.timeoutMs, 3000); // "3000" in the file
        QVERIFY(lookup.timeoutAsImported.isEmpty());
        QCOMPARE(lookup.queryParameters, (QList<NameValue>{{u"page"_s, u"0"_s}}));
        QCOMPARE(lookup.outputVariables, (QList<OutputVariable>{{u"teamId"_s, u"$.data[0].id"_s}}));

        const HttpRequestActivity &note = flow.activities.at(1);
        QVERIFY(note.authenticated); // "true" in the file
        QCOMPARE(note.method, u"POST"_s);
        QCOMPARE(note.retryAttempts, 2); // "2" in the file
        QCOMPARE(note.timeoutMs, 5000);

        const HttpRequestActivity &log = flow.activities.at(2);
        QCOMPARE(log.eventFlow, u"GLOBAL_EVENTS"_s);
        QCOMPARE(log.nodeName, u"LogDisconnect"_s);
    }

    void aRoundTripWithoutEditsKeepsEverything()
    {
        const Flow flow = readOriginal();
        QCOMPARE(parse(FlowDesignerFormat::write(flow.document)), m_original);
    }

    void anEditChangesTheActivityAndItsWidgetInEverySpelling()
    {
        Flow flow = readOriginal();
        HttpRequestActivity edited = activity(flow, QString::fromLatin1(kLookup));
        edited.path = u"/organization/{orgId}/v2/site"_s;
        edited.method = u"HEAD"_s;
        edited.timeoutMs = 4500;
        QVERIFY(FlowDesignerFormat::writeActivity(flow.document, edited));

        const QString id = QString::fromLatin1(kLookup);
        QJsonObject expected = m_original;
        for (const QString &key : {u"httpRequestPath"_s, u"httpRequestPath:name"_s})
            expected = withProperty(expected, id, key, edited.path);
        for (const QString &key : {u"httpRequestMethod"_s, u"httpRequestMethod_name"_s})
            expected = withProperty(expected, id, key, u"HEAD"_s);
        // The file wrote the timeout as a string; it stays one.
        expected = withProperty(expected, id, u"httpResponseTimeout"_s, u"4500"_s);
        QCOMPARE(parse(FlowDesignerFormat::write(flow.document)), expected);

        auto reread = FlowDesignerFormat::read(FlowDesignerFormat::write(flow.document), u"x"_s);
        QVERIFY(reread.ok());
        QCOMPARE(activity(*reread, id), edited);
    }

    void aNewConnectorWritesItsIdAndNameTogether()
    {
        Flow flow = readOriginal();
        HttpRequestActivity edited = activity(flow, QString::fromLatin1(kLookup));
        edited.connectorId = QUuid(u"11111111-2222-4333-8444-555555555555"_s);
        edited.connectorName = u"Звіти"_s;
        QVERIFY(FlowDesignerFormat::writeActivity(flow.document, edited));
        for (const QString &part : {u"process"_s, u"diagram"_s}) {
            const QJsonObject p = propertiesAt(flow.document, {}, part, edited.nodeId);
            QCOMPARE(p[u"connectorId"_s].toString(), u"11111111-2222-4333-8444-555555555555"_s);
            QCOMPARE(p[u"connectorId:name"_s].toString(), u"Звіти"_s);
            QCOMPARE(p[u"connectorId_name"_s].toString(), u"Звіти"_s);
        }
    }

    void anEventFlowEditLeavesTheMainFlowAlone()
    {
        Flow flow = readOriginal();
        HttpRequestActivity edited = activity(flow, QString::fromLatin1(kLog));
        edited.outputVariables = {{u"reason"_s, u"$.reason"_s}};
        QVERIFY(FlowDesignerFormat::writeActivity(flow.document, edited));

        QCOMPARE(flow.document[u"process"_s], m_original[u"process"_s]);
        QCOMPARE(flow.document[u"diagram"_s], m_original[u"diagram"_s]);
        for (const QString &part : {u"process"_s, u"diagram"_s}) {
            const QJsonArray rows = propertiesAt(flow.document, u"GLOBAL_EVENTS"_s, part,
                                                 edited.nodeId)[u"outputVariableArray"_s]
                                        .toArray();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.at(0)[u"outputVariable"_s].toString(), u"reason"_s);
        }
        QCOMPARE(FlowDesignerFormat::activities(flow.document).at(2), edited);
    }

    void aWidgetDoesNotGainKeysItNeverHad()
    {
        Flow flow = readOriginal();
        HttpRequestActivity edited = activity(flow, QString::fromLatin1(kLog));
        const QString id = edited.nodeId;
        // The event flow's start widget has no request keys; the request widget lacks a body key
        // once we take it away.
        QJsonObject document = flow.document;
        QJsonObject eventFlows = document[u"eventFlows"_s].toObject();
        QJsonObject events = eventFlows[u"eventsMap"_s].toObject();
        QJsonObject global = events[u"GLOBAL_EVENTS"_s].toObject();
        QJsonObject diagram = global[u"diagram"_s].toObject();
        QJsonObject widgets = diagram[u"widgets"_s].toObject();
        QJsonObject widget = widgets[id].toObject();
        QJsonObject properties = widget[u"properties"_s].toObject();
        properties.remove(u"httpRequestBody"_s);
        widget.insert(u"properties"_s, properties);
        widgets.insert(id, widget);
        diagram.insert(u"widgets"_s, widgets);
        global.insert(u"diagram"_s, diagram);
        events.insert(u"GLOBAL_EVENTS"_s, global);
        eventFlows.insert(u"eventsMap"_s, events);
        document.insert(u"eventFlows"_s, eventFlows);

        edited.body = u"{\"a\":1}"_s;
        QVERIFY(FlowDesignerFormat::writeActivity(document, edited));
        QVERIFY(!propertiesAt(document, u"GLOBAL_EVENTS"_s, u"diagram"_s, id)
                     .contains(u"httpRequestBody"_s));
        QCOMPARE(propertiesAt(document, u"GLOBAL_EVENTS"_s, u"process"_s, id)[u"httpRequestBody"_s]
                     .toString(),
                 edited.body);
    }

    void theActivityTypeIsFoundUnderEitherKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("activityId") << u"activityId"_s;
        QTest::newRow("activityName") << u"activityName"_s;
    }

    void theActivityTypeIsFoundUnderEitherKey()
    {
        QFETCH(QString, key);
        const QJsonObject document{
            {u"name"_s, u"One"_s},
            {u"process"_s,
             QJsonObject{
                 {u"activities"_s,
                  QJsonObject{
                      {u"a1"_s, QJsonObject{{u"id"_s, u"a1"_s},
                                            {u"name"_s, u"Req"_s},
                                            {u"properties"_s,
                                             QJsonObject{{key, u"http-request-v2"_s},
                                                         {u"httpRequestPath"_s, u"/v1/x"_s}}}}}}},
                 {u"links"_s, QJsonArray{}}}}};
        auto flow = FlowDesignerFormat::fromDocument(document, u"one.json"_s);
        QVERIFY(flow.ok());
        QCOMPARE(flow->activities.size(), 1);
        QCOMPARE(flow->activities.first().nodeId, u"a1"_s);
        QCOMPARE(flow->activities.first().path, u"/v1/x"_s);
        QVERIFY(flow->flowKey.isEmpty());
        QCOMPARE(flow->versionSlot(), FlowVersionSlot::Latest);
    }

    void subflowsAndPlainTagsAreRead()
    {
        QJsonObject document = m_original;
        document.insert(u"flowType"_s, u"SUBFLOW"_s);
        document.insert(u"version"_s, u"12"_s);
        document.insert(u"tags"_s, QJsonArray{u"Latest"_s});
        auto flow = FlowDesignerFormat::fromDocument(document, u"sub.json"_s);
        QVERIFY(flow.ok());
        QVERIFY(flow->isSubflow());
        QCOMPARE(flow->version, 12);
        QCOMPARE(flow->tags, QStringList{u"Latest"_s});
        QVERIFY(!flow->isLive());
    }

    void refusesBrokenExports_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("expected");
        QJsonObject neither = m_original;
        neither.remove(u"process"_s);
        QTest::newRow("neither shape") << neither << u"\"nodes\" list"_s;
        QJsonObject listActivities = m_original;
        listActivities.insert(u"process"_s, QJsonObject{{u"activities"_s, QJsonArray{}}});
        QTest::newRow("activities as a list") << listActivities << u"\"process\" with"_s;
        QJsonObject badEvents = m_original;
        badEvents.insert(u"eventFlows"_s, QJsonObject{{u"eventsMap"_s, QJsonArray{}}});
        QTest::newRow("eventsMap as a list") << badEvents << u"eventsMap"_s;
        QJsonObject badEventProcess = m_original;
        badEventProcess.insert(
            u"eventFlows"_s,
            QJsonObject{
                {u"eventsMap"_s,
                 QJsonObject{{u"GLOBAL_EVENTS"_s,
                              QJsonObject{{u"process"_s, QJsonObject{{u"activities"_s, 3}}}}}}}});
        QTest::newRow("event flow without activities") << badEventProcess << u"GLOBAL_EVENTS"_s;
        QJsonObject longId = m_original;
        longId.insert(u"flowId"_s, QString(500, u'a'));
        QTest::newRow("flowId too long") << longId << u"\"flowId\""_s;
        QJsonObject controlId = m_original;
        controlId.insert(u"id"_s, u"abc\u001b[2Jdef"_s);
        QTest::newRow("version id with escape") << controlId << u"\"id\""_s;
    }

    void refusesBrokenExports()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, expected);
        auto flow = FlowDesignerFormat::fromDocument(document, u"broken.json"_s);
        QVERIFY(!flow.ok());
        QCOMPARE(flow.error().code(), ErrorCode::FlowFileInvalid);
        QVERIFY2(flow.error().message().contains(u"broken.json"_s),
                 qPrintable(flow.error().message()));
        QVERIFY2(flow.error().message().contains(expected), qPrintable(flow.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestExportShape)
#include "tst_exportshape.moc"
