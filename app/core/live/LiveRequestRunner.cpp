#include "app/core/live/LiveRequestRunner.h"

#include "app/core/live/LiveRequestBuilder.h"
#include "app/core/live/LiveResponseReader.h"
#include "app/core/live/LiveRetryPolicy.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

bool hasHeader(const QList<NameValue> &headers, QLatin1String name)
{
    for (const NameValue &header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

LiveRequestRunner::LiveRequestRunner(QObject *parent)
    : LiveRequestRunner(nullptr, parent)
{}

LiveRequestRunner::LiveRequestRunner(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    m_attemptTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, &LiveRequestRunner::onAttemptTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &LiveRequestRunner::startAttempt);
}

LiveRequestRunner::~LiveRequestRunner()
{
    // Nobody is left to tell: drop the request without emitting finished().
    releaseReply();
}

Result<void> LiveRequestRunner::start(const AdminAccount &actor,
                                      const HttpRequestActivity &activity,
                                      const Connector &connector, const QUrl &baseUrl,
                                      const QString &token)
{
    auto request = LiveRequestBuilder::build(actor, activity, connector, baseUrl, token);
    if (!request)
        return request.error();
    if (m_running)
        cancel();

    m_request = std::move(request).value();
    m_token = m_request.authenticated ? LiveRequestBuilder::normalizedToken(token) : QString();
    m_result = LiveTestResult();
    m_result.method = m_request.method;
    m_result.url = m_request.url;
    m_attempt = 0;
    m_running = true;
    m_sinceStart.start();
    startAttempt();
    return {};
}

void LiveRequestRunner::cancel()
{
    if (!m_running)
        return;
    releaseReply();
    m_result.status = 0;
    m_result.reasonPhrase.clear();
    m_result.headers.clear();
    m_result.rawBody.clear();
    finish(LiveTestResult::Outcome::Cancelled, tr("The test request was cancelled."));
}

void LiveRequestRunner::startAttempt()
{
    ++m_attempt;
    m_result.attempts = m_attempt;

    QNetworkRequest request(m_request.url);
    // A redirect is reported, not followed: following it could carry the token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    for (const NameValue &header : m_request.headers)
        request.setRawHeader(header.name.toLatin1(), header.value.toUtf8());
    if (m_request.sendsBody() && !m_request.contentType.isEmpty() &&
        !hasHeader(m_request.headers, QLatin1String("Content-Type")))
        request.setRawHeader("Content-Type", m_request.contentType.toUtf8());
    if (m_request.authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());

    if (m_request.method == "GET")
        m_reply = m_network->get(request);
    else if (m_request.method == "HEAD")
        m_reply = m_network->head(request);
    else
        m_reply = m_network->sendCustomRequest(request, m_request.method, m_request.body);

    connect(m_reply, &QNetworkReply::finished, this, &LiveRequestRunner::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { onDownloadProgress(received); });
    m_sinceAttempt.start();
    m_attemptTimer.start(qMax(1, m_request.timeoutMs));
    emit attemptStarted(m_attempt);
}

void LiveRequestRunner::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_attemptTimer.stop();
    readResponse(reply);
    const bool gotHttpResponse =
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    const QString errorText = reply->errorString();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    releaseReply();

    if (!gotHttpResponse) {
        m_result.outcome = LiveTestResult::Outcome::NetworkError;
        m_result.message = tr("No HTTP response: %1").arg(errorText);
    } else {
        const bool success = m_result.status >= 200 && m_result.status <= 299;
        m_result.outcome =
            success ? LiveTestResult::Outcome::Success : LiveTestResult::Outcome::HttpError;
        m_result.message.clear();
    }
    retryOrFinish(retryAfter);
}

void LiveRequestRunner::onAttemptTimeout()
{
    releaseReply();
    m_result.status = 0;
    m_result.reasonPhrase.clear();
    m_result.headers.clear();
    m_result.rawBody.clear();
    m_result.lastAttemptMs = m_sinceAttempt.elapsed();
    m_result.outcome = LiveTestResult::Outcome::Timeout;
    m_result.message = tr("No response within %1 ms.").arg(m_request.timeoutMs);
    retryOrFinish(QByteArray());
}

void LiveRequestRunner::onDownloadProgress(qint64 received)
{
    if (received <= maxBodyBytes)
        return;
    // Not retried: the same request would bring the same oversized answer.
    releaseReply();
    m_result.rawBody.clear();
    finish(LiveTestResult::Outcome::NetworkError,
           tr("The response is larger than %1 MB; the test request stopped reading it.")
               .arg(maxBodyBytes / (1024 * 1024)));
}

void LiveRequestRunner::releaseReply()
{
    m_attemptTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void LiveRequestRunner::readResponse(QNetworkReply *reply)
{
    m_result.lastAttemptMs = m_sinceAttempt.elapsed();
    m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.reasonPhrase = QString::fromUtf8(
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    m_result.headers.clear();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        m_result.headers.append({QString::fromLatin1(name), QString::fromUtf8(value)});
    m_result.rawBody = reply->readAll();
}

void LiveRequestRunner::retryOrFinish(const QByteArray &retryAfter)
{
    const bool failed = m_result.outcome != LiveTestResult::Outcome::Success;
    if (failed && LiveRetryPolicy::isRetryable(m_result.status) &&
        m_attempt < m_request.maxAttempts()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const std::optional<int> delay = LiveRetryPolicy::delayMs(retryAfter, now);
        if (!delay) {
            const qint64 askedMs = LiveRetryPolicy::parseRetryAfter(retryAfter, now).value_or(0);
            // Always more than maxDelayMs, so "seconds" is plural in English.
            finish(m_result.outcome,
                   tr("The server asked to wait %1 seconds before trying again, longer than a "
                      "test request waits, so it was not retried.")
                       .arg((askedMs + 999) / 1000));
            return;
        }
        const int scaled = qRound(*delay * m_retryDelayScale);
        m_retryTimer.start(scaled);
        emit retryScheduled(m_attempt + 1, scaled);
        return;
    }
    finish(m_result.outcome, m_result.message);
}

void LiveRequestRunner::finish(LiveTestResult::Outcome outcome, const QString &message)
{
    m_running = false;
    m_attemptTimer.stop();
    m_retryTimer.stop();
    m_token.clear();

    m_result.outcome = outcome;
    m_result.message = message;
    m_result.elapsedMs = m_sinceStart.elapsed();
    if (m_result.receivedResponse()) {
        m_result.prettyBody = LiveResponseReader::prettyBody(m_result.rawBody);
        m_result.outputs = LiveResponseReader::evaluate(
            m_request.outputVariables, m_request.parseContentType, m_result.rawBody);
    } else {
        m_result.prettyBody.clear();
        m_result.outputs = LiveResponseReader::unavailable(
            m_request.outputVariables, tr("No response was received, so no variable has a value."));
    }
    // A copy: a slot may start the next request, which resets m_result.
    const LiveTestResult result = m_result;
    emit finished(result);
}
