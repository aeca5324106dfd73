#include "validation/AdminValidator.h"

#include "validation/ConnectorValidator.h"

#include <QRegularExpression>

QString AdminValidator::normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

std::optional<CoreError> AdminValidator::checkEmail(const QString &email)
{
    // Deliberately simple: one @, a non-empty local part, a dotted or single-label domain, no
    // spaces. Control Hub accounts are addresses people type, not RFC 5322 edge cases.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[^@\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*$)"));
    const QString normalized = normalizedEmail(email);
    if (normalized.size() > 254 || !pattern.match(normalized).hasMatch())
        return CoreError(ErrorCode::AdminEmailInvalid, {email.trimmed()});
    return std::nullopt;
}

std::optional<CoreError> AdminValidator::checkDisplayName(const QString &displayName)
{
    const QString trimmed = displayName.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80)
        return CoreError(ErrorCode::AdminDisplayNameInvalid);
    for (uint codePoint : trimmed.toUcs4()) {
        if (ConnectorValidator::isForbiddenCharacter(codePoint))
            return CoreError(ErrorCode::AdminDisplayNameInvalid);
    }
    return std::nullopt;
}
