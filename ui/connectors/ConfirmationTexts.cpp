#include "ui/connectors/ConfirmationTexts.h"

#include "app/core/flows/FlowVersions.h"

#include <QHash>

namespace {

struct FlowLine
{
    FlowUsage first; // the flow's first usage: its name, version and kind
    int activities = 0;
};

// One line per flow version, in the order whereUsed gives them (by flow name, Live first).
QList<FlowLine> byFlow(const QList<FlowUsage> &usages)
{
    QList<FlowLine> flows;
    QHash<QUuid, qsizetype> lineOf;
    for (const FlowUsage &usage : usages) {
        auto it = lineOf.constFind(usage.flowId);
        if (it == lineOf.cend()) {
            it = lineOf.insert(usage.flowId, flows.size());
            flows.append({usage, 0});
        }
        ++flows[*it].activities;
    }
    return flows;
}

} // namespace

FlowVersions::ConnectorState ConfirmationTexts::stateOf(const Connector &connector)
{
    return connector.active ? FlowVersions::ConnectorState::Active
                            : FlowVersions::ConnectorState::Inactive;
}

QString ConfirmationTexts::callsThrough(const Usages &usages, FlowVersions::ConnectorState state)
{
    if (!usages || usages->isEmpty())
        return {};
    int live = 0;
    int drafts = 0;
    int unknown = 0;
    for (const FlowLine &line : byFlow(*usages)) {
        if (!FlowVersions::hasVersionFacts(line.first))
            ++unknown;
        else if (line.first.versionSlot == FlowVersionSlot::Live)
            ++live;
        else
            ++drafts;
    }
    if (live > 0 && state == FlowVersions::ConnectorState::Active)
        return tr("The Live version of %n flow(s) takes calls through this connector.", nullptr,
                  live);
    if (live > 0)
        return tr("The Live version of %n flow(s) uses this connector, which is inactive: calls "
                  "fail there.",
                  nullptr, live);
    if (unknown == 0)
        return tr("Only drafts use this connector: no Live version takes calls through it.");
    return {};
}

QString ConfirmationTexts::flowsUsing(const Usages &usages, FlowVersions::ConnectorState state)
{
    if (!usages)
        return tr("The flows using this connector could not be read: %1")
            .arg(usages.error().message());
    const QList<FlowLine> flows = byFlow(*usages);
    if (flows.isEmpty())
        return tr("No flow uses this connector.");
    QStringList lines{tr("Used by %n flow(s):", nullptr, int(flows.size()))};
    for (qsizetype i = 0; i < flows.size() && i < maxNamedFlows; ++i) {
        const FlowUsage &flow = flows.at(i).first;
        const QString activities =
            tr("%n HTTP Request activity(s)", nullptr, flows.at(i).activities);
        const QString note = FlowVersions::callsNote(flow, state);
        lines.append(note.isEmpty()
                         ? tr("• %1 (%2)").arg(flow.flowName, activities)
                         : tr("• %1, %2 — %3", "flow label, activities — what it means for calls")
                               .arg(FlowVersions::label(flow), activities, note));
    }
    if (flows.size() > maxNamedFlows)
        lines.append(tr("…and %n more flow(s).", nullptr, int(flows.size() - maxNamedFlows)));
    return lines.join(u'\n');
}

QString ConfirmationTexts::withCalls(const Usages &usages, FlowVersions::ConnectorState state)
{
    const QString flows = flowsUsing(usages, state);
    const QString calls = callsThrough(usages, state);
    return calls.isEmpty() ? flows : calls + u'\n' + flows;
}

MessageBox::Confirmation ConfirmationTexts::deactivate(const Connector &connector,
                                                       const Usages &usages)
{
    return {tr("Deactivate connector"), tr("Deactivate the connector \"%1\"?").arg(connector.name),
            tr("Deactivating a connector stops call routing for every flow that uses it. We "
               "recommend deactivating connectors outside business hours.\n\n"
               "Its settings are kept: you can edit it while it is inactive and activate it "
               "again at any time.\n\n%1")
                .arg(withCalls(usages, stateOf(connector))),
            tr("&Deactivate"), true};
}

MessageBox::Confirmation ConfirmationTexts::activate(const Connector &connector,
                                                     const Usages &usages)
{
    return {tr("Activate connector"), tr("Activate the connector \"%1\"?").arg(connector.name),
            tr("Flows in Flow Designer can use the connector again as soon as it is active. Its "
               "settings become read-only while it is active.\n\n%1")
                .arg(flowsUsing(usages, stateOf(connector))),
            tr("&Activate"), false};
}

MessageBox::Confirmation ConfirmationTexts::remove(const Connector &connector, const Usages &usages)
{
    QString flows = withCalls(usages, stateOf(connector));
    if (usages && !usages->isEmpty())
        flows += u'\n' + tr("Their HTTP Request activities stay in place, marked broken in the "
                            "Flows tab, until they are pointed at another connector.");
    return {tr("Delete connector"), tr("Delete the connector \"%1\"?").arg(connector.name),
            tr("After deletion, scripts that are running now may stop working, and the "
               "connector's functionality is removed from the associated flows.\n\n"
               "%1\n\nConnector ID:\n%2")
                .arg(flows, connector.idText()),
            tr("&Delete"), true};
}
