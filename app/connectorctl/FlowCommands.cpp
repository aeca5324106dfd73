#include "app/connectorctl/FlowCommands.h"

#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/CtlContext.h"
#include "app/connectorctl/CtlFormatter.h"
#include "app/connectorctl/CtlStream.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/SafeFile.h"
#include "app/core/support/ExitCode.h"
#include "app/core/support/PrintableText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

FlowCommands::FlowCommands(CtlContext &context)
    : m_context(context)
{}

Result<QHash<QUuid, QString>> FlowCommands::connectorNames(const Flow &flow) const
{
    QHash<QUuid, QString> names;
    for (const HttpRequestActivity &activity : flow.activities) {
        if (activity.connectorId.isNull() || names.contains(activity.connectorId))
            continue;
        auto connector = m_context.service().find(activity.connectorId);
        if (connector)
            names.insert(connector->id, connector->name);
        else if (connector.error().code() != ErrorCode::ConnectorNotFound)
            return connector.error();
    }
    return names;
}

int FlowCommands::list(const QCommandLineParser &)
{
    auto flows = m_context.flows().list(FlowContent::Summary);
    if (!flows)
        return m_context.fail(flows.error());
    auto problems = m_context.flows().problemsOfEach(*flows);
    if (!problems)
        return m_context.fail(problems.error());
    if (m_context.json()) {
        QJsonArray array;
        for (qsizetype i = 0; i < flows->size(); ++i)
            array.append(CtlFormatter::flowSummaryJson(flows->at(i), problems->at(i)));
        m_context.printJson(array);
    } else {
        m_context.printText(CtlFormatter::flowTable(*flows, *problems));
    }
    return ExitSuccess;
}

int FlowCommands::show(const QCommandLineParser &parser)
{
    const auto flow =
        m_context.flow(parser.positionalArguments().at(0),
                       FlowVersions::slotFromKey(parser.value(QStringLiteral("slot"))));
    if (!flow)
        return flow.exitCode();
    auto problems = m_context.flows().problems(*flow);
    if (!problems)
        return m_context.fail(problems.error());
    auto names = connectorNames(*flow);
    if (!names)
        return m_context.fail(names.error());
    if (m_context.json())
        m_context.printJson(CtlFormatter::flowDetailsJson(*flow, *problems, *names));
    else
        m_context.printText(CtlFormatter::flowDetails(*flow, *problems, *names));
    return ExitSuccess;
}

QJsonObject FlowCommands::storedJson(const Flow &stored)
{
    return {{QStringLiteral("id"), stored.idText()},
            {QStringLiteral("name"), stored.name},
            {QStringLiteral("version"), stored.version},
            {QStringLiteral("slot"), FlowVersions::slotKey(stored.versionSlot())},
            {QStringLiteral("label"), FlowVersions::label(stored)}};
}

QString FlowCommands::outcomeText(const FlowImportOutcome &outcome, bool dryRun)
{
    const Flow &flow = outcome.flow;
    const int activities = int(flow.activities.size());
    const QString label = PrintableText::escaped(FlowVersions::label(flow));
    QString text;
    if (dryRun && outcome.before) {
        text = tr("would replace \"%1\" (ID %2) with \"%3\", %n HTTP Request activity(ies)",
                  nullptr, activities)
                   .arg(PrintableText::escaped(FlowVersions::label(*outcome.before)),
                        outcome.before->idText(), label);
    } else if (dryRun) {
        text = tr("would import \"%1\" as a new flow, %n HTTP Request activity(ies)", nullptr,
                  activities)
                   .arg(label);
    } else {
        text = (outcome.replaced ? tr("replaced \"%1\" (ID %2), %n HTTP Request activity(ies)",
                                      nullptr, activities)
                                 : tr("imported \"%1\" (ID %2), %n HTTP Request activity(ies)",
                                      nullptr, activities))
                   .arg(PrintableText::escaped(flow.name), flow.idText());
    }
    text += u'\n';
    for (const Flow &gone : outcome.superseded) {
        text += QStringLiteral("  ") +
                (dryRun ? tr("would fold in \"%1\" (ID %2): one row per version object, the "
                             "Live version and the latest")
                        : tr("folded in \"%1\" (ID %2): one row per version object, the Live "
                             "version and the latest"))
                    .arg(PrintableText::escaped(FlowVersions::label(gone)), gone.idText()) +
                u'\n';
    }
    return text;
}

int FlowCommands::importFiles(const QCommandLineParser &parser)
{
    const QStringList paths = parser.positionalArguments(); // at least one: the registry says so
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto outcomes = m_context.flows().importFiles(paths, dryRun ? FlowService::ImportMode::DryRun
                                                                : FlowService::ImportMode::Import);
    if (!outcomes)
        return m_context.fail(outcomes.error());
    QList<Flow> flows;
    int replacing = 0;
    for (const FlowImportOutcome &outcome : *outcomes) {
        flows.append(outcome.flow);
        replacing += outcome.replaced ? 1 : 0;
    }
    auto problems = m_context.flows().problemsOfEach(flows);
    if (!problems)
        return m_context.fail(problems.error());

    if (m_context.json()) {
        QJsonArray array;
        for (qsizetype i = 0; i < flows.size(); ++i) {
            const FlowImportOutcome &outcome = outcomes->at(i);
            auto names = connectorNames(flows.at(i));
            if (!names)
                return m_context.fail(names.error());
            QJsonObject json = CtlFormatter::flowDetailsJson(flows.at(i), problems->at(i), *names);
            json.insert(QStringLiteral("outcome"),
                        dryRun ? (outcome.replaced ? QStringLiteral("would-replace")
                                                   : QStringLiteral("would-import"))
                               : (outcome.replaced ? QStringLiteral("replaced")
                                                   : QStringLiteral("imported")));
            if (dryRun && !outcome.replaced)
                json.insert(QStringLiteral("id"), QJsonValue()); // assigned by the import
            json.insert(QStringLiteral("replaces"),
                        outcome.before ? QJsonValue(storedJson(*outcome.before)) : QJsonValue());
            QJsonArray superseded;
            for (const Flow &gone : outcome.superseded)
                superseded.append(storedJson(gone));
            json.insert(QStringLiteral("supersedes"), superseded);
            array.append(json);
        }
        m_context.printJson(array);
        return ExitSuccess;
    }
    // A flagged activity is imported all the same, as Flow Designer would hold it; the admin
    // fixes it later in the console.
    QString text;
    for (qsizetype i = 0; i < flows.size(); ++i)
        text += outcomeText(outcomes->at(i), dryRun) +
                CtlFormatter::flaggedActivities(flows.at(i), problems->at(i));
    if (dryRun) {
        text += tr("Dry run, nothing was changed: the import would add %1 and replace %2.")
                    .arg(tr("%n new flow(s)", nullptr, int(flows.size()) - replacing),
                         tr("%n stored flow(s)", nullptr, replacing)) +
                u'\n';
    }
    m_context.printText(text);
    return ExitSuccess;
}

int FlowCommands::exportFlow(const QCommandLineParser &parser)
{
    const auto flow =
        m_context.flow(parser.positionalArguments().at(0),
                       FlowVersions::slotFromKey(parser.value(QStringLiteral("slot"))));
    if (!flow)
        return flow.exitCode();
    const QString target = parser.positionalArguments().value(1, SafeFile::standardInputName());
    if (target.trimmed().isEmpty())
        return CtlContext::usage(tr("'%1' needs a file name, or '-' for standard output.")
                                     .arg(QStringLiteral("flows export")));
    const QByteArray bytes = FlowService::exportDocument(*flow);
    if (target == SafeFile::standardInputName()) {
        CtlStream::outBytes(bytes); // the stored document as it is; a failed write is checked
        return ExitSuccess;
    }
    const QString &path = target;
    if (auto written = SafeFile::write(path, bytes, &m_context.database()); !written)
        return m_context.fail(written.error());
    CtlStream::err(
        tr("Exported the flow \"%1\" to %2.").arg(PrintableText::escaped(flow->name), path) +
        u'\n');
    return ExitSuccess;
}

int FlowCommands::whereUsed(const QCommandLineParser &parser)
{
    const auto id = m_context.connector(parser.positionalArguments().at(0));
    if (!id)
        return id.exitCode();
    auto usages = m_context.flows().whereUsed(*id);
    if (!usages)
        return m_context.fail(usages.error());
    // A deleted connector's activities stay in their flows; name the connector when it exists.
    auto connector = m_context.service().find(*id);
    if (!connector && connector.error().code() != ErrorCode::ConnectorNotFound)
        return m_context.fail(connector.error());
    const FlowVersions::ConnectorState state = !connector ? FlowVersions::ConnectorState::Missing
                                               : connector->active
                                                   ? FlowVersions::ConnectorState::Active
                                                   : FlowVersions::ConnectorState::Inactive;
    QSet<QUuid> flowIds;
    for (const FlowUsage &usage : *usages)
        flowIds.insert(usage.flowId);
    const int flowCount = int(flowIds.size());
    const int activityCount = int(usages->size());
    const QString idText = id->toString(QUuid::WithoutBraces);

    if (m_context.json()) {
        QJsonArray array;
        for (const FlowUsage &usage : *usages)
            array.append(CtlFormatter::usageJson(usage, state));
        m_context.printJson(QJsonObject{{QStringLiteral("connectorId"), idText},
                                        {QStringLiteral("connectorName"),
                                         connector ? QJsonValue(connector->name) : QJsonValue()},
                                        {QStringLiteral("connectorMissing"), !connector},
                                        {QStringLiteral("flows"), flowCount},
                                        {QStringLiteral("activities"), activityCount},
                                        {QStringLiteral("usages"), array}});
        return ExitSuccess;
    }
    const QString subject = connector ? tr("The connector \"%1\" (%2)").arg(connector->name, idText)
                                      : tr("The connector %1 (not in this database)").arg(idText);
    if (usages->isEmpty()) {
        m_context.printText(tr("%1 is used by no flow.").arg(subject));
        return ExitSuccess;
    }
    m_context.printText(tr("%1 is used by %2 in %3:")
                            .arg(subject,
                                 tr("%n HTTP Request activity(ies)", nullptr, activityCount),
                                 tr("%n flow(s)", nullptr, flowCount)) +
                        u'\n' + CtlFormatter::usageTable(*usages) + u'\n' +
                        CtlFormatter::usageByVersion(*usages, state));
    return ExitSuccess;
}
