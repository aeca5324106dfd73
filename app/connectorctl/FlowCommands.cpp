#include "app/connectorctl/FlowCommands.h"

#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/CtlContext.h"
#include "app/connectorctl/CtlFormatter.h"
#include "app/connectorctl/CtlStream.h"
#include "app/connectorctl/ExitCode.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/SafeFile.h"
#include "app/core/support/PrintableText.h"

#include <limits>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

FlowCommands::FlowCommands(CtlContext &context)
    : m_context(context)
{}

int FlowCommands::flows(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return list(arguments.mid(1));
    if (sub == QLatin1String("show"))
        return show(arguments.mid(1));
    if (sub == QLatin1String("import"))
        return importFiles(arguments.mid(1));
    if (sub == QLatin1String("export"))
        return exportFlow(arguments.mid(1));
    return CtlContext::usage(tr("'flows' needs 'list', 'show', 'import' or 'export'."));
}

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

int FlowCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("flows list"), arguments, 0, &error))
        return CtlContext::usage(error);
    auto flows = m_context.flows().list();
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

int FlowCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("flows show"), arguments, 1, &error))
        return CtlContext::usage(error);
    auto flow = CommandParsing::flow(parser.positionalArguments().at(1), m_context.flows(), &error);
    if (!flow)
        return CtlContext::usage(error);
    if (!*flow)
        return m_context.fail(flow->error());
    auto problems = m_context.flows().problems(flow->value());
    if (!problems)
        return m_context.fail(problems.error());
    auto names = connectorNames(flow->value());
    if (!names)
        return m_context.fail(names.error());
    if (m_context.json())
        m_context.printJson(CtlFormatter::flowDetailsJson(flow->value(), *problems, *names));
    else
        m_context.printText(CtlFormatter::flowDetails(flow->value(), *problems, *names));
    return ExitSuccess;
}

int FlowCommands::importFiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("flows import"), arguments, 0,
                               std::numeric_limits<int>::max(), &error))
        return CtlContext::usage(error);
    const QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty())
        return CtlContext::usage(tr("'flows import' needs at least one FILE."));
    auto outcomes = m_context.flows().importFiles(paths);
    if (!outcomes)
        return m_context.fail(outcomes.error());
    QList<Flow> flows;
    for (const FlowImportOutcome &outcome : *outcomes)
        flows.append(outcome.flow);
    auto problems = m_context.flows().problemsOfEach(flows);
    if (!problems)
        return m_context.fail(problems.error());

    if (m_context.json()) {
        QJsonArray array;
        for (qsizetype i = 0; i < flows.size(); ++i) {
            auto names = connectorNames(flows.at(i));
            if (!names)
                return m_context.fail(names.error());
            QJsonObject json = CtlFormatter::flowDetailsJson(flows.at(i), problems->at(i), *names);
            json.insert(QStringLiteral("outcome"), outcomes->at(i).replaced
                                                       ? QStringLiteral("replaced")
                                                       : QStringLiteral("imported"));
            array.append(json);
        }
        m_context.printJson(array);
        return ExitSuccess;
    }
    // A flagged activity is imported all the same, as Flow Designer would hold it; the admin
    // fixes it later in the console.
    QString text;
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const Flow &flow = flows.at(i);
        text +=
            (outcomes->at(i).replaced ? tr("replaced \"%1\" (ID %2), %n HTTP Request activity(ies)",
                                           nullptr, int(flow.activities.size()))
                                      : tr("imported \"%1\" (ID %2), %n HTTP Request activity(ies)",
                                           nullptr, int(flow.activities.size())))
                .arg(PrintableText::escaped(flow.name), flow.idText()) +
            u'\n' + CtlFormatter::flaggedActivities(flow, problems->at(i));
    }
    m_context.printText(text);
    return ExitSuccess;
}

int FlowCommands::exportFlow(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("flows export"), arguments, 1, 2, &error))
        return CtlContext::usage(error);
    auto flow = CommandParsing::flow(parser.positionalArguments().at(1), m_context.flows(), &error);
    if (!flow)
        return CtlContext::usage(error);
    if (!*flow)
        return m_context.fail(flow->error());
    const QString target = parser.positionalArguments().value(2, SafeFile::standardInputName());
    if (target.trimmed().isEmpty())
        return CtlContext::usage(tr("'%1' needs a file name, or '-' for standard output.")
                                     .arg(QStringLiteral("flows export")));
    const QByteArray bytes = FlowService::exportDocument(flow->value());
    if (target == SafeFile::standardInputName()) {
        CtlStream::outBytes(bytes); // the stored document as it is; a failed write is checked
        return ExitSuccess;
    }
    const QString &path = target;
    if (auto written = SafeFile::write(path, bytes, &m_context.database()); !written)
        return m_context.fail(written.error());
    CtlStream::err(tr("Exported the flow \"%1\" to %2.")
                       .arg(PrintableText::escaped(flow->value().name), path) +
                   u'\n');
    return ExitSuccess;
}

int FlowCommands::whereUsed(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("where-used"), arguments, 1, &error))
        return CtlContext::usage(error);
    auto id = CommandParsing::connectorId(parser.positionalArguments().at(1), m_context.service(),
                                          &error);
    if (!id)
        return CtlContext::usage(error);
    if (!*id)
        return m_context.fail(id->error());
    auto usages = m_context.flows().whereUsed(id->value());
    if (!usages)
        return m_context.fail(usages.error());
    // A deleted connector's activities stay in their flows; name the connector when it exists.
    auto connector = m_context.service().find(id->value());
    if (!connector && connector.error().code() != ErrorCode::ConnectorNotFound)
        return m_context.fail(connector.error());
    QSet<QUuid> flowIds;
    for (const FlowUsage &usage : *usages)
        flowIds.insert(usage.flowId);
    const int flowCount = int(flowIds.size());
    const int activityCount = int(usages->size());
    const QString idText = id->value().toString(QUuid::WithoutBraces);

    if (m_context.json()) {
        QJsonArray array;
        for (const FlowUsage &usage : *usages)
            array.append(CtlFormatter::usageJson(usage));
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
                        u'\n' + CtlFormatter::usageTable(*usages));
    return ExitSuccess;
}
