#pragma once

#include "app/connectorctl/CtlCommand.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Every connectorctl command and global option, once. The help text's command and option lists,
// the known-command check (with "did you mean"), dispatch, each command's own help and the shell
// completion are all read from here, so none of them can drift from what the program does.
// Built in the current language: construct it after the translations are loaded.
class CtlRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(CtlRegistry)

public:
    CtlRegistry();

    // What the words after the global options name: a command and its own arguments, or why
    // they name none.
    struct Resolution
    {
        const CtlCommand *command = nullptr;
        QStringList arguments;
        // Set for "GROUP --help" ("flows --help"): the group whose commands to list.
        QString groupHelp;
        // Set when nothing was found: the usage error to print.
        QString error;
    };

    const QList<CtlCommand> &commands() const { return m_commands; }
    // The options before the command that change how it runs (--database, --admin, ...).
    const QList<CtlOption> &globalOptions() const { return m_globals; }
    // --help and --version.
    const QList<CtlOption> &programOptions() const { return m_program; }

    const CtlCommand *find(const QString &name) const;
    // The commands' first words, in the order of the help text ("list", ..., "admins", ...).
    QStringList topLevelWords() const;
    // The second words of a group's commands ("list show import export" for "flows"); empty
    // for a word that is a command by itself.
    QStringList subCommands(const QString &group) const;
    QList<CtlCommand> commandsOf(const QString &group) const;
    Resolution resolve(const QStringList &words) const;
    // The global option that takes a value, by its name with dashes ("--database"), or null.
    const CtlOption *globalOption(const QString &argument) const;

    // The names in `known` that `typed` is most likely a slip for (one or two edits away, or
    // the start of exactly one); empty when none is close.
    static QStringList closest(const QString &typed, const QStringList &known);

private:
    QString unknownCommand(const QString &typed, const QStringList &candidates) const;

    QList<CtlCommand> m_commands;
    QList<CtlOption> m_globals;
    QList<CtlOption> m_program;
};
