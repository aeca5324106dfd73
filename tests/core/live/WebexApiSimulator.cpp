#include "tests/core/live/WebexApiSimulator.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

namespace {

QJsonArray teamList()
{
    return {
        QJsonObject{{QStringLiteral("id"), QStringLiteral("8f1ad2c4-5a1e-4b7e-9c51-1d2f3a4b5c6d")},
                    {QStringLiteral("name"), QStringLiteral("Sales")},
                    {QStringLiteral("teamType"), QStringLiteral("AGENT")},
                    {QStringLiteral("active"), true}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("0b7c3e9a-2d4f-4e6a-8b1c-7f9e0d2a3b4c")},
                    {QStringLiteral("name"), QStringLiteral("Support")},
                    {QStringLiteral("teamType"), QStringLiteral("AGENT")},
                    {QStringLiteral("active"), true}},
    };
}

bool isWriteMethod(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QString scriptKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

} // namespace

QByteArray SimulatedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SimulatedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SimulatedResponse SimulatedResponse::json(int status, const QJsonValue &body)
{
    const QByteArray bytes = body.isArray()
                                 ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return text(status, "application/json", bytes);
}

SimulatedResponse SimulatedResponse::text(int status, const QByteArray &contentType,
                                          const QByteArray &body)
{
    SimulatedResponse response;
    response.status = status;
    response.reason = reasonFor(status);
    response.headers.append({"Content-Type", contentType});
    response.body = body;
    return response;
}

SimulatedResponse SimulatedResponse::silence()
{
    SimulatedResponse response;
    response.silent = true;
    return response;
}

SimulatedResponse SimulatedResponse::withHeader(const QByteArray &name,
                                                const QByteArray &value) const
{
    SimulatedResponse copy = *this;
    copy.headers.append({name, value});
    return copy;
}

WebexApiSimulator::WebexApiSimulator(QObject *parent)
    : QObject(parent)
    , m_organizationId(QStringLiteral("f7c9a1d2-3b4e-4f5a-8c6d-0e1f2a3b4c5d"))
    , m_validToken(QStringLiteral("sim-full-token-3f9a"))
    , m_readOnlyToken(QStringLiteral("sim-read-token-7b2c"))
{
    connect(&m_server, &QTcpServer::newConnection, this, &WebexApiSimulator::onNewConnection);
}

WebexApiSimulator::~WebexApiSimulator() = default;

bool WebexApiSimulator::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void WebexApiSimulator::close()
{
    m_server.close();
}

QUrl WebexApiSimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void WebexApiSimulator::script(const QByteArray &method, const QString &path,
                               QList<SimulatedResponse> answers)
{
    m_scripts.insert(scriptKey(method, path), std::move(answers));
}

void WebexApiSimulator::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connectionCount;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void WebexApiSimulator::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    SimulatedRequest request;
    while (takeRequest(buffer, request)) {
        m_requests.append(request);
        emit requestReceived(request);
        const SimulatedResponse response = answer(request);
        if (!response.silent)
            send(socket, request, response);
    }
}

bool WebexApiSimulator::takeRequest(QByteArray &buffer, SimulatedRequest &request) const
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3)
        return false;

    request = SimulatedRequest();
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const qsizetype length = request.header("Content-Length").toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return false;
    request.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);

    const QUrl url = QUrl::fromEncoded(request.target);
    request.path = url.path(QUrl::FullyDecoded);
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        request.query.append({name, value});
    return true;
}

SimulatedResponse WebexApiSimulator::answer(const SimulatedRequest &request)
{
    // The real API checks the token before anything else, scripted answers included.
    const QByteArray authorization = request.header("Authorization");
    const bool readOnly = authorization == "Bearer " + m_readOnlyToken.toUtf8();
    if (authorization != "Bearer " + m_validToken.toUtf8() && !readOnly)
        return error(401, "Unauthorized",
                     QStringLiteral("The access token is missing, invalid "
                                    "or expired."));
    if (readOnly && isWriteMethod(request.method))
        return error(403, "Forbidden",
                     QStringLiteral("The token's scopes do not allow %1 requests.")
                         .arg(QString::fromLatin1(request.method)));
    if (m_scripts.contains(scriptKey(request.method, request.path)))
        return scripted(request);
    return builtIn(request);
}

SimulatedResponse WebexApiSimulator::scripted(const SimulatedRequest &request)
{
    QList<SimulatedResponse> &answers = m_scripts[scriptKey(request.method, request.path)];
    return answers.size() > 1 ? answers.takeFirst() : answers.value(0);
}

SimulatedResponse WebexApiSimulator::builtIn(const SimulatedRequest &request) const
{
    static const QRegularExpression teamsPath(QStringLiteral("^/organization/([^/]+)/v2/team$"));
    static const QRegularExpression teamPath(
        QStringLiteral("^/organization/([^/]+)/team/([^/]+)$"));

    const QRegularExpressionMatch teamsMatch = teamsPath.match(request.path);
    const QRegularExpressionMatch teamMatch = teamPath.match(request.path);
    const QRegularExpressionMatch &organizationMatch =
        teamsMatch.hasMatch() ? teamsMatch : teamMatch;
    if (organizationMatch.hasMatch() && organizationMatch.captured(1) != m_organizationId)
        return error(403, "Forbidden",
                     QStringLiteral("The token does not belong to organization %1.")
                         .arg(organizationMatch.captured(1)));
    if (teamsMatch.hasMatch() && request.method == "GET")
        return teams(request);
    if (teamMatch.hasMatch() && request.method == "GET")
        return team(teamMatch.captured(2));
    if (request.path == QLatin1String("/search") && request.method == "POST")
        return search(request);
    return error(404, "Not Found",
                 QStringLiteral("No resource at %1 %2.")
                     .arg(QString::fromLatin1(request.method), request.path));
}

SimulatedResponse WebexApiSimulator::teams(const SimulatedRequest &request) const
{
    int page = 0;
    int pageSize = 100;
    for (const auto &[name, value] : request.query) {
        if (name == QLatin1String("page"))
            page = value.toInt();
        else if (name == QLatin1String("pageSize"))
            pageSize = value.toInt();
    }
    const QJsonArray all = teamList();
    const QJsonObject meta{
        {QStringLiteral("orgid"), m_organizationId},
        {QStringLiteral("page"), page},
        {QStringLiteral("pageSize"), pageSize},
        {QStringLiteral("totalPages"), 1},
        {QStringLiteral("totalRecords"), all.size()},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"), QString::fromLatin1(request.target)}}},
    };
    return SimulatedResponse::json(
        200, QJsonObject{{QStringLiteral("data"), all}, {QStringLiteral("meta"), meta}});
}

SimulatedResponse WebexApiSimulator::team(const QString &id) const
{
    for (const QJsonValue &team : teamList()) {
        if (team[QStringLiteral("id")].toString() == id)
            return SimulatedResponse::json(200, team);
    }
    return error(404, "Not Found", QStringLiteral("Team %1 was not found.").arg(id));
}

SimulatedResponse WebexApiSimulator::search(const SimulatedRequest &request) const
{
    // GraphQL over POST: {"query": "..."}; the answer has the shape of a task search.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString query = body.value(QStringLiteral("query")).toString();
    if (query.isEmpty()) {
        const QJsonObject message{
            {QStringLiteral("message"), QStringLiteral("The body must be {\"query\": ...}.")}};
        return SimulatedResponse::json(
            400, QJsonObject{{QStringLiteral("errors"), QJsonArray{message}}});
    }
    const QJsonArray tasks{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("task-1")},
                    {QStringLiteral("status"), QStringLiteral("ended")},
                    {QStringLiteral("channelType"), QStringLiteral("telephony")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("task-2")},
                    {QStringLiteral("status"), QStringLiteral("connected")},
                    {QStringLiteral("channelType"), QStringLiteral("chat")}},
    };
    const QJsonObject task{
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("pageInfo"),
         QJsonObject{{QStringLiteral("hasNextPage"), false},
                     {QStringLiteral("endCursor"), QStringLiteral("2")}}},
    };
    return SimulatedResponse::json(
        200, QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("task"), task}}}});
}

SimulatedResponse WebexApiSimulator::error(int status, const QByteArray &reason,
                                           const QString &description)
{
    // The error envelope of the Webex Contact Center configuration API.
    const QJsonObject detail{{QStringLiteral("description"), description}};
    const QJsonObject errorObject{{QStringLiteral("key"), QString::number(status)},
                                  {QStringLiteral("reason"), QString::fromLatin1(reason)},
                                  {QStringLiteral("message"), QJsonArray{detail}}};
    SimulatedResponse response = SimulatedResponse::json(
        status, QJsonObject{{QStringLiteral("trackingId"), QStringLiteral("sim_1f2e3d")},
                            {QStringLiteral("error"), errorObject}});
    response.reason = reason;
    return response;
}

void WebexApiSimulator::send(QTcpSocket *socket, const SimulatedRequest &request,
                             const SimulatedResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason +
                      "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                      "\r\nConnection: keep-alive\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);
    // A response to HEAD announces the body's length but carries none.
    if (request.method != "HEAD")
        socket->write(response.body);
}
