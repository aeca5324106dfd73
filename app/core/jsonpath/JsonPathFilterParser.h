#pragma once

#include "app/core/jsonpath/JsonPathAst.h"
#include "app/core/jsonpath/JsonPathParser.h"

#include <memory>

// The filter compiler, after Jayway's FilterCompiler: `||` binds loosest, then `&&`, then `!` and
// parentheses; a comparison is `operand operator operand` and a lone path is an existence check.
namespace jsonpath {

// Compiles the filter between the parentheses at `open` and `close` of "[?( ... )]".
std::shared_ptr<const Predicate> compileFilter(ParseContext &context, qsizetype open,
                                               qsizetype close);

} // namespace jsonpath
