#include "app/connectorctl/ConnectorCommands.h"

#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/CtlContext.h"
#include "app/connectorctl/CtlFormatter.h"
#include "app/connectorctl/Resolved.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/ExitCode.h"

#include <QCommandLineParser>
#include <QJsonArray>

ConnectorCommands::ConnectorCommands(CtlContext &context)
    : m_context(context)
{}

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

int ConnectorCommands::list(const QCommandLineParser &)
{
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

int ConnectorCommands::show(const QCommandLineParser &parser)
{
    const auto id = m_context.connector(parser.positionalArguments().at(0));
    if (!id)
        return id.exitCode();
    return report(m_context, m_context.service().find(*id), {});
}

int ConnectorCommands::add(const QCommandLineParser &parser)
{
    QString error;
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

int ConnectorCommands::edit(const QCommandLineParser &parser)
{
    QString error;
    const auto id = m_context.connector(parser.positionalArguments().at(0));
    if (!id)
        return id.exitCode();
    if (!parser.isSet(QStringLiteral("name")) && !parser.isSet(QStringLiteral("access")) &&
        !parser.isSet(QStringLiteral("id")))
        return CtlContext::usage(tr("'edit' needs --name or --access (or both)."));

    auto current = m_context.service().find(*id);
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

int ConnectorCommands::setActive(const QCommandLineParser &parser, bool active)
{
    const auto id = m_context.connector(parser.positionalArguments().at(0));
    if (!id)
        return id.exitCode();
    auto changed = active ? m_context.service().activate(*id) : m_context.service().deactivate(*id);
    QString done;
    if (changed) {
        done = active ? tr("Activated connector \"%1\"; flows can use it again.").arg(changed->name)
                      : tr("Deactivated connector \"%1\". Flows that use it stop routing calls "
                           "through it until it is activated again.")
                            .arg(changed->name);
    }
    return report(m_context, changed, done);
}

int ConnectorCommands::remove(const QCommandLineParser &parser)
{
    const auto id = m_context.connector(parser.positionalArguments().at(0));
    if (!id)
        return id.exitCode();
    auto removed = m_context.service().remove(*id);
    return report(
        m_context, removed,
        removed ? tr("Deleted connector \"%1\" (ID %2).").arg(removed->name, removed->idText())
                : QString());
}

int ConnectorCommands::history(const QCommandLineParser &parser)
{
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return CtlContext::usage(tr("--limit needs a whole number of at least 1."));
    }
    QUuid connectorId;
    if (!parser.positionalArguments().isEmpty()) {
        const auto id = m_context.connector(parser.positionalArguments().at(0));
        if (!id)
            return id.exitCode();
        // A full ID is taken as it is, so a deleted connector's history is still readable.
        connectorId = *id;
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
