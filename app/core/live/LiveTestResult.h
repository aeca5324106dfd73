#pragma once

#include "app/core/domain/CoreError.h"
#include "app/core/domain/HttpRequestActivity.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// What one output variable read from the response: its JSON Path's match as JSON text, or why
// there is none (the path does not compile, matches nothing, or the body is not JSON).
struct LiveOutputValue
{
    // How the path fared, for a pane that labels each result.
    enum class Kind
    {
        Value,       // a definite path matched
        List,        // an indefinite path matched at least once: valueJson is the list
        NoMatch,     // the path compiled but matched nothing
        InvalidPath, // the path does not compile
        Unavailable, // no JSON to read (no response, not JSON) or the evaluation failed
    };

    QString name;
    QString jsonPath;
    QString valueJson; // compact JSON, e.g. "\"Sales\"", "42", "[1,2]"; empty without a match
    QString error;     // translated; empty when the path matched
    Kind kind = Kind::Unavailable;

    bool ok() const { return error.isEmpty(); }
    bool operator==(const LiveOutputValue &other) const = default;
};

// The outcome of a live test request, as the test request panel shows it.
struct LiveTestResult
{
    Q_DECLARE_TR_FUNCTIONS(LiveTestResult)

public:
    enum class Outcome
    {
        Success,      // a 2xx response
        HttpError,    // any other status, after the retries the activity allows
        Timeout,      // no complete response within the activity's timeout, on the last attempt
        Cancelled,    // the administrator cancelled
        NetworkError, // no HTTP response at all: refused connection, TLS or DNS failure
        Refused,      // never sent: see refusal
    };

    Outcome outcome = Outcome::Refused;
    QByteArray method;
    QUrl url; // as sent, without the token
    int status = 0;
    QString reasonPhrase;
    QList<NameValue> headers; // response headers, in the order received
    qint64 elapsedMs = 0; // from the first byte sent to the end, waits between attempts included
    qint64 lastAttemptMs = 0; // the last attempt alone
    int attempts = 0;
    QByteArray rawBody;
    QString prettyBody; // indented JSON when the body is JSON, otherwise the body as text
    QList<LiveOutputValue> outputs;
    QString message; // translated summary of a timeout, network error or cancellation
    std::optional<CoreError> refusal;

    bool ok() const { return outcome == Outcome::Success; }
    bool receivedResponse() const
    {
        return outcome == Outcome::Success || outcome == Outcome::HttpError;
    }

    // A result for a request start() refused, so the window can show every outcome one way.
    static LiveTestResult refused(const CoreError &error);
    // The outcome in words, e.g. "Timed out".
    static QString outcomeName(Outcome outcome);
};
Q_DECLARE_METATYPE(LiveTestResult)
