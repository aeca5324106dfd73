#pragma once

#include "app/core/domain/HttpRequestActivity.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// What a live test request sends, fully resolved from an HTTP Request activity, its connector and
// the organisation's API base URL: the window can show it before sending. The access token is not
// part of it (the runner adds it), so a LiveRequest can be shown or logged safely.
struct LiveRequest
{
    QByteArray method; // upper case: GET, POST, PUT, PATCH, DELETE, OPTIONS or HEAD
    QUrl url;          // base URL + path, with the query parameters percent-encoded
    // Whether the connector's authorisation (the bearer token) goes with the request; false for
    // an activity that calls a full URL without "Use authenticated endpoint".
    bool authenticated = true;
    QList<NameValue> headers; // the activity's headers as sent, without Authorization
    // Headers left out because HTTP cannot carry them (a name that is not a token, a line break
    // in a value); the window lists them so nothing disappears silently.
    QList<NameValue> skippedHeaders;
    QString contentType; // set when the body is sent
    QByteArray body;     // empty unless the method carries one
    int timeoutMs = 3000;
    int retryAttempts = 1; // retries after the first attempt
    QString parseContentType = QStringLiteral("JSON");
    QList<OutputVariable> outputVariables;

    int maxAttempts() const { return 1 + retryAttempts; }
    bool sendsBody() const { return !body.isEmpty(); }
};
