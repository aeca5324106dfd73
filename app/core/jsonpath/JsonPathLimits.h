#pragma once

#include <QtGlobal>

// Bounds that keep compiling and evaluating a hostile expression or document finite. Jayway has
// none of these (it recurses and allocates until the JVM gives up); every limit here turns what
// would be a hang or a crash into a clean error. The defaults are far above anything a Flow
// Designer parse setting needs.
struct JsonPathLimits
{
    // Characters in the expression.
    qsizetype maxExpressionLength = 16 * 1024;
    // Filter parentheses, filters inside filter paths and function arguments, combined.
    int maxNestingDepth = 64;
    // Tokens ('.name', '[0]', '..', ...) in one path.
    int maxPathSegments = 256;
    // Characters in one regular expression literal.
    qsizetype maxRegexLength = 1000;

    // Units of work in one evaluation: visited nodes, tokens applied, filter tests, results.
    qint64 maxSteps = 20'000'000;
    // Values in the result of one evaluation.
    qsizetype maxResults = 1'000'000;
    // Nested evaluation calls (path tokens, filters within filters) at run time.
    int maxEvaluationDepth = 1000;
    // Wall-clock time spent inside regular-expression matching during one evaluation. PCRE2 caps
    // each match, but a catastrophic pattern applied to many values would still take minutes.
    qint64 maxRegexMilliseconds = 2000;
};
