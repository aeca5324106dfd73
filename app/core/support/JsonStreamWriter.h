#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

class QIODevice;

// Writes one JSON document to a device piece by piece, byte for byte as
// QJsonDocument::toJson(QJsonDocument::Indented) would write the whole value, so a list of any
// length never has to exist in memory at once: open an array or object, write its elements or
// members one at a time (each a small QJsonValue), close it. Writes go through a buffer of about
// 64 KiB; ok() turns false at the first write the device refuses, and everything after it is
// dropped.
class JsonStreamWriter final
{
public:
    explicit JsonStreamWriter(QIODevice &device);
    ~JsonStreamWriter();
    Q_DISABLE_COPY_MOVE(JsonStreamWriter)

    // As the document's top level or as the next element of the open array.
    void beginArray();
    void beginObject();
    // As a member of the open object.
    void beginArray(const QString &key);
    void beginObject(const QString &key);
    // The next element of the open array, or a member of the open object.
    void value(const QJsonValue &value);
    void value(const QString &key, const QJsonValue &value);
    // Closes the innermost open array or object; closing the top level ends the document.
    void end();
    // Writes out what is buffered; false when any write failed.
    bool flush();
    bool ok() const { return m_ok; }

private:
    struct Level
    {
        bool object = false;
        bool empty = true;
    };

    void open(bool object, const QString *key);
    // Starts the next item of the open container: the comma and the line break before it.
    void nextItem();
    // `block` is one item as Qt indents it one level deep; it is moved to the current depth.
    void writeItem(const QByteArray &block);
    void write(QByteArrayView bytes);

    QIODevice &m_device;
    QList<Level> m_levels;
    QByteArray m_buffer;
    bool m_ok = true;
};
