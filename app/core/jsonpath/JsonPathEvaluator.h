#pragma once

#include "app/core/jsonpath/JsonPathAst.h"
#include "app/core/jsonpath/JsonPathRuntime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <vector>

// Applies a compiled path's token chain to a document, token by token and in document order,
// as Jayway's PathToken subclasses do. One PathEvaluation is one Jayway EvaluationContext.
namespace jsonpath {

class PathEvaluation
{
public:
    // `root` is what '$' paths in filters read; `requireProperties` is Jayway's
    // Option.REQUIRE_PROPERTIES, which only existence checks in filters turn on.
    PathEvaluation(const CompiledPath &path, EvaluationState &state, const QJsonValue &root,
                   bool requireProperties = false);

    void run(const QJsonValue &document);

    const std::vector<QJsonValue> &results() const { return m_results; }
    // Jayway's getValue(): the last match of a definite path (PathNotFound when there is none),
    // or every match of an indefinite path as an array.
    QJsonValue value() const;

private:
    const PathToken &token(std::size_t index) const { return m_path.tokens[index]; }

    void evaluateToken(std::size_t index, const QJsonValue &model);
    void continueWith(std::size_t index, const QJsonValue &value);
    void addResult(const QJsonValue &value);

    void evaluateProperty(std::size_t index, const QJsonValue &model);
    void handlePropertyValue(std::size_t index, const QJsonValue &value);
    void handleMissingProperty(std::size_t index, const QString &property);
    void handleMergedProperties(std::size_t index, const QJsonObject &object);
    void evaluateArrayIndex(std::size_t index, const QJsonValue &model);
    void evaluateArraySlice(std::size_t index, const QJsonValue &model);
    void handleArrayIndex(std::size_t index, qint64 arrayIndex, const QJsonArray &array);
    bool checkArrayModel(std::size_t index, const QJsonValue &model) const;
    void evaluateWildcard(std::size_t index, const QJsonValue &model);
    void evaluateFilter(std::size_t index, const QJsonValue &model);
    void evaluateFunction(std::size_t index, const QJsonValue &model);
    void evaluateScan(std::size_t index, const QJsonValue &model);
    bool scanMatches(std::size_t targetIndex, const QJsonValue &model);
    bool accept(const Predicate &predicate, const QJsonValue &item);

    QString pathTo(std::size_t index, const QString &property) const;

    const CompiledPath &m_path;
    EvaluationState &m_state;
    QJsonValue m_root;
    bool m_requireProperties;
    std::vector<QJsonValue> m_results;
    // Jayway's per-token upstreamArrayIndex, see handlePropertyValue().
    std::vector<qint64> m_upstreamArrayIndex;
};

// Evaluates `path` against `document` and returns Jayway's getValue() (throws PathNotFound).
QJsonValue evaluatePathValue(const CompiledPath &path, const QJsonValue &document,
                             EvaluationState &state, const QJsonValue &root,
                             bool requireProperties = false);

// A short, translated description of a value's type for messages ("an array", "null", ...).
QString describeJsonType(const QJsonValue &value);

} // namespace jsonpath
