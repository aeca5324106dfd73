#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
struct CtlCommand;

// connectorctl's top level: global options, language, opening the database, choosing the acting
// administrator, and dispatching to the command the registry (CtlRegistry) names.
class CtlApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CtlApplication)

public:
    CtlApplication() = delete;

    static int run(const QStringList &arguments);

private:
    static QString languageFrom(const QStringList &arguments);
    static int runCommand(const QStringList &arguments, const QString &language);
    static int runWithDatabase(const CtlCommand &command, const QCommandLineParser &arguments,
                               const QCommandLineParser &globals);
};
