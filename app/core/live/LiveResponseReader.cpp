#include "app/core/live/LiveResponseReader.h"

#include "app/core/jsonpath/JsonPath.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

std::optional<QJsonValue> LiveResponseReader::parseJson(const QByteArray &body, QString *error)
{
    // QJsonDocument reads only an object or an array at the top; an API may answer with a bare
    // string or number, so the body is parsed as the single element of an array.
    QJsonParseError parseError;
    const QByteArray wrapped = QByteArray("[\n") + body + QByteArray("\n]");
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    const bool single = parseError.error == QJsonParseError::NoError && document.isArray() &&
                        document.array().size() == 1;
    if (single)
        return document.array().first();
    if (error) {
        if (body.trimmed().isEmpty()) {
            *error = tr("The response body is empty, so it is not JSON.");
        } else {
            // The offset counts the "[\n" added above.
            const qsizetype position = std::clamp<qsizetype>(parseError.offset - 2, 0, body.size());
            *error =
                tr("The response body is not valid JSON (%1 at byte %2).")
                    .arg(parseError.error == QJsonParseError::NoError ? tr("more than one value")
                                                                      : parseError.errorString())
                    .arg(position);
        }
    }
    return std::nullopt;
}

QString LiveResponseReader::prettyBody(const QByteArray &body)
{
    const auto json = parseJson(body);
    if (!json)
        return QString::fromUtf8(body);
    if (json->isObject())
        return QString::fromUtf8(QJsonDocument(json->toObject()).toJson(QJsonDocument::Indented));
    if (json->isArray())
        return QString::fromUtf8(QJsonDocument(json->toArray()).toJson(QJsonDocument::Indented));
    return toJsonText(*json);
}

QList<LiveOutputValue> LiveResponseReader::evaluate(const QList<OutputVariable> &variables,
                                                    const QString &parseContentType,
                                                    const QByteArray &body)
{
    if (!parseContentType.isEmpty() &&
        parseContentType.compare(QLatin1String("JSON"), Qt::CaseInsensitive) != 0)
        return unavailable(variables,
                           tr("The activity parses the response as %1; test requests read JSON "
                              "only.")
                               .arg(parseContentType));
    return evaluateOutputs(body, variables);
}

QList<LiveOutputValue> LiveResponseReader::evaluateOutputs(const QByteArray &body,
                                                           const QList<OutputVariable> &variables)
{
    QString parseError;
    const auto document = parseJson(body, &parseError);
    QList<LiveOutputValue> values;
    values.reserve(variables.size());
    for (const OutputVariable &variable : variables) {
        // A path that does not compile says so whatever the body: it is the fix to make first.
        const JsonPathCompileResult compiled = JsonPath::compile(variable.jsonPath);
        if (!compiled) {
            values.append({variable.name, variable.jsonPath, QString(),
                           tr("The JSON Path does not compile: %1 (at character %2)")
                               .arg(compiled.error().message)
                               .arg(compiled.error().position + 1),
                           LiveOutputValue::Kind::InvalidPath});
        } else if (!document) {
            values.append({variable.name, variable.jsonPath, QString(), parseError,
                           LiveOutputValue::Kind::Unavailable});
        } else {
            values.append(evaluateOne(variable, compiled.path(), *document));
        }
    }
    return values;
}

QList<LiveOutputValue> LiveResponseReader::unavailable(const QList<OutputVariable> &variables,
                                                       const QString &reason)
{
    QList<LiveOutputValue> values;
    values.reserve(variables.size());
    for (const OutputVariable &variable : variables)
        values.append({variable.name, variable.jsonPath, QString(), reason,
                       LiveOutputValue::Kind::Unavailable});
    return values;
}

QString LiveResponseReader::toJsonText(const QJsonValue &value)
{
    // QJsonDocument writes only objects and arrays: write a one-element array and unwrap it.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

LiveOutputValue LiveResponseReader::evaluateOne(const OutputVariable &variable,
                                                const JsonPath &path, const QJsonValue &document)
{
    LiveOutputValue value{variable.name, variable.jsonPath, QString(), QString(),
                          LiveOutputValue::Kind::Unavailable};
    const JsonPathEvaluation evaluation = path.evaluate(document);
    switch (evaluation.status()) {
    case JsonPathEvaluation::Status::Value:
        value.valueJson = toJsonText(evaluation.value());
        value.kind =
            evaluation.isDefinite() ? LiveOutputValue::Kind::Value : LiveOutputValue::Kind::List;
        // An indefinite path yields an array of matches; an empty one means nothing matched,
        // which the flow would see as an empty variable.
        if (!evaluation.isDefinite() && evaluation.value().isArray() &&
            evaluation.value().toArray().isEmpty()) {
            value.kind = LiveOutputValue::Kind::NoMatch;
            value.error = tr("Nothing in the response matches %1.").arg(variable.jsonPath);
        }
        break;
    case JsonPathEvaluation::Status::NotFound:
        value.kind = LiveOutputValue::Kind::NoMatch;
        value.error = evaluation.message().isEmpty()
                          ? tr("Nothing in the response matches %1.").arg(variable.jsonPath)
                          : tr("Nothing in the response matches %1: %2")
                                .arg(variable.jsonPath, evaluation.message());
        break;
    case JsonPathEvaluation::Status::Error:
        value.error = tr("The JSON Path could not be evaluated: %1").arg(evaluation.message());
        break;
    }
    return value;
}
