#include "app/connectorctl/CtlContext.h"

#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/CtlStream.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/support/ExitCode.h"
#include "app/core/support/PrintableText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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
    // The JSON writer escapes control characters itself (\u001b): written as it is.
    CtlStream::outBytes(document.toJson(QJsonDocument::Indented));
}

void CtlContext::printText(const QString &text) const
{
    CtlStream::out(text.endsWith(u'\n') ? text : text + u'\n');
}

int CtlContext::fail(const CoreError &error) const
{
    CtlStream::err(tr("connectorctl: %1 [%2]").arg(error.message(), error.ruleKey()) + u'\n');
    switch (error.code()) {
    case ErrorCode::FileNotRegular:
    case ErrorCode::FileTooLarge:
    case ErrorCode::FileReadFailed:
        // The file named on the command line cannot be used: a usage error, with its hint.
        CtlStream::err(tr("Run 'connectorctl --help' for the commands and options.") + u'\n');
        return ExitUsage;
    default:
        return error.isRuleRefusal() ? ExitRefused : ExitDatabase;
    }
}

int CtlContext::usage(const QString &message)
{
    // A usage message is one line that often repeats what was typed: a line break in an argument
    // must not start a line of its own (that could pass for another message), and a huge
    // argument is shown by its ends only.
    static const QRegularExpression longWord(QStringLiteral("\\S{201,}"));
    QString line = PrintableText::escaped(message);
    for (auto match = longWord.match(line); match.hasMatch(); match = longWord.match(line)) {
        const QString word = match.captured();
        line.replace(match.capturedStart(), word.size(),
                     word.left(120) + QChar(0x2026) + word.right(40));
    }
    CtlStream::err(tr("connectorctl: %1").arg(line) + u'\n' +
                   tr("Run 'connectorctl --help' for the commands and options.") + u'\n');
    return ExitUsage;
}

Resolved<QUuid> CtlContext::connector(const QString &argument) const
{
    QString error;
    const auto id = CommandParsing::connectorId(argument, *m_service, &error);
    if (!id)
        return Resolved<QUuid>::failed(usage(error));
    if (!*id)
        return Resolved<QUuid>::failed(fail(id->error()));
    return id->value();
}

Resolved<Flow> CtlContext::flow(const QString &argument, std::optional<FlowVersionSlot> slot) const
{
    QString error;
    QString note;
    const auto flow = CommandParsing::flow(argument, *m_flows, &error, slot, &note);
    if (!flow)
        return Resolved<Flow>::failed(usage(error));
    if (!*flow)
        return Resolved<Flow>::failed(fail(flow->error()));
    if (!note.isEmpty())
        CtlStream::err(note + u'\n');
    return flow->value();
}
