#pragma once

#include "app/connectorctl/CtlRegistry.h"

#include <QStringList>

// Shell completion from the registry: `connectorctl --completion-words WORD... CURRENT` prints what
// may stand where CURRENT is being typed after the WORDs, one a line, so the bash completion
// (resources/completion/connectorctl) holds no list of its own and cannot drift. A line
// FilesMarker asks the shell for file names.
class CtlCompletion final
{
public:
    explicit CtlCompletion(const CtlRegistry &registry);

    static QString optionName() { return QStringLiteral("--completion-words"); }
    static QString filesMarker() { return QStringLiteral(":files"); }

    // `words` are the words after the program's name, the last one the one being typed.
    QStringList candidates(const QStringList &words) const;

private:
    QStringList unfiltered(const QStringList &before, const QString &current) const;
    static QStringList valuesOf(const CtlOption &option);

    const CtlRegistry &m_registry;
};
