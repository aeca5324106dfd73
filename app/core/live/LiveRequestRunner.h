#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/HttpRequestActivity.h"
#include "app/core/live/LiveRequest.h"
#include "app/core/live/LiveTestResult.h"
#include "app/core/support/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Sends an HTTP Request activity to the Webex Contact Center API as a test: one request at a time,
// with the activity's timeout per attempt and its retry attempts, and cancel. Everything that
// would make the request unsafe or pointless is refused by start() before any byte is sent.
//
// finished() is emitted exactly once per accepted start(): after the last attempt, on timeout, or
// from cancel() itself (synchronously, with isRunning() already false).
class LiveRequestRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveRequestRunner)

public:
    // With a network access manager of its own.
    explicit LiveRequestRunner(QObject *parent = nullptr);
    // With the application's network access manager (proxy settings, shared connections).
    explicit LiveRequestRunner(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LiveRequestRunner() override;

    // Builds the request (LiveRequestBuilder::build) for the signed-in administrator `actor` and
    // sends it, or refuses with the reason. A request still running is cancelled first.
    Result<void> start(const AdminAccount &actor, const HttpRequestActivity &activity,
                       const Connector &connector, const QUrl &baseUrl, const QString &token);
    void cancel();
    bool isRunning() const { return m_running; }

    // The request being sent (or last sent), without the token.
    const LiveRequest &request() const { return m_request; }

    // Multiplies every wait between attempts; 1.0 in the product, small in tests so retries do
    // not make them slow.
    void setRetryDelayScale(double scale) { m_retryDelayScale = scale; }

    // A response larger than this is not read to the end; the test panel is for API responses,
    // not downloads.
    static constexpr qint64 maxBodyBytes = 16 * 1024 * 1024;

signals:
    // attempt counts from 1.
    void attemptStarted(int attempt);
    // The last attempt failed in a way worth retrying; nextAttempt starts after delayMs (already
    // scaled), unless cancel() comes first.
    void retryScheduled(int nextAttempt, int delayMs);
    void finished(const LiveTestResult &result);

private:
    void startAttempt();
    void onReplyFinished();
    void onAttemptTimeout();
    void onDownloadProgress(qint64 received);
    void releaseReply();
    void readResponse(QNetworkReply *reply);
    void retryOrFinish(const QByteArray &retryAfter);
    void finish(LiveTestResult::Outcome outcome, const QString &message = QString());

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceAttempt;
    LiveRequest m_request;
    QString m_token;
    LiveTestResult m_result; // the last attempt's response, kept while waiting to retry
    int m_attempt = 0;
    bool m_running = false;
    double m_retryDelayScale = 1.0;
};
