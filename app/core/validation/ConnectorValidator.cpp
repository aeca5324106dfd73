#include "app/core/validation/ConnectorValidator.h"

#include <QChar>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

namespace {

// NFKC + full case folding + removal of default-ignorable code points, in one ICU pass. This is
// the spirit of UTS #39's skeleton for our purpose: names a person cannot tell apart ("ﬁle" and
// "file", "Straße" and "STRASSE", "Pla<U+200B>in" and "Plain") share a key.
QString nfkcCaseFold(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status) || text.isEmpty())
        return text.toCaseFolded();
    const auto *source = reinterpret_cast<const UChar *>(text.utf16());
    // NFKC can expand a character up to 18 times (U+FDFA); start generous, retry if told to.
    QString folded(text.size() * 3 + 16, Qt::Uninitialized);
    int32_t length =
        unorm2_normalize(normalizer, source, int32_t(text.size()),
                         reinterpret_cast<UChar *>(folded.data()), int32_t(folded.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        folded.resize(length);
        length = unorm2_normalize(normalizer, source, int32_t(text.size()),
                                  reinterpret_cast<UChar *>(folded.data()), int32_t(folded.size()),
                                  &status);
    }
    if (U_FAILURE(status))
        return text.toCaseFolded();
    folded.truncate(length);
    return folded;
}

// Characters that show nothing on their own: spaces, default-ignorables (U+200B, U+2060, U+180E,
// U+3164 ...), the Braille blank, Hangul fillers, interlinear annotation controls (U+FFF9-FFFB),
// private-use code points (no font draws them the same) and other format characters. This one
// predicate decides both "the name shows nothing" and what the key drops, so a character the
// validator calls invisible can never make two names that look alike differ in their keys.
bool invisible(char32_t codePoint)
{
    if (u_isUWhiteSpace(UChar32(codePoint)) ||
        u_hasBinaryProperty(UChar32(codePoint), UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
        return true;
    if (codePoint == 0x2800 || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0xFFA0 ||
        codePoint == 0x3164)
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Other_PrivateUse:
    case QChar::Other_Format:
    case QChar::Separator_Space:
        return true;
    default:
        return false;
    }
}

// Marks that need a base character: a name of only these shows nothing either, but they are kept
// in the key, as in most scripts they change the word ("कि" and "क" are different names).
bool needsBase(char32_t codePoint)
{
    const QChar::Category category = QChar::category(codePoint);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing;
}

} // namespace

QString ConnectorValidator::normalizedName(const QString &name)
{
    // What is stored: trimmed and composed, so the length counted is the length kept.
    return name.trimmed().normalized(QString::NormalizationForm_C);
}

QString ConnectorValidator::nameKey(const QString &name)
{
    const QString folded = nfkcCaseFold(name);
    // Any run of white space (NBSP and other spaces after NFKC, ideographic space, ...) is one
    // space, and none at either end; every other invisible character is dropped. Walked by code
    // point, as private-use planes 15 and 16 are outside the BMP.
    QString key;
    key.reserve(folded.size());
    bool pendingSpace = false;
    for (const char32_t codePoint : folded.toUcs4()) {
        if (QChar::isSpace(codePoint) || u_isUWhiteSpace(UChar32(codePoint))) {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (invisible(codePoint))
            continue;
        if (pendingSpace)
            key += QLatin1Char(' ');
        pendingSpace = false;
        key += QString::fromUcs4(&codePoint, 1);
    }
    return key;
}

bool ConnectorValidator::isInvisible(char32_t codePoint)
{
    return invisible(codePoint);
}

bool ConnectorValidator::isBidiControl(char32_t codePoint)
{
    const bool mark = codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    const bool embeddingOrOverride = codePoint >= 0x202A && codePoint <= 0x202E;
    const bool isolate = codePoint >= 0x2066 && codePoint <= 0x2069;
    return mark || embeddingOrOverride || isolate;
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
    return isBidiControl(codePoint);
}

std::optional<CoreError> ConnectorValidator::checkName(const QString &name)
{
    const QString normalized = normalizedName(name);
    if (normalized.isEmpty())
        return CoreError(ErrorCode::NameRequired);
    const QList<uint> codePoints = normalized.toUcs4();
    if (codePoints.size() > MaxNameLength) {
        return CoreError(ErrorCode::NameTooLong,
                         {QString::number(MaxNameLength), QString::number(codePoints.size())});
    }
    bool visible = false;
    for (uint codePoint : codePoints) {
        if (isForbiddenCharacter(codePoint))
            return CoreError(ErrorCode::NameHasControlCharacters);
        visible = visible || !(invisible(codePoint) || needsBase(codePoint));
    }
    if (!visible || nameKey(normalized).isEmpty())
        return CoreError(ErrorCode::NameInvisible);
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
