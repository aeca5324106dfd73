#include "CtlContext.h"

#include "ExitCode.h"
#include "service/ConnectorService.h"
#include "service/FlowService.h"

#include <cstdio>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

CtlContext::CtlContext(Database &database, AdminAccount admin, bool json)
    : m_database(database)
    , m_admin(std::move(admin))
    , m_json(json)
    , m_service(std::make_unique<ConnectorService>(database, m_admin))
    , m_flows(std::make_unique<FlowService>(*m_service))
{}

CtlContext::~CtlContext() = default;

void CtlContext::printJson(const QJsonValue &value) const
{
    QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QTextStream(stdout) << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

void CtlContext::printText(const QString &text) const
{
    QTextStream out(stdout);
    out << text;
    if (!text.endsWith(u'\n'))
        out << '\n';
}

int CtlContext::fail(const CoreError &error) const
{
    QTextStream(stderr) << tr("connectorctl: %1 [%2]").arg(error.message(), error.ruleKey())
                        << '\n';
    return error.isRuleRefusal() ? ExitRefused : ExitDatabase;
}

int CtlContext::usage(const QString &message)
{
    QTextStream(stderr) << tr("connectorctl: %1").arg(message) << '\n'
                        << tr("Run 'connectorctl --help' for the commands and options.") << '\n';
    return ExitUsage;
}
