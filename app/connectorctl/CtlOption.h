#pragma once

#include <QCommandLineOption>
#include <QString>

// One option of connectorctl, as the registry describes it: enough for the parser, the help text
// and the shell completion, so the three cannot disagree.
struct CtlOption
{
    // What the option's value is, for completion.
    enum class Value
    {
        None, // a flag
        Text,
        File,
        AccessLevel,
        Role,
        Language,
        Number, // a whole number from `minimum` to `maximum`
        Slot,   // a flow's version slot: "live" or "latest"
    };

    QString name = {};        // without dashes: "name"
    QString placeholder = {}; // "NAME"; empty for a flag
    QString description = {}; // translated
    Value value = Value::None;
    bool optional = true;    // shown in [brackets] in the synopsis
    bool repeatable = false; // "--access LEVEL..."; any other option given twice is refused
    bool hidden = false;     // parsed, but neither shown nor completed
    QString shortName = {};  // "h" for -h
    int minimum = 0;         // for Value::Number
    int maximum = 0;

    QCommandLineOption parserOption() const;
    // "--name NAME", "[--access LEVEL...]" or "--authorize".
    QString synopsis() const;
    // "-h, --help" or "--database PATH", for the option columns of a help text.
    QString label() const;
};
