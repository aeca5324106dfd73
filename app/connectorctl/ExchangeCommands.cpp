#include "ExchangeCommands.h"

#include "CommandParsing.h"
#include "CtlContext.h"
#include "ExitCode.h"
#include "service/ConnectorExchange.h"
#include "support/ConnectorJson.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QTextStream>

ExchangeCommands::ExchangeCommands(CtlContext &context)
    : m_context(context)
{}

int ExchangeCommands::exportTo(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("export"), arguments, 0, 1, &error))
        return CtlContext::usage(error);
    auto document = ConnectorExchange(m_context.database()).exportAll(m_context.admin());
    if (!document)
        return m_context.fail(document.error());
    const QByteArray bytes = ConnectorExchange::toBytes(*document);
    if (parser.positionalArguments().size() < 2) {
        QTextStream(stdout) << QString::fromUtf8(bytes);
        return ExitSuccess;
    }
    // QSaveFile writes beside the target and renames, so a failed export never leaves half a file.
    const QString path = parser.positionalArguments().at(1);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QTextStream(stderr) << tr("connectorctl: cannot write %1: %2").arg(path, file.errorString())
                            << '\n';
        return ExitDatabase;
    }
    const int count = int(document->value(QStringLiteral("connectors")).toArray().size());
    QTextStream(stderr) << tr("Exported %n connector(s) to %1.", nullptr, count).arg(path) << '\n';
    return ExitSuccess;
}

int ExchangeCommands::importFrom(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dry-run"), tr("Check the file without importing.")});
    QString error;
    if (!CommandParsing::parse(parser, QStringLiteral("import"), arguments, 1, &error))
        return CtlContext::usage(error);
    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << tr("connectorctl: cannot read %1: %2").arg(path, file.errorString())
                            << '\n';
        return ExitUsage;
    }
    const QByteArray bytes = file.readAll();
    const ConnectorExchange exchange(m_context.database());
    ConnectorExchange::ImportReport report;
    if (parser.isSet(QStringLiteral("dry-run"))) {
        report = exchange.check(m_context.admin(), bytes);
    } else {
        auto applied = exchange.import(m_context.admin(), bytes);
        if (!applied)
            return m_context.fail(applied.error());
        report = *applied;
    }
    if (!report.problems.isEmpty()) {
        QTextStream err(stderr);
        err << tr("connectorctl: %1 was not imported; nothing was changed. Problems:").arg(path)
            << '\n';
        for (const auto &problem : std::as_const(report.problems)) {
            err << "  " << (problem.position.isEmpty() ? path : problem.position) << ": "
                << problem.message << '\n';
        }
        return ExitRefused;
    }
    if (m_context.json()) {
        QJsonArray array;
        for (const Connector &connector : std::as_const(report.imported))
            array.append(ConnectorJson::toJson(connector));
        m_context.printJson(array);
    } else {
        m_context.printText(
            parser.isSet(QStringLiteral("dry-run"))
                ? tr("%n connector(s) would be imported.", nullptr, int(report.imported.size()))
                : tr("Imported %n connector(s).", nullptr, int(report.imported.size())));
    }
    return ExitSuccess;
}
