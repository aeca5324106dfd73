#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/HttpRequestActivity.h"
#include "app/core/live/LiveRequest.h"
#include "app/core/support/Result.h"

#include <QStringList>
#include <QUrl>

// Turns an activity into the request a test sends, refusing everything that must not leave this
// computer: a write method from an administrator whose role is read-only, an inactive connector,
// a method its access does not allow, a path or URL the activity rules refuse, plain http to
// another computer, a missing token. Every check runs before any byte is sent.
class LiveRequestBuilder final
{
public:
    LiveRequestBuilder() = delete;

    // `actor` is the signed-in administrator sending the test.
    static Result<LiveRequest> build(const AdminAccount &actor, const HttpRequestActivity &activity,
                                     const Connector &connector, const QUrl &baseUrl,
                                     const QString &token);

    // The token as it goes after "Bearer ": trimmed, with a pasted "Bearer " prefix removed;
    // empty when nothing usable is left.
    static QString normalizedToken(const QString &token);

private:
    static Result<void> checkConnector(const HttpRequestActivity &activity,
                                       const Connector &connector);
    static Result<QByteArray> checkMethod(const HttpRequestActivity &activity,
                                          const Connector &connector);
    static Result<QUrl> authenticatedUrl(const HttpRequestActivity &activity, const QUrl &baseUrl);
    static Result<QUrl> fullUrl(const HttpRequestActivity &activity);
    static void addQuery(QUrl &url, const QString &pathQuery, const QList<NameValue> &parameters);
    static void addHeaders(LiveRequest &request, const QList<NameValue> &headers);
    static bool methodCarriesBody(const QByteArray &method);
};
