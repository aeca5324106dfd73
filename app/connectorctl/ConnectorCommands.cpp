#include "app/connectorctl/ConnectorCommands.h"

#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/CtlContext.h"
#include "app/connectorctl/CtlFormatter.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/ExitCode.h"

#include <QJsonArray>

namespace {

QCommandLineOption nameOption()
{
    return {QStringLiteral("name"), ConnectorCommands::tr("The connector's name."),
            ConnectorCommands::tr("name")};
}

QCommandLineOption accessOption()
{
    return {QStringLiteral("access"),
            ConnectorCommands::tr("read-only or read-write; repeat it for both."),
            ConnectorCommands::tr("level")};
}

} // namespace

ConnectorCommands::ConnectorCommands(CtlContext &context)
    : m_context(context)
{}

QStringList ConnectorCommands::names()
{
    return {QStringLiteral("list"),   QStringLiteral("show"),       QStringLiteral("add"),
            QStringLiteral("edit"),   QStringLiteral("deactivate"), QStringLiteral("activate"),
            QStringLiteral("delete"), QStringLiteral("history")};
}

int ConnectorCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("list"))
        return list(arguments);
    if (command == QLatin1String("show"))
        return show(arguments);
    if (command == QLatin1String("add"))
        return add(arguments);
    if (command == QLatin1String("edit"))
        return edit(arguments);
    if (command == QLatin1String("deactivate"))
        return setActive(arguments, false);
    if (command == QLatin1String("activate"))
        return setActive(arguments, true);
    if (command == QLatin1String("delete"))
        return remove(arguments);
    return history(arguments);
}

namespace {

// Prints one connector the way the output mode asks, or the error.
int report(const CtlContext &context, const Result<Connector> &result, const QString &doneText)
{
    if (!result)
        return context.fail(result.error());
    if (context.json())
        context.printJson(ConnectorJson::toJson(*result));
    else
        context.printText(doneText.isEmpty() ? CtlFormatter::connectorDetails(*result) : doneText);
    return ExitSuccess;
}

} // namespace

int ConnectorCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("list"), arguments, 0, &error))
        return CtlContext::usage(error);
    auto connectors = m_context.service().list();
    if (!connectors)
        return m_context.fail(connectors.error());
    if (m_context.json()) {
        QJsonArray array;
        for (const Connector &connector : *connectors)
            array.append(ConnectorJson::toJson(connector));
        m_context.printJson(array);
    } else {
        m_context.printText(CtlFormatter::connectorTable(*connectors));
    }
    return ExitSuccess;
}

int ConnectorCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("show"), arguments, 1, &error))
        return CtlContext::usage(error);
    auto id = CommandParsing::connectorId(parser.positionalArguments().at(1), m_context.service(),
                                          &error);
    if (!id)
        return CtlContext::usage(error);
    if (!*id)
        return m_context.fail(id->error());
    return report(m_context, m_context.service().find(id->value()), {});
}

int ConnectorCommands::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(nameOption());
    parser.addOption(accessOption());
    parser.addOption({QStringLiteral("authorize"),
                      tr("I authorize this connector to read, write, modify and delete data in "
                         "the Contact Center solution.")});
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("add"), arguments, 0, &error))
        return CtlContext::usage(error);
    const auto access =
        CommandParsing::accessLevels(parser.values(QStringLiteral("access")), &error);
    if (!access)
        return CtlContext::usage(error);
    ConnectorDraft draft;
    draft.name = parser.value(QStringLiteral("name"));
    draft.access = *access;
    draft.consent = parser.isSet(QStringLiteral("authorize"));
    auto created = m_context.service().create(draft);
    return report(
        m_context, created,
        created ? tr("Added connector \"%1\" with ID %2.").arg(created->name, created->idText())
                : QString());
}

int ConnectorCommands::edit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(nameOption());
    parser.addOption(accessOption());
    // Accepted only so that an attempt to change the ID is refused by the core with its rule.
    parser.addOption(
        {QStringLiteral("id"), tr("Not allowed: a connector ID never changes."), tr("id")});
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("edit"), arguments, 1, &error))
        return CtlContext::usage(error);
    auto id = CommandParsing::connectorId(parser.positionalArguments().at(1), m_context.service(),
                                          &error);
    if (!id)
        return CtlContext::usage(error);
    if (!*id)
        return m_context.fail(id->error());
    if (!parser.isSet(QStringLiteral("name")) && !parser.isSet(QStringLiteral("access")) &&
        !parser.isSet(QStringLiteral("id")))
        return CtlContext::usage(tr("'edit' needs --name or --access (or both)."));

    auto current = m_context.service().find(id->value());
    if (!current)
        return m_context.fail(current.error());
    ConnectorDraft draft{current->id, current->name, current->access, false};
    if (parser.isSet(QStringLiteral("id"))) {
        // An unparsable value still names a different ID; keep it non-null so the rule fires.
        const QUuid requested = QUuid::fromString(parser.value(QStringLiteral("id")));
        draft.id = requested.isNull() ? QUuid::createUuid() : requested;
    }
    if (parser.isSet(QStringLiteral("name")))
        draft.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("access"))) {
        const auto access =
            CommandParsing::accessLevels(parser.values(QStringLiteral("access")), &error);
        if (!access)
            return CtlContext::usage(error);
        draft.access = *access;
    }
    auto updated = m_context.service().update(current->id, draft, current->revision);
    return report(m_context, updated,
                  updated ? tr("Updated connector \"%1\" (revision %2).")
                                .arg(updated->name)
                                .arg(updated->revision)
                          : QString());
}

int ConnectorCommands::setActive(const QStringList &arguments, bool active)
{
    const QString command = active ? QStringLiteral("activate") : QStringLiteral("deactivate");
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, command, arguments, 1, &error))
        return CtlContext::usage(error);
    auto id = CommandParsing::connectorId(parser.positionalArguments().at(1), m_context.service(),
                                          &error);
    if (!id)
        return CtlContext::usage(error);
    if (!*id)
        return m_context.fail(id->error());
    auto changed = active ? m_context.service().activate(id->value())
                          : m_context.service().deactivate(id->value());
    QString done;
    if (changed) {
        done = active ? tr("Activated connector \"%1\"; flows can use it again.").arg(changed->name)
                      : tr("Deactivated connector \"%1\". Flows that use it stop routing calls "
                           "through it until it is activated again.")
                            .arg(changed->name);
    }
    return report(m_context, changed, done);
}

int ConnectorCommands::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("delete"), arguments, 1, &error))
        return CtlContext::usage(error);
    auto id = CommandParsing::connectorId(parser.positionalArguments().at(1), m_context.service(),
                                          &error);
    if (!id)
        return CtlContext::usage(error);
    if (!*id)
        return m_context.fail(id->error());
    auto removed = m_context.service().remove(id->value());
    return report(
        m_context, removed,
        removed ? tr("Deleted connector \"%1\" (ID %2).").arg(removed->name, removed->idText())
                : QString());
}

int ConnectorCommands::history(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), tr("Show at most <n> entries."), tr("n")});
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("history"), arguments, 0, 1, &error))
        return CtlContext::usage(error);
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return CtlContext::usage(tr("--limit needs a whole number of at least 1."));
    }
    QUuid connectorId;
    if (parser.positionalArguments().size() == 2) {
        auto id = CommandParsing::connectorId(parser.positionalArguments().at(1),
                                              m_context.service(), &error);
        if (!id)
            return CtlContext::usage(error);
        // A deleted connector's history is still readable by its full ID.
        connectorId =
            *id ? id->value() : CommandParsing::exactId(parser.positionalArguments().at(1));
        if (connectorId.isNull())
            return m_context.fail(id->error());
    }
    auto entries = m_context.service().history(connectorId, limit);
    if (!entries)
        return m_context.fail(entries.error());
    if (m_context.json()) {
        QJsonArray array;
        for (const AuditEntry &entry : *entries)
            array.append(ConnectorJson::toJson(entry));
        m_context.printJson(array);
    } else {
        m_context.printText(CtlFormatter::history(*entries));
    }
    return ExitSuccess;
}
