// Send test request, driven like a person would: the button and Ctrl+Return send the activity to
// a local Webex Contact Center API simulator on 127.0.0.1, and the panel shows the status, the
// output variables' values, the refusals made before anything is sent, and Cancel.
#include "app/core/service/FlowService.h"
#include "app/core/store/AccessTokenStore.h"
#include "tests/core/live/WebexApiSimulator.h"
#include "tests/support/TestStore.h"
#include "tests/support/UiTestSupport.h"
#include "ui/flows/NameValueTableEditor.h"
#include "ui/flows/NameValueTableModel.h"
#include "ui/live/LiveTestPanel.h"

#include <memory>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

class TestLiveTestPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init();
    void cleanup();

    void successShowsTheStatusAndEachOutputVariable();
    void wrongTokenShows401();
    void methodTheConnectorDoesNotAllowIsRefusedBeforeSending();
    void missingTokenIsRefusedBeforeSending();
    void inactiveConnectorIsRefusedBeforeSending();
    void staleConnectorDoesNotStopAFullUrlRequest();
    void cancelStopsTheRequest();
    void escapeCancelsWhileTheRequestRuns();
    void sampleValuesReplaceFlowVariablesInTheRequestSent();

private:
    HttpRequestActivity activity(const Connector &via, const QString &method) const;
    // Shows the panel for this activity, with the API base URL pointing at the simulator.
    void showPanel(const HttpRequestActivity &activity);
    // Waits for the panel to finish and returns what it showed.
    LiveTestResult waitForResult();
    QString status() const
    {
        return m_panel->findChild<QLabel *>(QStringLiteral("liveTestStatus"))->text();
    }
    QTableWidget *outputs() const
    {
        return m_panel->findChild<QTableWidget *>(QStringLiteral("liveTestOutputs"));
    }

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<FlowService> m_flows;
    std::unique_ptr<AccessTokenStore> m_tokens;
    std::unique_ptr<WebexApiSimulator> m_simulator;
    std::unique_ptr<LiveTestPanel> m_panel;
    std::unique_ptr<QSignalSpy> m_finished;
};

void TestLiveTestPanel::init()
{
    m_store = std::make_unique<TestStore>();
    m_flows = std::make_unique<FlowService>(m_store->service());
    m_tokens = std::make_unique<AccessTokenStore>(QStringLiteral("connector-console-tests"),
                                                  AccessTokenStore::Storage::MemoryOnly);
    m_simulator = std::make_unique<WebexApiSimulator>();
    QVERIFY(m_simulator->listen());
    QVERIFY(m_flows->setApiBaseUrl(m_simulator->baseUrl().toString()));
    m_tokens->write(LiveTestPanel::tokenKey(m_store->service()), m_simulator->validToken());
}

void TestLiveTestPanel::cleanup()
{
    m_finished.reset();
    m_panel.reset();
    m_simulator.reset();
    m_tokens.reset();
    m_flows.reset();
    m_store.reset();
}

HttpRequestActivity TestLiveTestPanel::activity(const Connector &via, const QString &method) const
{
    HttpRequestActivity result;
    result.nodeId = QStringLiteral("node-1");
    result.nodeName = QStringLiteral("GetTeams");
    result.connectorId = via.id;
    result.connectorName = via.name;
    result.method = method;
    result.path = QStringLiteral("/organization/%1/v2/team").arg(m_simulator->organizationId());
    result.timeoutMs = 10000;
    result.retryAttempts = 0;
    result.outputVariables = {{QStringLiteral("firstTeam"), QStringLiteral("$.data[0].name")},
                              {QStringLiteral("total"), QStringLiteral("$.meta.totalRecords")}};
    return result;
}

void TestLiveTestPanel::showPanel(const HttpRequestActivity &activity)
{
    m_panel = std::make_unique<LiveTestPanel>(m_store->service(), *m_flows, *m_tokens);
    m_panel->setRetryDelayScale(0.01);
    m_panel->setActivitySource([activity] { return activity; });
    m_finished = std::make_unique<QSignalSpy>(m_panel.get(), &LiveTestPanel::finished);
    m_panel->resize(700, 500);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QVERIFY(m_panel->sendButton()->isEnabled());
}

LiveTestResult TestLiveTestPanel::waitForResult()
{
    if (!QTest::qWaitFor([this] { return !m_finished->isEmpty(); }, 20000))
        return {};
    return m_finished->takeFirst().first().value<LiveTestResult>();
}

void TestLiveTestPanel::successShowsTheStatusAndEachOutputVariable()
{
    const Connector via = m_store->addConnector(QStringLiteral("Team directory"));
    showPanel(activity(via, QStringLiteral("GET")));

    QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton);
    const LiveTestResult result = waitForResult();

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Success);
    QVERIFY2(status().contains(QStringLiteral("200 OK")), qPrintable(status()));
    QCOMPARE(outputs()->rowCount(), 2);
    QCOMPARE(outputs()->item(0, 0)->text(), QStringLiteral("firstTeam"));
    QCOMPARE(outputs()->item(0, 2)->text(), QStringLiteral("\"Sales\""));
    QCOMPARE(outputs()->item(1, 2)->text(), QStringLiteral("2"));
    const auto *body = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("liveTestBody"));
    QVERIFY(body->isReadOnly());
    QVERIFY2(body->toPlainText().contains(QStringLiteral("\n    \"data\": [")),
             qPrintable(body->toPlainText()));
    const auto *headers = m_panel->findChild<QTableWidget *>(QStringLiteral("liveTestHeaders"));
    QStringList names;
    for (int row = 0; row < headers->rowCount(); ++row)
        names.append(headers->item(row, 0)->text().toLower());
    QVERIFY2(names.contains(QStringLiteral("content-type")), qPrintable(names.join(u',')));
    const QString timing = m_panel->findChild<QLabel *>(QStringLiteral("liveTestTiming"))->text();
    QVERIFY2(timing.contains(QStringLiteral("1 attempt")), qPrintable(timing));

    QCOMPARE(m_simulator->requests().size(), 1);
    QCOMPARE(m_simulator->requests().first().header("Authorization"),
             "Bearer " + m_simulator->validToken().toUtf8());
    QVERIFY(m_panel->sendButton()->isEnabled());
    QVERIFY(!m_panel->cancelButton()->isEnabled());
}

void TestLiveTestPanel::wrongTokenShows401()
{
    m_tokens->write(LiveTestPanel::tokenKey(m_store->service()), QStringLiteral("not-the-token"));
    const Connector via = m_store->addConnector(QStringLiteral("Team directory"));
    showPanel(activity(via, QStringLiteral("GET")));

    // Ctrl+Return sends from anywhere in the panel's window.
    QTest::keyClick(m_panel.get(), Qt::Key_Return, Qt::ControlModifier);
    const LiveTestResult result = waitForResult();

    QCOMPARE(result.outcome, LiveTestResult::Outcome::HttpError);
    QVERIFY2(status().contains(QStringLiteral("401")), qPrintable(status()));
    QCOMPARE(m_simulator->requests().size(), 1);
}

void TestLiveTestPanel::methodTheConnectorDoesNotAllowIsRefusedBeforeSending()
{
    const Connector readOnly = m_store->addConnector(QStringLiteral("Team directory"));
    showPanel(activity(readOnly, QStringLiteral("POST")));

    QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton);
    const LiveTestResult result = waitForResult();

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Refused);
    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->code(), ErrorCode::ActivityMethodNotAllowed);
    QVERIFY2(status().contains(result.refusal->message()), qPrintable(status()));
    QVERIFY2(status().contains(QStringLiteral("POST")), qPrintable(status()));
    QTest::qWait(100); // a request sent by mistake would have arrived by now
    QVERIFY(m_simulator->requests().isEmpty());
    QCOMPARE(m_simulator->connectionCount(), 0);
}

void TestLiveTestPanel::missingTokenIsRefusedBeforeSending()
{
    m_tokens->write(LiveTestPanel::tokenKey(m_store->service()), QString()); // removes it
    const Connector via = m_store->addConnector(QStringLiteral("Team directory"));
    showPanel(activity(via, QStringLiteral("GET")));

    QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton);
    const LiveTestResult result = waitForResult();

    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->code(), ErrorCode::AccessTokenMissing);
    QVERIFY2(status().contains(result.refusal->message()), qPrintable(status()));
    QCOMPARE(m_simulator->connectionCount(), 0);
}

void TestLiveTestPanel::inactiveConnectorIsRefusedBeforeSending()
{
    const Connector inactive =
        m_store->addConnector(QStringLiteral("Team directory"), AccessLevel::ReadOnly, false);
    showPanel(activity(inactive, QStringLiteral("GET")));

    QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton);
    const LiveTestResult result = waitForResult();

    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->code(), ErrorCode::ConnectorInactiveForTest);
    QVERIFY2(status().contains(result.refusal->message()), qPrintable(status()));
    QCOMPARE(m_simulator->connectionCount(), 0);
}

void TestLiveTestPanel::staleConnectorDoesNotStopAFullUrlRequest()
{
    // "Use authenticated endpoint" is off: the ID of a connector deleted since is left in the
    // activity, but nothing uses it.
    HttpRequestActivity fullUrl = activity(Connector(), QStringLiteral("GET"));
    fullUrl.authenticated = false;
    fullUrl.connectorId = QUuid::createUuid();
    fullUrl.url = m_simulator->baseUrl().toString() + fullUrl.path;
    showPanel(fullUrl);

    QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton);
    const LiveTestResult result = waitForResult();

    // The simulator wants a token like the real API; the point is that the request went out.
    QVERIFY2(result.outcome != LiveTestResult::Outcome::Refused, qPrintable(status()));
    QCOMPARE(result.status, 401);
    QCOMPARE(m_simulator->requests().size(), 1);
    QVERIFY(!m_simulator->requests().first().hasHeader("Authorization"));
}

void TestLiveTestPanel::cancelStopsTheRequest()
{
    const Connector via = m_store->addConnector(QStringLiteral("Team directory"));
    const HttpRequestActivity request = activity(via, QStringLiteral("GET"));
    m_simulator->script("GET", request.path, {SimulatedResponse::silence()});
    showPanel(request);

    m_panel->sendButton()->setFocus();
    QTest::keyClick(m_panel->sendButton(), Qt::Key_Space);
    QTRY_COMPARE(m_simulator->requests().size(), 1);
    QVERIFY(m_panel->isRunning());
    // The keyboard stays usable: the focus moved to the button that works now.
    QCOMPARE(QApplication::focusWidget(), m_panel->cancelButton());
    QVERIFY(!m_panel->sendButton()->isEnabled());
    QVERIFY(m_panel->cancelButton()->isEnabled());
    QTest::mouseClick(m_panel->cancelButton(), Qt::LeftButton);
    const LiveTestResult result = waitForResult();

    QCOMPARE(result.outcome, LiveTestResult::Outcome::Cancelled);
    QVERIFY2(status().contains(LiveTestResult::outcomeName(LiveTestResult::Outcome::Cancelled)),
             qPrintable(status()));
    QVERIFY(!m_panel->isRunning());
    QVERIFY(m_panel->sendButton()->isEnabled());
    QVERIFY(!m_panel->cancelButton()->isEnabled());
    QCOMPARE(QApplication::focusWidget(), m_panel->sendButton());
    QCOMPARE(m_simulator->requests().size(), 1);
}

void TestLiveTestPanel::escapeCancelsWhileTheRequestRuns()
{
    const Connector via = m_store->addConnector(QStringLiteral("Team directory"));
    const HttpRequestActivity request = activity(via, QStringLiteral("GET"));
    m_simulator->script("GET", request.path, {SimulatedResponse::silence()});
    showPanel(request);

    QTest::keyClick(m_panel.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_simulator->requests().size(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(waitForResult().outcome, LiveTestResult::Outcome::Cancelled);
}

QTEST_MAIN(TestLiveTestPanel)
// `{{NewPhoneContact.ANI}}` goes out as the sample value typed for it, not literally; the
// activity the panel was given is not changed.
void TestLiveTestPanel::sampleValuesReplaceFlowVariablesInTheRequestSent()
{
    const Connector via = m_store->addConnector(QStringLiteral("Team directory"));
    HttpRequestActivity lookup = activity(via, QStringLiteral("GET"));
    lookup.path = QStringLiteral("/organization/{{OrgId}}/v2/team");
    lookup.queryParameters = {{QStringLiteral("ani"), QStringLiteral("{{NewPhoneContact.ANI}}")}};
    showPanel(lookup);
    NameValueTableEditor *samples = m_panel->sampleValuesEditor();
    QCOMPARE(samples->rows().size(), 2);
    QCOMPARE(samples->rows().at(0).name, QStringLiteral("OrgId"));
    QCOMPARE(samples->rows().at(1).name, QStringLiteral("NewPhoneContact.ANI"));
    samples->model()->setData(samples->model()->index(0, 1), m_simulator->organizationId());
    samples->model()->setData(samples->model()->index(1, 1), QStringLiteral("+14155550100"));

    QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton);
    const LiveTestResult result = waitForResult();
    QCOMPARE(result.outcome, LiveTestResult::Outcome::Success);
    QCOMPARE(m_simulator->requests().size(), 1);
    const SimulatedRequest &sent = m_simulator->requests().first();
    QCOMPARE(sent.path,
             QStringLiteral("/organization/%1/v2/team").arg(m_simulator->organizationId()));
    QCOMPARE(sent.query.first().second, QStringLiteral("+14155550100"));
}

#include "tst_livetestpanel.moc"
