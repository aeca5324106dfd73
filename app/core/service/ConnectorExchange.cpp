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

Result<QJsonObject> ConnectorExchange::exportAll(const AdminAccount &actor) const
{
    auto organisation = AdminRepository(m_database).organisation();
    if (!organisation)
        return organisation.error();
    if (organisation->has_value()) {
        if (auto refusal = RolePolicy::check(actor, **organisation, ConnectorAction::View))
            return *refusal;
    }
    if (auto refusal = RolePolicy::checkFlows(actor, false))
        return *refusal;
    // Connectors and flows from one snapshot: a flow saved between the two reads must not appear
    // in the file without the connector it uses.
    SqlTransaction snapshot(m_database, SqlTransaction::Mode::Read);
    if (auto begun = snapshot.begin(); !begun)
        return begun.error();
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
    auto flows = FlowRepository(m_database).all();
    if (!flows)
        return flows.error();
    QJsonArray documents;
    for (const Flow &flow : *flows) {
        documents.append(QJsonObject{{QStringLiteral("id"), flow.id.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("flow"), flow.document}});
    }
    if (auto ended = snapshot.commit(); !ended)
        return ended.error();
    return QJsonObject{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("exportedAt"), Timestamps::toStorage(Timestamps::now())},
        {QStringLiteral("exportedBy"), actor.email},
        {QStringLiteral("connectors"), records},
        {QStringLiteral("flows"), documents},
    };
}

Result<ConnectorExchange::ExportSummary> ConnectorExchange::exportToFile(const AdminAccount &actor,
                                                                         const QString &path) const
{
    auto document = exportAll(actor);
    if (!document)
        return document.error();
    ExportSummary summary;
    summary.connectors = int(document->value(QStringLiteral("connectors")).toArray().size());
    summary.flows = int(document->value(QStringLiteral("flows")).toArray().size());
    if (auto written = SafeFile::write(path, toBytes(*document), &m_database); !written)
        summary.writeError = written.error();
    return summary;
}

QByteArray ConnectorExchange::toBytes(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
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

ConnectorExchange::ImportReport ConnectorExchange::parse(const AdminAccount &actor,
                                                         const QByteArray &json) const
{
    ImportReport report;
    auto &problems = report.problems;
    // QJsonDocument reads bytes that are not UTF-8 as U+FFFD; a name must arrive as written.
    if (const qsizetype invalid = StrictUtf8::firstInvalidByte(json); invalid >= 0) {
        problems.append({QString(), tr("the file is not valid UTF-8 (the bytes at %1 do not form "
                                       "a character); save it as UTF-8 and try again.")
                                        .arg(invalid)});
        return report;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.append({QString(), tr("the file is not valid JSON (%1 at byte %2).")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset)});
        return report;
    }
    if (!document.isObject()) {
        problems.append({QString(), tr("the file's top level is not a JSON object; a connectors "
                                       "export is an object with \"format\": \"%1\".")
                                        .arg(formatName())});
        return report;
    }
    // QJsonDocument keeps the last of two equal keys; a file that says two things is refused.
    if (const auto duplicate = JsonDuplicateKeys::find(json)) {
        problems.append({duplicate->path, tr("%1: the key appears more than once in the same "
                                             "object (again at byte %2); remove the extra one.")
                                              .arg(duplicate->key)
                                              .arg(duplicate->offset)});
        return report;
    }
    // Like invalid UTF-8: "a\\ud800b" would arrive as "a" and some other character.
    if (const auto lone = JsonDuplicateKeys::findLoneSurrogate(json)) {
        problems.append({lone->path, tr("%1: the text holds half of a surrogate pair (a "
                                        "\\uD800-\\uDFFF escape without its partner, in the string "
                                        "at byte %2); it is not a character.")
                                         .arg(lone->key.isEmpty() ? lone->path : lone->key)
                                         .arg(lone->offset)});
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
    checkConnectors(root.value(QStringLiteral("connectors")).toArray(), report);
    // Version 1 had no flows; a "flows" key in such a file is not ours to read.
    if (version >= 2)
        checkFlows(actor, root.value(QStringLiteral("flows")), report);
    return report;
}

void ConnectorExchange::checkConnectors(const QJsonArray &records, ImportReport &report) const
{
    auto &problems = report.problems;
    QHash<QUuid, QString> seenIds;
    QHash<QString, QString> seenNames;
    const ConnectorRepository repository(m_database);
    QHash<QString, AdminRole> accounts;
    if (auto admins = AdminRepository(m_database).admins()) {
        for (const AdminAccount &admin : *admins)
            accounts.insert(AdminValidator::normalizedEmail(admin.email), admin.role);
    } else {
        problems.append({QString(), admins.error().message()});
        return;
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString position = QStringLiteral("connectors[%1]").arg(i);
        auto connector = readRecord(records.at(i), position, accounts, problems);
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
}

void ConnectorExchange::checkFlows(const AdminAccount &actor, const QJsonValue &flows,
                                   ImportReport &report) const
{
    auto &problems = report.problems;
    if (!flows.isUndefined() && !flows.isNull() && !flows.isArray()) {
        problems.append({QStringLiteral("flows"), tr("\"flows\" must be a list of Flow Designer "
                                                     "flow exports.")});
        return;
    }
    const QJsonArray documents = flows.toArray();
    if (documents.isEmpty())
        return;
    if (auto refusal = RolePolicy::checkFlows(actor, true)) {
        problems.append({QStringLiteral("flows"), refusal->message()});
        return;
    }
    QHash<QString, QString> seenNames;
    QHash<QUuid, QString> seenIds;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString position = QStringLiteral("flows[%1]").arg(i);
        if (!documents.at(i).isObject()) {
            problems.append({position, tr("a flow must be a JSON object (a Flow Designer flow "
                                          "export).")});
            continue;
        }
        auto flow = readFlow(documents.at(i).toObject(), position, problems);
        if (!flow)
            continue;
        if (!flow->id.isNull()) {
            if (seenIds.contains(flow->id)) {
                problems.append({position, tr("the flow ID %1 appears twice in the file (first "
                                              "at %2).")
                                               .arg(flow->id.toString(QUuid::WithoutBraces),
                                                    seenIds.value(flow->id))});
                continue;
            }
            seenIds.insert(flow->id, position);
        }
        const QString key = ConnectorValidator::nameKey(flow->name);
        if (seenNames.contains(key)) {
            problems.append(
                {position, tr("the flow name \"%1\" appears twice in the file (first at %2).")
                               .arg(flow->name, seenNames.value(key))});
            continue;
        }
        seenNames.insert(key, position);
        if (auto clash = renameClash(*flow, key)) {
            problems.append({position, *clash});
            continue;
        }
        report.flows.append(*flow);
    }
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

ConnectorExchange::ImportReport ConnectorExchange::check(const AdminAccount &actor,
                                                         const QByteArray &json) const
{
    return parse(actor, json);
}

Result<void> ConnectorExchange::insertConnectors(const AdminAccount &actor,
                                                 const QList<Connector> &connectors) const
{
    const ConnectorRepository repository(m_database);
    const AuditRepository audit(m_database);
    for (const Connector &connector : connectors) {
        if (auto inserted =
                repository.insert(connector, ConnectorValidator::nameKey(connector.name));
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
    return {};
}

Result<ConnectorExchange::ImportReport> ConnectorExchange::import(const AdminAccount &actor,
                                                                  const QByteArray &json,
                                                                  FlowService *flows) const
{
    SqlTransaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    ImportReport report = parse(actor, json);
    if (!report.problems.isEmpty()) {
        report.imported.clear();
        report.flows.clear();
        return report;
    }
    if (auto inserted = insertConnectors(actor, report.imported); !inserted)
        return inserted.error();

    // The flows after the connectors, in the same transaction, so their activities find the
    // connectors of the same file and a failure takes both back.
    std::optional<ConnectorService> ownConnectors;
    std::optional<FlowService> ownFlows;
    if (!flows) {
        ownConnectors.emplace(m_database, actor);
        flows = &ownFlows.emplace(*ownConnectors);
    }
    if (!report.flows.isEmpty()) {
        auto outcomes = flows->importFlowsInOpenTransaction(report.flows);
        if (!outcomes)
            return outcomes.error();
        report.flowsDone = *outcomes;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    flows->announceImport(report.flowsDone);
    return report;
}
