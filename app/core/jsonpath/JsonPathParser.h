#pragma once

#include "app/core/jsonpath/JsonPathAst.h"
#include "app/core/jsonpath/JsonPathCursor.h"
#include "app/core/jsonpath/JsonPathLimits.h"

#include <memory>
#include <QStringList>

// The path compiler, after Jayway's PathCompiler: it accepts what Jayway accepts and builds the
// same token chain. Where Jayway silently drops part of an expression (a stray character after
// a bracket, a name after a second quote style, a non-JSON function argument) or builds a token
// that can never match (a name after a no-argument function call), this compiler refuses the
// expression instead, so the mistake shows in the editor rather than as a silent miss at run time.
namespace jsonpath {

// State shared by the compilers while one expression compiles.
class ParseContext
{
public:
    ParseContext(QStringView expression, qsizetype positionShift, const JsonPathLimits &limits)
        : m_expression(expression)
        , m_positionShift(positionShift)
        , m_limits(limits)
    {}

    QStringView expression() const { return m_expression; }
    const JsonPathLimits &limits() const { return m_limits; }

    // The position in the text the user wrote (the compiler may have prefixed "$.").
    qsizetype userPosition(qsizetype position) const
    {
        return qMax<qsizetype>(0, position - m_positionShift);
    }

    // Throws a SyntaxError; `message` has %1 for the position and %2, %3 for the extra arguments.
    [[noreturn]] void fail(qsizetype position, const QString &message,
                           const QStringList &arguments = {}) const;

    // Counts one level of nesting (parenthesis, filter, function argument) for the lifetime of
    // the guard, failing once JsonPathLimits::maxNestingDepth is exceeded.
    class NestingGuard
    {
    public:
        NestingGuard(ParseContext &context, qsizetype position);
        ~NestingGuard() { --m_context.m_depth; }
        NestingGuard(const NestingGuard &) = delete;
        NestingGuard &operator=(const NestingGuard &) = delete;

    private:
        ParseContext &m_context;
    };

private:
    QStringView m_expression;
    qsizetype m_positionShift;
    const JsonPathLimits &m_limits;
    int m_depth = 0;
};

// Compiles a whole expression the way JsonPath.compile does: trims blanks, reads a path that
// does not start with '$' or '@' as relative to the root ("store.book" means "$.store.book").
std::shared_ptr<const CompiledPath> compileExpression(ParseContext &context);

// Compiles the path text[begin..end] (end inclusive) found inside a filter or a function argument.
std::shared_ptr<const CompiledPath> compileEmbeddedPath(ParseContext &context, qsizetype begin,
                                                        qsizetype end);

} // namespace jsonpath
