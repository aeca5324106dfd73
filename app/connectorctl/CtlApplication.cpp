#include "app/connectorctl/CtlApplication.h"

#include "app/connectorctl/AdminCommands.h"
#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/ConnectorCommands.h"
#include "app/connectorctl/CtlContext.h"
#include "app/connectorctl/CtlStream.h"
#include "app/connectorctl/ExchangeCommands.h"
#include "app/connectorctl/FlowCommands.h"
#include "app/connectorctl/JsonPathCommand.h"
#include "app/core/i18n/TranslationLoader.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/Session.h"
#include "app/core/store/Database.h"
#include "app/core/support/ExitCode.h"
#include "app/core/support/ProgramIdentity.h"

#include <QCommandLineParser>

QString CtlApplication::helpText()
{
    return tr("Usage: connectorctl [--database PATH] [--admin EMAIL] [--json] [--lang uk|en] "
              "COMMAND [ARGS]\n"
              "\n"
              "Manage Webex Contact Center connectors from the command line.\n"
              "\n"
              "Commands:\n"
              "  list                                   List the connectors.\n"
              "  show ID                                Show one connector.\n"
              "  add --name NAME --access LEVEL... --authorize\n"
              "                                         Add a connector; LEVEL is read-only or\n"
              "                                         read-write (repeat --access for both).\n"
              "  edit ID [--name NAME] [--access LEVEL...]\n"
              "                                         Change an inactive connector.\n"
              "  deactivate ID                          Deactivate a connector.\n"
              "  activate ID                            Activate a connector.\n"
              "  delete ID                              Delete an inactive connector.\n"
              "  history [ID] [--limit N]               Show the audit log.\n"
              "  admins list                            List administrator accounts.\n"
              "  admins add EMAIL --role ROLE [--name NAME] [--login LOGIN]\n"
              "                                         Add an administrator account.\n"
              "  admins bind EMAIL --login LOGIN        Bind an account to an OS user or "
              "database login.\n"
              "  export [FILE]                          Export the connectors and flows as JSON\n"
              "                                         (to standard output without FILE).\n"
              "  import FILE [--dry-run]                Import connectors and flows exported as\n"
              "                                         JSON: all of them or, if any is bad,\n"
              "                                         none.\n"
              "  flows list                             List the flows, their HTTP Request\n"
              "                                         activities and how many are flagged.\n"
              "  flows show FLOW                        Show a flow and each HTTP Request\n"
              "                                         activity with its problems.\n"
              "  flows import FILE...                   Import Flow Designer exports: all of\n"
              "                                         them or none; a flow of the same name is\n"
              "                                         replaced; activities that break a rule\n"
              "                                         are imported and flagged.\n"
              "  flows export FLOW [FILE]               Export a flow as Flow Designer JSON (to\n"
              "                                         standard output without FILE).\n"
              "  where-used ID                          List the flows and activities that use a\n"
              "                                         connector.\n"
              "  demo [--connectors N] [--flows M]      Add realistic sample data: connectors\n"
              "                                         and flows that use them.\n"
              "  jsonpath EXPR [FILE]                   Evaluate a JSON Path (Flow Designer's\n"
              "                                         Jayway dialect) on FILE or standard "
              "input.\n"
              "\n"
              "ID is a connector ID or its first 8 or more characters. FLOW is a flow ID, its\n"
              "first 8 or more characters, or the flow's name.\n"
              "Roles: %1.\n"
              "\n"
              "Options:\n"
              "  --database PATH   Use this database (default: %2).\n"
              "  --admin EMAIL     Act as this administrator (full administrators only; default: "
              "the account bound to you).\n"
              "  --json            Print machine-readable JSON.\n"
              "  --lang uk|en      Language of messages (default: the system's).\n"
              "  -h, --help        Show this help.\n"
              "  -v, --version     Show the version.\n"
              "\n"
              "Global options go before the command; '--' ends the options, so a value that "
              "starts\n"
              "with '-' can follow it (connectorctl flows show -- -name-). FILE '-' is standard\n"
              "input for import and jsonpath.\n"
              "\n"
              "Exit codes: 0 success, 1 refused by a rule or role, 2 usage error (also an invalid "
              "JSON Path, or an input file that is not a regular file or is too large), 3 a "
              "definite JSON Path matched nothing, 4 database error or an output that could not "
              "be written.\n")
        .arg(AdminRoles::keys().join(QStringLiteral(", ")), Database::defaultPath());
}

QString CtlApplication::languageFrom(const QStringList &arguments)
{
    // The language must be known before anything is printed, even a parse error. Only the
    // global options before the command are read, with the parser's own grammar (an option that
    // takes a value consumes the next argument), so no value is ever taken for an option.
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--") || !argument.startsWith(u'-') || argument.size() < 2)
            break;
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (argument.startsWith(QLatin1String("--lang=")))
            language = argument.mid(7);
        if (CommandParsing::takesValue(argument))
            ++i;
    }
    return language.isNull() ? TranslationLoader::languageFor(QLocale::system()) : language;
}

int CtlApplication::run(const QStringList &arguments)
{
    TranslationLoader translations;
    const QString language = languageFrom(arguments);
    translations.load(language);
    return CtlStream::finish(runCommand(arguments, language));
}

int CtlApplication::runCommand(const QStringList &arguments, const QString &language)
{
    // The one parse of the global options: they stand before the command, and everything from
    // the command on is the command's own, parsed once by it (ParseAsPositionalArguments).
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    CommandParsing::addGlobalOptions(parser);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")});
    if (!parser.parse(arguments))
        return CtlContext::usage(parser.errorText());
    if (!TranslationLoader::isSupported(language))
        return CtlContext::usage(tr("Unknown language '%1': use uk or en.").arg(language));
    if (parser.isSet(QStringLiteral("help"))) {
        CtlStream::out(helpText());
        return ExitSuccess;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        // The application name is the console's, shared for its data folder; say our own.
        CtlStream::out(ProgramIdentity::ctlCommand() + u' ' + ProgramIdentity::version() + u'\n');
        return ExitSuccess;
    }
    // "--admin a --admin b" would quietly act as b: a second value is a mistake, not a choice.
    if (const QString twice = CommandParsing::repeatedOption(parser, {}); !twice.isEmpty())
        return CtlContext::usage(CommandParsing::repeatedMessage(twice));
    // An empty value is a mistake (an unset shell variable), never "the default".
    for (const QString &name : {QStringLiteral("database"), QStringLiteral("admin")}) {
        if (parser.isSet(name) && parser.value(name).trimmed().isEmpty())
            return CtlContext::usage(tr("--%1 needs a value; leave the option out to use the "
                                        "default.")
                                         .arg(name));
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return CtlContext::usage(tr("Name a command, for example 'connectorctl list'."));
    const QString command = positional.first();
    const QStringList rest = positional.mid(1);
    const bool known = ConnectorCommands::names().contains(command) ||
                       command == QLatin1String("admins") || command == QLatin1String("demo") ||
                       command == QLatin1String("export") || command == QLatin1String("import") ||
                       command == QLatin1String("flows") || command == QLatin1String("where-used");
    // Evaluating a JSON Path needs no database.
    if (command == QLatin1String("jsonpath"))
        return JsonPathCommand::run(rest);
    if (!known)
        return CtlContext::usage(tr("Unknown command '%1'.").arg(command));

    const bool json = parser.isSet(QStringLiteral("json"));
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : Database::defaultPath();
    auto database = Database::open(path);
    if (!database) {
        CtlStream::err(tr("connectorctl: %1").arg(database.error().message()) + u'\n');
        return ExitDatabase;
    }
    AdminDirectory directory(**database);
    if (auto initialised = directory.ensureInitialised(); !initialised) {
        CtlStream::err(tr("connectorctl: %1").arg(initialised.error().message()) + u'\n');
        return ExitDatabase;
    }
    auto admin = Session::start(**database, parser.value(QStringLiteral("admin")));
    if (!admin) {
        CtlStream::err(tr("connectorctl: %1").arg(admin.error().message()) + u'\n');
        return admin.error().isRuleRefusal() ? ExitRefused : ExitDatabase;
    }

    CtlContext context(**database, *admin, json);
    if (command == QLatin1String("admins"))
        return AdminCommands(context).admins(rest);
    if (command == QLatin1String("demo"))
        return AdminCommands(context).demo(rest);
    if (command == QLatin1String("export"))
        return ExchangeCommands(context).exportTo(rest);
    if (command == QLatin1String("import"))
        return ExchangeCommands(context).importFrom(rest);
    if (command == QLatin1String("flows"))
        return FlowCommands(context).flows(rest);
    if (command == QLatin1String("where-used"))
        return FlowCommands(context).whereUsed(rest);
    return ConnectorCommands(context).run(command, rest);
}
