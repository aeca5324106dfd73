#pragma once

#include "app/core/support/Result.h"

#include <QString>
#include <QUrl>

// The rules for where a live test request may go. The request carries the administrator's access
// token, so it must travel encrypted: https everywhere, plain http only to this computer (the
// local API simulator, a debugging proxy on localhost).
class ApiEndpoint final
{
public:
    ApiEndpoint() = delete;

    // Accepts an absolute http(s) URL with a host and without user info, query or fragment, and
    // returns it without a trailing slash. ApiBaseUrlInvalid otherwise; ApiBaseUrlInsecure for
    // plain http to anything but a loopback host.
    static Result<QUrl> validateBaseUrl(const QString &text);

    // localhost, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString &host);
    // https, or http to a loopback host.
    static bool isSecureEnough(const QUrl &url);
    // "https://host/" and "https://host" are the same base URL; "/api/" becomes "/api".
    static QUrl withoutTrailingSlash(const QUrl &url);
};
