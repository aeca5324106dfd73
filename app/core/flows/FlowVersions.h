#pragma once

#include "app/core/domain/Flow.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

// How the console names a flow's version and its slot, in the store, in connectorctl's JSON and
// in every sentence that says which version uses a connector: "Live version 7", "draft, version
// 8", "subflow". One place, so the window, the confirmations and connectorctl agree.
class FlowVersions final
{
    Q_DECLARE_TR_FUNCTIONS(FlowVersions)

public:
    FlowVersions() = delete;

    // "live" or "latest": the store's and the JSON's spelling.
    static QString slotKey(FlowVersionSlot slot);
    static std::optional<FlowVersionSlot> slotFromKey(const QString &key);
    // "authoring" or "export".
    static QString shapeKey(FlowShape shape);
    static std::optional<FlowShape> shapeFromKey(const QString &key);

    // "Live version 7", "draft, version 8", "Live version", "draft"; empty for a flow that has
    // no version facts at all (an authoring-shape file without flowId, version or tags).
    static QString versionText(FlowVersionSlot slot, int version, bool known);
    static QString versionText(const Flow &flow);
    static QString versionText(const FlowUsage &usage);
    // The Flows tab's short version cell: "3 (Live)", "4 (draft)"; "Live" or "Draft" without
    // a number; empty without version facts.
    static QString shortText(const Flow &flow);
    // For screen readers: "version 3, Live"; empty without version facts.
    static QString spokenText(const Flow &flow);
    // What the version means for calls, as a sentence: "Version 3 is the Live version: calls go
    // through it."; empty without version facts.
    static QString meaningText(const Flow &flow);
    // The flow's name with its version and kind: "Main IVR (Live version 7, subflow)".
    static QString label(const QString &name, FlowVersionSlot slot, int version, bool known,
                         bool subflow);
    static QString label(const Flow &flow);
    static QString label(const FlowUsage &usage);

    // The connector's state as the sentence about calls should know it.
    enum class ConnectorState
    {
        Active,
        Inactive,
        Missing, // deleted, or never in this database
    };
    // What one flow's use of a connector means for calls: "takes calls through it" (the Live
    // version, the connector active), "calls fail here: the connector is inactive" (or does not
    // exist), "only the draft uses it" (the latest version that is not Live); empty when the
    // flow has no version facts, so nothing is known either way.
    static QString callsNote(const FlowUsage &usage, ConnectorState state);
    // Whether calls go through the connector in this usage: the Live version, connector active.
    static bool takesCalls(const FlowUsage &usage, ConnectorState state);
    // Whether the usage's flow carries version facts (a flowId or the Live slot).
    static bool hasVersionFacts(const FlowUsage &usage);

    // Whether the flow carries any version fact, so a label has something to say.
    static bool hasVersionFacts(const Flow &flow);
};
