#pragma once

#include <optional>
#include <QString>
#include <QStringView>

// Character-level helpers shared by the path and filter compilers, after Jayway's CharacterIndex.
// Positions are absolute indexes into the whole expression, so every error points at the
// character the user typed, even deep inside a filter.
namespace jsonpath {

// Thrown inside the compilers and turned into a JsonPathSyntaxError by JsonPath::compile.
struct SyntaxError
{
    QString message;
    qsizetype position = 0;
};

class Cursor
{
public:
    // Reads text[begin..end], end inclusive, as CharacterIndex does.
    Cursor(QStringView text, qsizetype begin, qsizetype end);

    QStringView text() const { return m_text; }
    qsizetype position() const { return m_position; }
    qsizetype begin() const { return m_begin; }
    qsizetype end() const { return m_end; }
    void setPosition(qsizetype position) { m_position = position; }
    void advance(qsizetype count = 1) { m_position += count; }
    void setEnd(qsizetype end) { m_end = end; }

    bool inBounds(qsizetype index) const { return index >= m_begin && index <= m_end; }
    bool inBounds() const { return inBounds(m_position); }
    // A null QChar outside [begin, end], so callers never read past the text.
    QChar charAt(qsizetype index) const { return inBounds(index) ? m_text[index] : QChar(); }
    QChar current() const { return charAt(m_position); }
    bool currentIs(QChar c) const { return inBounds() && current() == c; }
    bool nextIs(QChar c) const { return inBounds(m_position + 1) && charAt(m_position + 1) == c; }
    // True when the position is on or past the last character.
    bool atTail() const { return m_position >= m_end; }
    QStringView slice(qsizetype from, qsizetype to) const { return m_text.mid(from, to - from); }

    // The next character after `from` that is not a space, or a null QChar.
    QChar nextSignificantChar(qsizetype from) const;
    QChar nextSignificantChar() const { return nextSignificantChar(m_position); }
    // Index of the next non-space character after `from` if it is `c`, else -1.
    qsizetype indexOfNextSignificantChar(qsizetype from, QChar c) const;
    // Index of the previous non-space character before `from`, or -1.
    qsizetype indexOfPreviousSignificantChar(qsizetype from) const;
    qsizetype nextIndexOf(qsizetype from, QChar c) const;
    // Next `c` after `from` that is not escaped with a backslash, or -1.
    qsizetype nextIndexOfUnescaped(qsizetype from, QChar c) const;
    // The `close` matching the `open` at `start`, skipping quoted strings and /regex/ literals on
    // request; -1 when unbalanced. Throws SyntaxError for an unterminated string or regex.
    qsizetype indexOfMatchingClose(qsizetype start, QChar open, QChar close, bool skipStrings,
                                   bool skipRegex) const;

    void skipBlanks();
    // Moves past `text` (after blanks) and returns true when it comes next.
    bool consumeSignificant(QStringView text);

private:
    QStringView m_text;
    qsizetype m_begin;
    qsizetype m_end;
    qsizetype m_position;
};

// Jayway's Utils.unescape: \" \' \\ \b \f \n \r \t and \uXXXX; any other escaped character stands
// for itself and a trailing lone backslash is kept. `position` locates `text` in the expression
// for the error a malformed \u raises.
QString unescape(QStringView text, qsizetype position);

// Four hexadecimal digits, nothing else, as a UTF-16 code unit.
std::optional<char16_t> parseHex4(QStringView hex);

} // namespace jsonpath
