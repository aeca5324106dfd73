#include "app/connectorctl/CtlFormatter.h"

#include "app/connectorctl/CtlTable.h"
#include "app/core/flows/ActivityRules.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/support/PrintableText.h"
#include "app/core/support/Timestamps.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(jsonText(item));
        return items.join(u',');
    }
    if (value.isBool())
        return value.toBool() ? CtlFormatter::tr("active") : CtlFormatter::tr("inactive");
    return value.toVariant().toString();
}

} // namespace

QString CtlFormatter::dateTime(const QDateTime &at)
{
    return at.isValid() ? Timestamps::toDisplay(at) : QString();
}

QString CtlFormatter::table(const QStringList &headers, const QList<QStringList> &givenRows)
{
    CtlTable aligned(headers);
    for (const QStringList &row : givenRows)
        aligned.measure(row);
    QString text = aligned.headerLine();
    for (const QStringList &row : givenRows)
        text += aligned.line(row);
    return text;
}

QString CtlFormatter::noConnectors()
{
    return tr("No connectors yet. Add one with: connectorctl add --name NAME --access "
              "read-only --authorize");
}

QStringList CtlFormatter::connectorHeaders()
{
    return {tr("ID"), tr("STATE"), tr("ACCESS"), tr("NAME", "connector name column")};
}

QStringList CtlFormatter::connectorRow(const Connector &connector)
{
    return {connector.idText(), connector.active ? tr("active") : tr("inactive"),
            ConnectorAccess::keys(connector.access).join(u','), connector.name};
}

QString CtlFormatter::connectorCount(qsizetype count)
{
    return tr("%n connector(s)", nullptr, int(count)) + u'\n';
}

QString CtlFormatter::connectorTable(const QList<Connector> &connectors)
{
    if (connectors.isEmpty())
        return noConnectors();
    QList<QStringList> rows;
    for (const Connector &connector : connectors)
        rows.append(connectorRow(connector));
    return table(connectorHeaders(), rows) + connectorCount(connectors.size());
}

QString CtlFormatter::connectorDetails(const Connector &connector)
{
    const QList<QStringList> rows = {
        {tr("Name:"), connector.name},
        {tr("Connector ID:"), connector.idText()},
        {tr("State:"), connector.active ? tr("active") : tr("inactive")},
        {tr("Access:"), ConnectorAccess::displayName(connector.access)},
        {tr("Scopes:"), connector.scopes().join(QStringLiteral(", "))},
        {tr("HTTP methods:"), ConnectorAccess::methodsFor(connector.access).join(u' ')},
        {tr("Authorised by:"),
         tr("%1 at %2").arg(connector.authorizedBy, dateTime(connector.authorizedAt))},
        {tr("Created:"), tr("%1 by %2").arg(dateTime(connector.createdAt), connector.createdBy)},
        {tr("Last change:"),
         tr("%1 by %2").arg(dateTime(connector.updatedAt), connector.updatedBy)},
        {tr("Revision:"), QString::number(connector.revision)},
    };
    return labelled(rows);
}

QString CtlFormatter::labelled(const QList<QStringList> &rows, int indent)
{
    qsizetype width = 0;
    for (const QStringList &row : rows)
        width = qMax(width, row[0].size());
    QString text;
    for (const QStringList &row : rows)
        text += QString(indent, u' ') + row[0].leftJustified(width + 1) +
                PrintableText::escaped(row[1]) + u'\n';
    return text;
}

QString CtlFormatter::noHistory()
{
    return tr("No history yet.");
}

QStringList CtlFormatter::historyHeaders()
{
    return {tr("WHEN"), tr("WHO"), tr("ACTION"), tr("WHAT")};
}

QStringList CtlFormatter::historyRow(const AuditEntry &entry)
{
    QStringList changes;
    for (const QString &field : entry.changedFields()) {
        if (entry.before.contains(field) && entry.after.contains(field)) {
            changes.append(tr("%1: %2 -> %3")
                               .arg(fieldLabel(field), jsonText(entry.before.value(field)),
                                    jsonText(entry.after.value(field))));
        }
    }
    return {dateTime(entry.at), entry.actorText(), AuditActions::displayName(entry.action),
            entry.subject + (changes.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(
                                                     changes.join(QStringLiteral("; "))))};
}

QString CtlFormatter::history(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return noHistory();
    QList<QStringList> rows;
    for (const AuditEntry &entry : entries)
        rows.append(historyRow(entry));
    return table(historyHeaders(), rows);
}

QString CtlFormatter::fieldLabel(const QString &key)
{
    if (key == QLatin1String("name"))
        return tr("name");
    if (key == QLatin1String("access"))
        return tr("access");
    if (key == QLatin1String("scopes"))
        return tr("scopes");
    if (key == QLatin1String("active"))
        return tr("state");
    return key;
}

QString CtlFormatter::adminTable(const QList<AdminAccount> &admins)
{
    QList<QStringList> rows;
    for (const AdminAccount &admin : admins)
        rows.append({admin.email, AdminRoles::key(admin.role), admin.displayName});
    return table({tr("EMAIL"), tr("ROLE"), tr("NAME", "person's name column")}, rows);
}

int CtlFormatter::flaggedCount(const ActivityProblems &problems)
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [](const QList<CoreError> &found) { return !found.isEmpty(); }));
}

QString CtlFormatter::flowPart(const QString &eventFlow)
{
    return eventFlow.isEmpty() ? tr("main flow")
                               : tr("event flow %1").arg(PrintableText::escaped(eventFlow));
}

QString CtlFormatter::flowTable(const QList<Flow> &flows, const QList<ActivityProblems> &problems)
{
    if (flows.isEmpty())
        return tr("No flows yet. Import a Flow Designer export with: connectorctl flows import "
                  "FILE");
    QList<QStringList> rows;
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const Flow &flow = flows.at(i);
        const QString version = FlowVersions::versionText(flow);
        rows.append({flow.idText(), shortFlowKey(flow.flowKey), flow.flowType,
                     version.isEmpty() ? QStringLiteral("-") : version,
                     QString::number(flow.activities.size()),
                     QString::number(flaggedCount(problems.value(i))), flow.name});
    }
    return table({tr("ID"), tr("FLOWID", "Flow Designer's flowId column"), tr("TYPE"),
                  tr("VERSION"), tr("ACTIVITIES"), tr("FLAGGED"), tr("NAME", "flow name column")},
                 rows) +
           tr("%n flow(s)", nullptr, int(flows.size())) + u'\n';
}

QString CtlFormatter::shortFlowKey(const QString &flowKey)
{
    // Flow Designer's object IDs (24 characters) are shown whole; anything longer (a UUID) keeps
    // its start and end, enough to tell flows apart; `--json` and `flows show` give it whole.
    constexpr qsizetype kWhole = 24;
    if (flowKey.isEmpty())
        return QStringLiteral("-");
    if (flowKey.size() <= kWhole)
        return flowKey;
    return flowKey.left(12) + QChar(0x2026) + flowKey.right(kWhole - 13);
}

QJsonObject CtlFormatter::flowSummaryJson(const Flow &flow, const ActivityProblems &problems)
{
    return {{QStringLiteral("id"), flow.idText()},
            {QStringLiteral("name"), flow.name},
            {QStringLiteral("flowType"), flow.flowType},
            {QStringLiteral("activities"), int(flow.activities.size())},
            {QStringLiteral("problems"), flaggedCount(problems)},
            // Flow Designer's identity and version facts (null or 0 when the file had none).
            {QStringLiteral("flowKey"),
             flow.flowKey.isEmpty() ? QJsonValue() : QJsonValue(flow.flowKey)},
            {QStringLiteral("versionId"),
             flow.versionId.isEmpty() ? QJsonValue() : QJsonValue(flow.versionId)},
            {QStringLiteral("version"), flow.version},
            {QStringLiteral("slot"), FlowVersions::slotKey(flow.versionSlot())},
            {QStringLiteral("subflow"), flow.isSubflow()},
            {QStringLiteral("lastModified"),
             flow.lastModified.isEmpty() ? QJsonValue() : QJsonValue(flow.lastModified)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(flow.tags)},
            {QStringLiteral("shape"), FlowVersions::shapeKey(flow.shape)}};
}

QString CtlFormatter::connectorText(const HttpRequestActivity &activity,
                                    const QHash<QUuid, QString> &connectorNames)
{
    if (!activity.authenticated)
        return tr("none (unauthenticated request to a full URL)");
    if (activity.connectorId.isNull())
        return tr("none chosen");
    const auto name = connectorNames.constFind(activity.connectorId);
    if (name == connectorNames.constEnd())
        return tr("%1 (missing: no such connector)").arg(activity.connectorIdText());
    return tr("%1 \"%2\"").arg(activity.connectorIdText(), name.value());
}

QString CtlFormatter::flowDetails(const Flow &flow, const ActivityProblems &problems,
                                  const QHash<QUuid, QString> &connectorNames)
{
    QString text = labelled({
        {tr("Name:"), flow.name},
        {tr("Flow ID:"), flow.idText()},
        {tr("Type:"), flow.isSubflow() ? tr("%1 (subflow)").arg(flow.flowType) : flow.flowType},
        {tr("Version:"), FlowVersions::hasVersionFacts(flow)
                             ? FlowVersions::versionText(flow)
                             : tr("not known (the file names no Flow Designer version)")},
        {tr("Flow Designer ID:"), flow.flowKey.isEmpty() ? tr("none") : flow.flowKey},
        {tr("Last modified:"), flow.lastModified.isEmpty() ? tr("not known") : flow.lastModified},
        {tr("Description:"), flow.description},
        {tr("Imported:"), tr("%1 by %2").arg(dateTime(flow.importedAt), flow.importedBy)},
        {tr("Last change:"), tr("%1 by %2").arg(dateTime(flow.updatedAt), flow.updatedBy)},
        {tr("Revision:"), QString::number(flow.revision)},
        {tr("HTTP Request activities:"), QString::number(flow.activities.size())},
    });
    for (qsizetype i = 0; i < flow.activities.size(); ++i) {
        const HttpRequestActivity &activity = flow.activities.at(i);
        QStringList variables;
        for (const OutputVariable &variable : activity.outputVariables)
            variables.append(tr("%1 = %2").arg(variable.name, variable.jsonPath));
        QList<QStringList> rows = {
            {tr("Connector:"),
             ActivityRules::connectorInactive(problems.value(i))
                 ? tr("%1 (inactive: calls fail here)").arg(connectorText(activity, connectorNames))
                 : connectorText(activity, connectorNames)},
            {tr("Method:"), activity.method},
            activity.authenticated ? QStringList{tr("Path:"), activity.path}
                                   : QStringList{tr("URL:"), activity.url},
            {tr("Output variables:"),
             variables.isEmpty() ? tr("none") : variables.join(QStringLiteral("; "))},
        };
        for (const CoreError &problem : problems.value(i))
            rows.append({tr("Problem:"), problem.message()});
        text += u'\n' +
                tr("\"%1\" (node %2, %3)")
                    .arg(PrintableText::escaped(activity.nodeName),
                         PrintableText::escaped(activity.nodeId), flowPart(activity.eventFlow)) +
                u'\n' + labelled(rows, 2);
    }
    return text;
}

QJsonObject CtlFormatter::flowDetailsJson(const Flow &flow, const ActivityProblems &problems,
                                          const QHash<QUuid, QString> &connectorNames)
{
    QJsonArray activities;
    for (qsizetype i = 0; i < flow.activities.size(); ++i) {
        const HttpRequestActivity &activity = flow.activities.at(i);
        QJsonArray variables;
        for (const OutputVariable &variable : activity.outputVariables) {
            variables.append(QJsonObject{{QStringLiteral("outputVariable"), variable.name},
                                         {QStringLiteral("jsonPathExp"), variable.jsonPath}});
        }
        QJsonArray found;
        for (const CoreError &problem : problems.value(i)) {
            // "blocking": false for a warning that does not refuse a save (inactive connector).
            found.append(
                QJsonObject{{QStringLiteral("rule"), problem.ruleKey()},
                            {QStringLiteral("message"), problem.message()},
                            {QStringLiteral("blocking"), ActivityRules::isBlocking(problem)}});
        }
        const auto name = connectorNames.constFind(activity.connectorId);
        const bool missing = activity.authenticated && name == connectorNames.constEnd();
        activities.append(QJsonObject{
            {QStringLiteral("nodeId"), activity.nodeId},
            {QStringLiteral("nodeName"), activity.nodeName},
            {QStringLiteral("eventFlow"), activity.eventFlow},
            {QStringLiteral("authenticated"), activity.authenticated},
            {QStringLiteral("connectorId"), activity.connectorIdText()},
            {QStringLiteral("connectorName"),
             name == connectorNames.constEnd() ? QJsonValue() : QJsonValue(name.value())},
            {QStringLiteral("connectorMissing"), missing},
            {QStringLiteral("connectorInactive"),
             ActivityRules::connectorInactive(problems.value(i))},
            {QStringLiteral("method"), activity.method},
            {QStringLiteral("path"), activity.path},
            {QStringLiteral("url"), activity.url},
            {QStringLiteral("outputVariables"), variables},
            {QStringLiteral("problems"), found},
        });
    }
    QJsonObject json = flowSummaryJson(flow, problems);
    json.insert(QStringLiteral("description"), flow.description);
    json.insert(QStringLiteral("importedBy"), flow.importedBy);
    json.insert(QStringLiteral("importedAt"), Timestamps::toStorage(flow.importedAt));
    json.insert(QStringLiteral("updatedBy"), flow.updatedBy);
    json.insert(QStringLiteral("updatedAt"), Timestamps::toStorage(flow.updatedAt));
    json.insert(QStringLiteral("revision"), flow.revision);
    json.insert(QStringLiteral("activities"), activities);
    return json;
}

QString CtlFormatter::flaggedActivities(const Flow &flow, const ActivityProblems &problems)
{
    QString text;
    for (qsizetype i = 0; i < flow.activities.size() && i < problems.size(); ++i) {
        const HttpRequestActivity &activity = flow.activities.at(i);
        for (const CoreError &problem : problems.at(i)) {
            text += QStringLiteral("  ! ") +
                    tr("\"%1\" in the %2 of \"%3\": %4")
                        .arg(PrintableText::escaped(activity.nodeName),
                             flowPart(activity.eventFlow), PrintableText::escaped(flow.name),
                             PrintableText::escaped(problem.message())) +
                    u'\n';
        }
    }
    return text;
}

QString CtlFormatter::usageTable(const QList<FlowUsage> &usages)
{
    QList<QStringList> rows;
    for (const FlowUsage &usage : usages) {
        const QString version = FlowVersions::versionText(usage);
        rows.append({usage.flowId.toString(QUuid::WithoutBraces), flowPart(usage.eventFlow),
                     usage.nodeName, version.isEmpty() ? QStringLiteral("-") : version,
                     usage.subflow ? tr("subflow") : tr("flow", "kind of flow"), usage.flowName});
    }
    return table({tr("FLOW ID"), tr("PART"), tr("ACTIVITY"), tr("VERSION"), tr("KIND"), tr("FLOW")},
                 rows);
}

QString CtlFormatter::usageByVersion(const QList<FlowUsage> &usages,
                                     FlowVersions::ConnectorState state)
{
    QString text;
    QSet<QUuid> seen;
    for (const FlowUsage &usage : usages) {
        if (seen.contains(usage.flowId))
            continue;
        seen.insert(usage.flowId);
        const QString note = FlowVersions::callsNote(usage, state);
        text +=
            QStringLiteral("  ") +
            (note.isEmpty() ? PrintableText::escaped(FlowVersions::label(usage))
                            : tr("%1 — %2", "flow label — what its use means for calls")
                                  .arg(PrintableText::escaped(FlowVersions::label(usage)), note)) +
            u'\n';
    }
    return text;
}

QJsonObject CtlFormatter::usageJson(const FlowUsage &usage, FlowVersions::ConnectorState state)
{
    return {{QStringLiteral("flowId"), usage.flowId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("flowName"), usage.flowName},
            {QStringLiteral("eventFlow"), usage.eventFlow},
            {QStringLiteral("nodeId"), usage.nodeId},
            {QStringLiteral("nodeName"), usage.nodeName},
            {QStringLiteral("flowKey"),
             usage.flowKey.isEmpty() ? QJsonValue() : QJsonValue(usage.flowKey)},
            {QStringLiteral("version"), usage.version},
            {QStringLiteral("slot"), FlowVersions::slotKey(usage.versionSlot)},
            {QStringLiteral("subflow"), usage.subflow},
            {QStringLiteral("lastModified"),
             usage.lastModified.isEmpty() ? QJsonValue() : QJsonValue(usage.lastModified)},
            // True when the Live version uses the connector and it is active, so calls go through
            // it; null when the flow names no Flow Designer version.
            {QStringLiteral("takesCalls"), FlowVersions::hasVersionFacts(usage)
                                               ? QJsonValue(FlowVersions::takesCalls(usage, state))
                                               : QJsonValue()},
            // True when the Live version uses the connector but it is inactive (or gone): the
            // calls that reach the activity fail.
            {QStringLiteral("callsFail"),
             FlowVersions::hasVersionFacts(usage)
                 ? QJsonValue(usage.versionSlot == FlowVersionSlot::Live &&
                              state != FlowVersions::ConnectorState::Active)
                 : QJsonValue()}};
}
