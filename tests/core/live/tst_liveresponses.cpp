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

// The live test request against a local Webex Contact Center API simulator: each outcome of
// what comes back, the retries, timeouts and cancelling. What is sent is in tst_liverequest.
class LiveResponseTest final : public LiveRequestFixture
{
    Q_OBJECT

private slots:
    void init() { startSimulatorAndRunner(); }
    void cleanup() { stopSimulatorAndRunner(); }

    void badTokenGets401WithoutRetry();
    void otherOrganisationGets403();
    void writeWithReadOnlyTokenGets403();
    void unknownPathGets404();
    void rateLimitIsRetriedAfterRetryAfter();
    void rateLimitReportedWhenRetriesRunOut();
    void retryAfterLongerThanATestWaitsIsNotRetried();
    void serverErrorsAreRetried();
    void serverErrorReportedAfterTheLastRetry();
    void malformedJsonIsReportedPerVariable();
    void silentServerTimesOut();
    void timeoutIsRetried();
    void cancelStopsARunningRequest();
    void cancelDuringTheWaitBeforeARetry();
    void redirectIsReportedNotFollowed();
    void refusedConnectionIsANetworkError();
};

void LiveResponseTest::badTokenGets401WithoutRetry()
{
    const Connector via = connector();
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.retryAttempts = 2;
    request.outputVariables = {{QStringLiteral("reason"), QStringLiteral("$.error.reason")}};

    const LiveTestResult result = run(request, via, QStringLiteral("expired-token"));

    QCOMPARE(result.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.reasonPhrase, QStringLiteral("Unauthorized"));
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_simulator->requests().size(), 1);
    QCOMPARE(m_simulator->requests().first().header("Authorization"),
             QByteArray("Bearer expired-token"));
    // The error body is still read, so the administrator sees the API's explanation.
    QCOMPARE(result.outputs.first().valueJson, QStringLiteral("\"Unauthorized\""));
}

void LiveResponseTest::otherOrganisationGets403()
{
    const Connector via = connector();
    HttpRequestActivity request =
        activity(via, QStringLiteral("GET"), QStringLiteral("/organization/another-org/v2/team"));
    request.retryAttempts = 2;

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(result.status, 403);
    QCOMPARE(result.attempts, 1);
}

void LiveResponseTest::writeWithReadOnlyTokenGets403()
{
    const Connector via = connector(AccessLevel::ReadWrite);
    HttpRequestActivity request =
        activity(via, QStringLiteral("DELETE"), teamsPath() + QStringLiteral("/8f1ad2c4"));

    const LiveTestResult result = run(request, via, m_simulator->readOnlyToken());

    QCOMPARE(result.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(result.status, 403);
    QCOMPARE(m_simulator->requests().first().method, QByteArray("DELETE"));
}

void LiveResponseTest::unknownPathGets404()
{
    const Connector via = connector();
    HttpRequestActivity request =
        activity(via, QStringLiteral("GET"), QStringLiteral("/organization/x/v9/nothing"));
    request.retryAttempts = 3;

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.prettyBody.contains(QStringLiteral("No resource at GET")));
}

void LiveResponseTest::rateLimitIsRetriedAfterRetryAfter()
{
    m_runner->setRetryDelayScale(1.0);
    const Connector via = connector();
    m_simulator->script(
        "GET", teamsPath(),
        {SimulatedResponse::json(429, QJsonObject{}).withHeader("Retry-After", "1"),
         SimulatedResponse::json(200, QJsonObject{{QStringLiteral("data"), QJsonArray{}}})});
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.retryAttempts = 1;

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Success);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_attemptsStarted, (QList<int>{1, 2}));
    QCOMPARE(m_simulator->requests().size(), 2);
    // Retry-After: 1 means at least a second between the attempts (a little less is timer slack).
    QVERIFY2(result.elapsedMs >= 900, qPrintable(QString::number(result.elapsedMs)));
}

void LiveResponseTest::rateLimitReportedWhenRetriesRunOut()
{
    const Connector via = connector();
    m_simulator->script(
        "GET", teamsPath(),
        {SimulatedResponse::json(429, QJsonObject{}).withHeader("Retry-After", "2")});
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.retryAttempts = 2;

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(result.status, 429);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_simulator->requests().size(), 3);
    QVERIFY(result.headers.contains(NameValue{QStringLiteral("Retry-After"), QStringLiteral("2")}));
}

void LiveResponseTest::retryAfterLongerThanATestWaitsIsNotRetried()
{
    const Connector via = connector();
    m_simulator->script(
        "GET", teamsPath(),
        {SimulatedResponse::json(429, QJsonObject{}).withHeader("Retry-After", "30"),
         SimulatedResponse::json(200, QJsonObject{{QStringLiteral("data"), QJsonArray{}}})});
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.retryAttempts = 3;
    QSignalSpy retry(m_runner.get(), &LiveRequestRunner::retryScheduled);

    const LiveTestResult result = run(request, via);

    // Retrying sooner than the server allowed would break its rule: the 429 is the answer.
    QCOMPARE(result.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(result.status, 429);
    QCOMPARE(result.attempts, 1);
    QVERIFY(retry.isEmpty());
    QVERIFY2(result.message.contains(QStringLiteral("30 seconds")), qPrintable(result.message));
    QTest::qWait(100);
    QCOMPARE(m_simulator->requests().size(), 1);
}

void LiveResponseTest::serverErrorsAreRetried()
{
    const Connector via = connector();
    m_simulator->script("GET", teamsPath(),
                        {SimulatedResponse::json(503, QJsonObject{}),
                         SimulatedResponse::json(500, QJsonObject{}),
                         SimulatedResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}})});
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.retryAttempts = 2;
    request.outputVariables = {{QStringLiteral("ok"), QStringLiteral("$.ok")}};

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Success);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_simulator->requests().size(), 3);
    QCOMPARE(result.outputs.first().valueJson, QStringLiteral("true"));
}

void LiveResponseTest::serverErrorReportedAfterTheLastRetry()
{
    const Connector via = connector();
    m_simulator->script("GET", teamsPath(),
                        {SimulatedResponse::text(503, "text/plain", "maintenance")});
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.retryAttempts = 1;

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(result.status, 503);
    QCOMPARE(result.reasonPhrase, QStringLiteral("Service Unavailable"));
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_simulator->requests().size(), 2);
    QCOMPARE(result.rawBody, QByteArray("maintenance"));
    QCOMPARE(result.prettyBody, QStringLiteral("maintenance"));
}

void LiveResponseTest::malformedJsonIsReportedPerVariable()
{
    const Connector via = connector();
    const QByteArray html = "<html><body>Gateway says hello</body></html>";
    m_simulator->script("GET", teamsPath(), {SimulatedResponse::text(200, "text/html", html)});
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.outputVariables = {{QStringLiteral("a"), QStringLiteral("$.data")},
                               {QStringLiteral("b"), QStringLiteral("$.meta")}};

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Success);
    QCOMPARE(result.prettyBody, QString::fromLatin1(html));
    QCOMPARE(result.outputs.size(), 2);
    for (const LiveOutputValue &value : result.outputs) {
        QVERIFY(value.valueJson.isEmpty());
        QVERIFY2(value.error.contains(QStringLiteral("not valid JSON")), qPrintable(value.error));
    }
}

void LiveResponseTest::silentServerTimesOut()
{
    const Connector via = connector();
    m_simulator->script("GET", teamsPath(), {SimulatedResponse::silence()});
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.timeoutMs = 300;
    request.outputVariables = {{QStringLiteral("a"), QStringLiteral("$.data")}};

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Timeout);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.attempts, 1);
    QVERIFY2(result.message.contains(QStringLiteral("300 ms")), qPrintable(result.message));
    QVERIFY2(result.elapsedMs >= 250, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY(!result.outputs.first().ok());
    QVERIFY(!m_runner->isRunning());
}

void LiveResponseTest::timeoutIsRetried()
{
    const Connector via = connector();
    m_simulator->script("GET", teamsPath(), {SimulatedResponse::silence()});
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.timeoutMs = 300;
    request.retryAttempts = 1;

    const LiveTestResult result = run(request, via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Timeout);
    QCOMPARE(result.attempts, 2);
    QTRY_COMPARE(m_simulator->requests().size(), 2);
}

void LiveResponseTest::cancelStopsARunningRequest()
{
    const Connector via = connector();
    m_simulator->script("GET", teamsPath(), {SimulatedResponse::silence()});
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.timeoutMs = 60000;
    request.retryAttempts = 3;

    QVERIFY(
        m_runner->start(m_admin, request, via, m_simulator->baseUrl(), m_simulator->validToken()));
    QVERIFY(m_runner->isRunning());
    QTRY_COMPARE(m_simulator->requests().size(), 1);
    m_runner->cancel();

    QCOMPARE(m_finished.size(), 1);
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(m_finished.first().outcome, LiveTestResult::Outcome::Cancelled);
    QCOMPARE(m_finished.first().attempts, 1);
    // Nothing else happens afterwards: no retry, no second finished().
    QTest::qWait(200);
    QCOMPARE(m_finished.size(), 1);
    QCOMPARE(m_simulator->requests().size(), 1);
}

void LiveResponseTest::cancelDuringTheWaitBeforeARetry()
{
    m_runner->setRetryDelayScale(1.0);
    const Connector via = connector();
    m_simulator->script("GET", teamsPath(), {SimulatedResponse::json(503, QJsonObject{})});
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.retryAttempts = 1;

    QSignalSpy retry(m_runner.get(), &LiveRequestRunner::retryScheduled);
    QVERIFY(
        m_runner->start(m_admin, request, via, m_simulator->baseUrl(), m_simulator->validToken()));
    QVERIFY(retry.wait(10000)); // the 503 has arrived; the runner waits a second to retry
    QCOMPARE(retry.first().at(0).toInt(), 2);
    QCOMPARE(retry.first().at(1).toInt(), LiveRetryPolicy::defaultDelayMs);
    QVERIFY(m_runner->isRunning());
    m_runner->cancel();

    QCOMPARE(m_finished.size(), 1);
    QCOMPARE(m_finished.first().outcome, LiveTestResult::Outcome::Cancelled);
    QTest::qWait(1300);
    QCOMPARE(m_simulator->requests().size(), 1);
    QCOMPARE(m_finished.size(), 1);
}

void LiveResponseTest::redirectIsReportedNotFollowed()
{
    const Connector via = connector();
    const QByteArray elsewhere = m_simulator->baseUrl().toEncoded() + "/elsewhere";
    m_simulator->script(
        "GET", teamsPath(),
        {SimulatedResponse::text(302, "text/plain", "moved").withHeader("Location", elsewhere)});

    const LiveTestResult result = run(activity(via, QStringLiteral("GET"), teamsPath()), via);

    QCOMPARE(result.outcome, LiveTestResult::Outcome::HttpError);
    QCOMPARE(result.status, 302);
    QTest::qWait(100);
    QCOMPARE(m_simulator->requests().size(), 1);
}

void LiveResponseTest::refusedConnectionIsANetworkError()
{
    const Connector via = connector();
    const QUrl closedPort = m_simulator->baseUrl();
    m_simulator->close();
    HttpRequestActivity request = activity(via, QStringLiteral("GET"), teamsPath());
    request.retryAttempts = 2;

    QVERIFY(m_runner->start(m_admin, request, via, closedPort, m_simulator->validToken()));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 20000);

    const LiveTestResult &result = m_finished.first();
    QCOMPARE(result.outcome, LiveTestResult::Outcome::NetworkError);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.attempts, 3);
    QVERIFY(!result.message.isEmpty());
}

QTEST_GUILESS_MAIN(LiveResponseTest)
#include "tst_liveresponses.moc"
