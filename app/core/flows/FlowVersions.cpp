#include "app/core/flows/FlowVersions.h"

QString FlowVersions::slotKey(FlowVersionSlot slot)
{
    return slot == FlowVersionSlot::Live ? QStringLiteral("live") : QStringLiteral("latest");
}

std::optional<FlowVersionSlot> FlowVersions::slotFromKey(const QString &key)
{
    if (key == QLatin1String("live"))
        return FlowVersionSlot::Live;
    if (key == QLatin1String("latest"))
        return FlowVersionSlot::Latest;
    return std::nullopt;
}

QString FlowVersions::shapeKey(FlowShape shape)
{
    return shape == FlowShape::Export ? QStringLiteral("export") : QStringLiteral("authoring");
}

std::optional<FlowShape> FlowVersions::shapeFromKey(const QString &key)
{
    if (key == QLatin1String("export"))
        return FlowShape::Export;
    if (key == QLatin1String("authoring"))
        return FlowShape::Authoring;
    return std::nullopt;
}

bool FlowVersions::hasVersionFacts(const Flow &flow)
{
    // A version number alone (authoring-shape files carry one) says nothing about which
    // version of which Flow Designer flow this is: no "draft" is guessed for it.
    return !flow.flowKey.isEmpty() || flow.isLive();
}

bool FlowVersions::hasVersionFacts(const FlowUsage &usage)
{
    return !usage.flowKey.isEmpty() || usage.versionSlot == FlowVersionSlot::Live;
}

QString FlowVersions::callsNote(const FlowUsage &usage, ConnectorState state)
{
    if (!hasVersionFacts(usage))
        return {};
    if (usage.versionSlot != FlowVersionSlot::Live)
        return tr("only the draft uses it");
    switch (state) {
    case ConnectorState::Active:
        return tr("takes calls through it");
    case ConnectorState::Inactive:
        return tr("calls fail here: the connector is inactive");
    case ConnectorState::Missing:
        return tr("calls fail here: the connector does not exist");
    }
    return {};
}

bool FlowVersions::takesCalls(const FlowUsage &usage, ConnectorState state)
{
    return hasVersionFacts(usage) && usage.versionSlot == FlowVersionSlot::Live &&
           state == ConnectorState::Active;
}

QString FlowVersions::versionText(FlowVersionSlot slot, int version, bool known)
{
    if (!known)
        return {};
    if (slot == FlowVersionSlot::Live)
        return version > 0 ? tr("Live version %1").arg(version) : tr("Live version");
    return version > 0 ? tr("draft, version %1").arg(version) : tr("draft");
}

QString FlowVersions::versionText(const Flow &flow)
{
    return versionText(flow.versionSlot(), flow.version, hasVersionFacts(flow));
}

QString FlowVersions::versionText(const FlowUsage &usage)
{
    return versionText(usage.versionSlot, usage.version, hasVersionFacts(usage));
}

QString FlowVersions::label(const QString &name, FlowVersionSlot slot, int version, bool known,
                            bool subflow)
{
    QStringList facts;
    if (const QString text = versionText(slot, version, known); !text.isEmpty())
        facts.append(text);
    if (subflow)
        facts.append(tr("subflow"));
    if (facts.isEmpty())
        return name;
    return tr("%1 (%2)", "flow name (version, kind)")
        .arg(name, facts.join(tr(", ", "between a flow's version and its kind")));
}

QString FlowVersions::label(const Flow &flow)
{
    return label(flow.name, flow.versionSlot(), flow.version, hasVersionFacts(flow),
                 flow.isSubflow());
}

QString FlowVersions::label(const FlowUsage &usage)
{
    return label(usage.flowName, usage.versionSlot, usage.version, hasVersionFacts(usage),
                 usage.subflow);
}

QString FlowVersions::shortText(const Flow &flow)
{
    if (!hasVersionFacts(flow))
        return {};
    if (flow.version > 0) {
        return flow.isLive()
                   ? tr("%1 (Live)", "version number, the Live tag").arg(flow.version)
                   : tr("%1 (draft)", "version number of a version not Live").arg(flow.version);
    }
    return flow.isLive() ? tr("Live", "flow version tag") : tr("Draft", "flow version");
}

QString FlowVersions::spokenText(const Flow &flow)
{
    if (!hasVersionFacts(flow))
        return {};
    if (flow.version > 0) {
        return flow.isLive() ? tr("version %1, Live").arg(flow.version)
                             : tr("version %1, draft").arg(flow.version);
    }
    return flow.isLive() ? tr("Live version") : tr("draft version");
}

QString FlowVersions::meaningText(const Flow &flow)
{
    if (!hasVersionFacts(flow))
        return {};
    if (flow.isLive()) {
        return flow.version > 0
                   ? tr("Version %1 is the Live version: calls go through it.").arg(flow.version)
                   : tr("The Live version: calls go through it.");
    }
    return flow.version > 0 ? tr("Version %1 is a draft, not the Live version: calls do not go "
                                 "through it.")
                                  .arg(flow.version)
                            : tr("A draft, not the Live version: calls do not go through it.");
}
