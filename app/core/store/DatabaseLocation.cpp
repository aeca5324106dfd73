#include "app/core/store/DatabaseLocation.h"

#include <QRegularExpression>

namespace {

const QLatin1String kHidden("***");

// user:password@ in the authority of a URL. The credentials end at the last '@' before the path,
// as libpq reads them; a password that itself holds '/' or '?' still ends at an '@', so the
// search runs to the last '@' of the whole text and hides too much rather than too little.
QString withoutUrlPassword(const QString &location)
{
    const qsizetype schemeEnd = location.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return location;
    const qsizetype start = schemeEnd + 3;
    const qsizetype at = location.lastIndexOf(u'@');
    if (at < start)
        return location;
    const QString credentials = location.mid(start, at - start);
    const qsizetype colon = credentials.indexOf(u':');
    if (colon < 0)
        return location;
    return location.left(start) + credentials.left(colon) + u':' + kHidden + location.mid(at);
}

} // namespace

QString DatabaseLocation::displayable(const QString &location)
{
    // password=VALUE (also sslpassword= and any other *password=) in a query string (separated by
    // &) or a connection string (by spaces, with an optional quoted value).
    static const QRegularExpression setting(
        QStringLiteral(R"((^|[\s?&;])([\w-]*password\s*=\s*)('(?:[^'\\]|\\.)*'?|[^\s&;#]*))"),
        QRegularExpression::CaseInsensitiveOption);
    QString shown = withoutUrlPassword(location);
    shown.replace(setting, QStringLiteral("\\1\\2") + kHidden);
    return shown;
}

QString DatabaseLocation::withoutSecret(const QString &text, const QString &secret)
{
    if (secret.isEmpty())
        return text;
    QString shown = text;
    return shown.replace(secret, kHidden);
}
