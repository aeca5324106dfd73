#pragma once

#include <QString>
#include <QVariant>

// Text from a file or the database shown on a terminal or in a list: control characters (C0,
// DEL, C1), bidirectional controls and line separators are written as visible `\u001b`-style
// escapes, so a flow name cannot move the cursor, retitle a terminal (OSC), ring the bell or
// reorder the line around it. The stored value itself is never changed; only what is shown.
class PrintableText final
{
public:
    PrintableText() = delete;

    // For one value in a cell or a line: every such character is escaped, newlines too.
    static QString escaped(const QString &text);
    // For whole messages that are made of lines: the same, but '\n' is kept.
    static QString escapedKeepingLines(const QString &text);
    static bool needsEscaping(QChar character);
    // An item model's value as it is shown: text for Qt::DisplayRole escaped, tool tips and
    // accessible text escaped keeping their lines; every other role and type untouched (the
    // edit and data roles keep the stored value).
    static QVariant forRole(const QVariant &value, int role);
};
