#include "app/connectorctl/CommandParsing.h"

#include "app/connectorctl/CtlRegistry.h"
#include "app/core/domain/AdminRole.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"

#include <limits>
#include <QRegularExpression>

void CommandParsing::addGlobalOptions(QCommandLineParser &parser, const CtlRegistry &registry)
{
    for (const CtlOption &option : registry.globalOptions() + registry.programOptions())
        parser.addOption(option.parserOption());
}

CommandParsing::Parsed CommandParsing::parse(QCommandLineParser &parser,
                                             const CtlRegistry &registry, const CtlCommand &command,
                                             const QStringList &arguments, QString *error)
{
    QStringList repeatable;
    for (const CtlOption &option : command.options) {
        parser.addOption(option.parserOption());
        if (option.repeatable)
            repeatable.append(option.name);
    }
    const CtlOption help = registry.programOptions().constFirst();
    parser.addOption(help.parserOption());
    // The global options are known here only to be refused with a helpful message; each one
    // that takes a value still consumes it, so nothing after it is misread.
    QList<QCommandLineOption> globals;
    for (CtlOption option : registry.globalOptions()) {
        option.hidden = true;
        globals.append(option.parserOption());
    }
    parser.addOptions(globals);
    if (!parser.parse(QStringList{QStringLiteral("connectorctl")} + arguments)) {
        *error = parser.errorText();
        return Parsed::Failed;
    }
    if (parser.isSet(help.name))
        return Parsed::Help;
    for (const QCommandLineOption &option : std::as_const(globals)) {
        const QString name = option.names().constFirst();
        if (parser.isSet(name)) {
            *error = tr("--%1 is a global option: give it before the command, as in "
                        "'connectorctl --%1 ... %2 ...'.")
                         .arg(name, command.name);
            return Parsed::Failed;
        }
    }
    if (const QString twice = repeatedOption(parser, repeatable); !twice.isEmpty()) {
        *error = repeatedMessage(twice);
        return Parsed::Failed;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < command.minArguments || given > command.maxArguments) {
        if (command.maxArguments == 0)
            *error = tr("'%1' takes no arguments.").arg(command.name);
        else if (command.minArguments == command.maxArguments)
            *error =
                tr("'%1' takes %n argument(s).", nullptr, command.maxArguments).arg(command.name);
        else if (given < command.minArguments)
            *error = tr("'%1' needs at least %n argument(s).", nullptr, command.minArguments)
                         .arg(command.name);
        else
            *error = tr("'%1' takes at most %n argument(s).", nullptr, command.maxArguments)
                         .arg(command.name);
        return Parsed::Failed;
    }
    // Values are checked here too, before a database is opened: a mistyped number or ID must
    // not create or migrate one.
    if (const QString wrong = valueError(parser, command); !wrong.isEmpty()) {
        *error = wrong;
        return Parsed::Failed;
    }
    return Parsed::Run;
}

QString CommandParsing::valueError(const QCommandLineParser &parser, const CtlCommand &command)
{
    for (const CtlOption &option : command.options) {
        if (!parser.isSet(option.name))
            continue;
        QString error;
        switch (option.value) {
        case CtlOption::Value::Number: {
            bool ok = false;
            const int value = parser.value(option.name).toInt(&ok);
            if (ok && value >= option.minimum && value <= option.maximum)
                break;
            if (option.maximum == std::numeric_limits<int>::max())
                return tr("--%1 needs a whole number of at least %2.")
                    .arg(option.name)
                    .arg(option.minimum);
            return tr("--%1 needs a whole number from %2 to %3.")
                .arg(option.name)
                .arg(option.minimum)
                .arg(option.maximum);
        }
        case CtlOption::Value::AccessLevel:
            if (!accessLevels(parser.values(option.name), &error))
                return error;
            break;
        case CtlOption::Value::Role:
            if (!AdminRoles::fromKey(parser.value(option.name)))
                return tr("Unknown role '%1'. Roles: %2.")
                    .arg(parser.value(option.name), AdminRoles::keys().join(QStringLiteral(", ")));
            break;
        case CtlOption::Value::Slot:
            if (!FlowVersions::slotFromKey(parser.value(option.name)))
                return tr("--%1 needs \"%2\" (the Live version) or \"%3\" (the latest other "
                          "version).")
                    .arg(option.name, FlowVersions::slotKey(FlowVersionSlot::Live),
                         FlowVersions::slotKey(FlowVersionSlot::Latest));
            break;
        default:
            break;
        }
    }
    const QStringList arguments = parser.positionalArguments();
    if (command.idArgument && !arguments.isEmpty() && exactId(arguments.first()).isNull() &&
        idPrefix(arguments.first()).isEmpty())
        return notAnIdMessage(arguments.first());
    return {};
}

QString CommandParsing::notAnIdMessage(const QString &text)
{
    return tr("'%1' is not a connector ID (expected a UUID such as "
              "3f2504e0-4f89-41d3-9a0c-0305e82c3301, or at least its first 8 characters).")
        .arg(text);
}

QString CommandParsing::repeatedOption(const QCommandLineParser &parser,
                                       const QStringList &repeatable)
{
    QStringList seen;
    for (const QString &name : parser.optionNames()) {
        if (seen.contains(name) && !repeatable.contains(name))
            return name;
        seen.append(name);
    }
    return {};
}

QString CommandParsing::repeatedMessage(const QString &option)
{
    const QString dashes = option.size() == 1 ? QStringLiteral("-") : QStringLiteral("--");
    return tr("%1%2 is given more than once; give it once.").arg(dashes, option);
}

std::optional<AccessLevels> CommandParsing::accessLevels(const QStringList &values, QString *error)
{
    AccessLevels levels;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const auto level = ConnectorAccess::fromKey(part.trimmed());
            if (!level) {
                *error = tr("Unknown access level '%1': use read-only or read-write.").arg(part);
                return std::nullopt;
            }
            levels |= *level;
        }
    }
    return levels;
}

QUuid CommandParsing::exactId(const QString &text)
{
    // QUuid::fromString reads the first 36 (or 38) characters and ignores what follows, so
    // "<id>xyz" would name the connector <id>: the whole argument must be the UUID.
    // Nor do spaces or braces around it count: an ID is the whole argument, as printed.
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch() ? QUuid::fromString(text) : QUuid();
}

QString CommandParsing::idPrefix(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f-]{8,36}$"));
    const QString prefix = text.toLower();
    return hex.match(prefix).hasMatch() ? prefix : QString();
}

std::optional<Result<QUuid>> CommandParsing::connectorId(const QString &text,
                                                         ConnectorService &service, QString *error)
{
    const QUuid exact = exactId(text);
    if (!exact.isNull())
        return Result<QUuid>(exact);
    const QString prefix = idPrefix(text);
    if (prefix.isEmpty()) {
        *error = notAnIdMessage(text);
        return std::nullopt;
    }
    auto all = service.list();
    if (!all)
        return Result<QUuid>(all.error());
    std::optional<QUuid> match;
    for (const Connector &connector : *all) {
        if (!connector.idText().startsWith(prefix))
            continue;
        if (match) {
            *error = tr("The ID prefix '%1' matches more than one connector; give more of the ID.")
                         .arg(text);
            return std::nullopt;
        }
        match = connector.id;
    }
    if (!match)
        return Result<QUuid>(CoreError(ErrorCode::ConnectorNotFound, {text.trimmed()}));
    return Result<QUuid>(*match);
}

std::optional<Result<Flow>> CommandParsing::version(const QList<Flow> &versions, const QString &key,
                                                    std::optional<FlowVersionSlot> slot,
                                                    QString *error, QString *note)
{
    QStringList held;
    for (const Flow &candidate : versions)
        held.append(FlowVersions::label(candidate));
    if (slot) {
        for (const Flow &candidate : versions) {
            if (candidate.versionSlot() == *slot)
                return Result<Flow>(candidate);
        }
        *error = tr("The console holds no %1 version of the Flow Designer flow '%2'; it holds: "
                    "%3.")
                     .arg(FlowVersions::slotKey(*slot), key, held.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    // Live first (versionsOf's order): the version calls go through is what one usually means.
    const Flow &chosen = versions.constFirst();
    if (versions.size() > 1 && note) {
        const Flow &other = versions.at(1);
        *note = tr("The Flow Designer flowId '%1' names %n stored versions; this is %2. For "
                   "%3, add --slot %4.",
                   nullptr, int(versions.size()))
                    .arg(key, FlowVersions::label(chosen), FlowVersions::label(other),
                         FlowVersions::slotKey(other.versionSlot()));
    }
    return Result<Flow>(chosen);
}

std::optional<Result<Flow>> CommandParsing::flow(const QString &text, FlowService &service,
                                                 QString *error,
                                                 std::optional<FlowVersionSlot> slot, QString *note)
{
    // Flow Designer's flowId first: it is what an administrator copies out of Flow Designer.
    // A console ID equal to another flow's flowId cannot happen by chance; if it does, the
    // console ID wins below only when no stored flow has that flowId.
    auto versions = service.versionsOf(text);
    if (!versions)
        return Result<Flow>(versions.error());
    if (!versions->isEmpty())
        return version(*versions, text.trimmed(), slot, error, note);
    if (slot) {
        *error = tr("--slot applies to a Flow Designer flowId; the console holds no flow whose "
                    "flowId is '%1'.")
                     .arg(text);
        return std::nullopt;
    }
    const QUuid exact = exactId(text);
    if (!exact.isNull()) {
        // A flow may be named like another flow's ID (in any letter case): then neither wins.
        auto byId = service.find(exact);
        auto byName = service.findByName(text);
        if (byId && byName && byName->id != byId->id) {
            *error = tr("'%1' is the ID of one flow and the name of another; give the ID of the "
                        "one you mean, or rename the other.")
                         .arg(text);
            return std::nullopt;
        }
        if (!byId && byId.error().code() == ErrorCode::FlowNotFound && byName)
            return byName;
        return byId;
    }
    auto named = service.findByName(text);
    if (!named && named.error().code() != ErrorCode::FlowNotFound)
        return named;
    if (named) {
        auto sharing = service.countByName(text);
        if (!sharing)
            return Result<Flow>(sharing.error());
        if (*sharing > 1) {
            *error = tr("'%1' is the name of %n flows or versions; give the ID of the one you "
                        "mean ('connectorctl flows list' shows them).",
                        nullptr, *sharing)
                         .arg(text);
            return std::nullopt;
        }
    }
    const QString prefix = idPrefix(text);
    if (prefix.isEmpty())
        return named;
    auto all = service.list(FlowContent::Summary);
    if (!all)
        return Result<Flow>(all.error());
    QList<QUuid> matches;
    for (const Flow &candidate : *all) {
        if (candidate.idText().startsWith(prefix) && !(named && candidate.id == named->id))
            matches.append(candidate.id);
    }
    if (matches.isEmpty())
        return named;
    if (named) {
        *error = tr("'%1' is the name of one flow and the start of the ID of another; give the "
                    "full ID of the one you mean.")
                     .arg(text);
        return std::nullopt;
    }
    if (matches.size() > 1) {
        *error =
            tr("The ID prefix '%1' matches more than one flow; give more of the ID.").arg(text);
        return std::nullopt;
    }
    return service.find(matches.constFirst());
}
