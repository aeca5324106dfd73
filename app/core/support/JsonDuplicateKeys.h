#pragma once

#include <optional>
#include <QByteArrayView>
#include <QString>

// QJsonDocument keeps only the last of two equal keys in one object, so {"createdAt": "2020-..",
// "createdAt": "2099-.."} reads as if the first were never there, and what one reader shows need
// not be what another stores. A file must not say two things at once: this scanner finds the
// first object with a key twice. It runs over text QJsonDocument has already accepted, so it
// only tracks structure; it never recurses, and its memory is one key set per open object.
class JsonDuplicateKeys final
{
public:
    JsonDuplicateKeys() = delete;

    struct Duplicate
    {
        QString path;     // the object holding the key, e.g. "connectors[3]"; "" for the root
        QString key;      // decoded, as QJsonObject would see it
        qsizetype offset; // byte offset of the second occurrence
    };

    static std::optional<Duplicate> find(QByteArrayView json);
    // The first string holding half a surrogate pair (a high-surrogate escape without its low
    // half, or a lone low one): QJsonDocument would join it with the
    // next character or keep a code unit no text can hold. `key` is the field (or the
    // key itself when the key has it; "" inside an array), `offset` where the string starts.
    static std::optional<Duplicate> findLoneSurrogate(QByteArrayView json);

private:
    static bool mayHoldSurrogateEscape(QByteArrayView json);
};
