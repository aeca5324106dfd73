#pragma once

#include "app/core/jsonpath/JsonPathAst.h"
#include "app/core/jsonpath/JsonPathRuntime.h"

#include <optional>
#include <QJsonValue>
#include <QString>
#include <vector>

// Filter evaluation after Jayway's ValueNode classes and EvaluatorFactory. Operands are typed the
// way Jayway types them (StringNode, NumberNode, JsonNode, ...) because its operators branch on
// those types: 1 == '1' is true (a string meets a number by text), [1] == @.a is false (a JSON
// literal on the left is compared as raw text), 'a' < 1 is false (mixed types never compare).
namespace jsonpath {

struct Operand
{
    enum class Kind
    {
        Undefined,
        Null,
        Boolean,
        Number,
        String,
        Json,
        Pattern,
        Opaque
    };

    Kind kind = Kind::Undefined;
    bool boolean = false;
    double number = 0;
    QString text;    // String: the value; Number: BigDecimal text when known; Json: literal text
    QJsonValue json; // Json: the parsed array or object
    bool rawJson = false; // Json written in the filter, which Jayway keeps as unparsed text
    const QRegularExpression *regex = nullptr;

    static Operand fromJson(const QJsonValue &value);
    // The text BigDecimal.toString gives this number.
    QString numberText() const;
};

class PredicateEvaluator
{
public:
    PredicateEvaluator(EvaluationState &state, const QJsonValue &root)
        : m_state(state)
        , m_root(root)
    {}

    // Throws RuntimeInvalidPath where Jayway throws InvalidPathException (the caller rejects the
    // item) and EvaluationFailure where Jayway fails the whole read.
    bool test(const Predicate &predicate, const QJsonValue &item);

private:
    bool compare(const Predicate &predicate, const QJsonValue &item);
    bool exists(const FilterOperand &operand, const QJsonValue &item);
    Operand resolve(const FilterOperand &operand, const QJsonValue &item);
    bool matches(const Operand &pattern, const Operand &subject);
    bool apply(RelationalOperator op, const Operand &left, const Operand &right);

    EvaluationState &m_state;
    QJsonValue m_root;
};

} // namespace jsonpath
