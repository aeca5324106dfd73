#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

// JSON literals inside expressions: the right-hand side of `in`, `==` and friends
// ([?(@.size in ['S', 'M'])]) and the JSON arguments of functions (concat("-"), append(1)).
// Jayway hands these to json-smart in its permissive mode, so the dialect is lenient: strings in
// single or double quotes, unquoted words as strings, object keys with or without quotes.
namespace jsonpath {

struct LiteralParseResult
{
    QJsonValue value;
    bool ok = false;
    // On failure: offset of the offending character within the parsed text, and what is wrong.
    qsizetype errorOffset = 0;
    QString errorMessage;
};

// Parses one JSON value that must span all of `text` (surrounding blanks allowed). Nesting deeper
// than maxDepth is refused, so hostile literals cannot exhaust the stack.
LiteralParseResult parseLenientJson(QStringView text, int maxDepth);

} // namespace jsonpath
