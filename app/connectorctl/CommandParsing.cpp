#include "CommandParsing.h"

#include "service/ConnectorService.h"

#include <QRegularExpression>

void CommandParsing::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("database"), tr("Use the database at <path>."), tr("path")},
        {QStringLiteral("admin"), tr("Act as the administrator <email>."), tr("email")},
        {QStringLiteral("json"), tr("Print machine-readable JSON.")},
        {QStringLiteral("lang"), tr("Use the language <lang> (uk or en)."), tr("lang")},
    });
}

bool CommandParsing::parse(QCommandLineParser &parser, const QString &command,
                           const QStringList &arguments, int positionals, QString *error)
{
    return parse(parser, command, arguments, positionals, positionals, error);
}

bool CommandParsing::parse(QCommandLineParser &parser, const QString &command,
                           const QStringList &arguments, int minPositionals, int maxPositionals,
                           QString *error)
{
    addGlobalOptions(parser);
    QStringList argv{QStringLiteral("connectorctl"), command};
    argv += arguments;
    // The command name is the first positional argument; the rest follow it.
    if (!parser.parse(argv)) {
        *error = parser.errorText();
        return false;
    }
    const qsizetype given = parser.positionalArguments().size() - 1;
    if (given < minPositionals || given > maxPositionals) {
        if (maxPositionals == 0)
            *error = tr("'%1' takes no arguments.").arg(command);
        else if (minPositionals == maxPositionals)
            *error = tr("'%1' takes %n argument(s).", nullptr, maxPositionals).arg(command);
        else
            *error = tr("'%1' takes at most %n argument(s).", nullptr, maxPositionals).arg(command);
        return false;
    }
    return true;
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

std::optional<Result<QUuid>> CommandParsing::connectorId(const QString &text,
                                                         ConnectorService &service, QString *error)
{
    const QUuid exact = QUuid::fromString(text.trimmed());
    if (!exact.isNull())
        return Result<QUuid>(exact);
    const QString prefix = text.trimmed().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f-]{8,36}$"));
    if (!hex.match(prefix).hasMatch()) {
        *error = tr("'%1' is not a connector ID (expected a UUID such as "
                    "3f2504e0-4f89-41d3-9a0c-0305e82c3301, or at least its first 8 characters).")
                     .arg(text);
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
