#pragma once

#include <QCoreApplication>

class CtlContext;
class QCommandLineParser;

// connectorctl admins list | admins add EMAIL --role ROLE [--name NAME] [--login LOGIN] |
// admins bind EMAIL --login LOGIN, and demo.
class AdminCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)

public:
    explicit AdminCommands(CtlContext &context);

    // Each takes the command's parsed arguments (see CtlRegistry for their options).
    int listAdmins(const QCommandLineParser &parser);
    int addAdmin(const QCommandLineParser &parser);
    int bindAdmin(const QCommandLineParser &parser);
    int demo(const QCommandLineParser &parser);

private:
    CtlContext &m_context;
};
