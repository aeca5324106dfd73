#pragma once

#include <QCoreApplication>
#include <QStringList>

class CtlContext;

// connectorctl admins list | admins add EMAIL --role ROLE [--name NAME] [--login LOGIN] |
// admins bind EMAIL --login LOGIN, and demo.
class AdminCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)

public:
    explicit AdminCommands(CtlContext &context);

    int admins(const QStringList &arguments);
    int demo(const QStringList &arguments);

private:
    int listAdmins(const QStringList &arguments);
    int addAdmin(const QStringList &arguments);
    int bindAdmin(const QStringList &arguments);

    CtlContext &m_context;
};
