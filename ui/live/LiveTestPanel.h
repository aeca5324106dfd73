#pragma once

#include "app/core/domain/HttpRequestActivity.h"
#include "app/core/live/LiveTestResult.h"

#include <functional>
#include <QSet>
#include <QString>
#include <QUuid>
#include <QWidget>

class AccessTokenStore;
class ConnectorService;
class FlowService;
class LiveRequestRunner;
class NameValueTableEditor;
class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

// "Send test request" for an HTTP Request activity: takes the activity as the editor holds it,
// finds its connector, the organisation's API base URL and the administrator's access token, and
// runs it through LiveRequestRunner, with Cancel while it runs. A request the rules refuse (a
// method the connector's access does not allow, plain http, no token, an inactive connector) is
// never sent: the reason shows instead. The result shows the status, the time and attempts, the
// response headers, the body pretty-printed, and what each output variable received.
class LiveTestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTestPanel)

public:
    LiveTestPanel(ConnectorService &connectors, FlowService &flows, AccessTokenStore &tokens,
                  QWidget *parent = nullptr);
    ~LiveTestPanel() override;

    // Where the activity to send comes from (the editor's fields as they are now).
    void setActivitySource(std::function<HttpRequestActivity()> source);
    // The flow whose sample values of flow variables the panel remembers (in the settings).
    void setFlowId(const QUuid &flowId);
    // Adds a row for each `{{variable}}` of the activity that has none yet.
    void addMissingSampleVariables();
    // The sample value of each flow variable, put in place of its `{{variable}}` in the request
    // sent (never in the activity).
    NameValueTableEditor *sampleValuesEditor() const { return m_sampleValues; }

    // The key of the signed-in administrator's token for this organisation in the token store.
    static QString tokenKey(const ConnectorService &connectors);

    // Multiplies the runner's waits between attempts (tests make them short).
    void setRetryDelayScale(double scale);

    bool isRunning() const;
    const LiveTestResult &lastResult() const { return m_result; }

    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *settingsButton() const { return m_settings; }
    QAction *sendAction() const { return m_sendAction; }

public Q_SLOTS:
    void send();
    void cancel();
    // Opens the live test settings (API region and access token).
    void openSettings();

Q_SIGNALS:
    // After every send(): the response, or why nothing was sent.
    void finished(const LiveTestResult &result);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createResultArea();
    QWidget *createSampleValuesArea();
    void retranslateUi();
    void setRunning(bool running);
    void onTokenRead(const QString &key);
    void showResult(const LiveTestResult &result);
    void showStatus(const LiveTestResult &result);
    void fillHeaders(const LiveTestResult &result);
    void fillOutputs(const LiveTestResult &result);
    void refuse(const CoreError &error);

    ConnectorService &m_connectors;
    FlowService &m_flows;
    AccessTokenStore &m_tokens;
    std::function<HttpRequestActivity()> m_source;
    QUuid m_flowId;
    LiveRequestRunner *m_runner;
    LiveTestResult m_result;
    bool m_hasResult = false;
    QString m_waitingForKey; // the token being read from the keyring before sending
    QSet<QString> m_keysRead;
    QAction *m_sendAction;
    QAction *m_cancelAction;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_settings;
    QLabel *m_status;
    QLabel *m_timing;
    QLabel *m_request;
    QTabWidget *m_tabs;
    QTableWidget *m_outputs;
    QPlainTextEdit *m_body;
    QTableWidget *m_headers;
    QLabel *m_sampleValuesLabel = nullptr;
    NameValueTableEditor *m_sampleValues = nullptr;
};
