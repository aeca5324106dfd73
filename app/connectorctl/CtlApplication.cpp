#include "app/connectorctl/CtlApplication.h"

#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/CtlCompletion.h"
#include "app/connectorctl/CtlContext.h"
#include "app/connectorctl/CtlHelp.h"
#include "app/connectorctl/CtlRegistry.h"
#include "app/connectorctl/CtlStream.h"
#include "app/core/i18n/TranslationLoader.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/Session.h"
#include "app/core/store/Database.h"
#include "app/core/support/ExitCode.h"
#include "app/core/support/ProgramIdentity.h"

#include <QCommandLineParser>

QString CtlApplication::languageFrom(const QStringList &arguments)
{
    // The language must be known before anything is printed, even a parse error. Only the
    // global options before the command are read, with the parser's own grammar (an option that
    // takes a value consumes the next argument), so no value is ever taken for an option.
    const CtlRegistry registry; // only its option names are read, before any translation
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--") || !argument.startsWith(u'-') || argument.size() < 2)
            break;
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (argument.startsWith(QLatin1String("--lang=")))
            language = argument.mid(7);
        if (const CtlOption *global = registry.globalOption(argument);
            global && !global->placeholder.isEmpty())
            ++i;
    }
    return language.isNull() ? TranslationLoader::languageFor(QLocale::system()) : language;
}

int CtlApplication::run(const QStringList &arguments)
{
    // Asked by the shell at every Tab (resources/completion/connectorctl); prints words only.
    if (arguments.value(1) == CtlCompletion::optionName()) {
        const CtlRegistry registry;
        for (const QString &word : CtlCompletion(registry).candidates(arguments.mid(2)))
            CtlStream::out(word + u'\n');
        return CtlStream::finish(ExitSuccess);
    }
    TranslationLoader translations;
    const QString language = languageFrom(arguments);
    translations.load(language);
    return CtlStream::finish(runCommand(arguments, language));
}

int CtlApplication::runCommand(const QStringList &arguments, const QString &language)
{
    const CtlRegistry registry;
    // The one parse of the global options: they stand before the command, and everything from
    // the command on is the command's own, parsed once by it (ParseAsPositionalArguments).
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    CommandParsing::addGlobalOptions(parser, registry);
    if (!parser.parse(arguments))
        return CtlContext::usage(parser.errorText());
    if (!TranslationLoader::isSupported(language))
        return CtlContext::usage(tr("Unknown language '%1': use uk or en.").arg(language));
    if (parser.isSet(QStringLiteral("help"))) {
        CtlStream::out(CtlHelp(registry).program());
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
        // "--database --json list" would take "--json" for the file: a value that looks like
        // an option is a forgotten value (a file of that name can be given as ./--json).
        if (parser.isSet(name) && parser.value(name).startsWith(u'-'))
            return CtlContext::usage(tr("--%1 needs a value, but '%2' looks like an option; "
                                        "for a file of that name write ./%2.")
                                         .arg(name, parser.value(name)));
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return CtlContext::usage(tr("Name a command, for example 'connectorctl list'."));
    const CtlRegistry::Resolution resolved = registry.resolve(positional);
    if (!resolved.groupHelp.isEmpty()) {
        CtlStream::out(CtlHelp(registry).group(resolved.groupHelp));
        return ExitSuccess;
    }
    if (!resolved.command)
        return CtlContext::usage(resolved.error);
    const CtlCommand &command = *resolved.command;
    // The command line is checked whole before the database is opened: a mistake in it never
    // creates or migrates a database.
    QCommandLineParser commandParser;
    QString error;
    switch (CommandParsing::parse(commandParser, registry, command, resolved.arguments, &error)) {
    case CommandParsing::Parsed::Failed:
        return CtlContext::usage(error);
    case CommandParsing::Parsed::Help:
        CtlStream::out(CtlHelp(registry).command(command));
        return ExitSuccess;
    case CommandParsing::Parsed::Run:
        break;
    }
    if (command.runAlone)
        return command.runAlone(commandParser);
    return runWithDatabase(command, commandParser, parser);
}

int CtlApplication::runWithDatabase(const CtlCommand &command, const QCommandLineParser &arguments,
                                    const QCommandLineParser &globals)
{
    const QString path = globals.isSet(QStringLiteral("database"))
                             ? globals.value(QStringLiteral("database"))
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
    auto admin = Session::start(**database, globals.value(QStringLiteral("admin")));
    if (!admin) {
        CtlStream::err(tr("connectorctl: %1").arg(admin.error().message()) + u'\n');
        return admin.error().isRuleRefusal() ? ExitRefused : ExitDatabase;
    }
    CtlContext context(**database, *admin, globals.isSet(QStringLiteral("json")));
    return command.run(context, arguments);
}
