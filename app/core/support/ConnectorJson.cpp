#include "app/core/support/ConnectorJson.h"

#include "app/core/support/Timestamps.h"

#include <QJsonArray>

QJsonObject ConnectorJson::toJson(const Connector &connector)
{
    return {
        {QStringLiteral("id"), connector.idText()},
        {QStringLiteral("name"), connector.name},
        {QStringLiteral("access"),
         QJsonArray::fromStringList(ConnectorAccess::keys(connector.access))},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(connector.scopes())},
        {QStringLiteral("active"), connector.active},
        {QStringLiteral("authorizedBy"), connector.authorizedBy},
        {QStringLiteral("authorizedAt"), Timestamps::toStorage(connector.authorizedAt)},
        {QStringLiteral("createdBy"), connector.createdBy},
        {QStringLiteral("createdAt"), Timestamps::toStorage(connector.createdAt)},
        {QStringLiteral("updatedBy"), connector.updatedBy},
        {QStringLiteral("updatedAt"), Timestamps::toStorage(connector.updatedAt)},
        {QStringLiteral("revision"), connector.revision},
    };
}

QJsonObject ConnectorJson::auditSnapshot(const Connector &connector)
{
    return {
        {QStringLiteral("id"), connector.idText()},
        {QStringLiteral("name"), connector.name},
        {QStringLiteral("access"),
         QJsonArray::fromStringList(ConnectorAccess::keys(connector.access))},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(connector.scopes())},
        {QStringLiteral("active"), connector.active},
        {QStringLiteral("authorizedBy"), connector.authorizedBy},
        {QStringLiteral("authorizedAt"), Timestamps::toStorage(connector.authorizedAt)},
    };
}

QJsonObject ConnectorJson::toJson(const AdminAccount &admin)
{
    QJsonObject object{
        {QStringLiteral("email"), admin.email},
        {QStringLiteral("displayName"), admin.displayName},
        {QStringLiteral("role"), AdminRoles::key(admin.role)},
        {QStringLiteral("createdAt"), Timestamps::toStorage(admin.createdAt)},
    };
    if (!admin.login.isEmpty())
        object.insert(QStringLiteral("login"), admin.login);
    return object;
}

QJsonObject ConnectorJson::toJson(const AuditEntry &entry)
{
    QJsonObject object{
        {QStringLiteral("sequence"), entry.sequence},
        {QStringLiteral("at"), Timestamps::toStorage(entry.at)},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("action"), AuditActions::key(entry.action)},
        {QStringLiteral("subject"), entry.subject},
        {QStringLiteral("before"), entry.before},
        {QStringLiteral("after"), entry.after},
        {QStringLiteral("changed"), QJsonArray::fromStringList(entry.changedFields())},
    };
    // The full administrator who acted as `actor`, when someone did.
    if (!entry.realActor.isEmpty())
        object.insert(QStringLiteral("realActor"), entry.realActor);
    if (!entry.connectorId.isNull())
        object.insert(QStringLiteral("connectorId"),
                      entry.connectorId.toString(QUuid::WithoutBraces));
    return object;
}
