#include "app/core/support/StrictUtf8.h"

#include <QStringDecoder>

qsizetype StrictUtf8::firstInvalidByte(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString whole = decoder.decode(bytes);
    if (!decoder.hasError() && !whole.isNull())
        return -1;
    // The decoder says only that something was wrong; find where by decoding growing prefixes
    // of valid characters (rare, and only on a refusal).
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[offset]);
        const qsizetype length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        QStringDecoder one(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString character =
            one.decode(bytes.sliced(offset, qMin(length, bytes.size() - offset)));
        if (one.hasError() || character.isEmpty() || (lead >= 0x80 && lead < 0xC2) || lead > 0xF4)
            return offset;
        offset += length;
    }
    return offset;
}

Result<QString> StrictUtf8::decode(QByteArrayView bytes, const QString &field)
{
    // QString::fromUtf8 turns every invalid sequence into U+FFFD: text without one is valid,
    // and is decoded by Qt's fastest path. Only text holding U+FFFD (written or made) is decoded
    // again strictly, to tell which.
    QString quick = QString::fromUtf8(bytes);
    if (!quick.contains(QChar::ReplacementCharacter))
        return quick;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return CoreError(ErrorCode::TextNotUtf8,
                         {field, QString::number(qMax<qsizetype>(0, firstInvalidByte(bytes)))});
    return text;
}
