#include "app/core/support/PrintableText.h"

namespace {

QString escape(const QString &text, bool keepLines)
{
    qsizetype first = 0;
    while (first < text.size() && (!PrintableText::needsEscaping(text.at(first)) ||
                                   (keepLines && text.at(first) == u'\n')))
        ++first;
    if (first == text.size())
        return text; // the common case: nothing to escape, no copy
    QString result = text.left(first);
    result.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const QChar character = text.at(i);
        if (PrintableText::needsEscaping(character) && !(keepLines && character == u'\n'))
            result += QStringLiteral("\\u%1").arg(character.unicode(), 4, 16, QChar(u'0'));
        else
            result += character;
    }
    return result;
}

} // namespace

bool PrintableText::needsEscaping(QChar character)
{
    const char16_t code = character.unicode();
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
        return true; // C0, DEL and C1 (0x9b is a one-byte CSI on some terminals)
    switch (code) {
    case 0x061c: // Arabic letter mark
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return true;
    default:
        // Embeddings, overrides and isolates reorder what follows them.
        return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    }
}

QVariant PrintableText::forRole(const QVariant &value, int role)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    switch (role) {
    case Qt::DisplayRole:
        return escaped(value.toString());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case Qt::AccessibleDescriptionRole:
        return escapedKeepingLines(value.toString());
    default:
        return value;
    }
}

QString PrintableText::escaped(const QString &text)
{
    return escape(text, false);
}

QString PrintableText::escapedKeepingLines(const QString &text)
{
    return escape(text, true);
}
