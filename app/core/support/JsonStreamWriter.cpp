#include "app/core/support/JsonStreamWriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr qsizetype BufferSize = 64 * 1024;

// The item as Qt writes it inside a container one level deep: "    <value>" for an element,
// "    \"key\": <value>" for a member, with its inner lines indented to match.
QByteArray indentedItem(const QJsonValue &value)
{
    const QByteArray whole = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented);
    return whole.mid(2, whole.size() - 5); // without "[\n" and "\n]\n"
}

QByteArray indentedMember(const QString &key, const QJsonValue &value)
{
    const QByteArray whole =
        QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Indented);
    return whole.mid(2, whole.size() - 5); // without "{\n" and "\n}\n"
}

} // namespace

JsonStreamWriter::JsonStreamWriter(QIODevice &device)
    : m_device(device)
{
    m_buffer.reserve(BufferSize + 4096);
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

void JsonStreamWriter::beginArray()
{
    open(false, nullptr);
}

void JsonStreamWriter::beginObject()
{
    open(true, nullptr);
}

void JsonStreamWriter::beginArray(const QString &key)
{
    open(false, &key);
}

void JsonStreamWriter::beginObject(const QString &key)
{
    open(true, &key);
}

void JsonStreamWriter::open(bool object, const QString *key)
{
    if (!m_levels.isEmpty()) {
        nextItem();
        if (key) {
            // The member's key as Qt escapes it, from a member whose value is null.
            QByteArray member = indentedMember(*key, QJsonValue());
            member.chop(4); // "null"
            writeItem(member);
        } else {
            writeItem(QByteArray(4, ' '));
        }
    }
    write(object ? "{\n" : "[\n");
    m_levels.append({object, true});
}

void JsonStreamWriter::nextItem()
{
    Level &level = m_levels.last();
    if (!level.empty)
        write(",\n");
    level.empty = false;
}

void JsonStreamWriter::writeItem(const QByteArray &block)
{
    const qsizetype extra = 4 * (m_levels.size() - 1);
    if (extra == 0) {
        write(block);
        return;
    }
    const QByteArray indent(extra, ' ');
    write(indent);
    qsizetype from = 0;
    for (qsizetype newline = block.indexOf('\n'); newline >= 0;
         newline = block.indexOf('\n', from)) {
        write(QByteArrayView(block).sliced(from, newline + 1 - from));
        write(indent);
        from = newline + 1;
    }
    write(QByteArrayView(block).sliced(from));
}

void JsonStreamWriter::value(const QJsonValue &value)
{
    nextItem();
    writeItem(indentedItem(value));
}

void JsonStreamWriter::value(const QString &key, const QJsonValue &value)
{
    nextItem();
    writeItem(indentedMember(key, value));
}

void JsonStreamWriter::end()
{
    if (m_levels.isEmpty())
        return;
    const Level level = m_levels.takeLast();
    if (!level.empty)
        write("\n");
    write(QByteArray(4 * m_levels.size(), ' '));
    write(level.object ? "}" : "]");
    if (m_levels.isEmpty()) {
        write("\n");
        flush();
    }
}

void JsonStreamWriter::write(QByteArrayView bytes)
{
    m_buffer.append(bytes);
    if (m_buffer.size() >= BufferSize)
        flush();
}

bool JsonStreamWriter::flush()
{
    if (m_ok && !m_buffer.isEmpty())
        m_ok = m_device.write(m_buffer) == m_buffer.size();
    m_buffer.truncate(0); // keeps the allocation for the next piece
    return m_ok;
}
