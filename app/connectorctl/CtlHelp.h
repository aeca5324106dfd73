#pragma once

#include "app/connectorctl/CtlRegistry.h"

#include <QCoreApplication>
#include <QString>

// connectorctl's help texts, generated from the registry: `connectorctl --help`, a command's own
// (`connectorctl show --help`) and a group's (`connectorctl flows --help`).
class CtlHelp final
{
    Q_DECLARE_TR_FUNCTIONS(CtlHelp)

public:
    explicit CtlHelp(const CtlRegistry &registry);

    QString program() const;
    QString command(const CtlCommand &command) const;
    QString group(const QString &group) const;

    // "connectorctl [--database PATH] ... COMMAND [ARGS]": the usage line without "Usage: ".
    QString usageLine() const;
    // The "Commands:" section's lines: each synopsis, and its summary in a column beside it.
    static QString commandList(const QList<CtlCommand> &commands);

private:
    static QString optionList(const QList<CtlOption> &options);
    static QStringList wrapped(const QString &text, int width);

    const CtlRegistry &m_registry;
};
