#include "app/connectorctl/CtlRegistry.h"

#include "app/connectorctl/AdminCommands.h"
#include "app/connectorctl/ConnectorCommands.h"
#include "app/connectorctl/ExchangeCommands.h"
#include "app/connectorctl/FlowCommands.h"
#include "app/connectorctl/JsonPathCommand.h"
#include "app/core/domain/AdminRole.h"
#include "app/core/store/Database.h"

#include <algorithm>
#include <limits>

namespace {

constexpr int Unlimited = std::numeric_limits<int>::max();

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// The restricted Damerau-Levenshtein distance: a swapped pair of letters ("lsit") is one slip.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QStringList quoted(const QStringList &names)
{
    QStringList list;
    for (const QString &name : names)
        list.append(u'\'' + name + u'\'');
    return list;
}

// `flows show` and `flows export` take the same choice of version.
CtlOption slotOption()
{
    return {.name = s("slot"),
            .placeholder = s("SLOT"),
            .description = CtlRegistry::tr("When FLOW is a Flow Designer flowId held in two "
                                           "versions: \"live\" or \"latest\" (default: the "
                                           "Live version, and a note says so)."),
            .value = CtlOption::Value::Slot};
}

} // namespace

CtlRegistry::CtlRegistry()
{
    using Value = CtlOption::Value;
    const CtlOption nameOption{.name = s("name"),
                               .placeholder = s("NAME"),
                               .description = tr("The connector's name."),
                               .value = Value::Text};
    const CtlOption accessOption{.name = s("access"),
                                 .placeholder = s("LEVEL"),
                                 .description = tr("read-only or read-write; repeat it for both."),
                                 .value = Value::AccessLevel,
                                 .repeatable = true};
    const CtlOption loginOption{.name = s("login"),
                                .placeholder = s("LOGIN"),
                                .description = tr("The operating-system user (SQLite file) or "
                                                  "database login (PostgreSQL) of the account's "
                                                  "person."),
                                .value = Value::Text};
    auto required = [](CtlOption option) {
        option.optional = false;
        return option;
    };

    m_globals = {
        {.name = s("database"),
         .placeholder = s("PATH"),
         .description = tr("Use this database (default: %1).").arg(Database::defaultPath()),
         .value = Value::File},
        {.name = s("admin"),
         .placeholder = s("EMAIL"),
         .description = tr("Act as this administrator (full administrators only; default: the "
                           "account bound to you)."),
         .value = Value::Text},
        {.name = s("json"), .description = tr("Print machine-readable JSON.")},
        {.name = s("lang"),
         .placeholder = s("uk|en"),
         .description = tr("Language of messages (default: the system's)."),
         .value = Value::Language},
    };
    m_program = {
        {.name = s("help"), .description = tr("Show this help."), .shortName = s("h")},
        {.name = s("version"), .description = tr("Show the version."), .shortName = s("v")},
    };

    m_commands = {
        {.name = s("list"),
         .summary = tr("List the connectors."),
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return ConnectorCommands(c).list(p);
             }},
        {.name = s("show"),
         .arguments = s("ID"),
         .minArguments = 1,
         .maxArguments = 1,
         .idArgument = true,
         .summary = tr("Show one connector."),
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return ConnectorCommands(c).show(p);
             }},
        {.name = s("add"),
         .summary = tr("Add a connector; LEVEL is read-only or read-write (repeat --access for "
                       "both)."),
         .options = {required(nameOption),
                     required(accessOption),
                     {.name = s("authorize"),
                      .description = tr("I authorize this connector to read, write, modify and "
                                        "delete data in the Contact Center solution."),
                      .optional = false}},
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return ConnectorCommands(c).add(p);
             }},
        {.name = s("edit"),
         .arguments = s("ID"),
         .minArguments = 1,
         .maxArguments = 1,
         .idArgument = true,
         .summary = tr("Change an inactive connector."),
         // --id is accepted only so that an attempt to change the ID is refused by the core
         // with its rule.
         .options = {nameOption,
                     accessOption,
                     {.name = s("id"),
                      .placeholder = s("ID"),
                      .description = tr("Not allowed: a connector ID never changes."),
                      .value = Value::Text,
                      .hidden = true}},
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return ConnectorCommands(c).edit(p);
             }},
        {.name = s("deactivate"),
         .arguments = s("ID"),
         .minArguments = 1,
         .maxArguments = 1,
         .idArgument = true,
         .summary = tr("Deactivate a connector."),
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return ConnectorCommands(c).setActive(p, false);
             }},
        {.name = s("activate"),
         .arguments = s("ID"),
         .minArguments = 1,
         .maxArguments = 1,
         .idArgument = true,
         .summary = tr("Activate a connector."),
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return ConnectorCommands(c).setActive(p, true);
             }},
        {.name = s("delete"),
         .arguments = s("ID"),
         .minArguments = 1,
         .maxArguments = 1,
         .idArgument = true,
         .summary = tr("Delete an inactive connector."),
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return ConnectorCommands(c).remove(p);
             }},
        {.name = s("history"),
         .arguments = s("[ID]"),
         .maxArguments = 1,
         .idArgument = true,
         .summary = tr("Show the audit log, newest first."),
         .options = {{.name = s("limit"),
                      .placeholder = s("N"),
                      .description = tr("Show at most N entries."),
                      .value = Value::Number,
                      .minimum = 1,
                      .maximum = Unlimited}},
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return ConnectorCommands(c).history(p);
             }},
        {.name = s("admins list"),
         .summary = tr("List administrator accounts."),
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return AdminCommands(c).listAdmins(p);
             }},
        {.name = s("admins add"),
         .arguments = s("EMAIL"),
         .minArguments = 1,
         .maxArguments = 1,
         .summary = tr("Add an administrator account."),
         .options = {{.name = s("role"),
                      .placeholder = s("ROLE"),
                      .description = tr("One of: %1.").arg(AdminRoles::keys().join(s(", "))),
                      .value = Value::Role,
                      .optional = false},
                     {.name = s("name"),
                      .placeholder = s("NAME"),
                      .description = tr("The display name."),
                      .value = Value::Text},
                     loginOption},
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return AdminCommands(c).addAdmin(p);
             }},
        {.name = s("admins bind"),
         .arguments = s("EMAIL"),
         .minArguments = 1,
         .maxArguments = 1,
         .summary = tr("Bind an account to an OS user or database login."),
         .options = {required(loginOption)},
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return AdminCommands(c).bindAdmin(p);
             }},
        {.name = s("export"),
         .arguments = s("[FILE]"),
         .maxArguments = 1,
         .fileArguments = true,
         .summary = tr("Export the connectors and flows as JSON (to standard output without "
                       "FILE)."),
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return ExchangeCommands(c).exportTo(p);
             }},
        {.name = s("import"),
         .arguments = s("FILE"),
         .minArguments = 1,
         .maxArguments = 1,
         .fileArguments = true,
         .summary = tr("Import connectors and flows exported as JSON: all of them or, if any "
                       "is bad, none."),
         .options = {{.name = s("dry-run"),
                      .description = tr("Check the file without importing.")}},
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return ExchangeCommands(c).importFrom(p);
             }},
        {.name = s("flows list"),
         .summary = tr("List the flows, their HTTP Request activities and how many are "
                       "flagged."),
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return FlowCommands(c).list(p);
             }},
        {.name = s("flows show"),
         .arguments = s("FLOW"),
         .minArguments = 1,
         .maxArguments = 1,
         .summary = tr("Show a flow and each HTTP Request activity with its problems."),
         .options = {slotOption()},
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return FlowCommands(c).show(p);
             }},
        {.name = s("flows import"),
         .arguments = s("FILE..."),
         .minArguments = 1,
         .maxArguments = Unlimited,
         .fileArguments = true,
         .summary = tr("Import Flow Designer flows in either JSON shape: all of them or "
                       "none; a stored flow with the same flowId and version (Live or latest), "
                       "or without a flowId the same name, is replaced; activities that break a "
                       "rule are imported and flagged."),
         .options = {{.name = s("dry-run"),
                      .description = tr("Check the files and say what would be imported and "
                                        "replaced, without changing anything.")}},
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return FlowCommands(c).importFiles(p);
             }},
        {.name = s("flows export"),
         .arguments = s("FLOW [FILE]"),
         .minArguments = 1,
         .maxArguments = 2,
         .fileArguments = true,
         .summary = tr("Export a flow as Flow Designer JSON, with the properties the console does "
                       "not know kept (to standard output without FILE)."),
         .options = {slotOption()},
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return FlowCommands(c).exportFlow(p);
             }},
        {.name = s("where-used"),
         .arguments = s("ID"),
         .minArguments = 1,
         .maxArguments = 1,
         .idArgument = true,
         .summary = tr("List the flows and activities that use a connector."),
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return FlowCommands(c).whereUsed(p);
             }},
        {.name = s("demo"),
         .summary = tr("Add realistic sample data, audited: connectors, flows that use them and "
                       "administrator accounts of the roles you may grant."),
         .options = {{.name = s("connectors"),
                      .placeholder = s("N"),
                      .description = tr("How many connectors to add (default 40)."),
                      .value = Value::Number,
                      .maximum = 10'000'000},
                     {.name = s("flows"),
                      .placeholder = s("M"),
                      .description = tr("How many flows using the connectors to add (default: "
                                        "one for every ten connectors)."),
                      .value = Value::Number,
                      .maximum = 10'000'000}},
         .run =
             [](CtlContext &c, const QCommandLineParser &p) {
                 return AdminCommands(c).demo(p);
             }},
        {.name = s("jsonpath"),
         .arguments = s("EXPR [FILE]"),
         .minArguments = 1,
         .maxArguments = 2,
         .fileArguments = true,
         .summary = tr("Evaluate a JSON Path (Flow Designer's Jayway dialect) on FILE or standard "
                       "input."),
         .runAlone =
             [](const QCommandLineParser &p) {
                 return JsonPathCommand::run(p);
             }},
    };
}

const CtlCommand *CtlRegistry::find(const QString &name) const
{
    for (const CtlCommand &command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QStringList CtlRegistry::topLevelWords() const
{
    QStringList words;
    for (const CtlCommand &command : m_commands) {
        if (!words.contains(command.group()))
            words.append(command.group());
    }
    return words;
}

QStringList CtlRegistry::subCommands(const QString &group) const
{
    QStringList words;
    for (const CtlCommand &command : m_commands) {
        if (command.group() == group && command.name != group)
            words.append(command.name.section(u' ', 1));
    }
    return words;
}

QList<CtlCommand> CtlRegistry::commandsOf(const QString &group) const
{
    QList<CtlCommand> list;
    for (const CtlCommand &command : m_commands) {
        if (command.group() == group)
            list.append(command);
    }
    return list;
}

const CtlOption *CtlRegistry::globalOption(const QString &argument) const
{
    if (!argument.startsWith(QLatin1String("--")))
        return nullptr;
    for (const CtlOption &option : m_globals) {
        if (argument.mid(2) == option.name)
            return &option;
    }
    return nullptr;
}

CtlRegistry::Resolution CtlRegistry::resolve(const QStringList &words) const
{
    Resolution resolution;
    const QString first = words.value(0);
    if (const CtlCommand *command = find(first)) {
        resolution.command = command;
        resolution.arguments = words.mid(1);
        return resolution;
    }
    const QStringList subs = subCommands(first);
    if (subs.isEmpty()) {
        QStringList suggestions = closest(first, topLevelWords());
        // A sub-command typed alone ("bind") is a slip for its group's command.
        for (const CtlCommand &command : m_commands) {
            if (command.name != command.group() && command.name.section(u' ', 1) == first)
                suggestions.append(command.name);
        }
        resolution.error = unknownCommand(first, suggestions);
        return resolution;
    }
    const QString second = words.value(1);
    if (second == QLatin1String("--help") || second == QLatin1String("-h")) {
        resolution.groupHelp = first;
        return resolution;
    }
    if (const CtlCommand *command = find(first + u' ' + second); command && !second.isEmpty()) {
        resolution.command = command;
        resolution.arguments = words.mid(2);
        return resolution;
    }
    const QString needs = tr("'%1' needs one of: %2.").arg(first, subs.join(s(", ")));
    if (words.size() < 2) {
        resolution.error = needs;
        return resolution;
    }
    QStringList suggestions;
    for (const QString &sub : closest(second, subs))
        suggestions.append(first + u' ' + sub);
    resolution.error = suggestions.isEmpty()
                           ? unknownCommand(first + u' ' + second, {}) + u' ' + needs
                           : unknownCommand(first + u' ' + second, suggestions);
    return resolution;
}

QString CtlRegistry::unknownCommand(const QString &typed, const QStringList &candidates) const
{
    const QString unknown = tr("Unknown command '%1'.").arg(typed);
    if (candidates.isEmpty())
        return unknown;
    return unknown + u' ' + tr("Did you mean %1?").arg(quoted(candidates).join(s(", ")));
}

QStringList CtlRegistry::closest(const QString &typed, const QStringList &known)
{
    if (typed.isEmpty())
        return {};
    const QString lower = typed.toLower();
    // "hist" for "history": the start of exactly one name says more than a near miss does.
    QStringList starting;
    for (const QString &name : known) {
        if (lower.size() >= 3 && name.startsWith(lower))
            starting.append(name);
    }
    if (starting.size() == 1)
        return starting;
    const int allowed = lower.size() <= 4 ? 1 : 2;
    int best = allowed + 1;
    QStringList nearest;
    for (const QString &name : known) {
        const int distance = editDistance(lower, name);
        if (distance < best) {
            best = distance;
            nearest = {name};
        } else if (distance == best) {
            nearest.append(name);
        }
    }
    return nearest;
}
