#pragma once

#include "app/core/domain/HttpRequestActivity.h"
#include "app/core/live/LiveTestResult.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

class JsonPath;

// Reads a response body the way the activity's parse settings do: parses it as JSON, evaluates
// every output variable's JSON Path over it with our Jayway engine, and pretty-prints it for the
// test request panel.
class LiveResponseReader final
{
    Q_DECLARE_TR_FUNCTIONS(LiveResponseReader)

public:
    LiveResponseReader() = delete;

    // The parsed document (any JSON value, not only an object or array), or nullopt with the
    // reason in *error.
    static std::optional<QJsonValue> parseJson(const QByteArray &body, QString *error = nullptr);

    // Indented JSON when the body is JSON (members sorted by name, as QJsonObject keeps them),
    // otherwise the body as UTF-8 text.
    static QString prettyBody(const QByteArray &body);

    static QList<LiveOutputValue> evaluate(const QList<OutputVariable> &variables,
                                           const QString &parseContentType, const QByteArray &body);

    // The output variables over a JSON body, whatever the activity's parse content type: the
    // "Test parse settings" pane and the live test read a body the same way.
    static QList<LiveOutputValue> evaluateOutputs(const QByteArray &body,
                                                  const QList<OutputVariable> &variables);

    // Every variable with the same error, for an attempt that produced no response.
    static QList<LiveOutputValue> unavailable(const QList<OutputVariable> &variables,
                                              const QString &reason);

    // Compact JSON text for any value, scalars included.
    static QString toJsonText(const QJsonValue &value);

private:
    static LiveOutputValue evaluateOne(const OutputVariable &variable, const JsonPath &path,
                                       const QJsonValue &document);
};
