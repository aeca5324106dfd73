#include "app/core/live/LiveRequestBuilder.h"

#include "app/core/flows/ActivityRules.h"
#include "app/core/policy/RolePolicy.h"
#include "app/core/validation/ApiEndpoint.h"

#include <QUrlQuery>

namespace {

bool isHeaderToken(const QString &name)
{
    // RFC 9110 token characters; anything else would corrupt the request head.
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        const bool alnum = c.unicode() < 128 && c.isLetterOrNumber();
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

bool hasLineBreakOrNul(const QString &value)
{
    return value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) ||
           value.contains(QChar(0));
}

bool hasWhitespaceOrControl(const QString &text)
{
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QString LiveRequestBuilder::normalizedToken(const QString &token)
{
    QString text = token.trimmed();
    if (text.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0)
        return {};
    if (text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    // A token is one printable word; anything with a line break could inject header lines.
    if (hasWhitespaceOrControl(text))
        return {};
    return text;
}

Result<LiveRequest> LiveRequestBuilder::build(const AdminAccount &actor,
                                              const HttpRequestActivity &activity,
                                              const Connector &connector, const QUrl &baseUrl,
                                              const QString &token)
{
    LiveRequest request;
    request.authenticated = activity.authenticated;
    if (activity.authenticated) {
        if (auto checked = checkConnector(activity, connector); !checked)
            return checked.error();
    }
    auto method = checkMethod(activity, connector);
    if (!method)
        return method.error();
    request.method = *method;
    if (auto refused = RolePolicy::checkLiveRequest(actor, QString::fromLatin1(request.method)))
        return *refused;

    auto url = activity.authenticated ? authenticatedUrl(activity, baseUrl) : fullUrl(activity);
    if (!url)
        return url.error();
    request.url = *url;

    if (activity.authenticated && normalizedToken(token).isEmpty())
        return CoreError(ErrorCode::AccessTokenMissing);

    addHeaders(request, activity.headers);
    if (methodCarriesBody(request.method) && !activity.body.isEmpty()) {
        request.body = activity.body.toUtf8();
        request.contentType = activity.contentType;
    }
    request.timeoutMs = activity.timeoutMs;
    request.retryAttempts = qMax(0, activity.retryAttempts);
    request.parseContentType = activity.parseContentType;
    request.outputVariables = activity.outputVariables;
    return request;
}

Result<void> LiveRequestBuilder::checkConnector(const HttpRequestActivity &activity,
                                                const Connector &connector)
{
    if (activity.connectorId.isNull() && !connector.isValid())
        return CoreError(ErrorCode::ActivityConnectorRequired);
    if (!connector.isValid() ||
        (!activity.connectorId.isNull() && activity.connectorId != connector.id))
        return CoreError(ErrorCode::ActivityConnectorUnknown, {activity.connectorIdText()});
    if (!connector.active)
        return CoreError(ErrorCode::ConnectorInactiveForTest, {connector.name});
    return {};
}

Result<QByteArray> LiveRequestBuilder::checkMethod(const HttpRequestActivity &activity,
                                                   const Connector &connector)
{
    const QString method = activity.method.trimmed().toUpper();
    if (!ActivityRules::allMethods().contains(method))
        return CoreError(ErrorCode::ActivityMethodUnknown, {activity.method});
    // Without "Use authenticated endpoint" the connector is not involved, so its access level
    // does not limit the method.
    if (activity.authenticated && !ActivityRules::allowedMethods(connector.access).contains(method))
        return CoreError(ErrorCode::ActivityMethodNotAllowed, {method, connector.name});
    return method.toLatin1();
}

Result<QUrl> LiveRequestBuilder::authenticatedUrl(const HttpRequestActivity &activity,
                                                  const QUrl &baseUrl)
{
    auto base = ApiEndpoint::validateBaseUrl(baseUrl.toString());
    if (!base)
        return base.error();

    // The editor's rule, so a path it accepts is one the test sends.
    if (auto refused = ActivityRules::checkPath(activity.path))
        return *refused;
    // Flow Designer paths may carry a query ("/v2/team?page=0"); it goes before the parameters.
    const QString &path = activity.path;
    const qsizetype queryStart = path.indexOf(QLatin1Char('?'));
    const QString pathOnly = queryStart < 0 ? path : path.left(queryStart);
    const QString pathQuery = queryStart < 0 ? QString() : path.mid(queryStart + 1);

    // The base URL may have a path of its own (a gateway prefix): the activity's path goes after
    // it, never instead of it.
    QUrl url = *base;
    url.setPath(url.path() + pathOnly, QUrl::TolerantMode);
    if (!url.isValid())
        return CoreError(ErrorCode::ActivityPathInvalid, {activity.path});
    addQuery(url, pathQuery, activity.queryParameters);
    return url;
}

Result<QUrl> LiveRequestBuilder::fullUrl(const HttpRequestActivity &activity)
{
    if (auto refused = ActivityRules::checkUrl(activity.url))
        return *refused;
    QUrl url(activity.url, QUrl::StrictMode);
    // The activity's own headers and body go with it; like the token, they travel encrypted.
    if (!ApiEndpoint::isSecureEnough(url))
        return CoreError(ErrorCode::ActivityUrlInsecure, {activity.url});
    const QString existingQuery = url.query(QUrl::FullyEncoded);
    url.setQuery(QString());
    addQuery(url, existingQuery, activity.queryParameters);
    return url;
}

void LiveRequestBuilder::addQuery(QUrl &url, const QString &pathQuery,
                                  const QList<NameValue> &parameters)
{
    // Each name and value is encoded here, completely: QUrlQuery on its own would let "+", "%41"
    // and "/" through, which a server reads as a space, "A" and a path separator.
    QUrlQuery query(pathQuery);
    for (const NameValue &parameter : parameters) {
        if (parameter.name.isEmpty())
            continue;
        query.addQueryItem(percentEncoded(parameter.name), percentEncoded(parameter.value));
    }
    if (!query.isEmpty())
        url.setQuery(query);
}

void LiveRequestBuilder::addHeaders(LiveRequest &request, const QList<NameValue> &headers)
{
    for (const NameValue &header : headers) {
        const QString name = header.name.trimmed();
        if (name.isEmpty())
            continue;
        // The connector supplies the authorisation; a header in the activity must not replace it.
        if (request.authenticated &&
            name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            request.skippedHeaders.append(header);
            continue;
        }
        if (!isHeaderToken(name) || hasLineBreakOrNul(header.value)) {
            request.skippedHeaders.append(header);
            continue;
        }
        request.headers.append({name, header.value});
    }
}

bool LiveRequestBuilder::methodCarriesBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}
