#include "app/core/flows/ActivityRules.h"
#include "app/core/flows/FlowDesignerFormat.h"
#include "tests/support/FlowSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Reading Flow Designer exports and writing edits back without disturbing anything else.
class TestFlowDesignerFormat final : public QObject
{
    Q_OBJECT

private:
    const QUuid m_teams = QUuid::createUuid();
    const QUuid m_search = QUuid::createUuid();

    QJsonObject sample() const
    {
        return FlowSamples::supportLine(m_teams, u"Teams"_s, m_search, u"Search"_s);
    }

    // The main flow's HTTP Request node (nodes[1]) with one property replaced.
    static void setMainProperty(QJsonObject &document, const QString &key, const QJsonValue &value)
    {
        QJsonArray nodes = document.value(u"nodes"_s).toArray();
        QJsonObject node = nodes.at(1).toObject();
        QJsonObject properties = node.value(u"properties"_s).toObject();
        properties.insert(key, value);
        node.insert(u"properties"_s, properties);
        nodes.replace(1, node);
        document.insert(u"nodes"_s, nodes);
    }

    static QJsonValue mainProperty(const QJsonObject &document, const QString &key)
    {
        return document.value(u"nodes"_s)
            .toArray()
            .at(1)
            .toObject()
            .value(u"properties"_s)
            .toObject()
            .value(key);
    }

private Q_SLOTS:
    void readsMainAndEventFlowActivities()
    {
        auto flow = FlowDesignerFormat::read(FlowSamples::toJson(sample()), u"support.json"_s);
        QVERIFY2(flow.ok(), flow.ok() ? "" : qPrintable(flow.error().message()));
        QCOMPARE(flow->name, u"Support line"_s);
        QCOMPARE(flow->flowType, u"flow"_s);
        QCOMPARE(flow->description, u"Routes support calls"_s);
        QCOMPARE(flow->activities.size(), 2);

        const HttpRequestActivity &main = flow->activities.at(0);
        QVERIFY(main.isInMainFlow());
        QCOMPARE(main.nodeId, u"n1"_s);
        QCOMPARE(main.nodeName, u"GetTeams"_s);
        QVERIFY(main.authenticated);
        QCOMPARE(main.connectorId, m_teams);
        QCOMPARE(main.connectorName, u"Teams"_s);
        QCOMPARE(main.path, u"/organization/{orgId}/v2/team"_s);
        QCOMPARE(main.method, u"GET"_s);
        QCOMPARE(main.queryParameters, (QList<NameValue>{{u"page"_s, u"0"_s}}));
        QCOMPARE(main.timeoutMs, 3000);
        QCOMPARE(main.retryAttempts, 1);
        QCOMPARE(main.parseContentType, u"JSON"_s);
        QCOMPARE(main.outputVariables, (QList<OutputVariable>{{u"teamId"_s, u"$.data[0].id"_s}}));

        const HttpRequestActivity &event = flow->activities.at(1);
        QCOMPARE(event.eventFlow, u"GLOBAL_EVENTS"_s);
        QCOMPARE(event.nodeName, u"LogDisconnect"_s);
        QCOMPARE(event.connectorId, m_search);
    }

    void defaultsApplyWhenPropertiesAreMissing()
    {
        const QJsonObject node{
            {u"id"_s, u"x"_s},
            {u"name"_s, u"Bare"_s},
            {u"properties"_s, QJsonObject{{u"activityName"_s, u"http-request-v2"_s}}}};
        const HttpRequestActivity activity = FlowDesignerFormat::readActivity(node, {});
        QVERIFY(activity.authenticated); // "Use authenticated endpoint" is on by default
        QCOMPARE(activity.method, u"GET"_s);
        QCOMPARE(activity.timeoutMs, 3000);
        QCOMPARE(activity.retryAttempts, 1);
        QCOMPARE(activity.contentType, u"application/json"_s);
    }

    void writingAnUnchangedActivityChangesNothing()
    {
        QJsonObject document = sample();
        auto flow = FlowDesignerFormat::fromDocument(document, u"sample"_s);
        QVERIFY(flow.ok());
        for (const HttpRequestActivity &activity : flow->activities)
            QVERIFY(FlowDesignerFormat::writeActivity(document, activity));
        QCOMPARE(document, sample());
    }

    void anEditRewritesOnlyTheEditedProperties()
    {
        QJsonObject document = sample();
        HttpRequestActivity event = FlowDesignerFormat::activities(document).at(1);
        event.method = u"POST"_s;
        event.path = u"/v1/search"_s;
        event.outputVariables = {{u"total"_s, u"$.meta.total"_s}};
        QVERIFY(FlowDesignerFormat::writeActivity(document, event));

        // Expected: the original with exactly those three properties replaced.
        QJsonObject expected = sample();
        QJsonObject eventFlows = expected.value(u"eventFlows"_s).toObject();
        QJsonObject global = eventFlows.value(u"GLOBAL_EVENTS"_s).toObject();
        QJsonArray nodes = global.value(u"nodes"_s).toArray();
        QJsonObject node = nodes.at(0).toObject();
        QJsonObject properties = node.value(u"properties"_s).toObject();
        properties.insert(u"httpRequestMethod"_s, u"POST"_s);
        properties.insert(u"httpRequestPath"_s, u"/v1/search"_s);
        properties.insert(u"outputVariableArray"_s,
                          FlowSamples::outputs(u"total"_s, u"$.meta.total"_s));
        node.insert(u"properties"_s, properties);
        nodes.replace(0, node);
        global.insert(u"nodes"_s, nodes);
        eventFlows.insert(u"GLOBAL_EVENTS"_s, global);
        expected.insert(u"eventFlows"_s, eventFlows);
        QCOMPARE(document, expected);

        // The main flow's activity with the same shape is untouched.
        QCOMPARE(FlowDesignerFormat::activities(document).at(0),
                 FlowDesignerFormat::activities(sample()).at(0));
    }

    void numbersAndBooleansKeepTheirJsonType()
    {
        QJsonObject document = sample();
        QJsonArray nodes = document.value(u"nodes"_s).toArray();
        QJsonObject node = nodes.at(1).toObject();
        QJsonObject properties = node.value(u"properties"_s).toObject();
        properties.insert(u"httpResponseTimeout"_s, u"5000"_s);
        properties.insert(u"authenticated"_s, u"true"_s);
        node.insert(u"properties"_s, properties);
        nodes.replace(1, node);
        document.insert(u"nodes"_s, nodes);

        HttpRequestActivity activity = FlowDesignerFormat::activities(document).at(0);
        QCOMPARE(activity.timeoutMs, 5000);
        QVERIFY(activity.authenticated);
        activity.timeoutMs = 7000;
        QVERIFY(FlowDesignerFormat::writeActivity(document, activity));
        const QJsonObject written =
            document.value(u"nodes"_s).toArray().at(1).toObject().value(u"properties"_s).toObject();
        QCOMPARE(written.value(u"httpResponseTimeout"_s), QJsonValue(u"7000"_s));
        QCOMPARE(written.value(u"authenticated"_s), QJsonValue(u"true"_s));
    }

    void queryParametersKeepTheirShape()
    {
        QJsonObject document = sample();
        QJsonArray nodes = document.value(u"nodes"_s).toArray();
        QJsonObject node = nodes.at(1).toObject();
        QJsonObject properties = node.value(u"properties"_s).toObject();
        properties.insert(u"httpQueryParameters"_s, QJsonObject{{u"page"_s, u"1"_s}});
        node.insert(u"properties"_s, properties);
        nodes.replace(1, node);
        document.insert(u"nodes"_s, nodes);

        HttpRequestActivity activity = FlowDesignerFormat::activities(document).at(0);
        QCOMPARE(activity.queryParameters, (QList<NameValue>{{u"page"_s, u"1"_s}}));
        activity.queryParameters.append({u"pageSize"_s, u"50"_s});
        QVERIFY(FlowDesignerFormat::writeActivity(document, activity));
        const QJsonValue written = document.value(u"nodes"_s)
                                       .toArray()
                                       .at(1)
                                       .toObject()
                                       .value(u"properties"_s)
                                       .toObject()
                                       .value(u"httpQueryParameters"_s);
        QCOMPARE(written, QJsonValue(QJsonObject{{u"page"_s, u"1"_s}, {u"pageSize"_s, u"50"_s}}));
    }

    void eventFlowsAsAListAreReadAndWritten()
    {
        QJsonObject document = sample();
        const QJsonObject global =
            document.value(u"eventFlows"_s).toObject().value(u"GLOBAL_EVENTS"_s).toObject();
        QJsonObject named = global;
        named.insert(u"name"_s, u"GLOBAL_EVENTS"_s);
        document.insert(u"eventFlows"_s, QJsonArray{named});

        QList<HttpRequestActivity> activities = FlowDesignerFormat::activities(document);
        QCOMPARE(activities.size(), 2);
        QCOMPARE(activities.at(1).eventFlow, u"GLOBAL_EVENTS"_s);
        activities[1].retryAttempts = 3;
        QVERIFY(FlowDesignerFormat::writeActivity(document, activities.at(1)));
        QCOMPARE(FlowDesignerFormat::activities(document).at(1).retryAttempts, 3);
        QVERIFY(document.value(u"eventFlows"_s).isArray());
    }

    void anUnnamedEventFlowInAListIsNotTheMainFlow()
    {
        QJsonObject document = sample();
        QJsonObject global =
            document.value(u"eventFlows"_s).toObject().value(u"GLOBAL_EVENTS"_s).toObject();
        // Its node shares the main flow activity's id, as nodes of different flows may.
        QJsonArray nodes = global.value(u"nodes"_s).toArray();
        QJsonObject node = nodes.at(0).toObject();
        node.insert(u"id"_s, u"n1"_s);
        nodes.replace(0, node);
        global.insert(u"nodes"_s, nodes);
        global.remove(u"name"_s);
        global.remove(u"id"_s);
        document.insert(u"eventFlows"_s, QJsonArray{global});

        const QList<HttpRequestActivity> before = FlowDesignerFormat::activities(document);
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.at(1).eventFlow, u"eventFlows[0]"_s);
        QVERIFY(!before.at(1).isInMainFlow());

        HttpRequestActivity event = before.at(1);
        event.retryAttempts = 4;
        QVERIFY(FlowDesignerFormat::writeActivity(document, event));
        const QList<HttpRequestActivity> after = FlowDesignerFormat::activities(document);
        QCOMPARE(after.at(0), before.at(0)); // the main flow's activity is untouched
        QCOMPARE(after.at(1).retryAttempts, 4);
    }

    void editedHeaderRowsKeepTheirOtherKeys()
    {
        QJsonObject document = sample();
        setMainProperty(document, u"httpRequestHeaders"_s,
                        QJsonArray{QJsonObject{{u"name"_s, u"Accept"_s},
                                               {u"value"_s, u"application/json"_s},
                                               {u"id"_s, u"h1"_s}},
                                   QJsonObject{{u"name"_s, u"X-Trace"_s},
                                               {u"value"_s, u"1"_s},
                                               {u"id"_s, u"h2"_s},
                                               {u"secure"_s, false}}});
        HttpRequestActivity activity = FlowDesignerFormat::activities(document).at(0);
        QCOMPARE(activity.headers.size(), 2);
        // Remove the first row, change the second, add a third.
        activity.headers = {{u"X-Trace"_s, u"2"_s}, {u"X-New"_s, u"yes"_s}};
        QVERIFY(FlowDesignerFormat::writeActivity(document, activity));

        const QJsonArray expected{QJsonObject{{u"name"_s, u"X-Trace"_s},
                                              {u"value"_s, u"2"_s},
                                              {u"id"_s, u"h2"_s},
                                              {u"secure"_s, false}},
                                  QJsonObject{{u"name"_s, u"X-New"_s}, {u"value"_s, u"yes"_s}}};
        QCOMPARE(mainProperty(document, u"httpRequestHeaders"_s), QJsonValue(expected));
    }

    void outputVariableRowsAreMatchedByName()
    {
        QJsonObject document = sample();
        setMainProperty(document, u"outputVariableArray"_s,
                        QJsonArray{QJsonObject{{u"outputVariable"_s, u"teamId"_s},
                                               {u"jsonPathExp"_s, u"$.data[0].id"_s},
                                               {u"id"_s, u"o1"_s}},
                                   QJsonObject{{u"outputVariable"_s, u"teamName"_s},
                                               {u"jsonPathExp"_s, u"$.data[0].name"_s},
                                               {u"id"_s, u"o2"_s}}});
        HttpRequestActivity activity = FlowDesignerFormat::activities(document).at(0);
        activity.outputVariables = {{u"teamName"_s, u"$.data[1].name"_s}};
        QVERIFY(FlowDesignerFormat::writeActivity(document, activity));

        const QJsonArray expected{QJsonObject{{u"outputVariable"_s, u"teamName"_s},
                                              {u"jsonPathExp"_s, u"$.data[1].name"_s},
                                              {u"id"_s, u"o2"_s}}};
        QCOMPARE(mainProperty(document, u"outputVariableArray"_s), QJsonValue(expected));
    }

    void writingAnUnknownNodeFails()
    {
        QJsonObject document = sample();
        HttpRequestActivity ghost = FlowDesignerFormat::activities(document).at(0);
        ghost.nodeId = u"nope"_s;
        QVERIFY(!FlowDesignerFormat::writeActivity(document, ghost));
        QCOMPARE(document, sample());
    }

    // Out-of-range and non-integer numbers are flagged with the reason and never rewritten.
    void unreadableNumbersAreFlaggedAndKept_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<ErrorCode>("code");
        const QString timeout = u"httpResponseTimeout"_s;
        const QString retries = u"retryAttempts"_s;
        QTest::newRow("timeout 1e10")
            << timeout << QByteArray("1e10") << ErrorCode::ActivityTimeoutOutOfRange;
        QTest::newRow("timeout 2^31")
            << timeout << QByteArray("2147483648") << ErrorCode::ActivityTimeoutOutOfRange;
        QTest::newRow("timeout 60000.5")
            << timeout << QByteArray("60000.5") << ErrorCode::ActivityTimeoutNotWhole;
        QTest::newRow("timeout 99.9")
            << timeout << QByteArray("99.9") << ErrorCode::ActivityTimeoutNotWhole;
        QTest::newRow("timeout \"60000.5\"")
            << timeout << QByteArray("\"60000.5\"") << ErrorCode::ActivityTimeoutNotWhole;
        QTest::newRow("timeout \"1e10\"")
            << timeout << QByteArray("\"1e10\"") << ErrorCode::ActivityTimeoutOutOfRange;
        QTest::newRow("timeout true")
            << timeout << QByteArray("true") << ErrorCode::ActivityTimeoutNotWhole;
        QTest::newRow("retries 5.5")
            << retries << QByteArray("5.5") << ErrorCode::ActivityRetriesNotWhole;
        QTest::newRow("retries 2^31")
            << retries << QByteArray("2147483648") << ErrorCode::ActivityRetriesOutOfRange;
        QTest::newRow("retries 1e10")
            << retries << QByteArray("1e10") << ErrorCode::ActivityRetriesOutOfRange;
        QTest::newRow("retries \"5.5\"")
            << retries << QByteArray("\"5.5\"") << ErrorCode::ActivityRetriesNotWhole;
        QTest::newRow("retries 6")
            << retries << QByteArray("6") << ErrorCode::ActivityRetriesOutOfRange;
    }

    void unreadableNumbersAreFlaggedAndKept()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, literal);
        QFETCH(ErrorCode, code);
        QJsonObject document = sample();
        const QByteArray marker = "\"@@NUMBER@@\"";
        setMainProperty(document, key, QString::fromLatin1(marker.mid(1, marker.size() - 2)));
        QByteArray json = FlowDesignerFormat::write(document);
        json.replace(marker, literal);
        const Result<Flow> flow = FlowDesignerFormat::read(json, u"flow.json"_s);
        QVERIFY(flow);
        const QJsonValue original = mainProperty(flow->document, key);

        HttpRequestActivity activity = FlowDesignerFormat::activities(flow->document).at(0);
        QList<ErrorCode> codes;
        QString message;
        for (const CoreError &error : ActivityRules::check(activity, nullptr)) {
            codes.append(error.code());
            if (error.code() == code)
                message = error.message();
        }
        QVERIFY2(codes.contains(code), literal.constData());
        // The message quotes the value as the document holds it (1e10 reads as 10000000000).
        const QByteArray shown = literal == "1e10" ? QByteArray("10000000000") : literal;
        QVERIFY2(message.contains(QString::fromLatin1(shown)), qPrintable(message));

        // Saved with another field edited, the flagged value stays exactly as imported.
        QJsonObject written = flow->document;
        activity.body = u"{\"edited\": true}"_s;
        QVERIFY(FlowDesignerFormat::writeActivity(written, activity));
        QCOMPARE(mainProperty(written, key), original);
        // The export writes the number QJsonDocument read (1e10 as 10000000000), not a stand-in.
        const QByteArray exported = FlowDesignerFormat::write(written);
        QCOMPARE(mainProperty(FlowDesignerFormat::read(exported, u"x"_s)->document, key), original);

        // Once the admin edits the field, the edit is written as a plain integer.
        if (key == u"httpResponseTimeout"_s)
            activity.timeoutMs = 5000;
        else
            activity.retryAttempts = 2;
        QVERIFY(FlowDesignerFormat::writeActivity(written, activity));
        const QJsonValue edited = mainProperty(written, key);
        QCOMPARE(edited.toVariant().toString(),
                 key == u"httpResponseTimeout"_s ? u"5000"_s : u"2"_s);
    }

    void refusesWhatIsNotAFlowExport_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\"name\": ") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
        QTest::newRow("no name") << QByteArray(R"({"nodes": []})") << u"\"name\""_s;
        QTest::newRow("no nodes") << QByteArray(R"({"name": "A"})") << u"\"nodes\""_s;
        QTest::newRow("connector export")
            << QByteArray(R"({"format": "webex-cc-connectors", "version": 1, "connectors": []})")
            << u"\"name\""_s;
        QTest::newRow("bad event flows")
            << QByteArray(R"({"name": "A", "nodes": [], "eventFlows": 3})") << u"eventFlows"_s;
    }

    void refusesWhatIsNotAFlowExport()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        auto flow = FlowDesignerFormat::read(json, u"/tmp/mystery.json"_s);
        QVERIFY(!flow.ok());
        QCOMPARE(flow.error().code(), ErrorCode::FlowFileInvalid);
        QVERIFY2(flow.error().message().contains(u"/tmp/mystery.json"_s),
                 qPrintable(flow.error().message()));
        QVERIFY2(flow.error().message().contains(reason), qPrintable(flow.error().message()));
    }

    // A name spelled with a surrogate escape: half a pair is refused in either case of hex
    // digits; a whole pair, an escaped backslash before "ud800" and a written U+FFFD are text.
    void surrogateEscapesAndReplacementCharacters_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("stored");
        QTest::newRow("lone high") << QByteArray("A\\ud800") << false << QString();
        QTest::newRow("lone low upper") << QByteArray("A\\uDFFF") << false << QString();
        QTest::newRow("pair") << QByteArray("A\\ud83d\\ude00") << true << u"A😀"_s;
        QTest::newRow("escaped backslash") << QByteArray("A\\\\ud800") << true << u"A\\ud800"_s;
        QTest::newRow("written replacement") << QByteArray("A\xef\xbf\xbd") << true << u"A\uFFFD"_s;
    }

    void surrogateEscapesAndReplacementCharacters()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, accepted);
        QFETCH(QString, stored);
        const QByteArray json = "{\"name\": \"" + name + "\", \"nodes\": []}";
        auto flow =
            FlowDesignerFormat::read(json, u"flow.json"_s, FlowDesignerFormat::SourceText::Keep);
        QCOMPARE(flow.ok(), accepted);
        if (!accepted) {
            QVERIFY2(flow.error().message().contains(u"surrogate"_s),
                     qPrintable(flow.error().message()));
            return;
        }
        QCOMPARE(flow->name, stored);
        // The text kept for the store is the file's, decoded, without the spaces between tokens.
        QCOMPARE(QJsonDocument::fromJson(flow->documentText.toUtf8()).object(),
                 QJsonDocument::fromJson(json).object());
        QVERIFY2(flow->documentText.startsWith(u"{\"name\":\""_s), qPrintable(flow->documentText));
    }

    void invalidUtf8IsRefusedWithItsOffsetEvenBesideAReplacementCharacter()
    {
        const QByteArray json = "{\"name\": \"\xef\xbf\xbd and \xff\", \"nodes\": []}";
        auto flow = FlowDesignerFormat::read(json, u"flow.json"_s);
        QVERIFY(!flow.ok());
        QCOMPARE(flow.error().code(), ErrorCode::TextNotUtf8);
        QVERIFY2(flow.error().message().contains(u"18"_s), qPrintable(flow.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestFlowDesignerFormat)
#include "tst_flowdesignerformat.moc"
