#pragma once

#include "domain/ConnectorDraft.h"
#include "domain/CoreError.h"

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

    static QString normalizedName(const QString &name);
    // The key two names must not share: trimmed, NFC-normalised and case-folded.
    static QString nameKey(const QString &name);

    static std::optional<CoreError> checkName(const QString &name);
    static std::optional<CoreError> checkAccess(AccessLevels access);
    static std::optional<CoreError> checkConsent(bool consent);

    // Every error of a draft, in form order, so a dialog can mark all bad fields at once.
    static QList<CoreError> problemsForCreate(const ConnectorDraft &draft);
    static QList<CoreError> problemsForUpdate(const ConnectorDraft &draft);

    // Control characters, line and paragraph separators, and bidirectional overrides or isolates
    // (which can make a name display as something other than what it is).
    static bool isForbiddenCharacter(char32_t codePoint);
};
