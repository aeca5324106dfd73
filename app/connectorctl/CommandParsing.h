#pragma once

#include "domain/AccessLevel.h"
#include "support/Result.h"

#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

class ConnectorService;

// Shared pieces of sub-command parsing: each sub-command has its own QCommandLineParser, which
// also accepts the global options so they may stand after the command too.
class CommandParsing final
{
    Q_DECLARE_TR_FUNCTIONS(CommandParsing)

public:
    CommandParsing() = delete;

    static void addGlobalOptions(QCommandLineParser &parser);
    // Parses "connectorctl COMMAND ARGS..." and checks the number of positional arguments; on
    // failure `error` says why.
    static bool parse(QCommandLineParser &parser, const QString &command,
                      const QStringList &arguments, int positionals, QString *error);
    static bool parse(QCommandLineParser &parser, const QString &command,
                      const QStringList &arguments, int minPositionals, int maxPositionals,
                      QString *error);
    // Reads repeated --access values; an unknown value sets `error`.
    static std::optional<AccessLevels> accessLevels(const QStringList &values, QString *error);
    // A full connector ID, with or without braces, or an unambiguous prefix of at least eight
    // characters of one. std::nullopt is a usage error (`error` says why); a Result holding an
    // error is a refusal such as "no connector with that ID".
    static std::optional<Result<QUuid>> connectorId(const QString &text, ConnectorService &service,
                                                    QString *error);
};
