#pragma once

#include "app/core/jsonpath/JsonPathLimits.h"

#include <memory>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace jsonpath {
struct CompiledPath;
}

// Why an expression does not compile: one translated sentence that names the problem and its
// position, and that position as a 0-based index into the expression (in UTF-16 code units, the
// unit QString::at uses).
struct JsonPathSyntaxError
{
    QString message;
    qsizetype position = 0;
};

// The outcome of evaluating a path against a document, as Jayway's default configuration reports
// it (no ALWAYS_RETURN_LIST, no SUPPRESS_EXCEPTIONS):
//  - Value: a definite path yields the value itself, an indefinite path (deep scan, wildcard,
//    filter, slice, several indexes or names) an array of every match, possibly empty;
//  - NotFound: a definite path that matches nothing (Jayway throws PathNotFoundException), or
//    an indefinite path whose definite beginning already fails, e.g. "$.a[0:2]" on an object;
//  - Error: the evaluation failed (e.g. an aggregate over no numbers, a filter applied to a
//    string, or a safety limit was reached).
class JsonPathEvaluation
{
public:
    enum class Status
    {
        Value,
        NotFound,
        Error
    };

    static JsonPathEvaluation found(QJsonValue value, bool definite);
    static JsonPathEvaluation notFound(QString message, bool definite = true);
    static JsonPathEvaluation failed(QString message);

    Status status() const { return m_status; }
    bool hasValue() const { return m_status == Status::Value; }
    bool isNotFound() const { return m_status == Status::NotFound; }
    bool isError() const { return m_status == Status::Error; }

    // The result when hasValue(); undefined (QJsonValue::Undefined) otherwise.
    const QJsonValue &value() const { return m_value; }
    // True when the path is definite, so value() is the match itself rather than an array.
    bool isDefinite() const { return m_definite; }
    // Why nothing was found or what failed, translated; empty for a value.
    const QString &message() const { return m_message; }

private:
    Status m_status = Status::Error;
    QJsonValue m_value = QJsonValue::Undefined;
    bool m_definite = false;
    QString m_message;
};

class JsonPathCompileResult;

// A compiled Jayway JsonPath expression (com.jayway.jsonpath 2.10 dialect) over QJsonValue.
//
//   const auto compiled = JsonPath::compile(u"$.store.book[?(@.price < 10)].title"_s);
//   if (!compiled.ok())
//       report(compiled.error().message, compiled.error().position);
//   const JsonPathEvaluation result = compiled.path().evaluate(document);
//
// Compiling never throws and never crashes; evaluation is bounded by JsonPathLimits. A JsonPath is
// immutable and cheap to copy; it may be evaluated from several threads at once.
//
// Jayway's behaviour is followed even where it surprises (each case is commented where it is
// implemented): a string meets a number by text in filters, "$..x.fn()" calls fn once with every
// match, a deep scan drops the results of "$..*.name", max() of negative numbers is 4.9E-324, and
// so on. The differences, all deliberate:
//  - QJsonObject keeps members sorted by key, not in document order, so wildcards, deep scans
//    and keys() list object members alphabetically; integral numbers read as Java Integer/Long
//    (a document's 2.0 behaves as 2); numbers compare as doubles rather than BigDecimal.
//  - Expressions Jayway accepts but then silently truncates or can never match are refused with
//    a position: a character after the last token ("$['a']]"), property lists mixing quote styles,
//    function arguments that are neither a path nor JSON, anything after a no-argument call
//    ("$.a.first().b"), "$..fn()", unknown function names, filter placeholders "[?]".
//  - Regular expressions run on PCRE2 (QRegularExpression), not java.util.regex: the common
//    syntax is the same, case-insensitive matching always folds Unicode, flag 'd' is ignored.
//  - append() does not modify the document; function arguments are evaluated once per evaluation
//    (Jayway caches them for the life of the compiled path); no state carries over between
//    evaluations (Jayway's deep-scan index does).
class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    // An empty path that matches nothing; use compile() to obtain a real one.
    JsonPath();

    static JsonPathCompileResult compile(const QString &expression,
                                         const JsonPathLimits &limits = {});

    JsonPathEvaluation evaluate(const QJsonValue &document) const;

    bool isValid() const { return m_path != nullptr; }
    // True when the path can only match one location, so evaluate() yields the value itself.
    bool isDefinite() const;
    // True when the path ends in a function call such as length().
    bool isFunctionPath() const;
    // The expression as written.
    const QString &expression() const { return m_expression; }
    // Jayway's normalised form, e.g. "$['store']['book'][?]['title']".
    QString normalized() const;
    const JsonPathLimits &limits() const { return m_limits; }

private:
    JsonPath(std::shared_ptr<const jsonpath::CompiledPath> path, QString expression,
             const JsonPathLimits &limits);

    std::shared_ptr<const jsonpath::CompiledPath> m_path;
    QString m_expression;
    JsonPathLimits m_limits;
};

// Either a compiled path or the reason the expression is invalid.
class JsonPathCompileResult
{
public:
    JsonPathCompileResult(JsonPath path)
        : m_path(std::move(path))
    {}
    JsonPathCompileResult(JsonPathSyntaxError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_path.isValid(); }
    explicit operator bool() const { return ok(); }
    const JsonPath &path() const { return m_path; }
    const JsonPathSyntaxError &error() const { return m_error; }

private:
    JsonPath m_path;
    JsonPathSyntaxError m_error;
};
