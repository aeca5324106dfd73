#include "app/core/support/JsonDuplicateKeys.h"

#include <algorithm>
#include <QList>
#include <QSet>
#include <string_view>

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

// A string as it stands in the text, between its quotes, and whether it holds any escape.
struct RawString
{
    std::string_view bytes;
    bool escaped = false;
};

// Steps over the string starting at json[pos] == '"' and leaves pos after the closing quote,
// decoding nothing: most strings of a flow export are values no check needs to read.
RawString skipString(QByteArrayView json, qsizetype &pos)
{
    const char *const data = json.data();
    const qsizetype size = json.size();
    const qsizetype start = ++pos;
    bool escaped = false;
    while (pos < size) {
        const char c = data[pos];
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            pos += 2;
            continue;
        }
        ++pos;
    }
    const qsizetype end = std::min(pos, size);
    ++pos;
    return {std::string_view(data + start, std::size_t(end - start)), escaped};
}

// The decoded text of a string skipString() stepped over, which started at `quote`.
QString decoded(QByteArrayView json, qsizetype quote, const RawString &raw)
{
    if (!raw.escaped)
        return QString::fromUtf8(raw.bytes.data(), qsizetype(raw.bytes.size()));
    return readString(json, quote);
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
            const RawString raw = skipString(json, pos);
            const bool isKey =
                !stack.isEmpty() && stack.last().isObject && stack.last().expectingKey;
            if (look == Look::LoneSurrogates) {
                // The text is strict UTF-8, so only a \u escape can spell half a pair.
                if (raw.escaped && raw.bytes.find("\\u") != std::string_view::npos &&
                    hasLoneSurrogate(decoded(json, start, raw))) {
                    // A key names itself; a value is named by the key it belongs to.
                    const bool isValue = !stack.isEmpty() && stack.last().isObject && !isKey;
                    return JsonDuplicateKeys::Duplicate{
                        pathOf(stack),
                        isKey ? decoded(json, start, raw)
                              : (isValue ? stack.last().key : QString()),
                        start};
                }
                if (isKey) {
                    stack.last().key = decoded(json, start, raw);
                    stack.last().expectingKey = false;
                }
                break;
            }
            if (isKey) {
                Frame &frame = stack.last();
                const QString text = decoded(json, start, raw);
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
    if (!mayHoldSurrogateEscape(json))
        return std::nullopt;
    return scan(json, Look::LoneSurrogates);
}

bool JsonDuplicateKeys::mayHoldSurrogateEscape(QByteArrayView json)
{
    // Every surrogate escape is spelled \uD800-\uDFFF; text without that spelling (almost every
    // flow export) needs no walk through its structure. An escaped backslash before "uD8.." is a
    // false alarm that the full scan then clears.
    for (qsizetype at = json.indexOf("\\u"); at >= 0 && at + 3 < json.size();
         at = json.indexOf("\\u", at + 1)) {
        const char high = json[at + 2];
        const char next = json[at + 3];
        if ((high == 'd' || high == 'D') &&
            ((next >= '8' && next <= '9') || (next >= 'a' && next <= 'f') ||
             (next >= 'A' && next <= 'F')))
            return true;
    }
    return false;
}
