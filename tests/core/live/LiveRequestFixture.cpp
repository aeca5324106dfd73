#include "tests/core/live/LiveRequestFixture.h"

#include <QTest>
#include <QUuid>

void LiveRequestFixture::startSimulatorAndRunner()
{
    m_simulator = std::make_unique<WebexApiSimulator>();
    QVERIFY(m_simulator->listen());
    m_admin.role = AdminRole::FullAdmin;
    m_runner = std::make_unique<LiveRequestRunner>();
    // Retries wait 1/100 of the real delay, except where a test measures the wait.
    m_runner->setRetryDelayScale(0.01);
    m_finished.clear();
    m_attemptsStarted.clear();
    connect(m_runner.get(), &LiveRequestRunner::finished, this,
            [this](const LiveTestResult &result) { m_finished.append(result); });
    connect(m_runner.get(), &LiveRequestRunner::attemptStarted, this,
            [this](int attempt) { m_attemptsStarted.append(attempt); });
}

void LiveRequestFixture::stopSimulatorAndRunner()
{
    m_runner.reset();
    m_simulator.reset();
}

Connector LiveRequestFixture::connector(AccessLevels access, bool active) const
{
    Connector result;
    result.id = QUuid::createUuid();
    result.name = QStringLiteral("Team directory");
    result.access = access;
    result.active = active;
    return result;
}

HttpRequestActivity LiveRequestFixture::activity(const Connector &via, const QString &method,
                                                 const QString &path) const
{
    HttpRequestActivity result;
    result.nodeName = QStringLiteral("GetTeams");
    result.connectorId = via.id;
    result.connectorName = via.name;
    result.method = method;
    result.path = path;
    result.timeoutMs = 5000;
    result.retryAttempts = 0;
    return result;
}

QString LiveRequestFixture::teamsPath() const
{
    return QStringLiteral("/organization/%1/v2/team").arg(m_simulator->organizationId());
}

LiveTestResult LiveRequestFixture::run(const HttpRequestActivity &request, const Connector &via,
                                       const QString &token)
{
    const qsizetype before = m_finished.size();
    const Result<void> started =
        m_runner->start(m_admin, request, via, m_simulator->baseUrl(), token);
    if (!started)
        return LiveTestResult::refused(started.error());
    if (!QTest::qWaitFor([&] { return m_finished.size() > before; }, 20000)) {
        LiveTestResult neverFinished; // outcome Refused without a refusal: fails every QCOMPARE
        neverFinished.message = QStringLiteral("finished() was never emitted");
        return neverFinished;
    }
    return m_finished.last();
}
