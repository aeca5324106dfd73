#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// An aligned text table that never needs all its rows at once: measure() every row in a first
// pass, then print line() for each in a second (e.g. two reads of the same query). Every cell is
// shown escaped (names come from files and the database) and measured so; the last column is
// not padded.
class CtlTable final
{
public:
    explicit CtlTable(const QStringList &headers);

    void measure(const QStringList &row);
    QString headerLine() const { return line(m_headers); }
    QString line(const QStringList &row) const;

private:
    static QStringList escaped(const QStringList &row);

    QStringList m_headers;
    QList<qsizetype> m_widths;
};
