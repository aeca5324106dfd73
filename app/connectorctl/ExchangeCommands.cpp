#include "app/connectorctl/ExchangeCommands.h"

#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/CtlContext.h"
#include "app/connectorctl/CtlFormatter.h"
#include "app/connectorctl/CtlStream.h"
#include "app/core/service/ConnectorExchange.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/SafeFile.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/ExitCode.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

ExchangeCommands::ExchangeCommands(CtlContext &context)
    : m_context(context)
{}

int ExchangeCommands::exportTo(const QCommandLineParser &parser)
{
    const ConnectorExchange exchange(m_context.database());
    // "-" is standard output, as it is standard input for import; "" is a mistake (an unset
    // shell variable), not a file name.
    const QString target = parser.positionalArguments().value(0, SafeFile::standardInputName());
    if (target.trimmed().isEmpty())
        return CtlContext::usage(tr("'%1' needs a file name, or '-' for standard output.")
                                     .arg(QStringLiteral("export")));
    if (target == SafeFile::standardInputName()) {
        // Record by record; a failed write is reported by CtlStream::finish.
        auto written = exchange.write(m_context.admin(), CtlStream::outDevice());
        if (!written)
            return m_context.fail(written.error());
        return ExitSuccess;
    }
    const QString &path = target;
    auto written = exchange.exportToFile(m_context.admin(), path);
    if (!written)
        return m_context.fail(written.error());
    if (written->writeError)
        return m_context.fail(*written->writeError);
    CtlStream::err(tr("Exported %1 and %2 to %3.")
                       .arg(tr("%n connector(s)", nullptr, written->connectors),
                            tr("%n flow(s)", nullptr, written->flows), path) +
                   u'\n');
    return ExitSuccess;
}

int ExchangeCommands::importFrom(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().at(0);
    // A regular file of bounded size, or standard input when FILE is '-', read record by record.
    const auto file = SafeFile::open(path, SafeFile::StreamedExchangeLimit, true);
    if (!file)
        return m_context.fail(file.error());
    const ConnectorExchange exchange(m_context.database());
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    // Only the JSON answer lists the connectors; the text one counts them.
    const bool keepImported = m_context.json();
    ConnectorExchange::ImportReport report;
    if (dryRun) {
        report = exchange.check(m_context.admin(), **file, keepImported);
    } else {
        auto applied = exchange.import(m_context.admin(), **file, &m_context.flows(), keepImported);
        if (!applied)
            return m_context.fail(applied.error());
        report = *std::move(applied);
    }
    if (!report.problems.isEmpty()) {
        QString text =
            tr("connectorctl: %1 was not imported; nothing was changed. Problems:").arg(path) +
            u'\n';
        for (const auto &problem : std::as_const(report.problems)) {
            text += QStringLiteral("  ") + (problem.position.isEmpty() ? path : problem.position) +
                    QStringLiteral(": ") + problem.message + u'\n';
        }
        CtlStream::err(text);
        return ExitRefused;
    }
    return printImported(report, dryRun);
}

int ExchangeCommands::printImported(const ConnectorExchange::ImportReport &report, bool dryRun)
{
    // Activities that break a rule are imported and flagged, as in `flows import`.
    auto problems = m_context.flows().problemsOfEach(report.flows);
    if (!problems)
        return m_context.fail(problems.error());
    if (m_context.json()) {
        QJsonArray connectors;
        for (const Connector &connector : report.imported)
            connectors.append(ConnectorJson::toJson(connector));
        QJsonArray flows;
        for (qsizetype i = 0; i < report.flows.size(); ++i) {
            QJsonObject flow = CtlFormatter::flowSummaryJson(report.flows.at(i), problems->at(i));
            if (i < report.flowsDone.size()) {
                flow.insert(QStringLiteral("id"), report.flowsDone.at(i).flow.idText());
                flow.insert(QStringLiteral("outcome"), report.flowsDone.at(i).replaced
                                                           ? QStringLiteral("replaced")
                                                           : QStringLiteral("imported"));
            }
            flows.append(flow);
        }
        m_context.printJson(QJsonObject{{QStringLiteral("connectors"), connectors},
                                        {QStringLiteral("flows"), flows}});
        return ExitSuccess;
    }
    const QString connectors = tr("%n connector(s)", nullptr, int(report.connectors));
    const QString flows = tr("%n flow(s)", nullptr, int(report.flows.size()));
    QString text = dryRun ? tr("%1 and %2 would be imported.").arg(connectors, flows)
                          : tr("Imported %1 and %2.").arg(connectors, flows);
    text += u'\n';
    for (qsizetype i = 0; i < report.flows.size(); ++i)
        text += CtlFormatter::flaggedActivities(report.flows.at(i), problems->at(i));
    m_context.printText(text);
    return ExitSuccess;
}
