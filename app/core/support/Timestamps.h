#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Timestamps are stored as UTC ISO 8601 text with milliseconds ("2026-11-25T12:04:35.123Z"):
// sortable as text, readable in the sqlite3 shell, and the same on every backend.
class Timestamps final
{
public:
    Timestamps() = delete;

    // Listing 100,000 connectors writes 300,000 of these, so the usual years are written by hand;
    // the text is what QDateTime::toString(Qt::ISODateWithMs) gives for the time in UTC.
    static QString toStorage(const QDateTime &at);
    // Reading 100,000 connectors parses 400,000 of these, so the stored shape is decoded by hand;
    // anything else (older or hand-edited data) goes through Qt's general ISO parser.
    static QDateTime fromStorage(const QString &text);
    // Truncated to milliseconds so that what is stored and read back compares equal.
    static QDateTime now()
    {
        const QDateTime at = QDateTime::currentDateTimeUtc();
        return QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    }

    // The locale's short date and time, in local time, always with a four-digit year: Qt's short
    // Ukrainian date is "dd.MM.yy" while the English (UK) one has "yyyy", and a console that
    // keeps years of audit history must not show two-digit years in one language only.
    static QString toDisplay(const QDateTime &at, const QLocale &locale = QLocale());
    // The format toDisplay uses: the locale's short date-time format with "yy" widened.
    static QString displayFormat(const QLocale &locale);
};
