#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <vector>

// The two tools ExportShapeGenerator writes with: a small deterministic random source and a
// compact JSON writer that keeps keys in the order they are written.
namespace ExportShapeDetail {

// splitmix64: small, fast and the same on every platform.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    bool chance(int percent) { return below(100) < percent; }
    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        const quint64 high = next();
        const quint64 low = next();
        for (int i = 0; i < 8; ++i) {
            bytes[i] = char((high >> (8 * i)) & 0xff);
            bytes[8 + i] = char((low >> (8 * i)) & 0xff);
        }
        bytes[6] = char((bytes.at(6) & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes.at(8) & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }
    QString objectId() // Flow Designer's version IDs: 24 hex digits
    {
        return QString::number(next() | (1ULL << 63), 16).left(12) +
               QString::number(next() | (1ULL << 63), 16).left(12);
    }

private:
    quint64 m_state;
};

// Compact JSON in the order the keys are written (QJsonDocument would sort them).
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {}

    JsonWriter &beginObject(const char *key = nullptr) { return open(key, '{'); }
    JsonWriter &beginObject(const QString &key) { return open(key, '{'); }
    JsonWriter &beginArray(const char *key = nullptr) { return open(key, '['); }
    JsonWriter &end()
    {
        m_out.append(m_closers.back());
        m_closers.pop_back();
        m_first = false;
        return *this;
    }
    JsonWriter &string(const char *key, const QString &value)
    {
        separate(key);
        quote(value);
        return *this;
    }
    JsonWriter &string(const QString &key, const QString &value)
    {
        separate(key);
        quote(value);
        return *this;
    }
    // An element of the array being written.
    JsonWriter &value(const QString &value)
    {
        separate(static_cast<const char *>(nullptr));
        quote(value);
        return *this;
    }
    JsonWriter &number(const char *key, qint64 value)
    {
        separate(key);
        m_out.append(QByteArray::number(value));
        return *this;
    }
    JsonWriter &boolean(const char *key, bool value)
    {
        separate(key);
        m_out.append(value ? "true" : "false");
        return *this;
    }
    JsonWriter &null(const char *key)
    {
        separate(key);
        m_out.append("null");
        return *this;
    }
    JsonWriter &emptyArray(const char *key) { return beginArray(key).end(); }
    JsonWriter &emptyObject(const char *key) { return beginObject(key).end(); }

private:
    template<typename Key> JsonWriter &open(const Key &key, char bracket)
    {
        separate(key);
        m_out.append(bracket);
        m_closers.push_back(bracket == '{' ? '}' : ']');
        m_first = true;
        return *this;
    }
    void separate(const char *key)
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
        if (key) {
            m_out.append('"').append(key).append("\":");
        }
    }
    void separate(const QString &key)
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
        quote(key);
        m_out.append(':');
    }
    void quote(const QString &value)
    {
        QString escaped = value;
        if (escaped.contains(u'\\') || escaped.contains(u'"')) {
            escaped.replace(u'\\', QStringLiteral("\\\\"));
            escaped.replace(u'"', QStringLiteral("\\\""));
        }
        m_out.append('"').append(escaped.toUtf8()).append('"');
    }

    QByteArray &m_out;
    std::vector<char> m_closers;
    bool m_first = true;
};

} // namespace ExportShapeDetail
