#pragma once

#include <QCoreApplication>

class QCommandLineParser;

// connectorctl jsonpath EXPR [FILE]: evaluates a JSON Path expression as Flow Designer's parse
// settings do (the Jayway dialect) against a document in FILE or on standard input, and prints the
// result as JSON. Needs no database.
class JsonPathCommand final
{
    Q_DECLARE_TR_FUNCTIONS(JsonPathCommand)

public:
    JsonPathCommand() = delete;

    static int run(const QCommandLineParser &parser);
};
