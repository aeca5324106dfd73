#pragma once

#include <memory>
#include <optional>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <vector>

// The compiled form of an expression. It mirrors Jayway's token chain (RootPathToken followed by
// property, index, slice, wildcard, scan, predicate and function tokens) because Jayway's results
// depend on that structure: which tokens are "definite", which token a deep scan hands each array
// element to, and so on.
namespace jsonpath {

struct CompiledPath;
struct Predicate;

// A function argument: another path (evaluated against the root document) or a JSON literal.
struct FunctionArgument
{
    enum class Kind
    {
        Path,
        Json
    };
    Kind kind = Kind::Json;
    std::shared_ptr<const CompiledPath> path;
    // length()/size() re-evaluate a path argument with a wildcard appended, see Functions.
    std::shared_ptr<const CompiledPath> pathWithWildcard;
    QJsonValue json;
};

struct PathToken
{
    enum class Kind
    {
        Property,
        ArrayIndex,
        ArraySlice,
        Wildcard,
        Scan,
        Filter,
        Function
    };

    Kind kind = Kind::Property;

    // Property: one or more names; the quote they were written with (for normalized()).
    QStringList properties;
    QChar delimiter = u'\'';
    // ArrayIndex: one or more indexes, possibly negative.
    QList<int> indexes;
    // ArraySlice: [from:to]; Jayway ignores a step.
    std::optional<int> sliceFrom;
    std::optional<int> sliceTo;
    // Filter.
    std::shared_ptr<const Predicate> predicate;
    // Function.
    QString function;
    std::vector<FunctionArgument> arguments;
    bool writtenWithArguments = false;

    // Derived by CompiledPath::finish().
    bool leaf = false;
    bool tokenDefinite = false;
    bool upstreamDefinite = false;

    QString fragment() const;
};

struct CompiledPath
{
    QChar rootChar = u'$';
    std::vector<PathToken> tokens;
    // True when written with '$': filter paths starting with '$' read the root document (and are
    // evaluated once per evaluation), those starting with '@' read the current item.
    bool rootPath = true;
    bool definite = true;
    bool functionPath = false;
    // The fragment of the token before the last one (the root character when there is only one
    // token). Jayway compares it against "[i]" when a deep scan feeds array elements to the last
    // token; see PathEvaluation::handleObjectProperty.
    QString leafCheckFragment;

    // Computes the derived flags of every token. Call once after the tokens are complete.
    void finish();
    QString normalized() const;
    // The normalised text of the root and the first `count` tokens, for messages.
    QString normalizedPrefix(qsizetype count) const;
};

// Turns "$..x.fn()" into "$.fn($..x)", as Jayway's CompiledPath constructor does for a path that
// starts with a deep scan and ends in a function: the function then sees every match at once
// instead of being called once per match. Returns the path unchanged when it does not apply.
std::shared_ptr<CompiledPath> invertScanFunction(std::shared_ptr<CompiledPath> path);

// Operands of a filter comparison as written in the expression.
struct FilterOperand
{
    enum class Kind
    {
        Path,
        String,
        Number,
        Boolean,
        Null,
        Pattern,
        Json
    };

    Kind kind = Kind::Null;
    QString text; // String: the value; Number: BigDecimal text; Pattern: "/source/flags"
    double number = 0;
    bool boolean = false;
    QJsonValue json; // Json literal, already parsed
    std::shared_ptr<const QRegularExpression> regex;
    std::shared_ptr<const CompiledPath> path;
    // A path written after '!': only matters for an existence check ("[?(!@.isbn)]").
    bool negated = false;
};

enum class RelationalOperator
{
    Equal,
    NotEqual,
    TypeSafeEqual,
    TypeSafeNotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    RegexMatch,
    In,
    NotIn,
    Contains,
    All,
    Size,
    Exists,
    Type,
    Matches,
    Empty,
    SubsetOf,
    AnyOf,
    NoneOf
};

struct Predicate
{
    enum class Kind
    {
        And,
        Or,
        Not,
        Compare,
        ExistenceCheck
    };

    Kind kind = Kind::Compare;
    std::vector<Predicate> operands; // And, Or: two or more; Not: one
    RelationalOperator op = RelationalOperator::Equal;
    FilterOperand left;
    FilterOperand right;
};

} // namespace jsonpath
