#include "app/core/jsonpath/JsonPathCursor.h"

#include "app/core/jsonpath/JsonPath.h"

namespace jsonpath {

Cursor::Cursor(QStringView text, qsizetype begin, qsizetype end)
    : m_text(text)
    , m_begin(begin)
    , m_end(end)
    , m_position(begin)
{}

QChar Cursor::nextSignificantChar(qsizetype from) const
{
    qsizetype read = from + 1;
    while (inBounds(read) && charAt(read) == u' ')
        ++read;
    return charAt(read);
}

qsizetype Cursor::indexOfNextSignificantChar(qsizetype from, QChar c) const
{
    qsizetype read = from + 1;
    while (inBounds(read) && charAt(read) == u' ')
        ++read;
    return inBounds(read) && charAt(read) == c ? read : -1;
}

qsizetype Cursor::indexOfPreviousSignificantChar(qsizetype from) const
{
    qsizetype read = from - 1;
    while (inBounds(read) && charAt(read) == u' ')
        --read;
    return inBounds(read) ? read : -1;
}

qsizetype Cursor::nextIndexOf(qsizetype from, QChar c) const
{
    for (qsizetype read = from; inBounds(read); ++read) {
        if (charAt(read) == c)
            return read;
    }
    return -1;
}

qsizetype Cursor::nextIndexOfUnescaped(qsizetype from, QChar c) const
{
    bool inEscape = false;
    for (qsizetype read = from + 1; inBounds(read); ++read) {
        if (inEscape)
            inEscape = false;
        else if (charAt(read) == u'\\')
            inEscape = true;
        else if (charAt(read) == c)
            return read;
    }
    return -1;
}

qsizetype Cursor::indexOfMatchingClose(qsizetype start, QChar open, QChar close, bool skipStrings,
                                       bool skipRegex) const
{
    int opened = 1;
    for (qsizetype read = start + 1; inBounds(read); ++read) {
        const QChar c = charAt(read);
        if (skipStrings && (c == u'\'' || c == u'"')) {
            const qsizetype closing = nextIndexOfUnescaped(read, c);
            if (closing < 0)
                throw SyntaxError{
                    JsonPath::tr("The string starting at position %1 is not closed: expected %2.")
                        .arg(read)
                        .arg(c),
                    read};
            read = closing;
            continue;
        }
        if (skipRegex && c == u'/') {
            const qsizetype closing = nextIndexOfUnescaped(read, u'/');
            if (closing < 0)
                throw SyntaxError{JsonPath::tr("The regular expression starting at position %1 is "
                                               "not closed: expected '/'.")
                                      .arg(read),
                                  read};
            read = closing;
            continue;
        }
        if (c == open)
            ++opened;
        else if (c == close && --opened == 0)
            return read;
    }
    return -1;
}

void Cursor::skipBlanks()
{
    while (inBounds() && m_position < m_end && current() == u' ')
        ++m_position;
}

bool Cursor::consumeSignificant(QStringView text)
{
    skipBlanks();
    if (!inBounds(m_position + text.size() - 1) ||
        slice(m_position, m_position + text.size()) != text)
        return false;
    m_position += text.size();
    return true;
}

std::optional<char16_t> parseHex4(QStringView hex)
{
    if (hex.size() != 4)
        return std::nullopt;
    char16_t code = 0;
    for (QChar c : hex) {
        const int digit = c.isDigit() && c.unicode() < 128 ? c.unicode() - '0'
                          : (c >= u'a' && c <= u'f')       ? c.unicode() - 'a' + 10
                          : (c >= u'A' && c <= u'F')       ? c.unicode() - 'A' + 10
                                                           : -1;
        if (digit < 0)
            return std::nullopt;
        code = char16_t(code * 16 + digit);
    }
    return code;
}

QString unescape(QStringView text, qsizetype position)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\') {
            result.append(c);
            continue;
        }
        if (i + 1 >= text.size()) {
            result.append(c); // a trailing lone backslash stays
            break;
        }
        const QChar escaped = text[++i];
        switch (escaped.unicode()) {
        case 'b':
            result.append(u'\b');
            break;
        case 'f':
            result.append(u'\f');
            break;
        case 'n':
            result.append(u'\n');
            break;
        case 'r':
            result.append(u'\r');
            break;
        case 't':
            result.append(u'\t');
            break;
        case 'u': {
            const std::optional<char16_t> code = parseHex4(text.mid(i + 1, 4));
            if (!code)
                throw SyntaxError{
                    JsonPath::tr(
                        "Invalid \\u escape at position %1: expected four hexadecimal digits.")
                        .arg(position + i - 1),
                    position + i - 1};
            result.append(QChar(*code));
            i += 4;
            break;
        }
        default:
            result.append(escaped);
            break;
        }
    }
    return result;
}

} // namespace jsonpath
