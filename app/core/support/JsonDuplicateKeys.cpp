#include "app/core/support/JsonDuplicateKeys.h"

#include <QList>
#include <QSet>

namespace {

struct Frame
{
    bool isObject = false;
    QSet<QString> keys;
    QString key;         // object: the key whose value is being read
    qsizetype index = 0; // array: the element being read
    bool expectingKey = false;
};

QString pathOf(const QList<Frame> &stack)
{
    QString path;
    // The innermost frame is the object holding the duplicate; the path names where it sits.
    for (qsizetype i = 0; i + 1 < stack.size(); ++i) {
        const Frame &frame = stack.at(i);
        if (frame.isObject) {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += frame.key;
        } else {
            path += QStringLiteral("[%1]").arg(frame.index);
        }
    }
    return path;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the string starting at json[pos] == '"' and leaves pos after the closing quote.
QString readString(QByteArrayView json, qsizetype &pos)
{
    QByteArray utf8;
    QString decoded;
    auto flush = [&] {
        decoded += QString::fromUtf8(utf8);
        utf8.clear();
    };
    ++pos;
    while (pos < json.size() && json[pos] != '"') {
        const char c = json[pos++];
        if (c != '\\') {
            utf8.append(c);
            continue;
        }
        if (pos >= json.size())
            break;
        const char escaped = json[pos++];
        switch (escaped) {
        case 'b':
            utf8.append('\b');
            break;
        case 'f':
            utf8.append('\f');
            break;
        case 'n':
            utf8.append('\n');
            break;
        case 'r':
            utf8.append('\r');
            break;
        case 't':
            utf8.append('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4 && pos < json.size(); ++i, ++pos)
                unit = char16_t(unit * 16 + qMax(0, hexValue(json[pos])));
            flush();
            decoded += QChar(unit);
            break;
        }
        default: // '"', '\\', '/'
            utf8.append(escaped);
        }
    }
    ++pos;
    flush();
    return decoded;
}

// A UTF-16 unit of a surrogate pair without its other half (only \u escapes can spell one).
bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

enum class Look
{
    DuplicateKeys,
    LoneSurrogates,
};

std::optional<JsonDuplicateKeys::Duplicate> scan(QByteArrayView json, Look look)
{
    QList<Frame> stack;
    qsizetype pos = 0;
    while (pos < json.size()) {
        const char c = json[pos];
        switch (c) {
        case '{':
            stack.append(Frame{true, {}, {}, 0, true});
            ++pos;
            break;
        case '[':
            stack.append(Frame{false, {}, {}, 0, false});
            ++pos;
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            ++pos;
            break;
        case ',':
            if (!stack.isEmpty()) {
                Frame &frame = stack.last();
                if (frame.isObject)
                    frame.expectingKey = true;
                else
                    ++frame.index;
            }
            ++pos;
            break;
        case '"': {
            const qsizetype start = pos;
            const QString text = readString(json, pos);
            if (look == Look::LoneSurrogates) {
                if (!hasLoneSurrogate(text)) {
                    if (!stack.isEmpty() && stack.last().isObject && stack.last().expectingKey) {
                        stack.last().key = text;
                        stack.last().expectingKey = false;
                    }
                    break;
                }
                // A key names itself; a value is named by the key it belongs to.
                const bool isKey =
                    !stack.isEmpty() && stack.last().isObject && stack.last().expectingKey;
                const bool isValue = !stack.isEmpty() && stack.last().isObject && !isKey;
                return JsonDuplicateKeys::Duplicate{
                    pathOf(stack), isKey ? text : (isValue ? stack.last().key : QString()), start};
            }
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectingKey) {
                Frame &frame = stack.last();
                if (frame.keys.contains(text))
                    return JsonDuplicateKeys::Duplicate{pathOf(stack), text, start};
                frame.keys.insert(text);
                frame.key = text;
                frame.expectingKey = false;
            }
            break;
        }
        default: // whitespace, ':', numbers and literals carry no structure
            ++pos;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<JsonDuplicateKeys::Duplicate> JsonDuplicateKeys::find(QByteArrayView json)
{
    return scan(json, Look::DuplicateKeys);
}

std::optional<JsonDuplicateKeys::Duplicate>
JsonDuplicateKeys::findLoneSurrogate(QByteArrayView json)
{
    return scan(json, Look::LoneSurrogates);
}
