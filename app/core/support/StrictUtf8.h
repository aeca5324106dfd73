#pragma once

#include "app/core/support/Result.h"

#include <QByteArrayView>
#include <QString>

// Decodes UTF-8 and refuses what is not: QString::fromUtf8 turns a stray byte into U+FFFD
// silently, so a name typed in another encoding would be stored as something nobody typed.
// Used for command-line arguments and imported files.
class StrictUtf8 final
{
public:
    StrictUtf8() = delete;

    // `field` names what was decoded in the refusal ("--name", "connectors.json").
    static Result<QString> decode(QByteArrayView bytes, const QString &field);
    // The offset of the first byte that is not part of a valid UTF-8 character, or -1.
    static qsizetype firstInvalidByte(QByteArrayView bytes);
};
