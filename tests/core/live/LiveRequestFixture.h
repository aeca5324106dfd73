#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/HttpRequestActivity.h"
#include "app/core/live/LiveRequestRunner.h"
#include "app/core/live/LiveTestResult.h"
#include "tests/core/live/WebexApiSimulator.h"

#include <memory>
#include <QList>
#include <QObject>

// What the live request tests share: a fresh API simulator and runner for each test, the
// requests' building blocks, and run(), which waits for the outcome.
class LiveRequestFixture : public QObject
{
protected:
    // Called from each test's init() and cleanup().
    void startSimulatorAndRunner();
    void stopSimulatorAndRunner();

    Connector connector(AccessLevels access = AccessLevel::ReadOnly, bool active = true) const;
    HttpRequestActivity activity(const Connector &via, const QString &method,
                                 const QString &path) const;
    QString teamsPath() const;
    // Starts the request and waits for finished(); a refusal comes back as a Refused result.
    LiveTestResult run(const HttpRequestActivity &request, const Connector &via,
                       const QString &token);
    LiveTestResult run(const HttpRequestActivity &request, const Connector &via)
    {
        return run(request, via, m_simulator->validToken());
    }

    // The signed-in administrator sending the tests: a full administrator, whom no role rule
    // stops.
    AdminAccount m_admin{QStringLiteral("admin@example.com"), QStringLiteral("Admin"),
                         AdminRole::FullAdmin, QDateTime()};
    std::unique_ptr<WebexApiSimulator> m_simulator;
    std::unique_ptr<LiveRequestRunner> m_runner;
    QList<LiveTestResult> m_finished;
    QList<int> m_attemptsStarted;
};
