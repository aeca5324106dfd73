#pragma once

#include "app/core/domain/Connector.h"
#include "app/core/domain/Flow.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/support/Result.h"
#include "ui/widgets/MessageBox.h"

#include <QCoreApplication>
#include <QList>

// The wording of the Deactivate, Activate and Delete confirmations, with the product spec's
// warnings, naming the flows that use the connector (FlowService::whereUsed's answer): a person
// sees what a change affects before making it.
class ConfirmationTexts final
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationTexts)

public:
    using Usages = Result<QList<FlowUsage>>;

    ConfirmationTexts() = delete;

    // More flows than this are counted, not named: the box must fit on the screen.
    static constexpr int maxNamedFlows = 10;

    static MessageBox::Confirmation deactivate(const Connector &connector,
                                               const Usages &usages = QList<FlowUsage>());
    static MessageBox::Confirmation activate(const Connector &connector,
                                             const Usages &usages = QList<FlowUsage>());
    static MessageBox::Confirmation remove(const Connector &connector,
                                           const Usages &usages = QList<FlowUsage>());

    // "Used by 2 flows:" and one line per flow with its activity count, or that none use it, or
    // why the flows could not be read.
    // Each flow's note about calls follows the connector's current state (FlowVersions::callsNote):
    // a Live version takes calls through an active connector; with an inactive one calls fail.
    static QString flowsUsing(const Usages &usages, FlowVersions::ConnectorState state);
    // Whether calls go through the connector: "The Live version of 2 flows takes calls through
    // this connector." or "Only drafts use this connector: …"; empty when no flow uses it or
    // some flows name no Flow Designer version (nothing is known of them).
    // With the connector inactive: "The Live version of 2 flows uses this connector, which is
    // inactive: calls fail there."
    static QString callsThrough(const Usages &usages, FlowVersions::ConnectorState state);
    static FlowVersions::ConnectorState stateOf(const Connector &connector);

private:
    // callsThrough() above flowsUsing()'s list.
    static QString withCalls(const Usages &usages, FlowVersions::ConnectorState state);
};
