#pragma once

#include <QCoreApplication>

class CtlContext;
class QCommandLineParser;

// connectorctl's connector commands: list, show, add, edit, deactivate, activate, delete,
// history. Each returns the process exit code.
class ConnectorCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorCommands)

public:
    explicit ConnectorCommands(CtlContext &context);

    // Each takes the command's parsed arguments (see CtlRegistry for their options).
    int list(const QCommandLineParser &parser);
    int show(const QCommandLineParser &parser);
    int add(const QCommandLineParser &parser);
    int edit(const QCommandLineParser &parser);
    int setActive(const QCommandLineParser &parser, bool active);
    int remove(const QCommandLineParser &parser);
    int history(const QCommandLineParser &parser);

private:
    CtlContext &m_context;
};
