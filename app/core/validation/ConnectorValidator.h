#pragma once

#include "app/core/domain/ConnectorDraft.h"
#include "app/core/domain/CoreError.h"

#include <optional>
#include <QList>
#include <QString>

// The connector field rules that need no database: name shape, access, consent. Uniqueness needs
// the store and is checked by the service inside the write transaction.
class ConnectorValidator final
{
public:
    ConnectorValidator() = delete;

    static constexpr int MaxNameLength = 80;

    // The name as stored: trimmed and NFC-composed.
    static QString normalizedName(const QString &name);
    // The key two names must not share, so that names a person cannot tell apart are one name:
    // NFKC, full case folding and default-ignorable removal (ICU's NFKC_Casefold), then white
    // space collapsed to single spaces and trimmed, and every other character isInvisible()
    // accepts dropped. Existing databases are re-keyed on open when this changes
    // (NameKeyMigration).
    static QString nameKey(const QString &name);

    static std::optional<CoreError> checkName(const QString &name);
    static std::optional<CoreError> checkAccess(AccessLevels access);
    static std::optional<CoreError> checkConsent(bool consent);

    // Every error of a draft, in form order, so a dialog can mark all bad fields at once.
    static QList<CoreError> problemsForCreate(const ConnectorDraft &draft);
    static QList<CoreError> problemsForUpdate(const ConnectorDraft &draft);

    // Control characters, line and paragraph separators, and every bidirectional control (which
    // can make a name display as something other than what it is).
    static bool isForbiddenCharacter(char32_t codePoint);
    // Shows nothing on its own: spaces, default-ignorables, Braille blank, Hangul fillers,
    // format and private-use characters. A name of only these is refused; the key drops them.
    static bool isInvisible(char32_t codePoint);
    // U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069.
    static bool isBidiControl(char32_t codePoint);
};
