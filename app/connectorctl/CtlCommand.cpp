#include "app/connectorctl/CtlCommand.h"

QString CtlCommand::synopsis() const
{
    QStringList words{name};
    if (!arguments.isEmpty())
        words.append(arguments);
    for (const CtlOption &option : options) {
        if (!option.hidden)
            words.append(option.synopsis());
    }
    return words.join(u' ');
}

QString CtlCommand::group() const
{
    return name.section(u' ', 0, 0);
}

const CtlOption *CtlCommand::option(const QString &optionName) const
{
    for (const CtlOption &candidate : options) {
        if (candidate.name == optionName)
            return &candidate;
    }
    return nullptr;
}
