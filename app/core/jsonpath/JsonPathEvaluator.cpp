#include "app/core/jsonpath/JsonPathEvaluator.h"

#include "app/core/jsonpath/JsonPath.h"
#include "app/core/jsonpath/JsonPathFunctions.h"
#include "app/core/jsonpath/JsonPathPredicate.h"

#include <algorithm>

namespace jsonpath {

QString describeJsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonPath::tr("null");
    case QJsonValue::Bool:
        return JsonPath::tr("a boolean");
    case QJsonValue::Double:
        return JsonPath::tr("a number");
    case QJsonValue::String:
        return JsonPath::tr("a string");
    case QJsonValue::Array:
        return JsonPath::tr("an array");
    case QJsonValue::Object:
        return JsonPath::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonPath::tr("nothing");
}

QJsonValue evaluatePathValue(const CompiledPath &path, const QJsonValue &document,
                             EvaluationState &state, const QJsonValue &root, bool requireProperties)
{
    PathEvaluation evaluation(path, state, root, requireProperties);
    evaluation.run(document);
    return evaluation.value();
}

PathEvaluation::PathEvaluation(const CompiledPath &path, EvaluationState &state,
                               const QJsonValue &root, bool requireProperties)
    : m_path(path)
    , m_state(state)
    , m_root(root)
    , m_requireProperties(requireProperties)
    , m_upstreamArrayIndex(path.tokens.size(), -1)
{}

void PathEvaluation::run(const QJsonValue &document)
{
    if (m_path.tokens.empty())
        addResult(document);
    else
        evaluateToken(0, document);
}

QJsonValue PathEvaluation::value() const
{
    if (!m_path.definite) {
        QJsonArray array;
        for (const QJsonValue &result : m_results)
            array.append(result);
        return array;
    }
    if (m_results.empty())
        throw PathNotFound{{{JsonPath::tr("No results for path %1.").arg(m_path.normalized())}}};
    return m_results.back();
}

void PathEvaluation::addResult(const QJsonValue &value)
{
    m_state.charge();
    if (qsizetype(m_results.size()) >= m_state.limits().maxResults)
        throw LimitExceeded{{JsonPath::tr("The result has more than %1 values; narrow the path.")
                                 .arg(m_state.limits().maxResults)}};
    m_results.push_back(value);
}

void PathEvaluation::continueWith(std::size_t index, const QJsonValue &value)
{
    if (token(index).leaf)
        addResult(value);
    else
        evaluateToken(index + 1, value);
}

QString PathEvaluation::pathTo(std::size_t index, const QString &property) const
{
    return m_path.normalizedPrefix(qsizetype(index)) + QStringLiteral("['") + property +
           QStringLiteral("']");
}

void PathEvaluation::evaluateToken(std::size_t index, const QJsonValue &model)
{
    EvaluationState::DepthGuard depth(m_state);
    m_state.charge();
    switch (token(index).kind) {
    case PathToken::Kind::Property:
        evaluateProperty(index, model);
        break;
    case PathToken::Kind::ArrayIndex:
        evaluateArrayIndex(index, model);
        break;
    case PathToken::Kind::ArraySlice:
        evaluateArraySlice(index, model);
        break;
    case PathToken::Kind::Wildcard:
        evaluateWildcard(index, model);
        break;
    case PathToken::Kind::Scan:
        evaluateScan(index, model);
        break;
    case PathToken::Kind::Filter:
        evaluateFilter(index, model);
        break;
    case PathToken::Kind::Function:
        evaluateFunction(index, model);
        break;
    }
}

void PathEvaluation::evaluateProperty(std::size_t index, const QJsonValue &model)
{
    const PathToken &property = token(index);
    if (!model.isObject()) {
        // Only a definite path insists; elsewhere a non-object simply has no such property.
        if (!property.upstreamDefinite)
            return;
        throw PathNotFound{
            {{JsonPath::tr("Expected an object with property %1 at %2, but found %3.")
                  .arg(property.fragment(), m_path.normalizedPrefix(qsizetype(index)),
                       describeJsonType(model))}}};
    }
    const QJsonObject object = model.toObject();
    if (property.properties.size() > 1 && property.leaf) {
        handleMergedProperties(index, object);
        return;
    }
    // One name, or several names in the middle of a path: each name is its own branch.
    for (const QString &name : property.properties) {
        const auto it = object.constFind(name);
        if (it == object.constEnd())
            handleMissingProperty(index, name);
        else
            handlePropertyValue(index, it.value());
    }
}

void PathEvaluation::handleMissingProperty(std::size_t index, const QString &property)
{
    const PathToken &current = token(index);
    if (current.leaf) {
        if (m_requireProperties)
            throw PathNotFound{
                {{JsonPath::tr("No results for path %1.").arg(pathTo(index, property))}}};
        return;
    }
    // A missing name in the middle of a definite path means the whole path cannot match.
    if (!(current.upstreamDefinite && current.tokenDefinite) && !m_requireProperties)
        return;
    throw PathNotFound{
        {{JsonPath::tr("Missing property in path %1.").arg(pathTo(index, property))}}};
}

void PathEvaluation::handlePropertyValue(std::size_t index, const QJsonValue &value)
{
    if (!token(index).leaf) {
        evaluateToken(index + 1, value);
        return;
    }
    // Surprising Jayway behaviour (since 2.7, PR #715, still in 2.10): when a deep scan hands
    // array elements straight to this token (see evaluateScan), a value is only kept if the token
    // before the leaf is written "[i]" for that element's index i. That makes "$..[2].author" pick
    // the third element's author, but also drops every result of "$..*.title" or "$..[0,2].a"
    // behind an array, and the index sticks to the token for the rest of the evaluation.
    const qint64 upstream = m_upstreamArrayIndex[index];
    if (upstream == -1 || m_path.leafCheckFragment == u'[' + QString::number(upstream) + u']')
        addResult(value);
}

void PathEvaluation::handleMergedProperties(std::size_t index, const QJsonObject &object)
{
    // Several names on the last token: one object with those of the names that exist.
    QJsonObject merged;
    for (const QString &name : token(index).properties) {
        const auto it = object.constFind(name);
        if (it != object.constEnd())
            merged.insert(name, it.value());
        else if (m_requireProperties)
            throw PathNotFound{
                {{JsonPath::tr("Missing property in path %1.").arg(pathTo(index, name))}}};
    }
    addResult(merged);
}

bool PathEvaluation::checkArrayModel(std::size_t index, const QJsonValue &model) const
{
    if (model.isArray())
        return true;
    if (!token(index).upstreamDefinite)
        return false;
    if (model.isNull())
        throw PathNotFound{{{JsonPath::tr("The value at %1 is null.")
                                 .arg(m_path.normalizedPrefix(qsizetype(index)))}}};
    throw PathNotFound{
        {{JsonPath::tr("%1 can only be applied to an array, but %2 is %3.")
              .arg(token(index).fragment(), m_path.normalizedPrefix(qsizetype(index)),
                   describeJsonType(model))}}};
}

void PathEvaluation::handleArrayIndex(std::size_t index, qint64 arrayIndex, const QJsonArray &array)
{
    // Negative indexes count from the end; out of range is no match, as Jayway's
    // IndexOutOfBoundsException catch makes it, for this index and everything evaluated below it.
    const qint64 effective = arrayIndex < 0 ? array.size() + arrayIndex : arrayIndex;
    if (effective < 0 || effective >= array.size()) {
        m_state.charge();
        return;
    }
    try {
        continueWith(index, array.at(effective));
    } catch (const IndexOutOfRange &) {
    }
}

void PathEvaluation::evaluateArrayIndex(std::size_t index, const QJsonValue &model)
{
    if (!checkArrayModel(index, model))
        return;
    const QJsonArray array = model.toArray();
    for (int arrayIndex : token(index).indexes)
        handleArrayIndex(index, arrayIndex, array);
}

void PathEvaluation::evaluateArraySlice(std::size_t index, const QJsonValue &model)
{
    if (!checkArrayModel(index, model))
        return;
    const PathToken &slice = token(index);
    const QJsonArray array = model.toArray();
    const qint64 length = array.size();
    if (length == 0)
        return;
    qint64 from = 0;
    qint64 to = length;
    if (slice.sliceFrom && !slice.sliceTo) {
        from = *slice.sliceFrom < 0 ? length + *slice.sliceFrom : *slice.sliceFrom;
        from = std::max<qint64>(0, from);
    } else if (slice.sliceFrom && slice.sliceTo) {
        // Surprising Jayway behaviour: [from:to] does not normalise a negative start, it hands
        // each index to the negative-index rule, so [-2:3] over [a,b,c,d] yields c, d, a, b, c.
        // Indexes below -length match nothing, so the loop may start at -length.
        from = std::max<qint64>(*slice.sliceFrom, -length);
        to = std::min<qint64>(length, *slice.sliceTo);
    } else {
        to = *slice.sliceTo < 0 ? length + *slice.sliceTo : *slice.sliceTo;
        to = std::min<qint64>(length, to);
    }
    for (qint64 i = from; i < to; ++i)
        handleArrayIndex(index, i, array);
}

void PathEvaluation::evaluateWildcard(std::size_t index, const QJsonValue &model)
{
    if (model.isObject()) {
        const QJsonObject object = model.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            handlePropertyValue(index, it.value());
    } else if (model.isArray()) {
        const QJsonArray array = model.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            try {
                handleArrayIndex(index, i, array);
            } catch (const PathNotFound &) {
                if (m_requireProperties)
                    throw;
            }
        }
    }
}

void PathEvaluation::evaluateFilter(std::size_t index, const QJsonValue &model)
{
    const PathToken &filter = token(index);
    if (model.isObject()) {
        // Surprising but Jayway: a filter on an object tests the object itself, not its members.
        if (accept(*filter.predicate, model))
            continueWith(index, model);
    } else if (model.isArray()) {
        const QJsonArray array = model.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (accept(*filter.predicate, array.at(i)))
                handleArrayIndex(index, i, array);
        }
    } else if (filter.upstreamDefinite) {
        throw RuntimeInvalidPath{
            {JsonPath::tr("The filter at %1 cannot be applied to %2.")
                 .arg(m_path.normalizedPrefix(qsizetype(index) + 1), describeJsonType(model))}};
    }
}

bool PathEvaluation::accept(const Predicate &predicate, const QJsonValue &item)
{
    m_state.charge();
    try {
        return PredicateEvaluator(m_state, m_root).test(predicate, item);
    } catch (const RuntimeInvalidPath &) {
        // Jayway's PredicatePathToken.accept: an InvalidPathException rejects the item.
        return false;
    }
}

void PathEvaluation::evaluateFunction(std::size_t index, const QJsonValue &model)
{
    const QJsonValue result = Functions::invoke(token(index), model, m_state, m_root);
    // Jayway records every function's result, then lets the following tokens work on it, so a
    // chain such as append(1).avg() leaves two results (a definite path reports the last one).
    addResult(result);
    if (!token(index).leaf)
        evaluateToken(index + 1, result);
}

// "..": applies the next token to the current value and to every value below it, depth first in
// document order. The walk uses its own stack so a deeply nested document cannot overflow the
// call stack.
void PathEvaluation::evaluateScan(std::size_t index, const QJsonValue &model)
{
    const std::size_t target = index + 1;
    if (target >= m_path.tokens.size())
        throw EvaluationFailure{
            {JsonPath::tr("A deep scan '..' must be followed by what to look for.")}};
    const bool targetIsLeaf = token(target).leaf;
    std::vector<QJsonValue> pending{model};
    while (!pending.empty()) {
        const QJsonValue node = std::move(pending.back());
        pending.pop_back();
        m_state.charge();
        if (node.isObject()) {
            if (scanMatches(target, node))
                evaluateToken(target, node);
            const QJsonObject object = node.toObject();
            for (auto it = object.constEnd(); it != object.constBegin();) {
                --it;
                pending.push_back(it.value());
            }
        } else if (node.isArray()) {
            const QJsonArray array = node.toArray();
            if (scanMatches(target, node)) {
                if (targetIsLeaf) {
                    evaluateToken(target, node);
                } else {
                    // Surprising Jayway behaviour: for an array the target token itself is
                    // skipped and each element goes straight to the token after it, which
                    // remembers the element's index (see handlePropertyValue).
                    for (qsizetype i = 0; i < array.size(); ++i) {
                        m_upstreamArrayIndex[target + 1] = i;
                        evaluateToken(target + 1, array.at(i));
                    }
                }
            }
            for (qsizetype i = array.size(); i > 0; --i)
                pending.push_back(array.at(i - 1));
        }
    }
}

// Which values a deep scan hands to its target token (Jayway's ScanPathToken predicates).
bool PathEvaluation::scanMatches(std::size_t targetIndex, const QJsonValue &model)
{
    const PathToken &target = token(targetIndex);
    switch (target.kind) {
    case PathToken::Kind::Property: {
        if (!model.isObject())
            return false;
        if (m_requireProperties || !target.tokenDefinite)
            return true;
        const QJsonObject object = model.toObject();
        return std::all_of(target.properties.cbegin(), target.properties.cend(),
                           [&](const QString &name) { return object.contains(name); });
    }
    case PathToken::Kind::ArrayIndex:
    case PathToken::Kind::ArraySlice:
        return model.isArray();
    case PathToken::Kind::Wildcard:
        return true;
    case PathToken::Kind::Filter:
        return accept(*target.predicate, model);
    case PathToken::Kind::Scan:
    case PathToken::Kind::Function:
        return false;
    }
    return false;
}

} // namespace jsonpath
