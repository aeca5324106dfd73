#include "app/core/jsonpath/JsonPath.h"

#include "app/core/jsonpath/JsonPathAst.h"
#include "app/core/jsonpath/JsonPathEvaluator.h"
#include "app/core/jsonpath/JsonPathParser.h"
#include "app/core/jsonpath/JsonPathRuntime.h"

#include <new>

JsonPathEvaluation JsonPathEvaluation::found(QJsonValue value, bool definite)
{
    JsonPathEvaluation evaluation;
    evaluation.m_status = Status::Value;
    evaluation.m_value = std::move(value);
    evaluation.m_definite = definite;
    return evaluation;
}

JsonPathEvaluation JsonPathEvaluation::notFound(QString message, bool definite)
{
    JsonPathEvaluation evaluation;
    evaluation.m_status = Status::NotFound;
    evaluation.m_definite = definite;
    evaluation.m_message = std::move(message);
    return evaluation;
}

JsonPathEvaluation JsonPathEvaluation::failed(QString message)
{
    JsonPathEvaluation evaluation;
    evaluation.m_status = Status::Error;
    evaluation.m_message = std::move(message);
    return evaluation;
}

JsonPath::JsonPath() = default;

JsonPath::JsonPath(std::shared_ptr<const jsonpath::CompiledPath> path, QString expression,
                   const JsonPathLimits &limits)
    : m_path(std::move(path))
    , m_expression(std::move(expression))
    , m_limits(limits)
{}

JsonPathCompileResult JsonPath::compile(const QString &expression, const JsonPathLimits &limits)
{
    if (expression.size() > limits.maxExpressionLength)
        return JsonPathSyntaxError{tr("The expression is longer than %1 characters (position %2).")
                                       .arg(limits.maxExpressionLength)
                                       .arg(limits.maxExpressionLength),
                                   limits.maxExpressionLength};
    if (QStringView(expression).trimmed().isEmpty())
        return JsonPathSyntaxError{tr("The expression is empty (position %1).").arg(0), 0};
    // A path that does not start with '$' or '@' is read relative to the root: Jayway prefixes
    // "$." to the expression as written (so a leading space is an error, as in Jayway). Positions
    // are reported in the original text.
    const bool relative = expression.front() != u'$' && expression.front() != u'@';
    const QString text = relative ? QStringLiteral("$.") + expression : expression;
    jsonpath::ParseContext context(text, relative ? 2 : 0, limits);
    try {
        return JsonPath(jsonpath::compileExpression(context), expression, limits);
    } catch (const jsonpath::SyntaxError &error) {
        return JsonPathSyntaxError{error.message,
                                   qBound<qsizetype>(0, error.position, expression.size())};
    } catch (const std::bad_alloc &) {
        return JsonPathSyntaxError{
            tr("The expression is too large to compile (position %1).").arg(0), 0};
    }
}

JsonPathEvaluation JsonPath::evaluate(const QJsonValue &document) const
{
    if (!m_path)
        return JsonPathEvaluation::failed(tr("The path is empty."));
    try {
        jsonpath::EvaluationState state(document, m_limits);
        jsonpath::PathEvaluation evaluation(*m_path, state, document);
        evaluation.run(document);
        return JsonPathEvaluation::found(evaluation.value(), m_path->definite);
    } catch (const jsonpath::PathNotFound &notFound) {
        // Also raised by an indefinite path whose definite beginning already fails, e.g. "$[1:2]"
        // on an object, as Jayway throws PathNotFoundException there too.
        return JsonPathEvaluation::notFound(notFound.message, m_path->definite);
    } catch (const jsonpath::RuntimeError &error) {
        return JsonPathEvaluation::failed(error.message);
    } catch (const std::bad_alloc &) {
        return JsonPathEvaluation::failed(tr("The evaluation ran out of memory."));
    }
}

bool JsonPath::isDefinite() const
{
    return m_path && m_path->definite;
}

bool JsonPath::isFunctionPath() const
{
    return m_path && m_path->functionPath;
}

QString JsonPath::normalized() const
{
    return m_path ? m_path->normalized() : QString();
}
