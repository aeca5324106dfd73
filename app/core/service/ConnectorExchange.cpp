#include "app/core/service/ConnectorExchange.h"

#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/flows/FlowDocument.h"
#include "app/core/policy/RolePolicy.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/store/AdminRepository.h"
#include "app/core/store/AuditRepository.h"
#include "app/core/store/ConnectorRepository.h"
#include "app/core/store/Database.h"
#include "app/core/store/FlowRepository.h"
#include "app/core/store/SafeFile.h"
#include "app/core/store/SqlTransaction.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/JsonDuplicateKeys.h"
#include "app/core/support/StrictUtf8.h"
#include "app/core/support/Timestamps.h"
#include "app/core/validation/AdminValidator.h"
#include "app/core/validation/ConnectorValidator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace {

// A record's text field, or an error naming the field when it is missing or not text.
std::optional<QString> textField(const QJsonObject &record, const QString &key)
{
    const QJsonValue value = record.value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

// A JSON value as the file spells it, for messages.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

constexpr int kClockSkewSeconds = 5 * 60;

} // namespace

ConnectorExchange::ConnectorExchange(const Database &database)
    : m_database(database)
{}

QString ConnectorExchange::formatName()
{
    return QStringLiteral("webex-cc-connectors");
}

std::optional<Connector> ConnectorExchange::readRecord(const QJsonValue &value,
                                                       const QString &position,
                                                       const QHash<QString, AdminRole> &accounts,
                                                       QList<Problem> &problems) const
{
    if (!value.isObject()) {
        problems.append({position, tr("a connector must be a JSON object.")});
        return std::nullopt;
    }
    const QJsonObject record = value.toObject();
    const qsizetype before = problems.size();
    auto require = [&](const QString &key) {
        auto text = textField(record, key);
        if (!text)
            problems.append({position, tr("the field \"%1\" is missing or is not text.").arg(key)});
        return text.value_or(QString());
    };

    Connector connector;
    connector.id = QUuid::fromString(require(QStringLiteral("id")));
    if (connector.id.isNull() && problems.size() == before)
        problems.append({position, tr("the field \"id\" is not a connector ID (a UUID).")});
    connector.name = require(QStringLiteral("name"));
    if (auto invalid = ConnectorValidator::checkName(connector.name))
        problems.append({position, invalid->message()});
    connector.name = ConnectorValidator::normalizedName(connector.name);

    const QJsonValue access = record.value(QStringLiteral("access"));
    for (const QJsonValue &level : access.toArray()) {
        const auto parsed = ConnectorAccess::fromKey(level.toString());
        if (!parsed)
            problems.append({position, tr("unknown access level \"%1\": use read-only or "
                                          "read-write.")
                                           .arg(level.toVariant().toString())});
        else
            connector.access |= *parsed;
    }
    if (!access.isArray() || ConnectorValidator::checkAccess(connector.access))
        problems.append({position, ConnectorValidator::checkAccess({})->message()});

    const QJsonValue active = record.value(QStringLiteral("active"));
    if (!active.isBool())
        problems.append({position, tr("the field \"active\" must be true or false.")});
    connector.active = active.toBool();

    // The consent record travels with the connector: an import cannot invent an authorisation,
    // nor name someone the organisation does not know as the administrator who gave it.
    connector.authorizedBy = require(QStringLiteral("authorizedBy"));
    connector.authorizedAt = Timestamps::fromStorage(require(QStringLiteral("authorizedAt")));
    if (connector.authorizedBy.trimmed().isEmpty() || !connector.authorizedAt.isValid()) {
        problems.append({position, tr("the consent record (authorizedBy, authorizedAt) is "
                                      "missing or invalid; a connector cannot exist without it.")});
    } else if (!accounts.contains(AdminValidator::normalizedEmail(connector.authorizedBy))) {
        problems.append({position, tr("authorizedBy: \"%1\" is not an administrator of this "
                                      "organisation; add the account first, then import.")
                                       .arg(connector.authorizedBy)});
    } else if (const AdminRole role =
                   accounts.value(AdminValidator::normalizedEmail(connector.authorizedBy));
               !RolePolicy::canSetUp(role)) {
        // Only a role that may set up connectors can have given the consent.
        problems.append(
            {position, tr("authorizedBy: \"%1\" has the role \"%2\", which may not set "
                          "up connectors, so cannot have given this consent.")
                           .arg(connector.authorizedBy, AdminRoles::displayName(role))});
    }
    // Nothing can have happened after the file was written; a few minutes allow for clocks that
    // disagree between the exporting and the importing computer.
    const QDateTime latest = Timestamps::now().addSecs(kClockSkewSeconds);
    const auto refuseFuture = [&](const QString &key, const QDateTime &at) {
        if (at.isValid() && at > latest)
            problems.append(
                {position, tr("%1: %2 is in the future.").arg(key, Timestamps::toStorage(at))});
    };
    refuseFuture(QStringLiteral("authorizedAt"), connector.authorizedAt);
    // The history fields may be missing (older files) and then follow the consent record; when
    // present they must be what they claim, not silently replaced.
    const auto optionalTime = [&](const QString &key, const QDateTime &fallback) {
        const QJsonValue field = record.value(key);
        if (field.isUndefined())
            return fallback;
        const QDateTime at = Timestamps::fromStorage(field.toString());
        if (!field.isString() || !at.isValid()) {
            problems.append({position, tr("%1: %2 is not a timestamp such as "
                                          "2026-01-02T03:04:05.000Z.")
                                           .arg(key, jsonText(field))});
            return fallback;
        }
        refuseFuture(key, at);
        return at;
    };
    const auto optionalAccount = [&](const QString &key, const QString &fallback) {
        const QJsonValue field = record.value(key);
        if (field.isUndefined())
            return fallback;
        if (!field.isString() || AdminValidator::checkEmail(field.toString())) {
            problems.append(
                {position,
                 tr("%1: %2 is not an administrator's e-mail address.").arg(key, jsonText(field))});
            return fallback;
        }
        return field.toString();
    };
    connector.createdAt = optionalTime(QStringLiteral("createdAt"), connector.authorizedAt);
    connector.createdBy = optionalAccount(QStringLiteral("createdBy"), connector.authorizedBy);
    connector.updatedAt = optionalTime(QStringLiteral("updatedAt"), connector.createdAt);
    connector.updatedBy = optionalAccount(QStringLiteral("updatedBy"), connector.createdBy);
    // Consent and edits come after the record exists; earlier times are made up.
    const auto refuseBeforeCreation = [&](const QString &key, const QDateTime &at) {
        // A createdAt in the future is already reported; one problem per made-up time.
        if (at.isValid() && connector.createdAt.isValid() && connector.createdAt <= latest &&
            at < connector.createdAt)
            problems.append({position, tr("%1: %2 is before createdAt (%3).")
                                           .arg(key, Timestamps::toStorage(at),
                                                Timestamps::toStorage(connector.createdAt))});
    };
    refuseBeforeCreation(QStringLiteral("authorizedAt"), connector.authorizedAt);
    refuseBeforeCreation(QStringLiteral("updatedAt"), connector.updatedAt);
    connector.revision = 1;
    if (problems.size() != before)
        return std::nullopt;
    return connector;
}

std::optional<Flow> ConnectorExchange::readFlow(const QJsonObject &entry, const QString &position,
                                                QList<Problem> &problems) const
{
    // Version 2 writes {"id": ..., "flow": {document}}; a bare Flow Designer document is read
    // too (pasted in by hand), and then the flow gets a new ID or replaces the one of its name.
    const bool wrapped =
        entry.value(QStringLiteral("flow")).isObject() && !FlowDocument::shapeOf(entry);
    QUuid id;
    if (wrapped && entry.contains(QStringLiteral("id"))) {
        id = QUuid::fromString(entry.value(QStringLiteral("id")).toString());
        if (id.isNull()) {
            problems.append({position, tr("the field \"id\" is not a flow ID (a UUID).")});
            return std::nullopt;
        }
    }
    const QJsonObject document = wrapped ? entry.value(QStringLiteral("flow")).toObject() : entry;
    // `flows import` reads at most a flow file's limit; a flow inside an export may not be
    // larger, or the export would be the way around the cap.
    if (const qint64 size = QJsonDocument(document).toJson(QJsonDocument::Compact).size();
        size > SafeFile::FlowFileLimit) {
        problems.append({position, tr("the flow is larger than %1 MiB, the limit for a flow file; "
                                      "shorten it or leave it out.")
                                       .arg(SafeFile::FlowFileLimit / SafeFile::MiB)});
        return std::nullopt;
    }
    auto flow = FlowDesignerFormat::fromDocument(document, position);
    if (!flow) {
        // The error names its source; the position already does, so keep only the reason.
        problems.append(
            {position,
             tr("not a Flow Designer flow export: %1").arg(flow.error().arguments().value(1))});
        return std::nullopt;
    }
    Flow read = *flow;
    read.id = id;
    return read;
}

std::optional<QString> ConnectorExchange::renameClash(const Flow &flow,
                                                      const QString &nameKey) const
{
    if (flow.id.isNull())
        return std::nullopt;
    const FlowRepository repository(m_database);
    auto byId = repository.find(flow.id);
    if (!byId)
        return byId.error().message();
    if (!byId->has_value())
        return std::nullopt;
    auto byName = repository.findByNameKey(nameKey);
    if (!byName)
        return byName.error().message();
    if (!byName->has_value() || (*byName)->id == flow.id)
        return std::nullopt;
    return tr("the flow \"%1\" (ID %2) is renamed to \"%3\" here, but the stored flow \"%4\" "
              "(ID %5) already has that name; flow names must be unique, ignoring case.")
        .arg((*byId)->name, flow.id.toString(QUuid::WithoutBraces), flow.name, (*byName)->name,
             (*byName)->id.toString(QUuid::WithoutBraces));
}
