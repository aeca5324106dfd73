#include "app/connectorctl/ConnectorCommands.h"

#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/CtlContext.h"
#include "app/connectorctl/CtlFormatter.h"
#include "app/connectorctl/CtlStream.h"
#include "app/connectorctl/CtlTable.h"
#include "app/connectorctl/Resolved.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/store/SqlTransaction.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/ExitCode.h"
#include "app/core/support/JsonStreamWriter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <utility>

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
    // Row by row: the list is never in memory whole, however many connectors there are.
    const ConnectorService &service = m_context.service();
    if (m_context.json()) {
        return printJsonArray([&](const std::function<void(const QJsonObject &)> &object) {
            return service.eachConnector([&](const Connector &connector) {
                object(ConnectorJson::toJson(connector));
                return true;
            });
        });
    }
    return printTable(
        CtlFormatter::connectorHeaders(),
        [&](const std::function<void(const QStringList &)> &row) {
            return service.eachConnector([&](const Connector &connector) {
                row(CtlFormatter::connectorRow(connector));
                return true;
            });
        },
        CtlFormatter::noConnectors(), true);
}

int ConnectorCommands::printJsonArray(const ObjectSource &objects)
{
    JsonStreamWriter writer(CtlStream::outDevice()); // failures surface in CtlStream::finish
    // Opened with the first row, so a refusal prints nothing on standard output.
    bool opened = false;
    auto listed = objects([&](const QJsonObject &object) {
        if (!std::exchange(opened, true))
            writer.beginArray();
        writer.value(object);
    });
    if (!listed)
        return m_context.fail(listed.error());
    if (!opened)
        writer.beginArray();
    writer.end();
    return ExitSuccess;
}

int ConnectorCommands::printTable(const QStringList &headers, const RowSource &rows,
                                  const QString &empty, bool countConnectors)
{
    // Two reads of one snapshot: the first measures the columns, the second prints.
    SqlTransaction snapshot(m_context.database(), SqlTransaction::Mode::Read);
    if (auto begun = snapshot.begin(); !begun)
        return m_context.fail(begun.error());
    CtlTable table(headers);
    qsizetype count = 0;
    if (auto measured = rows([&](const QStringList &row) {
            table.measure(row);
            ++count;
        });
        !measured)
        return m_context.fail(measured.error());
    if (count == 0) {
        m_context.printText(empty);
        return ExitSuccess;
    }
    CtlStream::out(table.headerLine());
    if (auto printed = rows([&](const QStringList &row) { CtlStream::out(table.line(row)); });
        !printed)
        return m_context.fail(printed.error());
    if (countConnectors)
        CtlStream::out(CtlFormatter::connectorCount(count));
    if (auto ended = snapshot.commit(); !ended)
        return m_context.fail(ended.error());
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
    const ConnectorService &service = m_context.service();
    if (m_context.json()) {
        return printJsonArray([&](const std::function<void(const QJsonObject &)> &object) {
            return service.eachHistoryEntry(connectorId, limit, [&](const AuditEntry &entry) {
                object(ConnectorJson::toJson(entry));
                return true;
            });
        });
    }
    return printTable(
        CtlFormatter::historyHeaders(),
        [&](const std::function<void(const QStringList &)> &row) {
            return service.eachHistoryEntry(connectorId, limit, [&](const AuditEntry &entry) {
                row(CtlFormatter::historyRow(entry));
                return true;
            });
        },
        CtlFormatter::noHistory(), false);
}
