#include "app/core/jsonpath/JsonPathNumber.h"

#include <cmath>
#include <QLocale>

namespace jsonpath::number {

namespace {

// The digits and decimal exponent of the shortest representation that round-trips, e.g. 8.95 ->
// ("895", 0): value = 0.d1d2d3... x 10^(exponent + 1).
struct ShortestDigits
{
    QString digits;
    int exponent = 0; // of the first digit
};

ShortestDigits shortestDigits(double magnitude)
{
    // 'e' with the shortest precision yields "d.ddde+XX" or "de-XX".
    const QString text = QString::number(magnitude, 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = text.indexOf(u'e');
    ShortestDigits result;
    result.digits = text.left(ePos);
    result.digits.remove(u'.');
    result.exponent = text.mid(ePos + 1).toInt();
    while (result.digits.size() > 1 && result.digits.endsWith(u'0'))
        result.digits.chop(1);
    return result;
}

} // namespace

bool isIntegral(double value)
{
    // 2^63: beyond it Java would have parsed a BigInteger or a Double; a Double is the honest pick.
    return std::isfinite(value) && std::trunc(value) == value &&
           std::fabs(value) < 9.2233720368547758e18;
}

QString javaDoubleText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0)
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");

    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    const double magnitude = std::fabs(value);
    const ShortestDigits shortest = shortestDigits(magnitude);
    const QString &digits = shortest.digits;

    if (magnitude >= 1e-3 && magnitude < 1e7) {
        // Plain notation with at least one digit after the point.
        QString plain;
        if (shortest.exponent >= 0) {
            const qsizetype intDigits = shortest.exponent + 1;
            if (digits.size() <= intDigits)
                plain = digits + QString(intDigits - digits.size(), u'0') + QStringLiteral(".0");
            else
                plain = digits.left(intDigits) + u'.' + digits.mid(intDigits);
        } else {
            plain = QStringLiteral("0.") + QString(-shortest.exponent - 1, u'0') + digits;
        }
        return sign + plain;
    }
    // Computerised scientific notation: one digit before the point, at least one after.
    const QString mantissa =
        digits.size() == 1 ? digits + QStringLiteral(".0") : digits.left(1) + u'.' + digits.mid(1);
    return sign + mantissa + u'E' + QString::number(shortest.exponent);
}

QString javaText(double value)
{
    if (isIntegral(value))
        return QString::number(static_cast<qint64>(value));
    return javaDoubleText(value);
}

QString bigDecimalText(QStringView literal)
{
    QStringView text = literal;
    QString sign;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        if (text.front() == u'-')
            sign = QStringLiteral("-");
        text = text.mid(1);
    }
    qsizetype exponentPos = text.indexOf(u'e', 0, Qt::CaseInsensitive);
    qint64 exponent = 0;
    if (exponentPos >= 0) {
        exponent = text.mid(exponentPos + 1).toLongLong();
        text = text.left(exponentPos);
    }
    const qsizetype point = text.indexOf(u'.');
    const QStringView intPart = point >= 0 ? text.left(point) : text;
    const QStringView fracPart = point >= 0 ? text.mid(point + 1) : QStringView();

    // BigDecimal keeps an unscaled integer and a scale: value = unscaled x 10^-scale.
    QString unscaled = intPart.toString() + fracPart.toString();
    while (unscaled.size() > 1 && unscaled.startsWith(u'0'))
        unscaled.remove(0, 1);
    if (unscaled.isEmpty())
        unscaled = QStringLiteral("0");
    const qint64 scale = fracPart.size() - exponent;
    const qint64 adjusted = -scale + (unscaled.size() - 1);

    if (scale == 0)
        return sign + unscaled;
    if (scale > 0 && adjusted >= -6) {
        if (unscaled.size() > scale)
            return sign + unscaled.left(unscaled.size() - scale) + u'.' + unscaled.right(scale);
        return sign + QStringLiteral("0.") + QString(scale - unscaled.size(), u'0') + unscaled;
    }
    QString mantissa = unscaled.size() > 1 ? unscaled.left(1) + u'.' + unscaled.mid(1) : unscaled;
    const QString exponentText =
        adjusted >= 0 ? u'+' + QString::number(adjusted) : QString::number(adjusted);
    return sign + mantissa + u'E' + exponentText;
}

QString filterText(double value)
{
    if (isIntegral(value))
        return QString::number(static_cast<qint64>(value));
    const QString javaText = javaDoubleText(value);
    if (!std::isfinite(value))
        return javaText;
    return bigDecimalText(javaText);
}

std::optional<double> parseDecimal(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto isDigit = [&](qsizetype at) {
        return at < n && text[at] >= u'0' && text[at] <= u'9';
    };
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    while (isDigit(i)) {
        ++i;
        ++digits;
    }
    if (i < n && text[i] == u'.') {
        ++i;
        while (isDigit(i)) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return std::nullopt;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        if (!isDigit(i))
            return std::nullopt;
        while (isDigit(i))
            ++i;
    }
    if (i != n)
        return std::nullopt;
    bool ok = false;
    // QLocale::c() parses exactly this grammar (plus things already excluded above).
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok && !std::isinf(value))
        return std::nullopt;
    return value;
}

} // namespace jsonpath::number
