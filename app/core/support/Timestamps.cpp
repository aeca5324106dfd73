#include "app/core/support/Timestamps.h"

namespace {

// Value of `count` decimal digits at `from`, or -1 when any of them is not a digit.
int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

} // namespace

QDateTime Timestamps::fromStorage(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    const bool storedShape = text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' &&
                             text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':' &&
                             text.at(19) == u'.' && text.at(23) == u'Z';
    if (storedShape) {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2), millisecond = digits(text, 20, 3);
        const bool valid = year >= 0 && month >= 1 && month <= 12 && day >= 1 &&
                           day <= QDate(year, month, 1).daysInMonth() && hour >= 0 && hour < 24 &&
                           minute >= 0 && minute < 60 && second >= 0 && second < 60 &&
                           millisecond >= 0;
        if (valid) {
            const qint64 seconds =
                daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
            return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + millisecond, Qt::UTC);
        }
    }
    // A UTC offset ("-14:00") names a different instant than the same digits in UTC: convert.
    // Text without any zone is taken as UTC, as everything this console writes is.
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return at;
    if (at.timeSpec() == Qt::LocalTime) {
        at.setTimeSpec(Qt::UTC);
        return at;
    }
    return at.toUTC();
}

QString Timestamps::displayFormat(const QLocale &locale)
{
    const QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    QString widened;
    widened.reserve(format.size() + 2);
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar ch = format.at(i);
        if (ch == u'\'') {
            quoted = !quoted;
            widened.append(ch);
            continue;
        }
        if (quoted || ch != u'y') {
            widened.append(ch);
            continue;
        }
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == u'y')
            ++run;
        // "yy" is the two-digit year; "y" and "yyyy" already show the whole year.
        widened.append(run == 2 ? QStringLiteral("yyyy") : QString(run, u'y'));
        i += run - 1;
    }
    return widened;
}

QString Timestamps::toDisplay(const QDateTime &at, const QLocale &locale)
{
    return locale.toString(at.toLocalTime(), displayFormat(locale));
}
