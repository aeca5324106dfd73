#include "app/core/support/JsonRecordReader.h"

#include "app/core/support/JsonDuplicateKeys.h"
#include "app/core/support/StrictUtf8.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A path inside a record ("flow.activities[2]") placed under the record's position.
QString joined(const QString &position, const QString &path)
{
    if (path.isEmpty())
        return position;
    if (position.isEmpty())
        return path;
    return path.startsWith(u'[') ? position + path : position + u'.' + path;
}

} // namespace

JsonRecordReader::JsonRecordReader(QIODevice &device, QSet<QString> streamed, qint64 totalLimit,
                                   qint64 recordLimit)
    : m_device(device)
    , m_streamed(std::move(streamed))
    , m_totalLimit(totalLimit)
    , m_recordLimit(recordLimit)
{}

bool JsonRecordReader::ensure(qsizetype count)
{
    while (m_buffer.size() - m_pos < count) {
        if (m_problem || m_atEnd)
            return false;
        // Drop what has been read once it is most of the buffer: the buffer holds the current
        // record and at most a chunk beside it.
        if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
            m_buffer.remove(0, m_pos);
            m_dropped += m_pos;
            m_pos = 0;
        }
        const qsizetype had = m_buffer.size();
        m_buffer.resize(had + ChunkSize);
        const qint64 got = m_device.read(m_buffer.data() + had, ChunkSize);
        m_buffer.resize(had + qMax<qint64>(got, 0));
        if (got < 0) {
            m_problem =
                Problem{Failure::ReadFailed,   {}, {}, {}, offset(), QJsonParseError::NoError,
                        m_device.errorString()};
            return false;
        }
        if (got == 0) {
            m_atEnd = true; // a file's read blocks until there is data, so nothing is the end
            return false;
        }
        if (m_dropped + m_buffer.size() > m_totalLimit) {
            m_problem = Problem{Failure::FileTooLarge,    {}, {}, {}, m_totalLimit,
                                QJsonParseError::NoError, {}};
            return false;
        }
    }
    return true;
}

int JsonRecordReader::peekToken()
{
    for (;;) {
        if (!ensure(1))
            return -1;
        const char c = m_buffer.at(m_pos);
        if (!isSpace(c))
            return uchar(c);
        ++m_pos;
    }
}

qsizetype JsonRecordReader::valueLength(const QString &position)
{
    const qsizetype length = scanLength(position);
    if (length > m_recordLimit) {
        m_problem = Problem{Failure::RecordTooLarge,  position, {}, {}, offset(),
                            QJsonParseError::NoError, {}};
        return -1;
    }
    return length;
}

qsizetype JsonRecordReader::scanLength(const QString &position)
{
    if (!ensure(1))
        return -1;
    const char first = m_buffer.at(m_pos);
    const bool scalar = first != '{' && first != '[' && first != '"';
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const char *data = m_buffer.constData() + m_pos;
    qsizetype available = m_buffer.size() - m_pos;
    for (qsizetype k = 0;; ++k) {
        if (k >= available) {
            if (k >= m_recordLimit) {
                m_problem = Problem{Failure::RecordTooLarge,  position, {}, {}, offset(),
                                    QJsonParseError::NoError, {}};
                return -1;
            }
            if (!ensure(k + 1))
                return scalar && !m_problem ? k : -1; // a number may end with the input
            data = m_buffer.constData() + m_pos;
            available = m_buffer.size() - m_pos;
        }
        const char c = data[k];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (depth == 0)
                    return k + 1;
            }
            continue;
        }
        if (scalar) {
            if (isSpace(c) || c == ',' || c == ']' || c == '}' || c == ':')
                return k;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return k + 1;
        }
    }
}

std::optional<QJsonValue> JsonRecordReader::parseValue(QByteArrayView bytes, qint64 at,
                                                       const QString &position)
{
    const auto fail = [&](Problem problem) {
        m_problem = std::move(problem);
        return std::optional<QJsonValue>();
    };
    if (bytes.isEmpty())
        return fail({Failure::Syntax, position, {}, {}, at, QJsonParseError::IllegalValue, {}});
    // QJsonDocument reads bytes that are not UTF-8 as U+FFFD; a name must arrive as written.
    if (const qsizetype invalid = StrictUtf8::firstInvalidByte(bytes); invalid >= 0)
        return fail(
            {Failure::InvalidUtf8, position, {}, {}, at + invalid, QJsonParseError::NoError, {}});
    QByteArray wrapped;
    wrapped.reserve(bytes.size() + 2);
    wrapped.append('[').append(bytes).append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            {Failure::Syntax, position, {}, {}, at + qMax(error.offset - 1, 0), error.error, {}});
    // QJsonDocument keeps the last of two equal keys; a file that says two things is refused.
    if (const auto duplicate = JsonDuplicateKeys::find(bytes))
        return fail({Failure::DuplicateKey,
                     position,
                     joined(position, duplicate->path),
                     duplicate->key,
                     at + duplicate->offset,
                     QJsonParseError::NoError,
                     {}});
    if (const auto lone = JsonDuplicateKeys::findLoneSurrogate(bytes))
        return fail({Failure::LoneSurrogate,
                     position,
                     joined(position, lone->path),
                     lone->key,
                     at + lone->offset,
                     QJsonParseError::NoError,
                     {}});
    return document.array().at(0);
}

std::optional<JsonRecordReader::Problem>
JsonRecordReader::syntaxError(QJsonParseError::ParseError error, const QString &position)
{
    if (!m_problem)
        m_problem = Problem{Failure::Syntax, position, {}, {}, offset(), error, {}};
    return m_problem;
}

std::optional<JsonRecordReader::Problem> JsonRecordReader::readArray(const QString &key,
                                                                     const Handler &handler)
{
    ++m_pos; // '['
    int c = peekToken();
    if (c == ']') {
        ++m_pos;
        return std::nullopt;
    }
    for (qsizetype index = 0;; ++index) {
        const QString position = QStringLiteral("%1[%2]").arg(key).arg(index);
        if (c < 0)
            return syntaxError(QJsonParseError::UnterminatedArray, position);
        const qint64 at = offset();
        const qsizetype length = valueLength(position);
        if (length < 0)
            return syntaxError(QJsonParseError::UnterminatedArray, position);
        const auto value = parseValue(QByteArrayView(m_buffer).sliced(m_pos, length), at, position);
        if (!value)
            return m_problem;
        m_pos += length;
        if (!handler.element(key, index, *value)) {
            m_stopped = true;
            return std::nullopt;
        }
        c = peekToken();
        if (c == ',') {
            ++m_pos;
            c = peekToken();
            continue;
        }
        if (c == ']') {
            ++m_pos;
            return std::nullopt;
        }
        return syntaxError(c < 0 ? QJsonParseError::UnterminatedArray
                                 : QJsonParseError::MissingValueSeparator,
                           position);
    }
}

std::optional<JsonRecordReader::Problem> JsonRecordReader::read(const Handler &handler)
{
    int c = peekToken();
    if (c < 0)
        return syntaxError(QJsonParseError::IllegalValue);
    if (c != '{') {
        // Valid JSON of another kind is told apart from text that is not JSON at all.
        const qint64 at = offset();
        const qsizetype length = valueLength({});
        if (length < 0)
            return syntaxError(QJsonParseError::IllegalValue);
        if (!parseValue(QByteArrayView(m_buffer).sliced(m_pos, length), at, {}))
            return m_problem;
        return Problem{Failure::NotAnObject, {}, {}, {}, at, QJsonParseError::NoError, {}};
    }
    ++m_pos;
    QSet<QString> keys;
    for (bool first = true;; first = false) {
        c = peekToken();
        if (c == '}' && first) {
            ++m_pos;
            break;
        }
        if (c != '"')
            return syntaxError(c < 0 ? QJsonParseError::UnterminatedObject
                                     : QJsonParseError::IllegalValue);
        const qint64 keyAt = offset();
        qsizetype length = valueLength({});
        if (length < 0)
            return syntaxError(QJsonParseError::UnterminatedString);
        const auto name = parseValue(QByteArrayView(m_buffer).sliced(m_pos, length), keyAt, {});
        if (!name)
            return m_problem;
        m_pos += length;
        const QString key = name->toString();
        if (keys.contains(key))
            return Problem{Failure::DuplicateKey, {}, {}, key, keyAt, QJsonParseError::NoError, {}};
        keys.insert(key);
        if (peekToken() != ':')
            return syntaxError(QJsonParseError::MissingNameSeparator);
        ++m_pos;
        c = peekToken();
        if (c == '[' && m_streamed.contains(key)) {
            if (auto problem = readArray(key, handler); problem || m_stopped)
                return problem;
        } else {
            const qint64 at = offset();
            length = valueLength(key);
            if (length < 0)
                return syntaxError(QJsonParseError::IllegalValue);
            const auto value = parseValue(QByteArrayView(m_buffer).sliced(m_pos, length), at, key);
            if (!value) {
                // Only a streamed element is a record with a position of its own; a path found
                // inside a member still starts with its key.
                m_problem->position.clear();
                return m_problem;
            }
            m_pos += length;
            if (handler.member)
                handler.member(key, *value);
        }
        c = peekToken();
        if (c == ',') {
            ++m_pos;
            continue;
        }
        if (c == '}') {
            ++m_pos;
            break;
        }
        return syntaxError(c < 0 ? QJsonParseError::UnterminatedObject
                                 : QJsonParseError::MissingValueSeparator);
    }
    // Nothing but whitespace may follow the document.
    if (peekToken() >= 0)
        return syntaxError(QJsonParseError::GarbageAtEnd);
    return m_problem; // a read that failed at the end
}
