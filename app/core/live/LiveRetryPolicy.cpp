#include "app/core/live/LiveRetryPolicy.h"

#include <algorithm>

bool LiveRetryPolicy::isRetryable(int status)
{
    return status == 0 || status == 429 || (status >= 500 && status <= 599);
}

std::optional<int> LiveRetryPolicy::delayMs(const QByteArray &retryAfter, const QDateTime &now)
{
    const qint64 delay = parseRetryAfter(retryAfter, now).value_or(defaultDelayMs);
    if (delay > maxDelayMs)
        return std::nullopt;
    return int(std::max<qint64>(delay, 0));
}

std::optional<qint64> LiveRetryPolicy::parseRetryAfter(const QByteArray &retryAfter,
                                                       const QDateTime &now)
{
    const QByteArray text = retryAfter.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        // Bounded first so a huge value cannot overflow; anything this long is not waited for.
        return qMin<qint64>(seconds, 24 * 3600) * 1000;
    }
    // An HTTP date, "Wed, 21 Oct 2015 07:28:00 GMT": RFC 2822 with the zone as a name, which
    // Qt's RFC 2822 parser does not know, so it becomes the offset it stands for.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(when));
}
