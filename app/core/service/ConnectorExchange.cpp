#include "service/ConnectorExchange.h"

#include "policy/RolePolicy.h"
#include "store/AdminRepository.h"
#include "store/AuditRepository.h"
#include "store/ConnectorRepository.h"
#include "store/Database.h"
#include "store/SqlTransaction.h"
#include "support/ConnectorJson.h"
#include "support/Timestamps.h"
#include "validation/ConnectorValidator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// A record's text field, or an error naming the field when it is missing or not text.
std::optional<QString> textField(const QJsonObject &record, const QString &key)
{
    const QJsonValue value = record.value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

} // namespace

ConnectorExchange::ConnectorExchange(const Database &database)
    : m_database(database)
{}

QString ConnectorExchange::formatName()
{
    return QStringLiteral("webex-cc-connectors");
}

Result<QJsonObject> ConnectorExchange::exportAll(const AdminAccount &actor) const
{
    auto organisation = AdminRepository(m_database).organisation();
    if (!organisation)
        return organisation.error();
    if (organisation->has_value()) {
        if (auto refusal = RolePolicy::check(actor, **organisation, ConnectorAction::View))
            return *refusal;
    }
    auto connectors = ConnectorRepository(m_database).all();
    if (!connectors)
        return connectors.error();
    QJsonArray records;
    for (const Connector &connector : *connectors) {
        QJsonObject record = ConnectorJson::toJson(connector);
        record.remove(QStringLiteral("scopes")); // derived from access; not imported
        record.remove(QStringLiteral("revision"));
        records.append(record);
    }
    return QJsonObject{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("exportedAt"), Timestamps::toStorage(Timestamps::now())},
        {QStringLiteral("exportedBy"), actor.email},
        {QStringLiteral("connectors"), records},
    };
}

QByteArray ConnectorExchange::toBytes(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

std::optional<Connector> ConnectorExchange::readRecord(const QJsonValue &value,
                                                       const QString &position,
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

    // The consent record travels with the connector: an import cannot invent an authorisation.
    connector.authorizedBy = require(QStringLiteral("authorizedBy"));
    connector.authorizedAt = Timestamps::fromStorage(require(QStringLiteral("authorizedAt")));
    if (connector.authorizedBy.trimmed().isEmpty() || !connector.authorizedAt.isValid())
        problems.append({position, tr("the consent record (authorizedBy, authorizedAt) is "
                                      "missing or invalid; a connector cannot exist without it.")});
    const auto optionalTime = [&](const QString &key, const QDateTime &fallback) {
        const QDateTime at = Timestamps::fromStorage(record.value(key).toString());
        return at.isValid() ? at : fallback;
    };
    connector.createdAt = optionalTime(QStringLiteral("createdAt"), connector.authorizedAt);
    connector.createdBy =
        textField(record, QStringLiteral("createdBy")).value_or(connector.authorizedBy);
    connector.updatedAt = optionalTime(QStringLiteral("updatedAt"), connector.createdAt);
    connector.updatedBy =
        textField(record, QStringLiteral("updatedBy")).value_or(connector.createdBy);
    connector.revision = 1;
    if (problems.size() != before)
        return std::nullopt;
    return connector;
}

ConnectorExchange::ImportReport ConnectorExchange::parse(const AdminAccount &actor,
                                                         const QByteArray &json) const
{
    ImportReport report;
    auto &problems = report.problems;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        problems.append({QString(), tr("the file is not valid JSON (%1 at byte %2).")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset)});
        return report;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName()) {
        problems.append({QString(), tr("the file is not a connectors export (its \"format\" is "
                                       "not \"%1\").")
                                        .arg(formatName())});
        return report;
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > FormatVersion) {
        problems.append({QString(), tr("the export format version %1 is not supported (this "
                                       "console reads version %2).")
                                        .arg(version)
                                        .arg(FormatVersion)});
        return report;
    }

    auto organisation = AdminRepository(m_database).organisation();
    if (organisation && organisation->has_value()) {
        if (auto refusal = RolePolicy::check(actor, **organisation, ConnectorAction::Create)) {
            problems.append({QString(), refusal->message()});
            return report;
        }
    }

    const QJsonArray records = root.value(QStringLiteral("connectors")).toArray();
    QHash<QUuid, QString> seenIds;
    QHash<QString, QString> seenNames;
    const ConnectorRepository repository(m_database);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString position = QStringLiteral("connectors[%1]").arg(i);
        auto connector = readRecord(records.at(i), position, problems);
        if (!connector)
            continue;
        const QString key = ConnectorValidator::nameKey(connector->name);
        if (seenIds.contains(connector->id)) {
            problems.append(
                {position, tr("the ID %1 appears twice in the file (first at %2).")
                               .arg(connector->idText(), seenIds.value(connector->id))});
            continue;
        }
        if (seenNames.contains(key)) {
            problems.append({position, tr("the name \"%1\" appears twice in the file (first at "
                                          "%2).")
                                           .arg(connector->name, seenNames.value(key))});
            continue;
        }
        seenIds.insert(connector->id, position);
        seenNames.insert(key, position);
        auto byId = repository.find(connector->id);
        auto byName = repository.findByNameKey(key);
        if (!byId || !byName) {
            problems.append({position, (!byId ? byId.error() : byName.error()).message()});
            continue;
        }
        if (byId->has_value()) {
            problems.append({position, tr("a connector with the ID %1 already exists (\"%2\").")
                                           .arg(connector->idText(), (*byId)->name)});
            continue;
        }
        if (byName->has_value()) {
            problems.append({position, CoreError(ErrorCode::NameDuplicate,
                                                 {(*byName)->name, (*byName)->idText()})
                                           .message()});
            continue;
        }
        report.imported.append(*connector);
    }
    return report;
}

ConnectorExchange::ImportReport ConnectorExchange::check(const AdminAccount &actor,
                                                         const QByteArray &json) const
{
    return parse(actor, json);
}

Result<ConnectorExchange::ImportReport> ConnectorExchange::import(const AdminAccount &actor,
                                                                  const QByteArray &json) const
{
    SqlTransaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    ImportReport report = parse(actor, json);
    if (!report.problems.isEmpty()) {
        report.imported.clear();
        return report;
    }
    const ConnectorRepository connectors(m_database);
    const AuditRepository audit(m_database);
    for (const Connector &connector : std::as_const(report.imported)) {
        if (auto inserted =
                connectors.insert(connector, ConnectorValidator::nameKey(connector.name));
            !inserted)
            return inserted.error();
        AuditEntry entry;
        entry.at = Timestamps::now();
        entry.actor = actor.email;
        entry.action = AuditAction::Create;
        entry.connectorId = connector.id;
        entry.subject = connector.name;
        entry.after = ConnectorJson::auditSnapshot(connector);
        if (auto audited = audit.append(entry); !audited)
            return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}
