#pragma once

#include <QCoreApplication>
#include <QStringList>

// connectorctl's top level: global options, language, opening the database, choosing the acting
// administrator, and dispatching to the command.
class CtlApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CtlApplication)

public:
    CtlApplication() = delete;

    static int run(const QStringList &arguments);

private:
    static QString helpText();
    static QString languageFrom(const QStringList &arguments);
    static int runCommand(const QStringList &arguments, const QString &language);
};
