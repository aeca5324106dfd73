#include "app/core/validation/AdminValidator.h"

#include "app/core/validation/ConnectorValidator.h"

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
    // The local part may be any text, but not one that looks like another account's
    // ("a2<U+200B>@x" and "a2@x") or hides control and direction-changing characters.
    for (uint codePoint : normalized.toUcs4()) {
        if (ConnectorValidator::isForbiddenCharacter(codePoint) ||
            ConnectorValidator::isInvisible(codePoint))
            return CoreError(ErrorCode::AdminEmailInvalid, {email.trimmed()});
    }
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

std::optional<CoreError> AdminValidator::checkLogin(const QString &login)
{
    // A plain space stays allowed inside: some systems have logins such as "John Smith".
    for (uint codePoint : login.trimmed().toUcs4()) {
        if (codePoint == u' ')
            continue;
        if (ConnectorValidator::isForbiddenCharacter(codePoint) ||
            ConnectorValidator::isInvisible(codePoint))
            return CoreError(ErrorCode::AdminLoginInvalid);
    }
    return std::nullopt;
}
