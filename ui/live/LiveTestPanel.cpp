#include "ui/live/LiveTestPanel.h"

#include "app/core/live/LiveRequestRunner.h"
#include "app/core/live/SampleValues.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/AccessTokenStore.h"
#include "ui/flows/NameValueTableEditor.h"
#include "ui/live/LiveTestSettingsDialog.h"
#include "ui/live/SampleValueSettings.h"
#include "ui/widgets/DisplayText.h"
#include "ui/widgets/SelectableLabel.h"

#include <algorithm>
#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *resultTable(QWidget *parent, const QString &objectName, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

LiveTestPanel::LiveTestPanel(ConnectorService &connectors, FlowService &flows,
                             AccessTokenStore &tokens, QWidget *parent)
    : QWidget(parent)
    , m_connectors(connectors)
    , m_flows(flows)
    , m_tokens(tokens)
    , m_runner(new LiveRequestRunner(this))
    , m_sendAction(new QAction(this))
    , m_cancelAction(new QAction(this))
    , m_send(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_settings(new QPushButton(this))
    , m_status(SelectableLabel::create(this, QStringLiteral("liveTestStatus")))
    , m_timing(SelectableLabel::create(this, QStringLiteral("liveTestTiming")))
    , m_request(SelectableLabel::create(this, QStringLiteral("liveTestRequest")))
{
    setObjectName(QStringLiteral("liveTestPanel"));
    m_send->setObjectName(QStringLiteral("sendTestRequest"));
    m_cancel->setObjectName(QStringLiteral("cancelTestRequest"));
    m_settings->setObjectName(QStringLiteral("liveTestSettings"));
    m_send->setEnabled(false);
    m_sendAction->setEnabled(false);
    // Ctrl+Return sends from any field of the editor; the keypad's Enter too.
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_sendAction);
    addAction(m_cancelAction);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    DisplayText::styleMuted(m_timing);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_settings);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSampleValuesArea());
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_timing);
    layout->addWidget(m_request);
    layout->addWidget(createResultArea(), 1);

    connect(m_send, &QPushButton::clicked, this, &LiveTestPanel::send);
    connect(m_sendAction, &QAction::triggered, this, &LiveTestPanel::send);
    connect(m_cancel, &QPushButton::clicked, this, &LiveTestPanel::cancel);
    connect(m_cancelAction, &QAction::triggered, this, &LiveTestPanel::cancel);
    connect(m_settings, &QPushButton::clicked, this, &LiveTestPanel::openSettings);
    connect(m_runner, &LiveRequestRunner::finished, this, &LiveTestPanel::showResult);
    connect(m_runner, &LiveRequestRunner::attemptStarted, this, [this](int attempt) {
        m_status->setText(
            tr("Sending... attempt %1 of %2").arg(attempt).arg(m_runner->request().maxAttempts()));
    });
    connect(&m_tokens, &AccessTokenStore::tokenRead, this,
            [this](const QString &key, const QString &) { onTokenRead(key); });
    setRunning(false);
    retranslateUi();
}

LiveTestPanel::~LiveTestPanel() = default;

QWidget *LiveTestPanel::createSampleValuesArea()
{
    auto *area = new QWidget(this);
    m_sampleValuesLabel = new QLabel(area);
    m_sampleValuesLabel->setWordWrap(true);
    m_sampleValues = new NameValueTableEditor(QStringLiteral("sampleValues"), area);
    // A few rows in view; the response below keeps the room.
    m_sampleValues->setMaximumHeight(130);
    m_sampleValuesLabel->setBuddy(m_sampleValues->view());
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sampleValuesLabel);
    layout->addWidget(m_sampleValues);
    connect(m_sampleValues, &NameValueTableEditor::changed, this, [this] {
        // Remembered as typed, so closing the editor in any way keeps them.
        if (!m_flowId.isNull())
            SampleValueSettings().setValues(m_flowId, m_sampleValues->rows());
    });
    return area;
}

void LiveTestPanel::setFlowId(const QUuid &flowId)
{
    m_flowId = flowId;
    const QUuid keep = m_flowId;
    m_flowId = QUuid(); // loading is not a change to remember
    m_sampleValues->setRows(SampleValueSettings().values(keep));
    m_flowId = keep;
    addMissingSampleVariables();
}

void LiveTestPanel::addMissingSampleVariables()
{
    if (!m_source)
        return;
    QList<NameValue> rows = m_sampleValues->rows();
    bool added = false;
    for (const QString &name : SampleValues::placeholders(m_source())) {
        const bool known = std::any_of(rows.cbegin(), rows.cend(), [&name](const NameValue &row) {
            return row.name.trimmed() == name;
        });
        if (!known && rows.size() < SampleValues::kMaxRows) {
            rows.append({name, QString()});
            added = true;
        }
    }
    if (added)
        m_sampleValues->setRows(rows);
}

void LiveTestPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    addMissingSampleVariables();
}

QWidget *LiveTestPanel::createResultArea()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("liveTestResultTabs"));
    m_outputs = resultTable(m_tabs, QStringLiteral("liveTestOutputs"), 3);
    m_headers = resultTable(m_tabs, QStringLiteral("liveTestHeaders"), 2);
    m_body = new QPlainTextEdit(m_tabs);
    m_body->setObjectName(QStringLiteral("liveTestBody"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_outputs, QString());
    m_tabs->addTab(m_body, QString());
    m_tabs->addTab(m_headers, QString());
    return m_tabs;
}

QString LiveTestPanel::tokenKey(const ConnectorService &connectors)
{
    const auto organisation = connectors.organisation();
    return AccessTokenStore::keyFor(organisation ? organisation->name : QString(),
                                    connectors.actor().email);
}

void LiveTestPanel::setActivitySource(std::function<HttpRequestActivity()> source)
{
    m_source = std::move(source);
    setRunning(isRunning());
}

void LiveTestPanel::setRetryDelayScale(double scale)
{
    m_runner->setRetryDelayScale(scale);
}

bool LiveTestPanel::isRunning() const
{
    return m_runner->isRunning() || !m_waitingForKey.isEmpty();
}

void LiveTestPanel::setRunning(bool running)
{
    const bool canSend = !running && m_source;
    // The keyboard focus follows the button that can be used now, so Space acts on it. Read
    // before disabling: a disabled button hands its focus on.
    const bool moveToCancel = running && m_send->hasFocus();
    const bool moveToSend = !running && canSend && m_cancel->hasFocus();
    m_cancel->setEnabled(running);
    m_cancelAction->setEnabled(running);
    m_send->setEnabled(canSend);
    m_sendAction->setEnabled(canSend);
    // Escape cancels a running request; otherwise it stays the dialog's (it closes the editor).
    m_cancelAction->setShortcut(running ? QKeySequence(QKeySequence::Cancel) : QKeySequence());
    if (moveToCancel)
        m_cancel->setFocus(Qt::OtherFocusReason);
    else if (moveToSend)
        m_send->setFocus(Qt::OtherFocusReason);
}

void LiveTestPanel::send()
{
    if (isRunning() || !m_source)
        return;
    addMissingSampleVariables();
    // The sample values go into the request sent, never into the activity.
    const HttpRequestActivity activity =
        SampleValues::substitute(m_source(), m_sampleValues->rows());
    Connector connector;
    // Without "Use authenticated endpoint" the connector is not used, so a stale ID left in the
    // activity (a deleted connector) must not stop the request.
    if (activity.authenticated && !activity.connectorId.isNull()) {
        auto found = m_connectors.find(activity.connectorId);
        if (!found && found.error().code() == ErrorCode::ConnectorNotFound)
            return refuse(
                CoreError(ErrorCode::ActivityConnectorUnknown, {activity.connectorIdText()}));
        if (!found)
            return refuse(found.error());
        connector = *found;
    } else if (activity.authenticated) {
        return refuse(CoreError(ErrorCode::ActivityConnectorRequired));
    }
    auto baseUrl = m_flows.apiBaseUrl();
    if (!baseUrl)
        return refuse(baseUrl.error());

    const QString key = tokenKey(m_connectors);
    QString token = m_tokens.cachedToken(key);
    if (activity.authenticated && token.isEmpty() && !m_keysRead.contains(key)) {
        // The keyring answers asynchronously: send once it has.
        m_waitingForKey = key;
        setRunning(true);
        m_status->setText(tr("Reading the access token from the system keyring..."));
        m_tokens.read(key);
        return;
    }
    if (auto started =
            m_runner->start(m_connectors.actor(), activity, connector, QUrl(*baseUrl), token);
        !started)
        return refuse(started.error());
    m_request->setText(QString::fromLatin1(m_runner->request().method) + u' ' +
                       m_runner->request().url.toDisplayString());
    setRunning(true);
}

void LiveTestPanel::onTokenRead(const QString &key)
{
    m_keysRead.insert(key);
    if (key != m_waitingForKey)
        return;
    m_waitingForKey.clear();
    setRunning(false);
    send();
}

void LiveTestPanel::cancel()
{
    if (!m_waitingForKey.isEmpty()) {
        m_waitingForKey.clear();
        showResult(LiveTestResult());
        return;
    }
    m_runner->cancel(); // answers with finished(Cancelled)
}

void LiveTestPanel::refuse(const CoreError &error)
{
    m_request->clear();
    showResult(LiveTestResult::refused(error));
}

void LiveTestPanel::showResult(const LiveTestResult &result)
{
    m_result = result;
    m_hasResult = true;
    if (m_result.outcome == LiveTestResult::Outcome::Refused && !m_result.refusal) {
        // Cancelled while the token was still being read: nothing was sent.
        m_result.outcome = LiveTestResult::Outcome::Cancelled;
        m_result.message = tr("The test request was cancelled before it was sent.");
    }
    setRunning(false);
    showStatus(m_result);
    fillHeaders(m_result);
    fillOutputs(m_result);
    m_body->setPlainText(m_result.prettyBody);
    Q_EMIT finished(m_result);
}

void LiveTestPanel::showStatus(const LiveTestResult &result)
{
    const QString outcome = LiveTestResult::outcomeName(result.outcome);
    if (result.receivedResponse()) {
        m_status->setText(
            tr("%1 %2 · %3").arg(QString::number(result.status), result.reasonPhrase, outcome));
    } else if (result.outcome == LiveTestResult::Outcome::Refused) {
        m_status->setText(tr("Not sent: %1").arg(result.message));
    } else {
        m_status->setText(tr("%1: %2").arg(outcome, result.message));
    }
    m_status->setAccessibleName(m_status->text());
    m_timing->setText(result.attempts > 0 ? tr("%1 ms in %n attempt(s)", nullptr, result.attempts)
                                                .arg(QLocale().toString(result.elapsedMs))
                                          : QString());
    m_timing->setVisible(result.attempts > 0);
}

void LiveTestPanel::fillHeaders(const LiveTestResult &result)
{
    m_headers->setRowCount(int(result.headers.size()));
    for (int row = 0; row < result.headers.size(); ++row) {
        m_headers->setItem(row, 0, cell(result.headers.at(row).name));
        m_headers->setItem(row, 1, cell(result.headers.at(row).value));
    }
}

void LiveTestPanel::fillOutputs(const LiveTestResult &result)
{
    m_outputs->setRowCount(int(result.outputs.size()));
    for (int row = 0; row < result.outputs.size(); ++row) {
        const LiveOutputValue &output = result.outputs.at(row);
        m_outputs->setItem(row, 0, cell(output.name));
        m_outputs->setItem(row, 1, cell(output.jsonPath));
        m_outputs->setItem(
            row, 2, cell(output.ok() ? output.valueJson : tr("No value: %1").arg(output.error)));
    }
}

void LiveTestPanel::openSettings()
{
    LiveTestSettingsDialog dialog(m_flows, m_tokens, this);
    dialog.setTokenKey(tokenKey(m_connectors));
    dialog.setBaseUrlSubmitter([this](const QString &url) { return m_flows.setApiBaseUrl(url); });
    dialog.exec();
}

void LiveTestPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LiveTestPanel::retranslateUi()
{
    m_send->setText(tr("Send test re&quest"));
    m_send->setToolTip(tr("Send the activity's request to the API now (%1)")
                           .arg(m_sendAction->shortcut().toString(QKeySequence::NativeText)));
    m_sendAction->setText(tr("Send test request"));
    m_cancel->setText(tr("Cance&l request"));
    m_cancel->setToolTip(tr("Stop waiting for the response (Esc while it runs)"));
    m_cancelAction->setText(tr("Cancel test request"));
    m_settings->setText(tr("Test request settin&gs..."));
    m_settings->setToolTip(tr("The API region or base URL, and your access token"));
    m_tabs->setTabText(0, tr("Output variables"));
    m_tabs->setTabText(1, tr("Response body"));
    m_tabs->setTabText(2, tr("Response headers"));
    m_outputs->setHorizontalHeaderLabels({tr("Variable"), tr("JSON Path"), tr("Value")});
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_outputs->setAccessibleName(tr("Output variables and their values"));
    m_headers->setAccessibleName(tr("Response headers"));
    m_body->setAccessibleName(tr("Response body"));
    m_request->setAccessibleName(tr("Request sent"));
    m_timing->setAccessibleName(tr("Time and attempts"));
    m_tabs->setAccessibleName(tr("Test request result"));
    m_sampleValuesLabel->setText(tr("Sample &values for flow variables (used for this test only, "
                                    "never saved in the activity):"));
    m_sampleValues->setTexts(tr("Flow variable"), tr("Sample value"),
                             tr("Sample values for flow variables"), tr("Add a sample value"),
                             tr("Remove the selected sample value"));
    if (m_hasResult)
        showStatus(m_result);
    else
        m_status->setText(tr("Send the activity to the API to see the response and what each "
                             "output variable receives."));
    fillOutputs(m_result);
}
