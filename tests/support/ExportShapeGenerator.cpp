#include "tests/support/ExportShapeGenerator.h"

#include "tests/support/ExportShapeJson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <vector>

namespace {

using namespace ExportShapeDetail;

struct Kind
{
    const char *type;
    const char *group;
    const char *label;
};

// The everyday activities between the HTTP Requests, in a repeating order.
constexpr Kind kKinds[] = {
    {"set-variable", "variables", "SetVariable"},
    {"menu", "menus", "MainMenu"},
    {"play-message", "prompts", "PlayMessage"},
    {"case", "conditions", "CaseByIntent"},
    {"parse", "integration", "ParseReply"},
    {"business-hours", "conditions", "BusinessHours"},
    {"collect-digits", "menus", "CollectDigits"},
    {"condition", "conditions", "IsVip"},
    {"queue-contact", "routing", "QueueContact"},
    {"play-music", "prompts", "PlayMusic"},
    {"blind-transfer", "routing", "BlindTransfer"},
};

const char *const kMethods[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};
const char *const kAreas[] = {"Billing",  "Support",     "Sales",   "Claims",
                              "Renewals", "Onboarding",  "Returns", "Orders",
                              "Service",  "Collections", "Outage",  "Travel"};
const char *const kPurposes[] = {"main line", "callback",   "after hours", "VIP",
                                 "survey",    "escalation", "overflow",    "self-service"};

} // namespace

struct ExportShapeGenerator::Plan
{
    struct Activity
    {
        QString id;
        QString name;
        const char *type = "";
        const char *group = "";
        bool http = false;
        int connector = -1; // index into settings.connectors; -1: unauthenticated
        int spelling = 0;   // 0: both name spellings, 1: `connectorId:name`, 2: `connectorId_name`
        bool stringTypes = false; // authenticated, timeout and retries as strings
        const char *method = "GET";
        int x = 0;
        int y = 0;
    };
    struct Link
    {
        QString id;
        int from = 0;
        int to = 0;
        QString condition; // empty: null
    };
    struct Part
    {
        QList<Activity> activities;
        QList<Link> links;
    };

    FlowFacts facts;
    QString orgId;
    QString createdDate;
    QString lastModifiedDate;
    QString description;
    Part main;
    Part events;
    QStringList onEvents; // event names, each starting at one activity of `events`
    QList<int> onEventStarts;
};

ExportShapeGenerator::ExportShapeGenerator(Settings settings)
    : m_settings(std::move(settings))
{}

QString ExportShapeGenerator::fileName(int index)
{
    return QStringLiteral("flow-%1.json").arg(index + 1, 4, 10, QLatin1Char('0'));
}

QList<ExportShapeGenerator::Connector> ExportShapeGenerator::sampleConnectors(int count,
                                                                              quint64 seed)
{
    Random random(seed);
    QList<Connector> connectors;
    for (int i = 0; i < count; ++i) {
        connectors.append({QUuid::fromString(random.uuid()),
                           QStringLiteral("%1 records %2")
                               .arg(QLatin1String(kAreas[i % std::size(kAreas)]))
                               .arg(i + 1)});
    }
    return connectors;
}

ExportShapeGenerator::Plan ExportShapeGenerator::plan(int index) const
{
    Random random(m_settings.seed * 1'000'003ULL + quint64(index));
    Plan plan;
    FlowFacts &facts = plan.facts;
    const char *area = kAreas[index % std::size(kAreas)];
    const char *purpose = kPurposes[(index / std::size(kAreas)) % std::size(kPurposes)];
    facts.name = QStringLiteral("%1 %2 %3")
                     .arg(QLatin1String(area), QLatin1String(purpose))
                     .arg(index + 1, 4, 10, QLatin1Char('0'));
    facts.flowId = random.uuid();
    facts.versionId = random.objectId();
    facts.version = 1 + random.below(40);
    facts.subflow = m_settings.subflowEvery > 0 &&
                    index % m_settings.subflowEvery == m_settings.subflowEvery - 1;
    facts.live = m_settings.liveEvery > 0 && index % m_settings.liveEvery == 0;
    plan.orgId = QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    const QDateTime base(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    plan.createdDate =
        base.addSecs(qint64(index) * 3607).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    plan.lastModifiedDate = base.addSecs(qint64(index) * 3607 + 86400 * (1 + random.below(200)))
                                .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    plan.description = QStringLiteral("Routes %1 calls (%2)")
                           .arg(QString::fromLatin1(area).toLower(), QLatin1String(purpose));

    const int connectorCount = int(m_settings.connectors.size());
    const auto httpActivity = [&](Plan::Activity &activity, bool mayBeUnauthenticated) {
        activity.http = true;
        activity.type = "http-request-v2";
        activity.group = "integration";
        activity.method = kMethods[random.below(int(std::size(kMethods)))];
        activity.spelling = random.below(3);
        activity.stringTypes = random.chance(30);
        const bool unauthenticated =
            connectorCount == 0 || (mayBeUnauthenticated && random.chance(10));
        activity.connector = unauthenticated ? -1 : random.below(connectorCount);
        ++facts.httpRequests;
        if (activity.connector >= 0)
            ++facts.connectorUses[m_settings.connectors.at(activity.connector).id];
    };

    // GLOBAL_EVENTS: two events, each starting a short chain; one HTTP Request among them.
    constexpr int kEventActivities = 6;
    const int mainCount = qMax(2, m_settings.activitiesPerFlow - kEventActivities);
    const int httpCount = qBound(0, m_settings.httpRequestsPerFlow, mainCount - 2);
    QList<int> httpRows;
    for (int k = 0; k < httpCount; ++k)
        httpRows.append(1 + int(qint64(k) * (mainCount - 2) / qMax(1, httpCount)));

    for (int row = 0; row < mainCount; ++row) {
        Plan::Activity activity;
        activity.id = random.uuid();
        activity.x = 80 + (row % 8) * 260;
        activity.y = 60 + (row / 8) * 180;
        if (row == 0) {
            activity.type = "start";
            activity.group = "start";
            activity.name = QStringLiteral("NewPhoneContact");
        } else if (row == mainCount - 1) {
            activity.type = "disconnect-contact";
            activity.group = "end";
            activity.name = QStringLiteral("DisconnectContact");
        } else if (httpRows.contains(row)) {
            httpActivity(activity, true);
            activity.name = QStringLiteral("HTTPRequest_%1").arg(row);
        } else {
            const Kind &kind = kKinds[(row + index) % std::size(kKinds)];
            activity.type = kind.type;
            activity.group = kind.group;
            activity.name = QStringLiteral("%1_%2").arg(QLatin1String(kind.label)).arg(row);
        }
        plan.main.activities.append(activity);
        if (row > 0)
            plan.main.links.append({random.uuid(), row - 1, row, {}});
        // A menu's second choice skips ahead, as real menus branch.
        if (row >= 2 && std::string_view(plan.main.activities.at(row - 2).type) == "menu")
            plan.main.links.append({random.uuid(), row - 2, row, QStringLiteral("2")});
    }

    const char *const eventTypes[kEventActivities] = {"event", "set-variable", "",
                                                      "event", "set-variable", "end-flow"};
    for (int row = 0; row < kEventActivities; ++row) {
        Plan::Activity activity;
        activity.id = random.uuid();
        activity.x = 80 + row * 260;
        activity.y = 60;
        if (row == 2) {
            httpActivity(activity, false);
            activity.name = QStringLiteral("LogAnswered");
            ++facts.eventFlowHttpRequests;
        } else {
            activity.type = eventTypes[row];
            activity.group = row % 3 == 0 ? "start" : row == 5 ? "end" : "variables";
            activity.name = row == 0   ? QStringLiteral("AgentAnswered")
                            : row == 3 ? QStringLiteral("PhoneContactEnded")
                                       : QStringLiteral("Event_%1").arg(row);
        }
        plan.events.activities.append(activity);
        if (row != 0 && row != 3)
            plan.events.links.append({random.uuid(), row - 1, row, {}});
    }
    plan.onEvents = {QStringLiteral("AgentAnswered"), QStringLiteral("PhoneContactEnded")};
    plan.onEventStarts = {0, 3};
    facts.activities = int(plan.main.activities.size() + plan.events.activities.size());
    return plan;
}

ExportShapeGenerator::FlowFacts ExportShapeGenerator::facts(int index) const
{
    return plan(index).facts;
}

QHash<QUuid, ExportShapeGenerator::Usage> ExportShapeGenerator::expectedUsage() const
{
    QHash<QUuid, Usage> usage;
    for (int index = 0; index < m_settings.flows; ++index) {
        const FlowFacts facts = this->facts(index);
        for (auto it = facts.connectorUses.cbegin(); it != facts.connectorUses.cend(); ++it) {
            Usage &entry = usage[it.key()];
            ++entry.flows;
            entry.activities += it.value();
        }
    }
    return usage;
}

namespace {

using Plan = ExportShapeGenerator::Plan;

const char *const kVariables[] = {"customerId", "accountStatus", "ticketId",
                                  "queueName",  "callerTier",    "balanceDue"};

void writeHttpProperties(JsonWriter &json, const Plan::Activity &activity,
                         const ExportShapeGenerator::Settings &settings)
{
    const bool authenticated = activity.connector >= 0;
    const QString method = QString::fromLatin1(activity.method);
    const QString path =
        QStringLiteral("/v1/%1/{{NewPhoneContact.ANI}}")
            .arg(activity.name.section(u'_', -1).toInt() % 2 ? QLatin1String("customers")
                                                             : QLatin1String("accounts"));
    json.string("activityId", QStringLiteral("http-request-v2"))
        .string("activityName", QStringLiteral("http-request-v2"))
        .string("name", activity.name)
        .string("description", QString());
    if (activity.stringTypes)
        json.string("authenticated",
                    authenticated ? QStringLiteral("true") : QStringLiteral("false"));
    else
        json.boolean("authenticated", authenticated);
    if (authenticated) {
        const ExportShapeGenerator::Connector &connector =
            settings.connectors.at(activity.connector);
        json.string("connectorId", connector.id.toString(QUuid::WithoutBraces));
        if (activity.spelling != 2)
            json.string("connectorId:name", connector.name);
        if (activity.spelling != 1)
            json.string("connectorId_name", connector.name);
        json.string("httpRequestPath", path).string("httpRequestPath:name", path);
    } else {
        json.string("httpRequestUrl", QStringLiteral("https://status.example.com/v2/ping"));
    }
    json.string("httpRequestMethod", method).string("httpRequestMethod_name", method);
    json.beginArray("httpQueryParameters")
        .beginObject()
        .string("name", QStringLiteral("page"))
        .string("value", QStringLiteral("0"))
        .string("id", activity.id.left(8) + QStringLiteral("-qp1"))
        .end()
        .end();
    json.beginArray("httpRequestHeaders")
        .beginObject()
        .string("name", QStringLiteral("Accept"))
        .string("value", QStringLiteral("application/json"))
        .end()
        .end();
    json.string("httpContentType", QStringLiteral("application/json"))
        .string("httpRequestBody", method == u"GET" || method == u"DELETE"
                                       ? QString()
                                       : QStringLiteral("{\"caller\":\"{{NewPhoneContact.ANI}}\","
                                                        "\"flow\":\"{{FlowName}}\"}"));
    if (activity.stringTypes)
        json.string("httpResponseTimeout", QStringLiteral("3000"))
            .string("retryAttempts", QStringLiteral("1"));
    else
        json.number("httpResponseTimeout", 3000).number("retryAttempts", 1);
    json.string("contentType", QStringLiteral("JSON")).beginArray("outputVariableArray");
    for (int i = 0; i < 2; ++i) {
        json.beginObject()
            .string("outputVariable",
                    QLatin1String(kVariables[(activity.x / 260 + i) % std::size(kVariables)]))
            .string("jsonPathExp", QStringLiteral("$.data[%1].value").arg(i))
            .string("id", activity.id.left(8) + QStringLiteral("-ov%1").arg(i))
            .end();
    }
    json.end().boolean("_isDynamicParams", false);
}

// What Flow Designer adds to every activity's properties: its version, notes and UI state.
void writeCommonProperties(JsonWriter &json, const Plan::Activity &activity)
{
    json.string("activityVersion", QStringLiteral("2.0.1"))
        .string("notes", QStringLiteral("Reviewed with the contact centre team; keep in step "
                                        "with the IVR prompts and the queue settings."))
        .beginObject("_uiState")
        .boolean("collapsed", false)
        .boolean("validated", true)
        .string("lastValidatedAt", QStringLiteral("2026-11-20T14:03:10.512Z"))
        .string("validatedActivity", activity.id)
        .end();
}

void writeProperties(JsonWriter &json, const Plan::Activity &activity,
                     const ExportShapeGenerator::Settings &settings)
{
    json.beginObject("properties");
    if (activity.http) {
        writeHttpProperties(json, activity, settings);
        writeCommonProperties(json, activity);
        json.end();
        return;
    }
    const std::string_view type(activity.type);
    json.string("activityId", QLatin1String(activity.type)).string("name", activity.name);
    if (type == "start" || type == "event") {
        json.string("event", activity.name).string("description", QString());
    } else if (type == "set-variable") {
        json.string("srcVariable", QStringLiteral("Global_Language"))
            .string("destVariable", QLatin1String(kVariables[activity.x % 5]))
            .string("value", QStringLiteral("{{NewPhoneContact.ANI}}"))
            .string("description", QStringLiteral("Keeps the caller's number for later"));
    } else if (type == "menu" || type == "collect-digits") {
        json.beginArray("promptsTts")
            .beginObject()
            .string("value", QStringLiteral("For billing press 1, for anything else press 2."))
            .string("type", QStringLiteral("tts"))
            .string("voice", QStringLiteral("en-US-Standard-C"))
            .end()
            .end()
            .string("entryTimeout", QStringLiteral("5"))
            .number("maxTries", 3)
            .beginArray("menuLinks")
            .beginObject()
            .string("digit", QStringLiteral("1"))
            .string("label", QStringLiteral("Billing"))
            .end()
            .beginObject()
            .string("digit", QStringLiteral("2"))
            .string("label", QStringLiteral("Other"))
            .end()
            .end()
            .boolean("interruptible", true);
    } else if (type == "play-message" || type == "play-music") {
        json.beginArray("prompts")
            .beginObject()
            .string("value", QStringLiteral("Thank you for calling. Your call matters to us."))
            .string("type", QStringLiteral("tts"))
            .end()
            .end()
            .string("audioFile", QStringLiteral("defaultmusic_on_hold.wav"))
            .string("duration", QStringLiteral("30"));
    } else if (type == "queue-contact") {
        json.string("queueId", activity.id.left(18) + QStringLiteral("queue"))
            .string("queueId:name", QStringLiteral("General queue"))
            .number("priority", 3)
            .string("skillRequirements", QString());
    } else {
        json.string("expression", QStringLiteral("{{callerTier}} == \"gold\""))
            .beginArray("cases")
            .value(QStringLiteral("gold"))
            .value(QStringLiteral("silver"))
            .end()
            .string("description", QString());
    }
    writeCommonProperties(json, activity);
    json.end();
}

void writeProcess(JsonWriter &json, const Plan::Part &part,
                  const ExportShapeGenerator::Settings &settings)
{
    json.beginObject("process").beginObject("activities");
    for (const Plan::Activity &activity : part.activities) {
        json.beginObject(activity.id)
            .string("id", activity.id)
            .string("name", activity.name)
            .string("group", QLatin1String(activity.group));
        writeProperties(json, activity, settings);
        json.end();
    }
    json.end().beginArray("links");
    for (const Plan::Link &link : part.links) {
        json.beginObject()
            .string("id", link.id)
            .string("sourceActivityId", part.activities.at(link.from).id)
            .string("targetActivityId", part.activities.at(link.to).id);
        if (link.condition.isEmpty())
            json.null("conditionExpr").emptyObject("properties");
        else
            json.string("conditionExpr", link.condition)
                .beginObject("properties")
                .string("label", link.condition)
                .end();
        json.end();
    }
    json.end().end();
}

void writePort(JsonWriter &json, const Plan::Part &part, int row, bool in)
{
    const Plan::Activity &activity = part.activities.at(row);
    json.beginObject()
        .string("id", activity.id + (in ? QStringLiteral("-in") : QStringLiteral("-out")))
        .string("type", QStringLiteral("default"))
        .boolean("in", in)
        .string("name", in ? QStringLiteral("in") : QStringLiteral("out"))
        .string("label", QString())
        .string("alignment", in ? QStringLiteral("left") : QStringLiteral("right"))
        .string("parentNode", activity.id)
        .number("x", activity.x + (in ? 0 : 220))
        .number("y", activity.y + 36)
        .boolean("selected", false)
        .boolean("locked", false)
        .beginArray("links");
    for (const Plan::Link &link : part.links) {
        if ((in ? link.to : link.from) == row)
            json.value(link.id);
    }
    json.end().end();
}

void writeDiagram(JsonWriter &json, const Plan::Part &part,
                  const ExportShapeGenerator::Settings &settings)
{
    json.beginObject("diagram")
        .beginObject("properties")
        .number("offsetX", 0)
        .number("offsetY", 0)
        .number("zoom", 100)
        .number("gridSize", 0)
        .end()
        .beginObject("widgets");
    for (int row = 0; row < part.activities.size(); ++row) {
        const Plan::Activity &activity = part.activities.at(row);
        json.beginObject(activity.id)
            .string("id", activity.id)
            .string("type", QStringLiteral("default"))
            .string("widgetType", QLatin1String(activity.type))
            .string("label", activity.name)
            .beginObject("point")
            .number("x", activity.x)
            .number("y", activity.y)
            .end()
            .beginArray("ports");
        writePort(json, part, row, true);
        writePort(json, part, row, false);
        json.end();
        writeProperties(json, activity, settings);
        json.boolean("selected", false)
            .beginObject("extras")
            .string(
                "icon",
                QStringLiteral("/assets/icons/activity-%1.svg").arg(QLatin1String(activity.type)))
            .string("color", QStringLiteral("#0A78CC"))
            .string("width", QStringLiteral("220"))
            .string("height", QStringLiteral("72"))
            .boolean("isValid", true)
            .emptyArray("errors")
            .string("comments", QString())
            .end()
            .end();
    }
    json.end().end();
}

} // namespace

QByteArray ExportShapeGenerator::flow(int index) const
{
    const Plan plan = this->plan(index);
    const FlowFacts &facts = plan.facts;
    QByteArray out;
    out.reserve(320 * 1024);
    JsonWriter json(out);
    json.beginObject()
        .string("id", facts.versionId)
        .string("flowId", facts.flowId)
        .string("orgId", plan.orgId)
        .string("name", facts.name)
        .string("description", plan.description)
        .string("flowType", facts.subflow ? QStringLiteral("SUBFLOW") : QStringLiteral("FLOW"))
        .number("version", facts.version)
        .string("comment", QStringLiteral("Version %1").arg(facts.version))
        .string("createdBy", QStringLiteral("olena@example.com"))
        .string("createdDate", plan.createdDate)
        .string("lastModifiedBy", QStringLiteral("taras@example.com"))
        .string("lastModifiedDate", plan.lastModifiedDate)
        .beginArray("tags");
    const auto tag = [&](const QString &id) {
        json.beginObject()
            .string("id", id)
            .string("displayName", id)
            .string("flowVersionId", facts.versionId)
            .number("versionNumber", facts.version)
            .boolean("default", false)
            .end();
    };
    if (facts.live)
        tag(QStringLiteral("Live"));
    tag(QStringLiteral("Latest"));
    json.end().beginArray("variables");
    for (const char *variable : kVariables) {
        json.beginObject()
            .string("name", QLatin1String(variable))
            .string("type", QStringLiteral("STRING"))
            .string("value", QString())
            .string("description", QString())
            .boolean("isCAD", false)
            .boolean("isReportable", false)
            .boolean("isSecure", false)
            .boolean("isAgentEditable", false)
            .string("desktopLabel", QString())
            .string("source", QStringLiteral("FLOW"))
            .boolean("overwrite", true)
            .string("id", facts.flowId.left(9) + QLatin1String(variable))
            .end();
    }
    json.end()
        .beginObject("settings")
        .string("timezone", QStringLiteral("Europe/Kyiv"))
        .string("maxLoopCount", QStringLiteral("10"))
        .end()
        .emptyArray("runtimeVariables")
        .beginObject("variableOrders")
        .beginArray("order");
    for (const char *variable : kVariables)
        json.value(QLatin1String(variable));
    json.end()
        .end()
        .null("validationResults")
        .boolean("validating", false)
        .boolean("persist", true);
    writeProcess(json, plan.main, m_settings);
    writeDiagram(json, plan.main, m_settings);
    json.beginObject("eventFlows")
        .beginObject("properties")
        .number("offsetX", 0)
        .end()
        .beginObject("eventsMap")
        .beginObject("GLOBAL_EVENTS")
        .string("id", QStringLiteral("GLOBAL_EVENTS"))
        .string("name", QStringLiteral("Global events"))
        .string("description", QString())
        .beginObject("onEvents");
    for (int i = 0; i < plan.onEvents.size(); ++i)
        json.string(plan.onEvents.at(i), plan.events.activities.at(plan.onEventStarts.at(i)).id);
    json.end();
    writeProcess(json, plan.events, m_settings);
    writeDiagram(json, plan.events, m_settings);
    json.end().end().end().end();
    return out;
}

QStringList ExportShapeGenerator::writeAll(const QString &directory, QString *error) const
{
    QStringList paths;
    const QDir dir(directory);
    for (int index = 0; index < m_settings.flows; ++index) {
        const QString path = dir.filePath(fileName(index));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(flow(index)) < 0 ||
            !file.flush()) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return {};
        }
        paths.append(path);
    }
    return paths;
}
