#pragma once

#include <optional>
#include <QByteArray>
#include <QDateTime>

// When a live test request tries again, and after how long. Like Flow Designer, it retries what
// may pass on its own (a timeout, a network error, 429 Too Many Requests, a 5xx server error) and
// never another 4xx, which would fail the same way again.
class LiveRetryPolicy final
{
public:
    // The longest wait between attempts: a test request is interactive, so a server asking for
    // more (a long Retry-After) gets no retry at all: its answer is reported instead, as retrying
    // sooner than it allowed would only break its rule.
    static constexpr int maxDelayMs = 5000;
    // The wait when the server does not say: long enough for a brief overload to pass.
    static constexpr int defaultDelayMs = 1000;

    LiveRetryPolicy() = delete;

    // status is 0 when no HTTP response arrived (timeout or network error).
    static bool isRetryable(int status);

    // The wait before the next attempt: Retry-After (delta-seconds or an HTTP date, read against
    // now) when the server sent one, otherwise defaultDelayMs; nullopt when the server asked for
    // longer than maxDelayMs, so the request must not be retried.
    static std::optional<int> delayMs(const QByteArray &retryAfter, const QDateTime &now);

    // The delta-seconds or HTTP-date of a Retry-After header in milliseconds from now; nullopt when
    // the header is absent or unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &retryAfter,
                                                 const QDateTime &now);
};
