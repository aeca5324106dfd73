#pragma once

#include <QCoreApplication>
#include <QStringList>

class CtlContext;
class QCommandLineParser;

// connectorctl's connector commands: list, show, add, edit, deactivate, activate, delete,
// history. Each returns the process exit code.
class ConnectorCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorCommands)

public:
    explicit ConnectorCommands(CtlContext &context);

    static QStringList names();
    int run(const QString &command, const QStringList &arguments);

private:
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int add(const QStringList &arguments);
    int edit(const QStringList &arguments);
    int setActive(const QStringList &arguments, bool active);
    int remove(const QStringList &arguments);
    int history(const QStringList &arguments);

    CtlContext &m_context;
};
