#include "app/core/validation/ApiEndpoint.h"

#include <QHostAddress>

Result<QUrl> ApiEndpoint::validateBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool wellFormed = url.isValid() && !url.isRelative() && !url.host().isEmpty() &&
                            (scheme == QLatin1String("https") || scheme == QLatin1String("http")) &&
                            url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
    if (!wellFormed)
        return CoreError(ErrorCode::ApiBaseUrlInvalid, {trimmed});
    if (!isSecureEnough(url))
        return CoreError(ErrorCode::ApiBaseUrlInsecure, {trimmed});
    return withoutTrailingSlash(url);
}

QUrl ApiEndpoint::withoutTrailingSlash(const QUrl &url)
{
    // StripTrailingSlash keeps a lone "/", so "https://host/" needs its path cleared by hand.
    QUrl stripped = url.adjusted(QUrl::StripTrailingSlash);
    if (stripped.path() == QLatin1String("/"))
        stripped.setPath(QString());
    return stripped;
}

bool ApiEndpoint::isLoopbackHost(const QString &host)
{
    // Only the name "localhost" itself: a resolver may send "x.localhost" to the network.
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ApiEndpoint::isSecureEnough(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}
