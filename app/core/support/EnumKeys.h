#pragma once

#include <cstddef>
#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

// One enum value and its stable key, as scripts, settings and the database spell it.
template<typename Enum> struct EnumKey
{
    Enum value;
    const char *key;
};

// The one way an enum is turned into its key and back: a table of EnumKey rows, in the order
// lists show them. Each enum keeps its table beside its definition (never rename a key: it is
// stored and typed), and this reads it, so no enum has its own switch, loop or ternary to drift.
template<typename Enum> class EnumKeys final
{
public:
    template<std::size_t N>
    constexpr EnumKeys(const EnumKey<Enum> (&table)[N])
        : m_begin(table)
        , m_end(table + N)
    {}

    QString key(Enum value) const
    {
        for (const EnumKey<Enum> *row = m_begin; row != m_end; ++row) {
            if (row->value == value)
                return QString::fromLatin1(row->key);
        }
        return {};
    }

    std::optional<Enum> fromKey(QStringView key,
                                Qt::CaseSensitivity sensitivity = Qt::CaseSensitive) const
    {
        for (const EnumKey<Enum> *row = m_begin; row != m_end; ++row) {
            if (key.compare(QLatin1String(row->key), sensitivity) == 0)
                return row->value;
        }
        return std::nullopt;
    }

    QList<Enum> values() const
    {
        QList<Enum> list;
        for (const EnumKey<Enum> *row = m_begin; row != m_end; ++row)
            list.append(row->value);
        return list;
    }

    QStringList keys() const
    {
        QStringList list;
        for (const EnumKey<Enum> *row = m_begin; row != m_end; ++row)
            list.append(QString::fromLatin1(row->key));
        return list;
    }

private:
    const EnumKey<Enum> *m_begin;
    const EnumKey<Enum> *m_end;
};
