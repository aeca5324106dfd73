#include "app/connectorctl/CtlTable.h"

#include "app/core/support/PrintableText.h"

CtlTable::CtlTable(const QStringList &headers)
    : m_headers(headers)
{
    for (const QString &header : headers)
        m_widths.append(header.size());
}

QStringList CtlTable::escaped(const QStringList &row)
{
    QStringList cells;
    cells.reserve(row.size());
    for (const QString &cell : row)
        cells.append(PrintableText::escaped(cell));
    return cells;
}

void CtlTable::measure(const QStringList &row)
{
    // The last column is never padded, so its width does not matter.
    for (qsizetype column = 0; column + 1 < row.size() && column < m_widths.size(); ++column)
        m_widths[column] = qMax(m_widths[column], PrintableText::escaped(row[column]).size());
}

QString CtlTable::line(const QStringList &row) const
{
    const QStringList cells = escaped(row);
    QString text;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        if (column > 0)
            text += QStringLiteral("  ");
        const bool last = column + 1 == cells.size();
        text += last ? cells[column] : cells[column].leftJustified(m_widths.value(column));
    }
    return text + u'\n';
}
