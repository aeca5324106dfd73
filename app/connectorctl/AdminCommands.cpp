#include "app/connectorctl/AdminCommands.h"

#include "app/connectorctl/CommandParsing.h"
#include "app/connectorctl/CtlContext.h"
#include "app/connectorctl/CtlFormatter.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/DemoDataGenerator.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/ExitCode.h"

#include <optional>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

AdminCommands::AdminCommands(CtlContext &context)
    : m_context(context)
{}

int AdminCommands::listAdmins(const QCommandLineParser &)
{
    auto admins = AdminDirectory(m_context.database()).admins();
    if (!admins)
        return m_context.fail(admins.error());
    if (m_context.json()) {
        QJsonArray array;
        for (const AdminAccount &admin : *admins)
            array.append(ConnectorJson::toJson(admin));
        m_context.printJson(array);
    } else {
        m_context.printText(CtlFormatter::adminTable(*admins));
    }
    return ExitSuccess;
}

int AdminCommands::addAdmin(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("role")))
        return CtlContext::usage(tr("'admins add' needs --role."));
    const auto role = AdminRoles::fromKey(parser.value(QStringLiteral("role")));
    if (!role) {
        return CtlContext::usage(tr("Unknown role '%1'. Roles: %2.")
                                     .arg(parser.value(QStringLiteral("role")),
                                          AdminRoles::keys().join(QStringLiteral(", "))));
    }
    // Like 'admins bind': an empty --login is a mistake (an unset shell variable), not "none".
    if (parser.isSet(QStringLiteral("login")) &&
        parser.value(QStringLiteral("login")).trimmed().isEmpty())
        return CtlContext::usage(tr("--login needs a value; leave the option out to add an "
                                    "account bound to no login."));
    auto added = AdminDirectory(m_context.database())
                     .add(m_context.admin(), parser.positionalArguments().at(0),
                          parser.value(QStringLiteral("name")), *role,
                          parser.value(QStringLiteral("login")));
    if (!added)
        return m_context.fail(added.error());
    if (m_context.json())
        m_context.printJson(ConnectorJson::toJson(*added));
    else
        m_context.printText(
            tr("Added administrator %1 (%2) as %3.")
                .arg(added->email, added->displayName, AdminRoles::displayName(added->role)));
    return ExitSuccess;
}

int AdminCommands::bindAdmin(const QCommandLineParser &parser)
{
    if (parser.value(QStringLiteral("login")).trimmed().isEmpty())
        return CtlContext::usage(tr("'admins bind' needs --login."));
    auto bound = AdminDirectory(m_context.database())
                     .bindLogin(m_context.admin(), parser.positionalArguments().at(0),
                                parser.value(QStringLiteral("login")));
    if (!bound)
        return m_context.fail(bound.error());
    if (m_context.json())
        m_context.printJson(ConnectorJson::toJson(*bound));
    else
        m_context.printText(
            tr("Bound administrator %1 to the login %2.").arg(bound->email, bound->login));
    return ExitSuccess;
}

int AdminCommands::demo(const QCommandLineParser &parser)
{
    const auto count = [&parser](const QString &option, int fallback) -> std::optional<int> {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0 || value > 10'000'000)
            return std::nullopt;
        return value;
    };
    const auto connectors = count(QStringLiteral("connectors"), 40);
    if (!connectors)
        return CtlContext::usage(tr("--connectors needs a whole number from 0 to 10000000."));
    const auto flows = count(QStringLiteral("flows"), *connectors / 10);
    if (!flows)
        return CtlContext::usage(tr("--flows needs a whole number from 0 to 10000000."));
    auto summary =
        DemoDataGenerator(m_context.database()).generate(m_context.admin(), *connectors, *flows);
    if (!summary)
        return m_context.fail(summary.error());
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("adminsAdded"), summary->adminsAdded},
                        {QStringLiteral("connectorsAdded"), summary->connectorsAdded},
                        {QStringLiteral("inactive"), summary->inactive},
                        {QStringLiteral("flowsAdded"), summary->flowsAdded},
                        {QStringLiteral("activitiesAdded"), summary->activitiesAdded}});
    } else {
        m_context.printText(
            tr("Sample connectors added: %1 (%2 of them inactive). Sample flows added: %3, with "
               "%4 HTTP Request activities. Administrator accounts added: %5.")
                .arg(summary->connectorsAdded)
                .arg(summary->inactive)
                .arg(summary->flowsAdded)
                .arg(summary->activitiesAdded)
                .arg(summary->adminsAdded));
    }
    return ExitSuccess;
}
