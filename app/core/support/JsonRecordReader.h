#pragma once

#include <functional>
#include <optional>
#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QString>

class QIODevice;

// Reads a JSON document whose top level is an object, from a device, in chunks: the arrays of
// the members named in `streamed` arrive one element at a time, every other member whole. Only
// the element being read is ever in memory (at most `recordLimit` bytes), so a file of any
// length can be read and checked in bounded memory. Each element and member is held to what the
// whole-document reader asked of the file: strict UTF-8, valid JSON, no key twice in one object,
// no half surrogate pair; the first failure ends the read and says where, by record and byte.
class JsonRecordReader final
{
public:
    enum class Failure
    {
        InvalidUtf8,   // offset: the first byte that is not part of a character
        Syntax,        // syntax: what QJsonDocument would say; offset: where
        NotAnObject,   // the top level is valid JSON but not an object
        DuplicateKey,  // path, key, offset: the second occurrence
        LoneSurrogate, // path, key, offset: where the string starts
        RecordTooLarge,
        FileTooLarge,
        ReadFailed, // detail: the device's reason
    };

    struct Problem
    {
        Failure failure;
        QString position; // "connectors[5]" inside a streamed element; the key of a member
        QString path;     // for DuplicateKey and LoneSurrogate: the object, e.g. "connectors[3]"
        QString key;
        qint64 offset = 0;
        QJsonParseError::ParseError syntax = QJsonParseError::NoError;
        QString detail;
    };

    struct Handler
    {
        // A member that is not streamed, whole.
        std::function<void(const QString &key, const QJsonValue &value)> member;
        // The next element of a streamed array; return false to stop reading.
        std::function<bool(const QString &key, qsizetype index, const QJsonValue &value)> element;
    };

    JsonRecordReader(QIODevice &device, QSet<QString> streamed, qint64 totalLimit,
                     qint64 recordLimit);

    // Reads to the end of the document, or until a handler returns false; the problem that
    // stopped it, if any.
    std::optional<Problem> read(const Handler &handler);
    // The bytes read so far.
    qint64 offset() const { return m_dropped + m_pos; }

private:
    // Makes at least `count` bytes available from m_pos on; false at the end of the input or a
    // failure (m_problem says which).
    bool ensure(qsizetype count);
    // Skips whitespace; the next byte, or -1 at the end of the input.
    int peekToken();
    // The extent of the JSON value starting at m_pos (a bounded scan of its brackets and
    // strings); -1 when the input ends first or a problem stopped it.
    qsizetype valueLength(const QString &position);
    qsizetype scanLength(const QString &position);
    // Parses `bytes` (a value at absolute `offset`) with every check; nothing on a problem.
    std::optional<QJsonValue> parseValue(QByteArrayView bytes, qint64 offset,
                                         const QString &position);
    // Records a syntax error at the current byte, unless another problem came first.
    std::optional<Problem> syntaxError(QJsonParseError::ParseError error,
                                       const QString &position = {});
    std::optional<Problem> readArray(const QString &key, const Handler &handler);

    QIODevice &m_device;
    QSet<QString> m_streamed;
    qint64 m_totalLimit;
    qint64 m_recordLimit;
    QByteArray m_buffer;
    qsizetype m_pos = 0;  // the next byte in m_buffer
    qint64 m_dropped = 0; // bytes read and dropped from m_buffer's front
    bool m_atEnd = false;
    bool m_stopped = false; // a handler asked to stop
    std::optional<Problem> m_problem;
};
