#pragma once

#include <QDateTime>
#include <QString>

// Timestamps are stored as UTC ISO 8601 text with milliseconds: sortable as text, readable in
// the sqlite3 shell, and the same on every backend.
class Timestamps final
{
public:
    Timestamps() = delete;

    static QString toStorage(const QDateTime &at)
    {
        return at.toUTC().toString(Qt::ISODateWithMs);
    }
    static QDateTime fromStorage(const QString &text)
    {
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        at.setTimeSpec(Qt::UTC);
        return at;
    }
    // Truncated to milliseconds so that what is stored and read back compares equal.
    static QDateTime now()
    {
        const QDateTime at = QDateTime::currentDateTimeUtc();
        return QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    }
};
