#include "app/core/service/DemoDataGenerator.h"

#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/flows/FlowShapeConverter.h"
#include "app/core/policy/RolePolicy.h"
#include "app/core/store/AdminRepository.h"
#include "app/core/store/AuditRepository.h"
#include "app/core/store/ConnectorRepository.h"
#include "app/core/store/Database.h"
#include "app/core/store/FlowRepository.h"
#include "app/core/store/SqlTransaction.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/Timestamps.h"
#include "app/core/validation/ConnectorValidator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char *const kPurposes[] = {
    "Agent availability", "Queue statistics",   "Customer lookup",     "Callback scheduler",
    "Team roster",        "Skill profile sync", "Wrap-up codes",       "Entry point routing",
    "Audio prompts",      "Outdial ANI",        "Business hours",      "Site directory",
    "Address book",       "Desktop layouts",    "Supervisor alerts",   "Global variables",
    "Contact history",    "Survey results",     "Multimedia profiles", "Idle codes",
};

const char *const kPlaces[] = {
    "EMEA",   "APAC",    "US East", "US West", "Kyiv",   "Lviv",   "Kharkiv", "Odesa",
    "London", "Toronto", "Sydney",  "Berlin",  "Warsaw", "Madrid", "Tokyo",   "Sao Paulo",
};

constexpr int kPurposeCount = int(std::size(kPurposes));
constexpr int kPlaceCount = int(std::size(kPlaces));

struct DemoAdmin
{
    const char *email;
    const char *name;
    AdminRole role;
};

const DemoAdmin kDemoAdmins[] = {
    {"olena.kovalenko@example.com", "Olena Kovalenko", AdminRole::FullAdmin},
    {"taras.melnyk@example.com", "Taras Melnyk", AdminRole::ContactCenterServiceAdmin},
    {"priya.nair@partner.example.net", "Priya Nair", AdminRole::ExternalFullAdmin},
    {"james.obrien@partner.example.net", "James O'Brien", AdminRole::ExternalContactCenterAdmin},
    {"helpdesk.lead@example.com", "Iryna Shevchuk", AdminRole::SupportFullAdmin},
    {"marco.rossi@reseller.example.org", "Marco Rossi", AdminRole::PartnerFullAdmin},
    {"auditor@example.com", "Andrii Bondar", AdminRole::ReadOnlyAdmin},
    {"consultant@partner.example.net", "Sofia Lind", AdminRole::ExternalReadOnlyAdmin},
    {"helpdesk@example.com", "Mykola Tkachenko", AdminRole::SupportBasicAdmin},
    {"observer@reseller.example.org", "Chen Wei", AdminRole::PartnerReadOnlyAdmin},
};

const char *const kFlowKinds[] = {
    "Main IVR",          "After-hours IVR",   "Callback offer",  "Sales queue", "Support queue",
    "Billing enquiries", "Outbound campaign", "Customer survey", "VIP routing", "Emergency closure",
};
constexpr int kFlowKindCount = int(std::size(kFlowKinds));

// One HTTP Request a sample flow makes: read requests go through any connector, write requests
// only through one with read-write access.
struct SampleRequest
{
    const char *node;
    const char *method;
    const char *path;
    const char *query;    // "name=value" or ""
    const char *body;     // JSON or ""
    const char *variable; // output variable or ""
    const char *jsonPath;
};

const SampleRequest kReads[] = {
    {"LookUpCustomer", "GET", "/v1/customers", "phone={{NewPhoneContact.ANI}}", "", "customerId",
     "$.data[0].id"},
    {"GetQueueStatistics", "GET", "/organization/{orgId}/v2/queue-statistics",
     "queueId={{QueueId}}", "", "waitingContacts", "$.data[0].contactsInQueue"},
    {"CheckBusinessHours", "GET", "/organization/{orgId}/business-hours/{{BusinessHoursId}}", "",
     "", "isOpen", "$.workingHours[0].enabled"},
    {"GetAgentAvailability", "GET", "/organization/{orgId}/v2/agents/statistics", "", "", "", ""},
};

const SampleRequest kWrites[] = {
    {"ScheduleCallback", "POST", "/organization/{orgId}/v2/callbacks", "",
     R"({"phone":"{{NewPhoneContact.ANI}}","queueId":"{{QueueId}}"})", "callbackId", "$.id"},
    {"UpdateContactNotes", "PUT", "/v1/customers/{{customerId}}/notes", "",
     R"({"note":"IVR choice {{MenuChoice}}"})", "", ""},
    {"RecordSurveyAnswer", "POST", "/organization/{orgId}/v2/survey-results", "",
     R"({"contactId":"{{NewPhoneContact.InteractionId}}","score":"{{SurveyScore}}"})",
     "surveyResultId", "$.data.id"},
};

QJsonObject node(const QString &id, const QString &name, const QString &type,
                 const QJsonObject &properties)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("activityType"), type},
            {QStringLiteral("group"),
             type == QLatin1String("start") ? QStringLiteral("start") : QStringLiteral("action")},
            {QStringLiteral("properties"), properties}};
}

QJsonObject edge(const QString &from, const QString &to)
{
    return {{QStringLiteral("id"), from + QStringLiteral("-") + to},
            {QStringLiteral("sourceId"), from},
            {QStringLiteral("targetId"), to},
            {QStringLiteral("outputPort"), QStringLiteral("default")}};
}

// An HTTP Request node as Flow Designer exports it; `connector` null means a full URL without one.
QJsonObject httpRequestNode(const QString &id, const SampleRequest &request,
                            const Connector *connector)
{
    QJsonArray query;
    const QString queryText = QString::fromUtf8(request.query);
    if (!queryText.isEmpty()) {
        query.append(QJsonObject{{QStringLiteral("name"), queryText.section(u'=', 0, 0)},
                                 {QStringLiteral("value"), queryText.section(u'=', 1)}});
    }
    QJsonArray outputs;
    if (*request.variable) {
        outputs.append(
            QJsonObject{{QStringLiteral("outputVariable"), QString::fromUtf8(request.variable)},
                        {QStringLiteral("jsonPathExp"), QString::fromUtf8(request.jsonPath)}});
    }
    QJsonObject p{
        {QStringLiteral("activityName"), FlowDesignerFormat::httpRequestActivityName()},
        {QStringLiteral("authenticated"), connector != nullptr},
        {QStringLiteral("httpRequestMethod"), QString::fromUtf8(request.method)},
        {QStringLiteral("httpQueryParameters"), query},
        {QStringLiteral("httpRequestHeaders"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Accept")},
                                {QStringLiteral("value"), QStringLiteral("application/json")}}}},
        {QStringLiteral("httpContentType"), QStringLiteral("application/json")},
        {QStringLiteral("httpRequestBody"), QString::fromUtf8(request.body)},
        {QStringLiteral("httpResponseTimeout"), 3000},
        {QStringLiteral("retryAttempts"), 1},
        {QStringLiteral("contentType"), QStringLiteral("JSON")},
        {QStringLiteral("outputVariableArray"), outputs},
    };
    if (connector) {
        p.insert(QStringLiteral("connectorId"), connector->idText());
        p.insert(QStringLiteral("connectorId:name"), connector->name);
        p.insert(QStringLiteral("httpRequestPath"), QString::fromUtf8(request.path));
    } else {
        p.insert(QStringLiteral("httpRequestUrl"),
                 QStringLiteral("https://api.example.com") + QString::fromUtf8(request.path));
    }
    return node(id, QString::fromUtf8(request.node), QStringLiteral("action"), p);
}

// The request the k-th activity of a flow makes through `connector`: GET only when the connector
// is read-only, otherwise GET, POST and PUT in turn.
const SampleRequest &requestFor(int flowIndex, int k, const Connector *connector)
{
    const bool canWrite = connector && connector->access.testFlag(AccessLevel::ReadWrite);
    const int turn = flowIndex + k;
    if (canWrite && turn % 3 != 0)
        return kWrites[turn % int(std::size(kWrites))];
    return kReads[turn % int(std::size(kReads))];
}

QJsonObject variable(const QString &name, const QString &type)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), type},
            {QStringLiteral("value"), QString()},
            {QStringLiteral("reportable"), false},
            {QStringLiteral("agentEditable"), false}};
}

} // namespace

DemoDataGenerator::DemoDataGenerator(const Database &database)
    : m_database(database)
{}

QString DemoDataGenerator::sampleName(int index)
{
    const int purpose = index % kPurposeCount;
    const int place = (index / kPurposeCount) % kPlaceCount;
    const int round = index / (kPurposeCount * kPlaceCount);
    QString name = QStringLiteral("%1 - %2").arg(QLatin1String(kPurposes[purpose]),
                                                 QLatin1String(kPlaces[place]));
    if (round > 0)
        name += QStringLiteral(" %1").arg(round + 1);
    return name;
}

QString DemoDataGenerator::sampleFlowName(int index)
{
    const int kind = index % kFlowKindCount;
    const int place = (index / kFlowKindCount) % kPlaceCount;
    const int round = index / (kFlowKindCount * kPlaceCount);
    QString name = QStringLiteral("%1 — %2").arg(QLatin1String(kFlowKinds[kind]),
                                                 QLatin1String(kPlaces[place]));
    if (round > 0)
        name += QStringLiteral(" %1").arg(round + 1);
    return name;
}

QJsonObject DemoDataGenerator::sampleFlowDocument(int index, const QString &name,
                                                  const QList<Connector> &connectors)
{
    // Spread the activities over the connectors so that where-used finds a few flows for many
    // of them rather than every flow for the first ones.
    auto connectorFor = [&](int k) -> const Connector * {
        if (connectors.isEmpty())
            return nullptr;
        return &connectors.at((qint64(index) * 3 + qint64(k) * 7919) % connectors.size());
    };
    QSet<QString> outputNames;
    QJsonArray nodes{
        node(QStringLiteral("start"), QStringLiteral("NewPhoneContact"), QStringLiteral("start"),
             {{QStringLiteral("activityName"), QStringLiteral("new-phone-contact")},
              {QStringLiteral("event"), QStringLiteral("NewPhoneContact")}}),
        node(QStringLiteral("welcome"), QStringLiteral("PlayWelcome"), QStringLiteral("action"),
             {{QStringLiteral("activityName"), QStringLiteral("play-message")},
              {QStringLiteral("audioFile"),
               QStringLiteral("welcome_%1.wav")
                   .arg(index % 2 ? QStringLiteral("uk") : QStringLiteral("en"))},
              {QStringLiteral("interruptible"), index % 2 == 0},
              {QStringLiteral("promptsTts"), QJsonArray()}}),
    };
    QJsonArray edges;
    QString previous = QStringLiteral("welcome");
    edges.append(edge(QStringLiteral("start"), previous));
    const int requests = 1 + index % 3;
    for (int k = 0; k < requests; ++k) {
        const Connector *connector = connectorFor(k);
        const SampleRequest &request = requestFor(index, k, connector);
        const QString id = QStringLiteral("http%1").arg(k + 1);
        QJsonObject http = httpRequestNode(id, request, connector);
        // Two requests of the same kind in one flow get distinct node names, as a designer would.
        const QString nodeName = QString::fromUtf8(request.node);
        http.insert(QStringLiteral("name"), k == 0 ? nodeName : nodeName + QString::number(k + 1));
        if (*request.variable)
            outputNames.insert(QString::fromUtf8(request.variable));
        nodes.append(http);
        edges.append(edge(previous, id));
        previous = id;
    }
    nodes.append(node(QStringLiteral("queue"), QStringLiteral("QueueToAgents"),
                      QStringLiteral("action"),
                      {{QStringLiteral("activityName"), QStringLiteral("queue-contact")},
                       {QStringLiteral("destination"), QStringLiteral("{{QueueId}}")},
                       {QStringLiteral("priority"), 1 + index % 10},
                       {QStringLiteral("skillRequirements"), QJsonArray()}}));
    nodes.append(node(QStringLiteral("end"), QStringLiteral("DisconnectContact"),
                      QStringLiteral("action"),
                      {{QStringLiteral("activityName"), QStringLiteral("disconnect-contact")}}));
    edges.append(edge(previous, QStringLiteral("queue")));
    edges.append(edge(QStringLiteral("queue"), QStringLiteral("end")));

    QJsonObject document{
        {QStringLiteral("name"), name},
        {QStringLiteral("flowType"), QStringLiteral("FLOW")},
        {QStringLiteral("description"),
         QStringLiteral("Sample flow %1 for demos and load tests.").arg(index + 1)},
        {QStringLiteral("version"), 1 + index % 4},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("edges"), edges},
    };
    if (index % 3 == 0) {
        const Connector *connector = connectorFor(requests);
        const SampleRequest &request = requestFor(index, requests, connector);
        if (*request.variable)
            outputNames.insert(QString::fromUtf8(request.variable));
        QJsonObject http = httpRequestNode(QStringLiteral("event-http"), request, connector);
        http.insert(QStringLiteral("name"),
                    QStringLiteral("Notify") + QString::fromUtf8(request.node));
        const QJsonArray eventNodes{
            node(QStringLiteral("answered"), QStringLiteral("AgentAnswered"),
                 QStringLiteral("start"),
                 {{QStringLiteral("activityName"), QStringLiteral("event-handler")},
                  {QStringLiteral("event"), QStringLiteral("AgentAnswered")}}),
            http};
        document.insert(
            QStringLiteral("eventFlows"),
            QJsonObject{{QStringLiteral("GLOBAL_EVENTS"),
                         QJsonObject{{QStringLiteral("nodes"), eventNodes},
                                     {QStringLiteral("edges"),
                                      QJsonArray{edge(QStringLiteral("answered"),
                                                      QStringLiteral("event-http"))}}}}});
    }
    QJsonArray variables{variable(QStringLiteral("QueueId"), QStringLiteral("STRING")),
                         variable(QStringLiteral("MenuChoice"), QStringLiteral("STRING"))};
    QStringList sorted(outputNames.begin(), outputNames.end());
    sorted.sort();
    for (const QString &output : std::as_const(sorted))
        variables.append(variable(output, QStringLiteral("STRING")));
    document.insert(QStringLiteral("variables"), variables);
    return document;
}

QJsonObject DemoDataGenerator::sampleFlowShape(int index, const QString &name,
                                               const QJsonObject &authoring, const QDateTime &at)
{
    // Two flows in three look as Flow Designer exports them; every fifth of those is a subflow,
    // and every other one is tagged Live, so the sample shows both shapes, versions and subflows.
    if (index % 3 == 2)
        return authoring;
    static const QUuid kNamespace(QStringLiteral("{3c1d5a7e-2b4f-4e8a-9d6c-0f1e2d3c4b5a}"));
    FlowShapeConverter::VersionFacts facts;
    facts.flowId = QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
    facts.versionId = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex().left(24));
    facts.version = authoring.value(QLatin1String("version")).toInt(1);
    facts.lastModified = at.toUTC().toString(Qt::ISODateWithMs);
    if (index % 2 == 0)
        facts.tags = {QStringLiteral("Live")};
    facts.flowType = index % 5 == 4 ? QStringLiteral("SUBFLOW") : QStringLiteral("FLOW");
    return FlowShapeConverter::toExportShape(authoring, facts);
}

Result<int> DemoDataGenerator::addDemoAdmins(const AdminAccount &actor) const
{
    AdminRepository repository(m_database);
    const AuditRepository audit(m_database);
    int added = 0;
    for (const DemoAdmin &demo : kDemoAdmins) {
        // Demo data follows the admin-management rules: only the roles the actor may grant.
        if (!RolePolicy::canGrant(actor.role, demo.role))
            continue;
        const QString email = QString::fromLatin1(demo.email);
        auto existing = repository.find(email);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        AdminAccount admin{email, QString::fromUtf8(demo.name), demo.role, Timestamps::now()};
        if (auto inserted = repository.insert(admin); !inserted)
            return inserted.error();
        AuditEntry entry;
        entry.at = admin.createdAt;
        entry.actor = actor.email;
        entry.action = AuditAction::AdminAdd;
        entry.subject = admin.email;
        entry.after = ConnectorJson::toJson(admin);
        if (auto audited = audit.append(entry); !audited)
            return audited.error();
        ++added;
    }
    return added;
}

Result<QSet<QString>> DemoDataGenerator::takenKeys(const QString &table) const
{
    QSqlQuery keys(m_database.connection());
    keys.setForwardOnly(true);
    if (!keys.exec(QStringLiteral("SELECT name_key FROM ") + table))
        return m_database.errorFrom(keys.lastError());
    QSet<QString> taken;
    while (keys.next())
        taken.insert(keys.value(0).toString());
    return taken;
}

Result<DemoDataGenerator::Summary>
DemoDataGenerator::generate(const AdminAccount &actor, int connectorCount, int flowCount) const
{
    // A large page cache keeps a 100,000-row transaction in memory until commit instead of
    // spilling half-built pages into the write-ahead log (several times faster at that size).
    if (m_database.backend() == Database::Backend::Sqlite)
        (void)m_database.execute(QStringLiteral("PRAGMA cache_size = -262144"));
    SqlTransaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto organisation = AdminRepository(m_database).organisation();
    if (!organisation)
        return organisation.error();
    // The role as the database holds it now, not as the caller remembers it.
    auto storedActor = AdminRepository(m_database).find(actor.email);
    if (!storedActor)
        return storedActor.error();
    if (!storedActor->has_value())
        return CoreError(ErrorCode::AdminNotFound, {actor.email});
    const AdminAccount fresh = **storedActor;
    if (organisation->has_value()) {
        if (auto refusal = RolePolicy::check(fresh, **organisation, ConnectorAction::Create))
            return *refusal;
    }
    if (flowCount > 0) {
        if (auto refusal = RolePolicy::checkFlows(fresh, true))
            return *refusal;
    }

    Summary summary;
    auto admins = addDemoAdmins(fresh);
    if (!admins)
        return admins.error();
    summary.adminsAdded = *admins;

    QList<Connector> connectors;
    if (auto added = addConnectors(actor, connectorCount, summary, connectors); !added)
        return added.error();
    if (flowCount > 0 && connectors.isEmpty()) {
        auto stored = ConnectorRepository(m_database).all();
        if (!stored)
            return stored.error();
        connectors = *stored;
    }
    if (auto added = addFlows(actor, flowCount, connectors, summary); !added)
        return added.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

Result<void> DemoDataGenerator::addConnectors(const AdminAccount &actor, int count,
                                              Summary &summary, QList<Connector> &added) const
{
    auto takenKeysResult = takenKeys(QStringLiteral("connectors"));
    if (!takenKeysResult)
        return takenKeysResult.error();
    QSet<QString> taken = std::move(takenKeysResult).value();
    added.reserve(count);
    // One repository each for the whole loop: their INSERTs are prepared once.
    const ConnectorRepository connectors(m_database);
    const AuditRepository audit(m_database);
    const QString by = actor.email;
    const QDateTime base = Timestamps::now().addDays(-90);
    int index = 0;
    for (int made = 0; made < count; ++index) {
        const QString name = sampleName(index);
        const QString key = ConnectorValidator::nameKey(name);
        if (taken.contains(key))
            continue;
        taken.insert(key);

        Connector connector;
        connector.id = QUuid::createUuid();
        connector.name = name;
        // Mostly read-only, as least privilege advises; some read-write, a few both.
        connector.access = made % 7 == 0   ? (AccessLevel::ReadOnly | AccessLevel::ReadWrite)
                           : made % 3 == 0 ? AccessLevels(AccessLevel::ReadWrite)
                                           : AccessLevels(AccessLevel::ReadOnly);
        connector.active = made % 5 != 4;
        connector.authorizedBy = connector.createdBy = connector.updatedBy = by;
        connector.authorizedAt = connector.createdAt = base.addSecs(made % 7776000);
        connector.updatedAt =
            connector.active ? connector.createdAt : connector.createdAt.addSecs(3600);
        connector.revision = connector.active ? 1 : 2;
        if (auto inserted = connectors.insert(connector, key); !inserted)
            return inserted.error();

        Connector created = connector;
        created.active = true;
        const QJsonObject afterCreate = ConnectorJson::auditSnapshot(created);
        auto writeAudit = [&](const QDateTime &at, AuditAction action, const QJsonObject &before,
                              const QJsonObject &after) {
            AuditEntry entry;
            entry.at = at;
            entry.actor = by;
            entry.action = action;
            entry.connectorId = connector.id;
            entry.subject = name;
            entry.before = before;
            entry.after = after;
            return audit.append(entry);
        };
        if (auto audited = writeAudit(connector.createdAt, AuditAction::Create, {}, afterCreate);
            !audited)
            return audited.error();
        if (!connector.active) {
            if (auto audited = writeAudit(connector.updatedAt, AuditAction::Deactivate, afterCreate,
                                          ConnectorJson::auditSnapshot(connector));
                !audited)
                return audited.error();
            ++summary.inactive;
        }
        added.append(connector);
        ++made;
        summary.connectorsAdded = made;
    }
    return {};
}

Result<void> DemoDataGenerator::addFlows(const AdminAccount &actor, int count,
                                         const QList<Connector> &connectors, Summary &summary) const
{
    if (count <= 0)
        return {};
    auto takenKeysResult = takenKeys(QStringLiteral("flows"));
    if (!takenKeysResult)
        return takenKeysResult.error();
    QSet<QString> taken = std::move(takenKeysResult).value();
    // Prepared once for the whole loop, like the connectors'.
    const FlowRepository flows(m_database);
    const AuditRepository audit(m_database);
    const QDateTime base = Timestamps::now().addDays(-30);
    int index = 0;
    for (int made = 0; made < count; ++index) {
        const QString name = sampleFlowName(index);
        const QString key = ConnectorValidator::nameKey(name);
        if (taken.contains(key))
            continue;
        taken.insert(key);

        Flow flow;
        flow.id = QUuid::createUuid();
        flow.name = name;
        const QDateTime at = base.addSecs(made % 2592000);
        auto read = FlowDesignerFormat::fromDocument(
            sampleFlowShape(made, name, sampleFlowDocument(made, name, connectors), at), name);
        if (!read)
            return read.error();
        flow = std::move(read).value();
        flow.id = QUuid::createUuid();
        flow.importedBy = flow.updatedBy = actor.email;
        flow.importedAt = flow.updatedAt = at;
        flow.revision = 1;
        if (auto inserted = flows.insert(flow, key); !inserted)
            return inserted.error();

        AuditEntry entry;
        entry.at = flow.importedAt;
        entry.actor = actor.email;
        entry.action = AuditAction::FlowImport;
        entry.subject = name;
        entry.after = {{QStringLiteral("name"), flow.name},
                       {QStringLiteral("flowType"), flow.flowType},
                       {QStringLiteral("activities"), int(flow.activities.size())}};
        if (auto audited = audit.append(entry); !audited)
            return audited.error();
        ++made;
        summary.flowsAdded = made;
        summary.activitiesAdded += int(flow.activities.size());
    }
    return {};
}
