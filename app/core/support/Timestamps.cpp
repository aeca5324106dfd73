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

// The proleptic Gregorian date of a day since 1970-01-01 (Howard Hinnant's civil_from_days).
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int shifted = (5 * dayOfYear + 2) / 153;
    day = dayOfYear - (153 * shifted + 2) / 5 + 1;
    month = shifted < 10 ? shifted + 3 : shifted - 9;
    year = int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
}

void putDigits(char16_t *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString Timestamps::toStorage(const QDateTime &at)
{
    if (at.isValid()) {
        const qint64 msecs = at.toMSecsSinceEpoch();
        qint64 days = msecs / 86400000;
        qint64 inDay = msecs % 86400000;
        if (inDay < 0) {
            inDay += 86400000;
            --days;
        }
        int year = 0, month = 0, day = 0;
        civilFromDays(days, year, month, day);
        if (year >= 1 && year <= 9999) {
            char16_t text[24] = {};
            putDigits(text, year, 4);
            text[4] = u'-';
            putDigits(text + 5, month, 2);
            text[7] = u'-';
            putDigits(text + 8, day, 2);
            text[10] = u'T';
            putDigits(text + 11, int(inDay / 3600000), 2);
            text[13] = u':';
            putDigits(text + 14, int(inDay / 60000 % 60), 2);
            text[16] = u':';
            putDigits(text + 17, int(inDay / 1000 % 60), 2);
            text[19] = u'.';
            putDigits(text + 20, int(inDay % 1000), 3);
            text[23] = u'Z';
            return QString(reinterpret_cast<const QChar *>(text), 24);
        }
    }
    return at.toUTC().toString(Qt::ISODateWithMs);
}

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
