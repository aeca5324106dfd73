#include "app/core/jsonpath/JsonPathFunctions.h"

#include "app/core/jsonpath/JsonPath.h"
#include "app/core/jsonpath/JsonPathEvaluator.h"
#include "app/core/jsonpath/JsonPathNumber.h"

#include <cmath>
#include <limits>
#include <QJsonArray>
#include <QJsonObject>
#include <vector>

namespace jsonpath::Functions {

namespace {

constexpr int MaxToStringDepth = 64;

// Java's toString() of the values json-smart builds: "[1, 2]", "{a=1, b=x}", "1.5", "true".
QString javaToString(const QJsonValue &value, int depth = 0)
{
    if (depth > MaxToStringDepth)
        return QStringLiteral("...");
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return number::javaText(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &element : value.toArray())
            parts.append(javaToString(element, depth + 1));
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            parts.append(it.key() + u'=' + javaToString(it.value(), depth + 1));
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

// The values of the arguments, evaluated before the function runs as Jayway does: a path
// argument reads the root document (whatever its root character) and must match.
std::vector<QJsonValue> argumentValues(const PathToken &function, EvaluationState &state,
                                       const QJsonValue &root)
{
    std::vector<QJsonValue> values;
    values.reserve(function.arguments.size());
    for (const FunctionArgument &argument : function.arguments) {
        if (argument.kind == FunctionArgument::Kind::Json) {
            values.push_back(argument.json);
            continue;
        }
        const CompiledPath *path = argument.path.get();
        if (const QJsonValue *cached = state.cachedRootValue(path)) {
            values.push_back(*cached);
            continue;
        }
        const QJsonValue value = evaluatePathValue(*path, root, state, root);
        state.cacheRootValue(path, value);
        values.push_back(value);
    }
    return values;
}

// Jayway's Parameter.toList(Number.class): the numbers among the arguments, array arguments
// contributing their number elements.
std::vector<double> numberArguments(const std::vector<QJsonValue> &arguments)
{
    std::vector<double> numbers;
    for (const QJsonValue &argument : arguments) {
        if (argument.isArray()) {
            for (const QJsonValue &element : argument.toArray()) {
                if (element.isDouble())
                    numbers.push_back(element.toDouble());
            }
        } else if (argument.isDouble()) {
            numbers.push_back(argument.toDouble());
        }
    }
    return numbers;
}

// Jayway's Parameter.toList(String.class): string arguments; elements of array arguments are
// converted with toString(), scalar non-strings are skipped.
QStringList stringArguments(const std::vector<QJsonValue> &arguments)
{
    QStringList strings;
    for (const QJsonValue &argument : arguments) {
        if (argument.isArray()) {
            for (const QJsonValue &element : argument.toArray()) {
                if (!element.isNull())
                    strings.append(javaToString(element));
            }
        } else if (argument.isString()) {
            strings.append(argument.toString());
        }
    }
    return strings;
}

QJsonValue length(const PathToken &function, const QJsonValue &model, EvaluationState &state)
{
    if (!function.arguments.empty()) {
        const FunctionArgument &argument = function.arguments.front();
        if (argument.kind != FunctionArgument::Kind::Path)
            throw EvaluationFailure{
                {JsonPath::tr("%1() needs a path argument.").arg(function.function)}};
        // Jayway appends a wildcard to the argument path and counts what it matches within the
        // current value: "$..book.length()" counts the books of every "book" array.
        const CompiledPath &counted =
            argument.pathWithWildcard ? *argument.pathWithWildcard : *argument.path;
        const QJsonValue inner = evaluatePathValue(counted, model, state, model);
        if (inner.isArray())
            return int(inner.toArray().size());
    }
    if (model.isArray())
        return int(model.toArray().size());
    if (model.isObject())
        return int(model.toObject().size());
    return QJsonValue::Null;
}

QJsonValue aggregate(const QString &name, const QJsonValue &model,
                     const std::vector<QJsonValue> &arguments)
{
    std::vector<double> values;
    if (model.isArray()) {
        for (const QJsonValue &element : model.toArray()) {
            if (element.isDouble())
                values.push_back(element.toDouble());
        }
    }
    const std::vector<double> extra = numberArguments(arguments);
    values.insert(values.end(), extra.begin(), extra.end());
    if (values.empty())
        throw EvaluationFailure{
            {JsonPath::tr("%1() needs at least one number, but found none.").arg(name)}};

    double sum = 0;
    double sumOfSquares = 0;
    // Surprising Jayway behaviour: max() starts from Double.MIN_VALUE, the smallest *positive*
    // double, so the max() of only negative numbers is 4.9E-324.
    double max = std::numeric_limits<double>::denorm_min();
    double min = std::numeric_limits<double>::max();
    for (double value : values) {
        sum += value;
        sumOfSquares += value * value;
        max = std::max(max, value);
        min = std::min(min, value);
    }
    const double count = double(values.size());
    if (name == u"sum")
        return sum;
    if (name == u"min")
        return min;
    if (name == u"max")
        return max;
    if (name == u"avg")
        return sum / count;
    return std::sqrt(sumOfSquares / count - sum * sum / count / count); // stddev (population)
}

QJsonValue concat(const QJsonValue &model, const std::vector<QJsonValue> &arguments)
{
    QString result;
    if (model.isArray()) {
        for (const QJsonValue &element : model.toArray()) {
            if (element.isString())
                result += element.toString();
        }
    }
    for (const QString &text : stringArguments(arguments))
        result += text;
    return result;
}

QJsonValue append(const QJsonValue &model, const std::vector<QJsonValue> &arguments)
{
    if (!model.isArray())
        return model;
    // Jayway appends to the document itself; the document here is left untouched.
    QJsonArray array = model.toArray();
    for (const QJsonValue &argument : arguments) {
        if (!argument.isNull())
            array.append(argument);
    }
    return array;
}

QJsonValue keys(const QJsonValue &model)
{
    if (!model.isObject())
        return QJsonValue::Null;
    return QJsonArray::fromStringList(model.toObject().keys());
}

// Number.intValue() of a double: truncation toward zero, saturating, NaN as 0.
int javaIntValue(double value)
{
    if (std::isnan(value))
        return 0;
    if (value >= 2147483647.0)
        return std::numeric_limits<int>::max();
    if (value <= -2147483648.0)
        return std::numeric_limits<int>::min();
    return int(value);
}

QJsonValue sequenceElement(const QString &name, const QJsonValue &model,
                           const std::vector<QJsonValue> &arguments)
{
    if (!model.isArray())
        throw EvaluationFailure{{JsonPath::tr("%1() can only be applied to an array.").arg(name)}};
    const QJsonArray array = model.toArray();
    qint64 target = 0;
    if (name == u"last") {
        target = -1;
    } else if (name == u"index") {
        const std::vector<double> numbers = numberArguments(arguments);
        if (numbers.empty())
            throw IndexOutOfRange{{JsonPath::tr("index() needs a number argument.")}};
        target = javaIntValue(numbers.front());
    }
    if (target >= 0) {
        if (target >= array.size())
            throw IndexOutOfRange{
                {JsonPath::tr("Index %1 is out of range for an array of %2 elements.")
                     .arg(target)
                     .arg(array.size())}};
        return array.at(target);
    }
    // Surprising Jayway behaviour: a negative index must land strictly after the first element,
    // so last() of a one-element array and index(-n) of an n-element array fail.
    const qint64 real = array.size() + target;
    if (real > 0)
        return array.at(real);
    throw EvaluationFailure{
        {JsonPath::tr("Index %1 reaches before the second of the %2 elements; Jayway refuses it.")
             .arg(target)
             .arg(array.size())}};
}

} // namespace

bool isKnown(const QString &name)
{
    static const QStringList names{
        QStringLiteral("length"), QStringLiteral("size"),  QStringLiteral("min"),
        QStringLiteral("max"),    QStringLiteral("avg"),   QStringLiteral("stddev"),
        QStringLiteral("sum"),    QStringLiteral("keys"),  QStringLiteral("concat"),
        QStringLiteral("append"), QStringLiteral("first"), QStringLiteral("last"),
        QStringLiteral("index"),
    };
    return names.contains(name);
}

bool isLength(const QString &name)
{
    return name == u"length" || name == u"size";
}

QJsonValue invoke(const PathToken &function, const QJsonValue &model, EvaluationState &state,
                  const QJsonValue &root)
{
    const QString &name = function.function;
    const std::vector<QJsonValue> arguments = argumentValues(function, state, root);
    state.charge(model.isArray() ? 1 + model.toArray().size() : 1);
    if (isLength(name))
        return length(function, model, state);
    if (name == u"sum" || name == u"min" || name == u"max" || name == u"avg" || name == u"stddev")
        return aggregate(name, model, arguments);
    if (name == u"concat")
        return concat(model, arguments);
    if (name == u"append")
        return append(model, arguments);
    if (name == u"keys")
        return keys(model);
    return sequenceElement(name, model, arguments);
}

} // namespace jsonpath::Functions
