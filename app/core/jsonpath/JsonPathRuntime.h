#pragma once

#include "app/core/jsonpath/JsonPathLimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

// Run-time state shared by one evaluation and every nested evaluation it starts (filter paths,
// function arguments), and the failures that travel through it.
//
// Jayway's semantics are defined by which exception reaches which catch block: a filter swallows
// an InvalidPathException (and so a PathNotFoundException, its subclass) and rejects the item; a
// path inside a filter turns PathNotFoundException into "undefined"; an array index swallows
// IndexOutOfBoundsException for everything evaluated below it. The types below mirror that
// hierarchy so the same catch sites give the same answers. None of them leaves the library:
// JsonPath::evaluate turns them into a JsonPathEvaluation.
namespace jsonpath {

struct CompiledPath;

struct RuntimeError
{
    QString message;
};

// Jayway's InvalidPathException raised while evaluating: swallowed by filters.
struct RuntimeInvalidPath : RuntimeError
{};

// Jayway's PathNotFoundException: a definite path has no match.
struct PathNotFound : RuntimeInvalidPath
{};

// Jayway's JsonPathException and Java runtime failures (ClassCastException): they end the
// evaluation even inside a filter.
struct EvaluationFailure : RuntimeError
{};

// Java's IndexOutOfBoundsException, swallowed by the nearest enclosing array index.
struct IndexOutOfRange : RuntimeError
{};

// A JsonPathLimits bound was reached; nothing swallows it.
struct LimitExceeded : RuntimeError
{};

class EvaluationState
{
public:
    EvaluationState(const QJsonValue &root, const JsonPathLimits &limits);

    const QJsonValue &root() const { return m_root; }
    const JsonPathLimits &limits() const { return m_limits; }

    // Accounts for `units` of work; throws LimitExceeded past JsonPathLimits::maxSteps.
    void charge(qint64 units = 1)
    {
        m_steps += units;
        if (m_steps > m_limits.maxSteps)
            throwStepLimit();
    }

    // Full match of `subject`, as Java's Matcher.matches(); the time it takes counts against
    // JsonPathLimits::maxRegexMilliseconds.
    bool matches(const QRegularExpression &regex, const QString &subject);

    // Values of '$' paths used by filters and function arguments: they do not depend on the item
    // under test, so each is evaluated once per evaluation (Jayway caches them too).
    const QJsonValue *cachedRootValue(const CompiledPath *path) const;
    void cacheRootValue(const CompiledPath *path, const QJsonValue &value);

    // Counts nested evaluation calls for the lifetime of the guard.
    class DepthGuard
    {
    public:
        explicit DepthGuard(EvaluationState &state);
        ~DepthGuard() { --m_state.m_depth; }
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;

    private:
        EvaluationState &m_state;
    };

private:
    [[noreturn]] void throwStepLimit() const;

    QJsonValue m_root;
    const JsonPathLimits &m_limits;
    qint64 m_steps = 0;
    qint64 m_regexNanoseconds = 0;
    int m_depth = 0;
    QHash<const CompiledPath *, QJsonValue> m_rootValues;
};

} // namespace jsonpath
