#include "app/core/flows/FlowDocument.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QPointF>

namespace {

const QLatin1String kNodes("nodes");
const QLatin1String kProcess("process");
const QLatin1String kActivities("activities");
const QLatin1String kDiagram("diagram");
const QLatin1String kWidgets("widgets");
const QLatin1String kEventFlows("eventFlows");
const QLatin1String kEventsMap("eventsMap");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowDocument)
};

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// ---- the export shape ----------------------------------------------------------------------

// One flow of the export shape (the main flow or an event flow): its process and diagram.
struct ExportPart
{
    QString eventFlow;
    QJsonObject part; // holds "process" and "diagram"
};

QList<ExportPart> exportParts(const QJsonObject &document)
{
    QList<ExportPart> parts{{QString(), document}};
    const QJsonObject events = document.value(kEventFlows).toObject().value(kEventsMap).toObject();
    for (auto it = events.begin(); it != events.end(); ++it)
        parts.append({it.key(), it.value().toObject()});
    return parts;
}

// Where the diagram draws an activity, for an order that matches what the admin sees.
QPointF drawnAt(const QJsonObject &widgets, const QString &activityId)
{
    const QJsonObject point =
        widgets.value(activityId).toObject().value(QLatin1String("point")).toObject();
    return {point.value(QLatin1String("x")).toDouble(), point.value(QLatin1String("y")).toDouble()};
}

void visitExportPart(const ExportPart &part,
                     const std::function<void(const FlowDocument::Site &)> &visit)
{
    const QJsonObject activities =
        part.part.value(kProcess).toObject().value(kActivities).toObject();
    const QJsonObject widgets = part.part.value(kDiagram).toObject().value(kWidgets).toObject();
    QList<std::pair<QPointF, QString>> order;
    order.reserve(activities.size());
    for (auto it = activities.begin(); it != activities.end(); ++it)
        order.append({drawnAt(widgets, it.key()), it.key()});
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        if (a.first.y() != b.first.y())
            return a.first.y() < b.first.y();
        return a.first.x() < b.first.x();
    });
    for (const auto &[point, id] : std::as_const(order))
        visit({part.eventFlow, id, activities.value(id).toObject()});
}

// Applies `edit` to `container[key][child][id]` and stores the result back; false when absent.
bool editNested(QJsonObject &container, QLatin1String key, QLatin1String child, const QString &id,
                const FlowDocument::Match &matches, const FlowDocument::Edit &edit, bool isWidget)
{
    QJsonObject outer = container.value(key).toObject();
    QJsonObject objects = outer.value(child).toObject();
    const auto it = objects.find(id);
    if (it == objects.end() || !it.value().isObject() ||
        (matches && !matches(it.value().toObject())))
        return false;
    QJsonObject object = it.value().toObject();
    edit(object, isWidget);
    it.value() = object;
    outer.insert(child, objects);
    container.insert(key, outer);
    return true;
}

bool editExportActivity(QJsonObject &document, const QString &eventFlow, const QString &activityId,
                        const FlowDocument::Match &matches, const FlowDocument::Edit &edit)
{
    auto editPart = [&](QJsonObject &part) {
        if (!editNested(part, kProcess, kActivities, activityId, matches, edit, false))
            return false;
        editNested(part, kDiagram, kWidgets, activityId, {}, edit, true);
        return true;
    };
    if (eventFlow.isEmpty())
        return editPart(document);
    QJsonObject eventFlows = document.value(kEventFlows).toObject();
    QJsonObject events = eventFlows.value(kEventsMap).toObject();
    const auto it = events.find(eventFlow);
    if (it == events.end())
        return false;
    QJsonObject part = it.value().toObject();
    if (!editPart(part))
        return false;
    it.value() = part;
    eventFlows.insert(kEventsMap, events);
    document.insert(kEventFlows, eventFlows);
    return true;
}

QString exportStructureProblem(const QJsonObject &document)
{
    const QJsonValue eventFlows = document.value(kEventFlows);
    if (!isAbsent(eventFlows) && !eventFlows.isObject())
        return Tr::tr("its \"eventFlows\" is not an object.");
    const QJsonValue events = eventFlows.toObject().value(kEventsMap);
    if (!isAbsent(events) && !events.isObject())
        return Tr::tr("its \"eventFlows.eventsMap\" is not an object keyed by event flow ID.");
    const QJsonObject map = events.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        // An empty ID would pass for the main flow, whose activities it could then overwrite.
        if (it.key().isEmpty())
            return Tr::tr("an event flow in \"eventFlows.eventsMap\" has an empty ID.");
        const QJsonValue process = it.value().toObject().value(kProcess);
        if (!it.value().isObject() ||
            (!isAbsent(process) && !process.toObject().value(kActivities).isObject()))
            return Tr::tr("the event flow \"%1\" has no \"process.activities\" object.")
                .arg(it.key());
    }
    return {};
}

// ---- the authoring shape -------------------------------------------------------------------

// Calls `visit(eventFlowName, nodes)` for the main flow ("") and every event flow, and stores
// what the visitor changed back into the document. Event flows come as an object keyed by name
// ({"GLOBAL_EVENTS": {"nodes": [...]}}) or as a list of objects with a "name".
template<typename Visitor> void forEachNodeList(QJsonObject &document, Visitor visit)
{
    QJsonArray mainNodes = document.value(kNodes).toArray();
    if (visit(QString(), mainNodes))
        document.insert(kNodes, mainNodes);

    const QJsonValue eventFlows = document.value(kEventFlows);
    if (eventFlows.isObject()) {
        QJsonObject flows = eventFlows.toObject();
        for (auto it = flows.begin(); it != flows.end(); ++it) {
            QJsonObject flow = it.value().toObject();
            QJsonArray nodes = flow.value(kNodes).toArray();
            if (visit(it.key(), nodes)) {
                flow.insert(kNodes, nodes);
                it.value() = flow;
                document.insert(kEventFlows, flows);
                return;
            }
        }
    } else if (eventFlows.isArray()) {
        QJsonArray flows = eventFlows.toArray();
        for (int i = 0; i < flows.size(); ++i) {
            QJsonObject flow = flows.at(i).toObject();
            QString name = flow.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                name = flow.value(QLatin1String("id")).toVariant().toString();
            // Without a name or id it still must not pass for the main flow (""), whose
            // activities share node ids with it; its place in the list names it.
            if (name.isEmpty())
                name = QStringLiteral("eventFlows[%1]").arg(i);
            QJsonArray nodes = flow.value(kNodes).toArray();
            if (visit(name, nodes)) {
                flow.insert(kNodes, nodes);
                flows.replace(i, flow);
                document.insert(kEventFlows, flows);
                return;
            }
        }
    }
}

QString nodeId(const QJsonObject &node)
{
    return node.value(QLatin1String("id")).toVariant().toString();
}

} // namespace

std::optional<FlowShape> FlowDocument::shapeOf(const QJsonObject &document)
{
    // Flow Designer's own shape first: a document with both is an export that also kept nodes.
    if (document.value(kProcess).toObject().value(kActivities).isObject())
        return FlowShape::Export;
    if (document.value(kNodes).isArray())
        return FlowShape::Authoring;
    return std::nullopt;
}

QString FlowDocument::structureProblem(const QJsonObject &document, FlowShape shape)
{
    if (shape == FlowShape::Export)
        return exportStructureProblem(document);
    const QJsonValue eventFlows = document.value(kEventFlows);
    if (!isAbsent(eventFlows) && !eventFlows.isObject() && !eventFlows.isArray())
        return Tr::tr("its \"eventFlows\" is neither an object nor a list.");
    if (eventFlows.toObject().contains(QString()))
        return Tr::tr("an event flow in \"eventFlows\" has an empty name.");
    return {};
}

void FlowDocument::forEachActivity(const QJsonObject &document, FlowShape shape,
                                   const std::function<void(const Site &)> &visit)
{
    if (shape == FlowShape::Export) {
        for (const ExportPart &part : exportParts(document))
            visitExportPart(part, visit);
        return;
    }
    QJsonObject copy = document; // the walker allows edits; this pass makes none
    forEachNodeList(copy, [&visit](const QString &eventFlow, QJsonArray &nodes) {
        for (const QJsonValue &value : std::as_const(nodes)) {
            const QJsonObject node = value.toObject();
            visit({eventFlow, nodeId(node), node});
        }
        return false;
    });
}

bool FlowDocument::editActivity(QJsonObject &document, FlowShape shape, const QString &eventFlow,
                                const QString &activityId, const Match &matches, const Edit &edit)
{
    if (shape == FlowShape::Export)
        return editExportActivity(document, eventFlow, activityId, matches, edit);
    bool edited = false;
    forEachNodeList(document, [&](const QString &name, QJsonArray &nodes) {
        if (edited || name != eventFlow)
            return false;
        for (int i = 0; i < nodes.size(); ++i) {
            QJsonObject node = nodes.at(i).toObject();
            if (nodeId(node) != activityId || (matches && !matches(node)))
                continue;
            edit(node, false);
            nodes.replace(i, node);
            edited = true;
            return true;
        }
        return false;
    });
    return edited;
}
