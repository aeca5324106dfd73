#include "app/core/jsonpath/JsonPathPredicate.h"

#include "app/core/jsonpath/JsonPath.h"
#include "app/core/jsonpath/JsonPathCursor.h"
#include "app/core/jsonpath/JsonPathEvaluator.h"
#include "app/core/jsonpath/JsonPathLiteral.h"
#include "app/core/jsonpath/JsonPathNumber.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QJsonObject>

namespace jsonpath {

namespace {

constexpr int MaxCompareDepth = 512;

[[noreturn]] void rejectItem(const QString &message)
{
    throw RuntimeInvalidPath{{message}};
}

// Java's equals() between the values json-smart builds: type-strict for numbers (an Integer never
// equals a Double), structural for lists and maps.
bool javaJsonEquals(const QJsonValue &a, const QJsonValue &b, int depth, EvaluationState &state)
{
    state.charge();
    if (depth > MaxCompareDepth)
        throw LimitExceeded{
            {JsonPath::tr("The values compared nest deeper than %1 levels.").arg(MaxCompareDepth)}};
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Double:
        return number::isIntegral(a.toDouble()) == number::isIntegral(b.toDouble()) &&
               a.toDouble() == b.toDouble();
    case QJsonValue::Array: {
        const QJsonArray left = a.toArray();
        const QJsonArray right = b.toArray();
        if (left.size() != right.size())
            return false;
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (!javaJsonEquals(left.at(i), right.at(i), depth + 1, state))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        if (left.size() != right.size())
            return false;
        for (auto it = left.constBegin(); it != left.constEnd(); ++it) {
            const auto other = right.constFind(it.key());
            if (other == right.constEnd() ||
                !javaJsonEquals(it.value(), other.value(), depth + 1, state))
                return false;
        }
        return true;
    }
    default:
        return a == b;
    }
}

// A string Jayway would have turned into a PathNode or a JsonNode when building a value list
// (ValueNode.toValueNode): such an element never equals anything.
bool looksLikePathOrJson(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'$') || trimmed.startsWith(u'@'))
        return JsonPath::compile(trimmed).ok();
    if (trimmed.size() > 1 && ((trimmed.startsWith(u'[') && trimmed.endsWith(u']')) ||
                               (trimmed.startsWith(u'{') && trimmed.endsWith(u'}'))))
        return parseLenientJson(trimmed, 64).ok;
    return false;
}

// Jayway's createStringNode(text, escape = true) for list elements: surrounding quotes are
// dropped and escapes resolved.
QString listElementText(const QString &text)
{
    QStringView view(text);
    if (view.size() > 1 && ((view.front() == u'\'' && view.back() == u'\'') ||
                            (view.front() == u'"' && view.back() == u'"')))
        view = view.mid(1, view.size() - 2);
    try {
        return unescape(view, 0);
    } catch (const SyntaxError &) {
        throw EvaluationFailure{
            {JsonPath::tr("The string '%1' contains an invalid \\u escape.").arg(text)}};
    }
}

// JsonNode.asValueListNode: the elements of an array as operands; nullopt when the value is not
// an array ("undefined" in Jayway).
std::optional<std::vector<Operand>> valueList(const Operand &operand, EvaluationState &state)
{
    if (operand.kind != Operand::Kind::Json || !operand.json.isArray())
        return std::nullopt;
    const QJsonArray array = operand.json.toArray();
    state.charge(array.size());
    std::vector<Operand> elements;
    elements.reserve(std::size_t(array.size()));
    for (const QJsonValue &element : array) {
        if (element.isArray() || element.isObject())
            throw EvaluationFailure{
                {JsonPath::tr("A list compared in a filter contains a nested array or object, "
                              "which Jayway cannot compare.")}};
        if (element.isString()) {
            Operand text;
            if (looksLikePathOrJson(element.toString())) {
                text.kind = Operand::Kind::Opaque;
            } else {
                text.kind = Operand::Kind::String;
                text.text = listElementText(element.toString());
            }
            elements.push_back(text);
            continue;
        }
        elements.push_back(Operand::fromJson(element));
    }
    return elements;
}

// ValueListNode operands: a JSON array, "undefined" for any other JSON, and an InvalidPath for
// anything else (Jayway's asValueListNode()).
std::optional<std::vector<Operand>> requireValueList(const Operand &operand, EvaluationState &state)
{
    if (operand.kind != Operand::Kind::Json)
        rejectItem(JsonPath::tr("Expected a list."));
    return valueList(operand, state);
}

// Java's equals() between two operands (ValueNode.equals).
bool javaEquals(const Operand &a, const Operand &b, EvaluationState &state)
{
    switch (a.kind) {
    case Operand::Kind::String:
        if (b.kind == Operand::Kind::String)
            return a.text == b.text;
        if (b.kind == Operand::Kind::Number)
            return a.text == b.numberText();
        return false;
    case Operand::Kind::Number:
        if (b.kind == Operand::Kind::Number)
            return a.number == b.number;
        if (b.kind == Operand::Kind::String) {
            const std::optional<double> parsed = number::parseDecimal(b.text);
            return parsed && a.number == *parsed;
        }
        return false;
    case Operand::Kind::Boolean:
        return b.kind == Operand::Kind::Boolean && a.boolean == b.boolean;
    case Operand::Kind::Null:
        return b.kind == Operand::Kind::Null;
    case Operand::Kind::Json:
        if (b.kind != Operand::Kind::Json || a.rawJson != b.rawJson)
            return false;
        return a.rawJson ? a.text == b.text : javaJsonEquals(a.json, b.json, 0, state);
    case Operand::Kind::Undefined:
    case Operand::Kind::Pattern:
    case Operand::Kind::Opaque:
        return false;
    }
    return false;
}

bool contains(const std::vector<Operand> &list, const Operand &operand, EvaluationState &state)
{
    state.charge(qint64(list.size()));
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const Operand &element) { return javaEquals(operand, element, state); });
}

bool isEqual(const Operand &left, const Operand &right, EvaluationState &state)
{
    // Surprising Jayway behaviour: with JSON on both sides the left one is compared as it is held;
    // a literal is held as its source text, which never equals a parsed value, so
    // "[?(['a'] == @.tags)]" is always false while "[?(@.tags == ['a'])]" works.
    if (left.kind == Operand::Kind::Json && right.kind == Operand::Kind::Json)
        return !left.rawJson && javaJsonEquals(left.json, right.json, 0, state);
    return javaEquals(left, right, state);
}

bool compareOrdered(RelationalOperator op, const Operand &left, const Operand &right)
{
    int order = 0;
    if (left.kind == Operand::Kind::Number && right.kind == Operand::Kind::Number)
        order = left.number < right.number ? -1 : (left.number > right.number ? 1 : 0);
    else if (left.kind == Operand::Kind::String && right.kind == Operand::Kind::String)
        order = left.text.compare(right.text); // UTF-16 code units, as Java's String.compareTo
    else
        return false;
    switch (op) {
    case RelationalOperator::Less:
        return order < 0;
    case RelationalOperator::LessOrEqual:
        return order <= 0;
    case RelationalOperator::Greater:
        return order > 0;
    default:
        return order >= 0;
    }
}

bool requireBoolean(const Operand &operand)
{
    if (operand.kind != Operand::Kind::Boolean)
        rejectItem(JsonPath::tr("Expected true or false."));
    return operand.boolean;
}

bool evaluateIn(const Operand &left, const Operand &right, EvaluationState &state)
{
    const std::optional<std::vector<Operand>> list = requireValueList(right, state);
    return list && contains(*list, left, state);
}

bool evaluateSize(const Operand &left, const Operand &right)
{
    if (right.kind != Operand::Kind::Number)
        return false;
    // Number.intValue(): truncation toward zero, saturating.
    const double clamped = std::clamp(right.number, -2147483648.0, 2147483647.0);
    const qint64 expected = std::isnan(right.number) ? 0 : qint64(clamped);
    if (left.kind == Operand::Kind::String)
        return left.text.size() == expected;
    if (left.kind == Operand::Kind::Json)
        return (left.json.isArray() ? left.json.toArray().size() : -1) == expected;
    return false;
}

bool evaluateEmpty(const Operand &left, const Operand &right)
{
    if (left.kind == Operand::Kind::String)
        return left.text.isEmpty() == requireBoolean(right);
    if (left.kind == Operand::Kind::Json) {
        if (left.json.isObject())
            // Jayway casts the map to a Collection here and fails with a ClassCastException.
            throw EvaluationFailure{
                {JsonPath::tr("The 'empty' operator cannot be applied to an object.")}};
        return left.json.toArray().isEmpty() == requireBoolean(right);
    }
    return false;
}

bool evaluateContains(const Operand &left, const Operand &right, EvaluationState &state)
{
    if (left.kind == Operand::Kind::String && right.kind == Operand::Kind::String)
        return left.text.contains(right.text);
    if (left.kind == Operand::Kind::Json) {
        const std::optional<std::vector<Operand>> list = valueList(left, state);
        return list && contains(*list, right, state);
    }
    return false;
}

bool evaluateSetOperator(RelationalOperator op, const Operand &left, const Operand &right,
                         EvaluationState &state)
{
    const std::optional<std::vector<Operand>> rightList = requireValueList(right, state);
    if (!rightList)
        return false;
    const std::optional<std::vector<Operand>> leftList = requireValueList(left, state);
    if (!leftList)
        return false;
    auto inRight = [&](const Operand &element) {
        return contains(*rightList, element, state);
    };
    switch (op) {
    case RelationalOperator::SubsetOf:
        return std::all_of(leftList->cbegin(), leftList->cend(), inRight);
    case RelationalOperator::AnyOf:
        return std::any_of(leftList->cbegin(), leftList->cend(), inRight);
    default:
        return std::none_of(leftList->cbegin(), leftList->cend(), inRight);
    }
}

// Jayway's RegexMatchEvaluator input: strings and numbers as text, booleans as "true"/"false",
// anything else as the empty string.
QString regexInput(const Operand &operand)
{
    switch (operand.kind) {
    case Operand::Kind::String:
        return operand.text;
    case Operand::Kind::Number:
        return operand.numberText();
    case Operand::Kind::Boolean:
        return operand.boolean ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

} // namespace

Operand Operand::fromJson(const QJsonValue &value)
{
    Operand operand;
    switch (value.type()) {
    case QJsonValue::Null:
        operand.kind = Kind::Null;
        break;
    case QJsonValue::Bool:
        operand.kind = Kind::Boolean;
        operand.boolean = value.toBool();
        break;
    case QJsonValue::Double:
        operand.kind = Kind::Number;
        operand.number = value.toDouble();
        break;
    case QJsonValue::String:
        operand.kind = Kind::String;
        operand.text = value.toString();
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        operand.kind = Kind::Json;
        operand.json = value;
        break;
    case QJsonValue::Undefined:
        break;
    }
    return operand;
}

QString Operand::numberText() const
{
    return text.isEmpty() ? number::filterText(number) : text;
}

bool PredicateEvaluator::test(const Predicate &predicate, const QJsonValue &item)
{
    EvaluationState::DepthGuard depth(m_state);
    switch (predicate.kind) {
    case Predicate::Kind::And:
        return std::all_of(predicate.operands.cbegin(), predicate.operands.cend(),
                           [&](const Predicate &operand) { return test(operand, item); });
    case Predicate::Kind::Or:
        return std::any_of(predicate.operands.cbegin(), predicate.operands.cend(),
                           [&](const Predicate &operand) { return test(operand, item); });
    case Predicate::Kind::Not:
        return !test(predicate.operands.front(), item);
    case Predicate::Kind::ExistenceCheck:
        return exists(predicate.left, item) != predicate.left.negated;
    case Predicate::Kind::Compare:
        return compare(predicate, item);
    }
    return false;
}

// "[?(@.isbn)]": true when the path reaches something, even null. Jayway evaluates it against the
// item with Option.REQUIRE_PROPERTIES, whatever the path's root character.
bool PredicateEvaluator::exists(const FilterOperand &operand, const QJsonValue &item)
{
    try {
        evaluatePathValue(*operand.path, item, m_state, m_root, true);
        return true;
    } catch (const PathNotFound &) {
        return false;
    }
}

Operand PredicateEvaluator::resolve(const FilterOperand &operand, const QJsonValue &item)
{
    Operand resolved;
    switch (operand.kind) {
    case FilterOperand::Kind::Path: {
        const CompiledPath &path = *operand.path;
        try {
            if (!path.rootPath)
                return Operand::fromJson(evaluatePathValue(path, item, m_state, m_root));
            if (const QJsonValue *cached = m_state.cachedRootValue(&path))
                return Operand::fromJson(*cached);
            const QJsonValue value = evaluatePathValue(path, m_root, m_state, m_root);
            m_state.cacheRootValue(&path, value);
            return Operand::fromJson(value);
        } catch (const PathNotFound &) {
            return resolved; // undefined
        }
    }
    case FilterOperand::Kind::String:
        resolved.kind = Operand::Kind::String;
        resolved.text = operand.text;
        return resolved;
    case FilterOperand::Kind::Number:
        resolved.kind = Operand::Kind::Number;
        resolved.number = operand.number;
        resolved.text = operand.text;
        return resolved;
    case FilterOperand::Kind::Boolean:
        resolved.kind = Operand::Kind::Boolean;
        resolved.boolean = operand.boolean;
        return resolved;
    case FilterOperand::Kind::Null:
        resolved.kind = Operand::Kind::Null;
        return resolved;
    case FilterOperand::Kind::Pattern:
        resolved.kind = Operand::Kind::Pattern;
        resolved.text = operand.text;
        resolved.regex = operand.regex.get();
        return resolved;
    case FilterOperand::Kind::Json:
        resolved.kind = Operand::Kind::Json;
        resolved.json = operand.json;
        resolved.text = operand.text;
        resolved.rawJson = true;
        return resolved;
    }
    return resolved;
}

bool PredicateEvaluator::compare(const Predicate &predicate, const QJsonValue &item)
{
    const Operand left = resolve(predicate.left, item);
    const Operand right = resolve(predicate.right, item);
    return apply(predicate.op, left, right);
}

bool PredicateEvaluator::matches(const Operand &pattern, const Operand &subject)
{
    const bool subjectIsList = subject.kind == Operand::Kind::Json && subject.json.isArray();
    if (!subjectIsList)
        return m_state.matches(*pattern.regex, regexInput(subject));
    const std::optional<std::vector<Operand>> elements = valueList(subject, m_state);
    return std::any_of(elements->cbegin(), elements->cend(), [&](const Operand &element) {
        return m_state.matches(*pattern.regex, regexInput(element));
    });
}

bool PredicateEvaluator::apply(RelationalOperator op, const Operand &left, const Operand &right)
{
    switch (op) {
    case RelationalOperator::Equal:
        return isEqual(left, right, m_state);
    case RelationalOperator::NotEqual:
        return !isEqual(left, right, m_state);
    case RelationalOperator::TypeSafeEqual:
        return left.kind == right.kind && isEqual(left, right, m_state);
    case RelationalOperator::TypeSafeNotEqual:
        return !(left.kind == right.kind && isEqual(left, right, m_state));
    case RelationalOperator::Less:
    case RelationalOperator::LessOrEqual:
    case RelationalOperator::Greater:
    case RelationalOperator::GreaterOrEqual:
        return compareOrdered(op, left, right);
    case RelationalOperator::RegexMatch: {
        const bool leftIsPattern = left.kind == Operand::Kind::Pattern;
        if (leftIsPattern == (right.kind == Operand::Kind::Pattern))
            return false;
        return leftIsPattern ? matches(left, right) : matches(right, left);
    }
    case RelationalOperator::In:
        return evaluateIn(left, right, m_state);
    case RelationalOperator::NotIn:
        return !evaluateIn(left, right, m_state);
    case RelationalOperator::Contains:
        return evaluateContains(left, right, m_state);
    case RelationalOperator::Size:
        return evaluateSize(left, right);
    case RelationalOperator::Empty:
        return evaluateEmpty(left, right);
    case RelationalOperator::SubsetOf:
    case RelationalOperator::AnyOf:
    case RelationalOperator::NoneOf:
        return evaluateSetOperator(op, left, right, m_state);
    case RelationalOperator::Exists:
        if (left.kind != Operand::Kind::Boolean && right.kind != Operand::Kind::Boolean)
            throw EvaluationFailure{
                {JsonPath::tr("The 'exists' operator needs true or false on one side.")}};
        return requireBoolean(left) == requireBoolean(right);
    case RelationalOperator::All:
    case RelationalOperator::Type:
    case RelationalOperator::Matches:
        // These need Java objects (a value list, a class, a predicate) that an inline filter cannot
        // write, so Jayway's evaluator always fails on them and the item is rejected.
        rejectItem(JsonPath::tr("The operator cannot be used in an inline filter."));
    }
    return false;
}

} // namespace jsonpath
