#include "app/core/jsonpath/JsonPathLiteral.h"

#include "app/core/jsonpath/JsonPath.h"
#include "app/core/jsonpath/JsonPathCursor.h"
#include "app/core/jsonpath/JsonPathNumber.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jsonpath {

namespace {

struct LiteralError
{
    qsizetype offset;
    QString message;
};

class LenientJsonReader
{
public:
    LenientJsonReader(QStringView text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    {}

    QJsonValue readDocument()
    {
        const QJsonValue value = readValue(0);
        skipBlanks();
        if (m_pos < m_text.size())
            fail(JsonPath::tr("unexpected '%1' after the value").arg(m_text[m_pos]));
        return value;
    }

private:
    [[noreturn]] void fail(const QString &message) const { throw LiteralError{m_pos, message}; }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar current() const { return atEnd() ? QChar() : m_text[m_pos]; }

    void skipBlanks()
    {
        while (!atEnd() && current().isSpace())
            ++m_pos;
    }

    QJsonValue readValue(int depth)
    {
        if (depth > m_maxDepth)
            fail(JsonPath::tr("the literal nests deeper than %1 levels").arg(m_maxDepth));
        skipBlanks();
        if (atEnd())
            fail(JsonPath::tr("a value is missing"));
        const QChar c = current();
        if (c == u'[')
            return readArray(depth);
        if (c == u'{')
            return readObject(depth);
        if (c == u'"' || c == u'\'')
            return readQuoted();
        return readBareWord();
    }

    QJsonValue readArray(int depth)
    {
        ++m_pos; // '['
        QJsonArray array;
        skipBlanks();
        if (current() == u']') {
            ++m_pos;
            return array;
        }
        for (;;) {
            array.append(readValue(depth + 1));
            skipBlanks();
            if (current() == u',') {
                ++m_pos;
                continue;
            }
            if (current() == u']') {
                ++m_pos;
                return array;
            }
            fail(JsonPath::tr("expected ',' or ']'"));
        }
    }

    QJsonValue readObject(int depth)
    {
        ++m_pos; // '{'
        QJsonObject object;
        skipBlanks();
        if (current() == u'}') {
            ++m_pos;
            return object;
        }
        for (;;) {
            skipBlanks();
            const QString key =
                (current() == u'"' || current() == u'\'') ? readQuoted().toString() : readKeyWord();
            skipBlanks();
            if (current() != u':')
                fail(JsonPath::tr("expected ':' after an object key"));
            ++m_pos;
            object.insert(key, readValue(depth + 1));
            skipBlanks();
            if (current() == u',') {
                ++m_pos;
                continue;
            }
            if (current() == u'}') {
                ++m_pos;
                return object;
            }
            fail(JsonPath::tr("expected ',' or '}'"));
        }
    }

    QJsonValue readQuoted()
    {
        const QChar quote = current();
        const qsizetype start = m_pos;
        ++m_pos;
        QString result;
        while (!atEnd() && current() != quote) {
            if (current() != u'\\') {
                result.append(current());
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (atEnd())
                break;
            result.append(readEscape());
        }
        if (atEnd()) {
            m_pos = start;
            fail(JsonPath::tr("the string is not closed"));
        }
        ++m_pos; // closing quote
        return result;
    }

    QString readEscape()
    {
        const QChar c = current();
        ++m_pos;
        switch (c.unicode()) {
        case 'b':
            return QStringLiteral("\b");
        case 'f':
            return QStringLiteral("\f");
        case 'n':
            return QStringLiteral("\n");
        case 'r':
            return QStringLiteral("\r");
        case 't':
            return QStringLiteral("\t");
        case 'u': {
            const std::optional<char16_t> code = parseHex4(m_text.mid(m_pos, 4));
            if (!code)
                fail(JsonPath::tr("invalid \\u escape"));
            m_pos += 4;
            return QString(QChar(*code));
        }
        default:
            return QString(c);
        }
    }

    // An unquoted token: a number, true, false, null or (json-smart's permissive mode) a string.
    QJsonValue readBareWord()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !isDelimiter(current()))
            ++m_pos;
        const QStringView word = m_text.mid(start, m_pos - start).trimmed();
        if (word.isEmpty()) {
            m_pos = start;
            fail(JsonPath::tr("unexpected '%1'").arg(current()));
        }
        if (word == u"true")
            return true;
        if (word == u"false")
            return false;
        if (word == u"null")
            return QJsonValue::Null;
        if (const auto number = number::parseDecimal(word))
            return *number;
        return word.toString();
    }

    QString readKeyWord()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && current() != u':' && !isDelimiter(current()))
            ++m_pos;
        const QStringView word = m_text.mid(start, m_pos - start).trimmed();
        if (word.isEmpty())
            fail(JsonPath::tr("an object key is missing"));
        return word.toString();
    }

    static bool isDelimiter(QChar c)
    {
        return c == u',' || c == u']' || c == u'}' || c == u'[' || c == u'{' || c == u':';
    }

    QStringView m_text;
    int m_maxDepth;
    qsizetype m_pos = 0;
};

} // namespace

LiteralParseResult parseLenientJson(QStringView text, int maxDepth)
{
    LiteralParseResult result;
    try {
        result.value = LenientJsonReader(text, maxDepth).readDocument();
        result.ok = true;
    } catch (const LiteralError &error) {
        result.errorOffset = error.offset;
        result.errorMessage = error.message;
    }
    return result;
}

} // namespace jsonpath
