#pragma once

#include "app/core/domain/Flow.h"

#include <functional>
#include <optional>
#include <QJsonObject>
#include <QString>

// Finds its way around a flow document of either of Flow Designer's shapes (see
// ../shared/spec/flow-designer-api.md and FlowShape):
// - export: `process.activities` is an object keyed by activity ID, `diagram.widgets` draws each
//   activity under the same ID and repeats its properties, and `eventFlows.eventsMap.<id>` holds
//   each event flow's own `process` and `diagram`;
// - authoring: `nodes` is a list, and `eventFlows` maps event flow names to their own `nodes`
//   (or is a list of event flows with a name).
// It knows where activities live, not what they mean: ActivityProperties reads those.
class FlowDocument final
{
public:
    FlowDocument() = delete;

    // One activity as it sits in the document.
    struct Site
    {
        QString eventFlow; // empty for the main flow
        QString activityId;
        QJsonObject activity;
    };

    // The shape, or nullopt when the document is neither.
    static std::optional<FlowShape> shapeOf(const QJsonObject &document);
    // Why a document of this shape cannot be walked (a part that has the wrong JSON type), or an
    // empty string when it can.
    static QString structureProblem(const QJsonObject &document, FlowShape shape);

    // Every activity: the main flow first, then each event flow. Within a flow, export-shape
    // activities come in the order the diagram draws them (top to bottom, left to right), since
    // their keys carry no order; authoring-shape nodes in list order.
    static void forEachActivity(const QJsonObject &document, FlowShape shape,
                                const std::function<void(const Site &)> &visit);

    // Lets `edit` change the activity and, in the export shape, the diagram widget that draws it
    // (`isWidget` tells which it is given). The activity is the first with this ID in this event
    // flow that `matches` accepts (authoring-shape lists may repeat an ID). False when there is
    // none.
    using Edit = std::function<void(QJsonObject &object, bool isWidget)>;
    using Match = std::function<bool(const QJsonObject &activity)>;
    static bool editActivity(QJsonObject &document, FlowShape shape, const QString &eventFlow,
                             const QString &activityId, const Match &matches, const Edit &edit);
};
