#pragma once

#include "app/core/jsonpath/JsonPathAst.h"
#include "app/core/jsonpath/JsonPathRuntime.h"

#include <QJsonValue>
#include <QString>

// Jayway's path functions: length() (alias size()), min(), max(), avg(), stddev(), sum(), keys(),
// concat(), append(), first(), last() and index(i). A function works on the value the path before
// it produced and on its arguments; it ends a path or feeds the next function.
namespace jsonpath::Functions {

bool isKnown(const QString &name);
// length() and size(), which treat a path argument specially.
bool isLength(const QString &name);

// Throws EvaluationFailure where Jayway throws JsonPathException, IndexOutOfRange where it throws
// IndexOutOfBoundsException and PathNotFound when a path argument has no match.
QJsonValue invoke(const PathToken &function, const QJsonValue &model, EvaluationState &state,
                  const QJsonValue &root);

} // namespace jsonpath::Functions
