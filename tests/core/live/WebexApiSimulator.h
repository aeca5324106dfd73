#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// One request as the simulator received it, for tests to assert what the runner sent.
struct SimulatedRequest
{
    QByteArray method;
    QByteArray target;                    // the request target as sent, still percent-encoded
    QString path;                         // decoded
    QList<QPair<QString, QString>> query; // decoded names and values, in order
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header with this name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// What the simulator answers; silence() never answers (for timeouts and cancel).
struct SimulatedResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool silent = false;

    static SimulatedResponse json(int status, const QJsonValue &body);
    static SimulatedResponse text(int status, const QByteArray &contentType,
                                  const QByteArray &body);
    static SimulatedResponse silence();
    SimulatedResponse withHeader(const QByteArray &name, const QByteArray &value) const;
};

// A small Webex Contact Center API on 127.0.0.1 for live test request tests: an HTTP/1.1 server
// (keep-alive, Content-Length bodies) that checks the bearer token like the real API and answers
// real endpoint shapes:
//   GET  /organization/{orgId}/v2/team          {"data":[{"id","name",...}],"meta":{...}}
//   GET  /organization/{orgId}/team/{id}        one team, or 404
//   POST /search                                GraphQL-style {"query":...} -> {"data":{...}}
// A missing or wrong token gets 401; another organisation's ID, or a write with the read-only
// token, gets 403; an unknown path 404. Tests script other answers per method and path (429 with
// Retry-After, 5xx, malformed JSON, silence), and read back every request received.
class WebexApiSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebexApiSimulator)

public:
    explicit WebexApiSimulator(QObject *parent = nullptr);
    ~WebexApiSimulator() override;

    // Listens on 127.0.0.1 on a free port.
    bool listen();
    void close();
    QUrl baseUrl() const;

    QString organizationId() const { return m_organizationId; }
    QString validToken() const { return m_validToken; }
    QString readOnlyToken() const { return m_readOnlyToken; }

    // The answers to the next requests for this method and path, in order; the last one repeats.
    void script(const QByteArray &method, const QString &path, QList<SimulatedResponse> answers);

    const QList<SimulatedRequest> &requests() const { return m_requests; }
    int connectionCount() const { return m_connectionCount; }

signals:
    void requestReceived(const SimulatedRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    // Takes one complete request off the front of buffer, if there is one.
    bool takeRequest(QByteArray &buffer, SimulatedRequest &request) const;
    SimulatedResponse answer(const SimulatedRequest &request);
    SimulatedResponse scripted(const SimulatedRequest &request);
    SimulatedResponse builtIn(const SimulatedRequest &request) const;
    SimulatedResponse teams(const SimulatedRequest &request) const;
    SimulatedResponse team(const QString &id) const;
    SimulatedResponse search(const SimulatedRequest &request) const;
    static SimulatedResponse error(int status, const QByteArray &reason,
                                   const QString &description);
    static void send(QTcpSocket *socket, const SimulatedRequest &request,
                     const SimulatedResponse &response);

    QTcpServer m_server;
    QString m_organizationId;
    QString m_validToken;
    QString m_readOnlyToken;
    QHash<QString, QList<SimulatedResponse>> m_scripts;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<SimulatedRequest> m_requests;
    int m_connectionCount = 0;
};
