#include "app/core/jsonpath/JsonPathRuntime.h"

#include "app/core/jsonpath/JsonPath.h"

namespace jsonpath {

EvaluationState::EvaluationState(const QJsonValue &root, const JsonPathLimits &limits)
    : m_root(root)
    , m_limits(limits)
{}

void EvaluationState::throwStepLimit() const
{
    throw LimitExceeded{
        {JsonPath::tr("The evaluation needs more than %1 steps; narrow the path, for example "
                      "replace '..' with explicit names.")
             .arg(m_limits.maxSteps)}};
}

bool EvaluationState::matches(const QRegularExpression &regex, const QString &subject)
{
    // Longer subjects cost more; charging by length keeps huge strings inside the step budget.
    charge(1 + subject.size() / 64);
    QElapsedTimer timer;
    timer.start();
    const QRegularExpressionMatch match = regex.match(subject);
    m_regexNanoseconds += timer.nsecsElapsed();
    // PCRE2 gives up on a match that exceeds its backtracking (match or depth) limit, and
    // QRegularExpression reports that only as an invalid match object. Reading it as "no match"
    // would give a confidently wrong answer, so it ends the evaluation instead.
    if (!match.isValid())
        throw LimitExceeded{
            {JsonPath::tr("A regular expression gave up on a value of %1 characters: it "
                          "backtracks too much (PCRE2's match limit), so whether it matches is "
                          "unknown; simplify the pattern, for example remove overlapping "
                          "alternatives such as (a|aa)+.")
                 .arg(subject.size())}};
    if (m_regexNanoseconds > m_limits.maxRegexMilliseconds * 1'000'000)
        throw LimitExceeded{
            {JsonPath::tr("Regular expression matching took longer than %1 ms; simplify the "
                          "pattern (nested repetitions such as (a+)+ backtrack exponentially).")
                 .arg(m_limits.maxRegexMilliseconds)}};
    return match.hasMatch();
}

const QJsonValue *EvaluationState::cachedRootValue(const CompiledPath *path) const
{
    const auto it = m_rootValues.constFind(path);
    return it == m_rootValues.constEnd() ? nullptr : &it.value();
}

void EvaluationState::cacheRootValue(const CompiledPath *path, const QJsonValue &value)
{
    m_rootValues.insert(path, value);
}

EvaluationState::DepthGuard::DepthGuard(EvaluationState &state)
    : m_state(state)
{
    if (++m_state.m_depth > m_state.m_limits.maxEvaluationDepth) {
        --m_state.m_depth;
        throw LimitExceeded{{JsonPath::tr("The evaluation nests deeper than %1 levels.")
                                 .arg(m_state.m_limits.maxEvaluationDepth)}};
    }
}

} // namespace jsonpath
