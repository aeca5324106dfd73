#pragma once

#include "app/connectorctl/CtlOption.h"

#include <QList>
#include <QString>

class CtlContext;
class QCommandLineParser;

// One connectorctl command: its name ("list", "flows import"), what it takes, what it does and
// how it runs. The registry (CtlRegistry) lists them all; help, dispatch, the unknown-command
// message and completion are all read from that one list.
struct CtlCommand
{
    using Run = int (*)(CtlContext &context, const QCommandLineParser &parser);
    // For a command that needs no database (jsonpath).
    using RunAlone = int (*)(const QCommandLineParser &parser);

    QString name = {};
    QString arguments = {}; // "FLOW [FILE]", as the synopsis shows them
    int minArguments = 0;
    int maxArguments = 0;
    bool fileArguments = false; // the arguments are file names (for completion)
    bool idArgument = false;    // the first argument is a connector ID or its first characters
    QString summary = {};       // translated
    QList<CtlOption> options = {};
    Run run = nullptr;
    RunAlone runAlone = nullptr;

    // "flows export FLOW [FILE]" or "add --name NAME --access LEVEL... --authorize".
    QString synopsis() const;
    // The first word of the name ("flows" for "flows import").
    QString group() const;
    const CtlOption *option(const QString &name) const;
};
