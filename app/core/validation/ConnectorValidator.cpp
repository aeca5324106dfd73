#include "validation/ConnectorValidator.h"

#include <QChar>

QString ConnectorValidator::normalizedName(const QString &name)
{
    return name.trimmed();
}

QString ConnectorValidator::nameKey(const QString &name)
{
    return normalizedName(name).normalized(QString::NormalizationForm_C).toCaseFolded();
}

bool ConnectorValidator::isForbiddenCharacter(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
        return true;
    default:
        break;
    }
    const bool bidiEmbeddingOrOverride = codePoint >= 0x202A && codePoint <= 0x202E;
    const bool bidiIsolate = codePoint >= 0x2066 && codePoint <= 0x2069;
    return bidiEmbeddingOrOverride || bidiIsolate;
}

std::optional<CoreError> ConnectorValidator::checkName(const QString &name)
{
    const QString trimmed = normalizedName(name);
    if (trimmed.isEmpty())
        return CoreError(ErrorCode::NameRequired);
    const QList<uint> codePoints = trimmed.toUcs4();
    if (codePoints.size() > MaxNameLength) {
        return CoreError(ErrorCode::NameTooLong,
                         {QString::number(MaxNameLength), QString::number(codePoints.size())});
    }
    for (uint codePoint : codePoints) {
        if (isForbiddenCharacter(codePoint))
            return CoreError(ErrorCode::NameHasControlCharacters);
    }
    return std::nullopt;
}

std::optional<CoreError> ConnectorValidator::checkAccess(AccessLevels access)
{
    if (!access.testFlag(AccessLevel::ReadOnly) && !access.testFlag(AccessLevel::ReadWrite))
        return CoreError(ErrorCode::AccessRequired);
    return std::nullopt;
}

std::optional<CoreError> ConnectorValidator::checkConsent(bool consent)
{
    if (!consent)
        return CoreError(ErrorCode::ConsentRequired);
    return std::nullopt;
}

QList<CoreError> ConnectorValidator::problemsForUpdate(const ConnectorDraft &draft)
{
    QList<CoreError> problems;
    if (auto error = checkName(draft.name))
        problems.append(*error);
    if (auto error = checkAccess(draft.access))
        problems.append(*error);
    return problems;
}

QList<CoreError> ConnectorValidator::problemsForCreate(const ConnectorDraft &draft)
{
    QList<CoreError> problems = problemsForUpdate(draft);
    if (auto error = checkConsent(draft.consent))
        problems.append(*error);
    return problems;
}
