#pragma once

#include "app/core/domain/AccessLevel.h"
#include "app/core/domain/Flow.h"
#include "app/core/support/Result.h"

#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

class ConnectorService;
class CtlRegistry;
class FlowService;
struct CtlCommand;

// Shared pieces of sub-command parsing. The command line is parsed once: the global options
// before the command by CtlApplication, the rest by the sub-command's own QCommandLineParser. A
// value (--name "--admin=x") is never read again as an option, and `--` ends the options.
class CommandParsing final
{
    Q_DECLARE_TR_FUNCTIONS(CommandParsing)

public:
    CommandParsing() = delete;

    enum class Parsed
    {
        Run,
        Help, // the command's --help
        Failed,
    };

    // Adds connectorctl's options before the command (global and program options).
    static void addGlobalOptions(QCommandLineParser &parser, const CtlRegistry &registry);
    // Parses a command's own arguments (everything after its name) with its options, and checks
    // how many positional arguments there are; on failure `error` says why. A global option
    // after the command is refused with a hint to put it before the command.
    static Parsed parse(QCommandLineParser &parser, const CtlRegistry &registry,
                        const CtlCommand &command, const QStringList &arguments, QString *error);
    // The first option the parser saw more than once, other than the `repeatable` ones; empty
    // when none was.
    static QString repeatedOption(const QCommandLineParser &parser, const QStringList &repeatable);
    static QString repeatedMessage(const QString &option);
    // What is wrong with an option value or the ID argument of `command`, or an empty string.
    static QString valueError(const QCommandLineParser &parser, const CtlCommand &command);
    static QString notAnIdMessage(const QString &text);
    // Reads repeated --access values; an unknown value sets `error`.
    static std::optional<AccessLevels> accessLevels(const QStringList &values, QString *error);
    // The UUID when `text` is exactly one (no braces, no spaces, nothing before or after it: what
    // the console prints), otherwise a null UUID.
    static QUuid exactId(const QString &text);
    // The one way a connector argument is resolved: a full connector ID, or an unambiguous
    // prefix of at least eight characters of one. std::nullopt is a usage error (`error` says
    // why); a Result holding an error is a refusal such as "no connector with that ID".
    static std::optional<Result<QUuid>> connectorId(const QString &text, ConnectorService &service,
                                                    QString *error);
    // The one way a flow argument is resolved: a full flow ID, Flow Designer's flowId, the
    // flow's name (ignoring case), or an unambiguous prefix of at least eight characters of its
    // ID. A name that is also the start of another flow's ID is ambiguous (a usage error), never
    // silently one of them. A flowId the console holds in two versions (Live and latest) gives
    // the one in `slot`, else the Live one, and then `note` says so and how to get the other.
    static std::optional<Result<Flow>> flow(const QString &text, FlowService &service,
                                            QString *error,
                                            std::optional<FlowVersionSlot> slot = std::nullopt,
                                            QString *note = nullptr);

private:
    // One of the stored versions of the flowId `key` (see flow()).
    static std::optional<Result<Flow>> version(const QList<Flow> &versions, const QString &key,
                                               std::optional<FlowVersionSlot> slot, QString *error,
                                               QString *note);
    // The lower-case ID prefix `text` stands for, or an empty string when it cannot be one.
    static QString idPrefix(const QString &text);
};
