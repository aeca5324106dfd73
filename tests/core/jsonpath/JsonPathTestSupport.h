#pragma once

#include "app/core/jsonpath/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;

// Shared helpers for the JSON Path tests: documents from Jayway's README (with our own values)
// and a one-line rendering of any outcome, so data-driven tests compare plain strings.
namespace jsonpathtest {

inline QJsonValue parseDocument(const QString &json)
{
    // QJsonDocument parses only containers, so a one-element array carries scalars too.
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + json.toUtf8() + "]", &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError && wrapped.array().size() == 1,
               "parseDocument", qPrintable(error.errorString()));
    return wrapped.array().at(0);
}

// The bookstore of Jayway's README.
inline QJsonValue storeDocument()
{
    return parseDocument(uR"({
        "store": {
            "book": [
                {"category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95},
                {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99},
                {"category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553-21311-3", "price": 8.99},
                {"category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord of the Rings", "isbn": "0-395-19395-8", "price": 22.99}
            ],
            "bicycle": {"color": "red", "price": 19.95}
        },
        "expensive": 10
    })"_s);
}

// A list of records with the shapes filters meet in API responses: missing members, nulls,
// empty arrays, nested objects.
inline QJsonValue peopleDocument()
{
    return parseDocument(uR"([
        {"id": 1, "name": "alpha", "tags": ["x", "y"], "score": 10.5},
        {"id": 2, "name": "beta", "tags": [], "score": 7},
        {"id": 3, "name": "gamma", "tags": ["y"], "extra": null, "score": -1},
        {"id": 4, "name": "Delta", "tags": ["x"], "extra": "e", "nested": {"id": 40, "name": "inner"}}
    ])"_s);
}

// The documents the data-driven suites share by name; undefined for any other name, which each
// suite resolves among its own documents.
inline QJsonValue sharedDocument(const QString &name)
{
    if (name == u"store")
        return storeDocument();
    if (name == u"people")
        return peopleDocument();
    return QJsonValue::Undefined;
}

// One row of a data-driven suite with the columns documentName, expression and expected.
inline void addOutcomeRow(const char *name, const QString &documentName, const QString &expression,
                          const QString &expected)
{
    QTest::newRow(name) << documentName << expression << expected;
}

inline QString compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// "invalid@<position>", "not-found", "error", or the value as compact JSON.
inline QString outcome(const QString &expression, const QJsonValue &document,
                       const JsonPathLimits &limits = {})
{
    const JsonPathCompileResult compiled = JsonPath::compile(expression, limits);
    if (!compiled.ok())
        return u"invalid@"_s + QString::number(compiled.error().position);
    const JsonPathEvaluation result = compiled.path().evaluate(document);
    switch (result.status()) {
    case JsonPathEvaluation::Status::Value:
        return compact(result.value());
    case JsonPathEvaluation::Status::NotFound:
        return u"not-found"_s;
    case JsonPathEvaluation::Status::Error:
        return u"error"_s;
    }
    return QString();
}

} // namespace jsonpathtest
