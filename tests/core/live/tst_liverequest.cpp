#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/HttpRequestActivity.h"
#include "app/core/live/LiveRequestRunner.h"
#include "app/core/live/LiveRetryPolicy.h"
#include "app/core/live/LiveTestResult.h"
#include "tests/core/live/LiveRequestFixture.h"
#include "tests/core/live/WebexApiSimulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// The live test request against a local Webex Contact Center API simulator: what is sent and
// the requests refused before anything is sent. The outcomes and retries are in
// tst_liveresponses, the endpoint rules on their own in tst_liveendpoint.
class LiveRequestTest final : public LiveRequestFixture
{
    Q_OBJECT

private slots:
    void init() { startSimulatorAndRunner(); }
    void cleanup() { stopSimulatorAndRunner(); }

    void getReadsOutputVariablesFromTheResponse();
    void outputVariablesReportPathsThatFailOrMatchNothing();
    void baseUrlPathPrefixIsKept();
    void queryParametersArePercentEncoded();
    void postSendsTheBodyWithItsContentType();
    void readWriteConnectorMaySendOptionsAndHead();
    void activityAuthorizationHeaderDoesNotReplaceTheToken();
    void unauthenticatedActivityDoesNotSendTheToken();
    void fullUrlMustUseHttpsExceptToThisComputer_data();
    void fullUrlMustUseHttpsExceptToThisComputer();
    void readOnlyAdministratorMaySendOnlyReads_data();
    void readOnlyAdministratorMaySendOnlyReads();

    void refusedBeforeSending_data();
    void refusedBeforeSending();
};

void LiveRequestTest::getReadsOutputVariablesFromTheResponse()
{
    const Connector via = connector();
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.queryParameters = {{QStringLiteral("page"), QStringLiteral("0")},
                               {QStringLiteral("pageSize"), QStringLiteral("10")}};
    request.headers = {{QStringLiteral("X-Trace-Id"), QStringLiteral("console-test-1")}};
    request.outputVariables = {{QStringLiteral("firstTeam"), QStringLiteral("$.data[0].name")},
                               {QStringLiteral("total"), QStringLiteral("$.meta.totalRecords")},
                               {QStringLiteral("teamIds"), QStringLiteral("$.data[*].id")}};

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Success);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.reasonPhrase, QStringLiteral("OK"));
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_attemptsStarted, QList<int>{1});
    QVERIFY(result.headers.contains(
        NameValue{QStringLiteral("Content-Type"), QStringLiteral("application/json")}));
    QVERIFY2(result.prettyBody.contains(QStringLiteral("\n    \"data\": [")),
             qPrintable(result.prettyBody));

    QCOMPARE(result.outputs.size(), 3);
    QCOMPARE(result.outputs.at(0).name, QStringLiteral("firstTeam"));
    QCOMPARE(result.outputs.at(0).valueJson, QStringLiteral("\"Sales\""));
    QCOMPARE(result.outputs.at(1).valueJson, QStringLiteral("2"));
    QCOMPARE(result.outputs.at(2).valueJson,
             QStringLiteral("[\"8f1ad2c4-5a1e-4b7e-9c51-1d2f3a4b5c6d\","
                            "\"0b7c3e9a-2d4f-4e6a-8b1c-7f9e0d2a3b4c\"]"));
    for (const LiveOutputValue &value : result.outputs)
        QVERIFY2(value.ok(), qPrintable(value.error));

    QCOMPARE(m_simulator->requests().size(), 1);
    const SimulatedRequest &sent = m_simulator->requests().first();
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.path, teamsPath());
    QCOMPARE(sent.header("Authorization"), "Bearer " + m_simulator->validToken().toUtf8());
    QCOMPARE(sent.header("X-Trace-Id"), QByteArray("console-test-1"));
    const QList<QPair<QString, QString>> expectedQuery{
        {QStringLiteral("page"), QStringLiteral("0")},
        {QStringLiteral("pageSize"), QStringLiteral("10")}};
    QCOMPARE(sent.query, expectedQuery);
    QVERIFY(sent.body.isEmpty());
}

void LiveRequestTest::outputVariablesReportPathsThatFailOrMatchNothing()
{
    const Connector via = connector();
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.outputVariables = {
        {QStringLiteral("missing"), QStringLiteral("$.meta.nextPage")},
        {QStringLiteral("broken"), QStringLiteral("$.data[?(@.name ==")},
        {QStringLiteral("none"), QStringLiteral("$.data[?(@.name == 'Billing')]")},
        {QStringLiteral("fine"), QStringLiteral("$.data[1].name")}};

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Success);
    QCOMPARE(result.outputs.size(), 4);
    QVERIFY(!result.outputs.at(0).ok());
    QVERIFY(result.outputs.at(0).valueJson.isEmpty());
    QVERIFY2(result.outputs.at(1).error.contains(QStringLiteral("does not compile")),
             qPrintable(result.outputs.at(1).error));
    QVERIFY2(result.outputs.at(2).error.contains(QStringLiteral("matches")),
             qPrintable(result.outputs.at(2).error));
    QCOMPARE(result.outputs.at(3).valueJson, QStringLiteral("\"Support\""));
    QVERIFY(result.outputs.at(3).ok());
}

void LiveRequestTest::baseUrlPathPrefixIsKept()
{
    const Connector via = connector();
    const QString gatewayPath = QStringLiteral("/gateway") + teamsPath();
    m_simulator->script(
        "GET", gatewayPath,
        {SimulatedResponse::json(200, QJsonObject{{QStringLiteral("data"), QJsonArray{}}})});
    const QUrl base(m_simulator->baseUrl().toString() + QStringLiteral("/gateway/"));

    QVERIFY(m_runner->start(m_admin, activity(via, QStringLiteral("GET"), teamsPath()), via, base,
                            m_simulator->validToken()));
    QTRY_COMPARE(m_finished.size(), 1);

    QCOMPARE(m_finished.first().status, 200);
    QCOMPARE(m_simulator->requests().first().path, gatewayPath);
}

void LiveRequestTest::queryParametersArePercentEncoded()
{
    const Connector via = connector();
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    const QString awkward = QStringLiteral("a+b=c&d %41 #é/ü?");
    request.queryParameters = {{QStringLiteral("filter name"), awkward},
                               {QStringLiteral("tag"), QStringLiteral("x")},
                               {QStringLiteral("tag"), QStringLiteral("y")}};

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Success);
    const SimulatedRequest &sent = m_simulator->requests().first();
    const QList<QPair<QString, QString>> expected{{QStringLiteral("filter name"), awkward},
                                                  {QStringLiteral("tag"), QStringLiteral("x")},
                                                  {QStringLiteral("tag"), QStringLiteral("y")}};
    QCOMPARE(sent.query, expected);
    // "+" must arrive encoded, or a server reads it as a space.
    QVERIFY2(sent.target.contains("a%2Bb%3Dc%26d%20%2541%20%23%C3%A9%2F%C3%BC%3F"), sent.target);
}

void LiveRequestTest::postSendsTheBodyWithItsContentType()
{
    const Connector via = connector(AccessLevel::ReadWrite);
    HttpRequestActivity request = activity(via, QStringLiteral("post"), QStringLiteral("/search"));
    request.body = QStringLiteral("{\"query\":\"{task(from: 0){tasks{id status}}}\"}");
    request.outputVariables = {
        {QStringLiteral("firstTask"), QStringLiteral("$.data.task.tasks[0].id")},
        {QStringLiteral("more"), QStringLiteral("$.data.task.pageInfo.hasNextPage")}};

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Success);
    QCOMPARE(result.method, QByteArray("POST"));
    QCOMPARE(result.outputs.at(0).valueJson, QStringLiteral("\"task-1\""));
    QCOMPARE(result.outputs.at(1).valueJson, QStringLiteral("false"));
    const SimulatedRequest &sent = m_simulator->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.body, request.body.toUtf8());
    QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
}

void LiveRequestTest::readWriteConnectorMaySendOptionsAndHead()
{
    const Connector via = connector(AccessLevel::ReadWrite);

    const LiveTestResult options = run(activity(via, QStringLiteral("OPTIONS"), teamsPath()), via);
    const LiveTestResult head = run(activity(via, QStringLiteral("HEAD"), teamsPath()), via);

    QCOMPARE(options.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(options.status, 404);
    QCOMPARE(head.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(head.status, 404);
    QVERIFY(head.rawBody.isEmpty());
    QCOMPARE(m_simulator->requests().size(), 2);
    QCOMPARE(m_simulator->requests().at(0).method, QByteArray("OPTIONS"));
    QCOMPARE(m_simulator->requests().at(1).method, QByteArray("HEAD"));
}

void LiveRequestTest::activityAuthorizationHeaderDoesNotReplaceTheToken()
{
    const Connector via = connector();
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.headers = {{QStringLiteral("authorization"), QStringLiteral("Bearer someone-else")}};

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Success);
    QCOMPARE(m_runner->request().skippedHeaders.size(), 1);
    QCOMPARE(m_simulator->requests().first().header("Authorization"),
             "Bearer " + m_simulator->validToken().toUtf8());
}

void LiveRequestTest::unauthenticatedActivityDoesNotSendTheToken()
{
    HttpRequestActivity request = activity(Connector(), QStringLiteral("GET"), QString());
    request.authenticated = false;
    request.url = m_simulator->baseUrl().toString() + teamsPath();

    const LiveTestResult result = run(request, Connector());

    // The simulator wants a token like the real API, so the request arrives without one.
    QCOMPARE(result.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(result.status, 401);
    QVERIFY(!m_simulator->requests().first().hasHeader("Authorization"));
}

void LiveRequestTest::fullUrlMustUseHttpsExceptToThisComputer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("sent");
    // The simulator listens on 127.0.0.1; the other hosts are never contacted.
    QTest::newRow("plain http to another host")
        << QStringLiteral("http://example.com/status") << false;
    QTest::newRow("plain http to a LAN address")
        << QStringLiteral("http://192.168.1.20:8080/status") << false;
    QTest::newRow("plain http to this computer") << QString() << true;
}

void LiveRequestTest::fullUrlMustUseHttpsExceptToThisComputer()
{
    QFETCH(QString, url);
    QFETCH(bool, sent);
    HttpRequestActivity request = activity(Connector(), QStringLiteral("GET"), QString());
    request.authenticated = false;
    request.url = url.isEmpty() ? m_simulator->baseUrl().toString() + teamsPath() : url;

    const LiveTestResult result = run(request, Connector());

    if (sent) {
        QCOMPARE(result.status, 401);
        QCOMPARE(m_simulator->requests().size(), 1);
        return;
    }
    QCOMPARE(result.outcome, LiveTestResult::Outcome::Refused);
    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->code(), ErrorCode::ActivityUrlInsecure);
    QCOMPARE(result.refusal->field(), ErrorField::Url);
    QVERIFY2(result.refusal->message().contains(url), qPrintable(result.refusal->message()));
    QVERIFY2(result.refusal->message().contains(QStringLiteral("https")),
             qPrintable(result.refusal->message()));
    QVERIFY(m_finished.isEmpty());
}

void LiveRequestTest::readOnlyAdministratorMaySendOnlyReads_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<bool>("allowed");
    for (const bool authenticated : {true, false}) {
        const char *how = authenticated ? "connector" : "full URL";
        for (const char *method : {"GET", "HEAD", "OPTIONS"})
            QTest::addRow("%s via %s", method, how)
                << QString::fromLatin1(method) << authenticated << true;
        for (const char *method : {"POST", "PUT", "PATCH", "DELETE"})
            QTest::addRow("%s via %s", method, how)
                << QString::fromLatin1(method) << authenticated << false;
    }
}

void LiveRequestTest::readOnlyAdministratorMaySendOnlyReads()
{
    QFETCH(QString, method);
    QFETCH(bool, authenticated);
    QFETCH(bool, allowed);
    // A read/write connector: only the administrator's role can stop the write.
    const Connector via = connector(AccessLevel::ReadWrite);
    HttpRequestActivity request = activity(via, method, teamsPath());
    request.authenticated = authenticated;
    if (!authenticated)
        request.url = m_simulator->baseUrl().toString() + teamsPath();
    m_admin.role = AdminRole::ExternalReadOnlyAdmin;

    const LiveTestResult result = run(request, via);

    if (allowed) {
        QVERIFY2(result.outcome != LiveTestResult::Outcome::Refused,
                 qPrintable(result.refusal ? result.refusal->message() : result.message));
        QCOMPARE(m_simulator->requests().size(), 1);
        return;
    }
    QCOMPARE(result.outcome, LiveTestResult::Outcome::Refused);
    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->code(), ErrorCode::RoleCannotSendWrites);
    QVERIFY2(result.refusal->message().contains(method), qPrintable(result.refusal->message()));
    QTest::qWait(50);
    QCOMPARE(m_simulator->connectionCount(), 0);
}

void LiveRequestTest::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("access");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("expected");

    const int readOnly = int(AccessLevel::ReadOnly);
    const int readWrite = int(AccessLevel::ReadWrite);
    const QString team = QStringLiteral("/organization/o/v2/team");
    const QString get = QStringLiteral("GET");
    const QString token = QStringLiteral("sim-full-token-3f9a");
    QTest::newRow("POST through a read-only connector")
        << QStringLiteral("POST") << team << readOnly << true << QString() << token
        << int(ErrorCode::ActivityMethodNotAllowed);
    QTest::newRow("DELETE through a read-only connector")
        << QStringLiteral("DELETE") << team << readOnly << true << QString() << token
        << int(ErrorCode::ActivityMethodNotAllowed);
    QTest::newRow("HEAD through a read-only connector")
        << QStringLiteral("HEAD") << team << readOnly << true << QString() << token
        << int(ErrorCode::ActivityMethodNotAllowed);
    QTest::newRow("unknown method") << QStringLiteral("FETCH") << team << readWrite << true
                                    << QString() << token << int(ErrorCode::ActivityMethodUnknown);
    QTest::newRow("inactive connector") << get << team << readWrite << false << QString() << token
                                        << int(ErrorCode::ConnectorInactiveForTest);
    QTest::newRow("relative path") << get << QStringLiteral("v2/team") << readOnly << true
                                   << QString() << token << int(ErrorCode::ActivityPathInvalid);
    QTest::newRow("path with a space") << get << QStringLiteral("/v2/my team") << readOnly << true
                                       << QString() << token << int(ErrorCode::ActivityPathInvalid);
    QTest::newRow("path with a line break")
        << get << QStringLiteral("/v2/team\r\nX-Evil: 1") << readOnly << true << QString() << token
        << int(ErrorCode::ActivityPathInvalid);
    QTest::newRow("path with a fragment")
        << get << QStringLiteral("/v2/team#top") << readOnly << true << QString() << token
        << int(ErrorCode::ActivityPathInvalid);
    QTest::newRow("plain http to another host")
        << get << team << readOnly << true << QStringLiteral("http://api.wxcc-us1.cisco.com")
        << token << int(ErrorCode::ApiBaseUrlInsecure);
    QTest::newRow("missing token") << get << team << readOnly << true << QString() << QString()
                                   << int(ErrorCode::AccessTokenMissing);
    QTest::newRow("blank token") << get << team << readOnly << true << QString()
                                 << QStringLiteral("  Bearer  ")
                                 << int(ErrorCode::AccessTokenMissing);
    QTest::newRow("token with a line break")
        << get << team << readOnly << true << QString() << QStringLiteral("abc\r\nX-Evil: 1")
        << int(ErrorCode::AccessTokenMissing);
}

void LiveRequestTest::refusedBeforeSending()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, access);
    QFETCH(bool, active);
    QFETCH(QString, baseUrl);
    QFETCH(QString, token);
    QFETCH(int, expected);

    const Connector via = connector(AccessLevels::fromInt(access), active);
    const QUrl base = baseUrl.isEmpty() ? m_simulator->baseUrl() : QUrl(baseUrl);
    const Result<void> started =
        m_runner->start(m_admin, activity(via, method, path), via, base, token);

    QVERIFY(!started);
    QCOMPARE(int(started.error().code()), expected);
    QVERIFY(!started.error().message().isEmpty());
    QVERIFY(!m_runner->isRunning());
    QTest::qWait(50);
    QCOMPARE(m_simulator->connectionCount(), 0);
    QVERIFY(m_finished.isEmpty());
    QVERIFY(m_attemptsStarted.isEmpty());
}

QTEST_GUILESS_MAIN(LiveRequestTest)
#include "tst_liverequest.moc"
