#pragma once

#include "app/core/domain/HttpRequestActivity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

// Which of Flow Designer's two JSON shapes a flow document has (see FlowDesignerFormat):
// the export shape (`process.activities` keyed by ID, `diagram.widgets`, `eventFlows.eventsMap`)
// that Flow Designer and `flows/{flowId}:export` give, or the authoring shape (`nodes`/`edges`).
enum class FlowShape
{
    Authoring,
    Export,
};

// Which version of one Flow Designer flow a stored flow is. The console holds at most one of
// each per flow: the version tagged Live (the one taking calls) and the latest other version.
enum class FlowVersionSlot
{
    Latest,
    Live,
};

// A call flow as Flow Designer exported it. `document` is the export itself, kept whole so that
// every property the console does not understand goes back out untouched; `activities` are the
// HTTP Request activities read out of it (main flow first, then each event flow).
struct Flow
{
    QUuid id; // the console's own ID, assigned by the store on first import and kept
    QString name;
    QString flowType; // "FLOW" or "SUBFLOW" as the export says; may be empty
    QString description;
    FlowShape shape = FlowShape::Authoring;
    // Flow Designer's identity and version facts (export shape; empty/0 when the file has none):
    // `flowId` names the flow across its versions, `id` one version object.
    QString flowKey;
    QString versionId;
    int version = 0;
    QString lastModified; // `lastModifiedDate` as the export wrote it (ISO 8601)
    QStringList tags;     // tag ids naming this version, e.g. "Live", "Latest"
    // Whether the file listed this version's tags at all (a `tags` array, even an empty one): a
    // file without tags says nothing about Live, one with tags but no Live says "not Live".
    bool tagsStated = false;
    // The version object the file's Live tag names, when a tag object names one: this version's
    // `id`, or another version's when Live has moved on in Flow Designer.
    QString liveVersionId;
    QJsonObject document;
    // The JSON text `document` was read from, when an import has it at hand: the store keeps it
    // as it came instead of serialising `document` again. Empty otherwise; whoever changes
    // `document` must clear it.
    QString documentText;
    QList<HttpRequestActivity> activities;
    QString importedBy;
    QDateTime importedAt;
    QString updatedBy;
    QDateTime updatedAt;
    int revision = 0;

    QString idText() const { return id.toString(QUuid::WithoutBraces); }
    bool isValid() const { return !id.isNull(); }
    bool isSubflow() const
    {
        return flowType.compare(QLatin1String("SUBFLOW"), Qt::CaseInsensitive) == 0;
    }
    bool isLive() const { return tags.contains(QStringLiteral("Live"), Qt::CaseInsensitive); }
    // Whether the file says this version is not (any more) the Live one: it lists its tags
    // without Live, or its Live tag names another version.
    bool saysNotLive() const
    {
        return !isLive() && (tagsStated || !tags.isEmpty() || !liveVersionId.isEmpty());
    }
    FlowVersionSlot versionSlot() const
    {
        return isLive() ? FlowVersionSlot::Live : FlowVersionSlot::Latest;
    }

    // The activity with this node id in this event flow (empty for the main flow), or null.
    const HttpRequestActivity *activity(const QString &eventFlow, const QString &nodeId) const
    {
        for (const HttpRequestActivity &candidate : activities) {
            if (candidate.eventFlow == eventFlow && candidate.nodeId == nodeId)
                return &candidate;
        }
        return nullptr;
    }
};
Q_DECLARE_METATYPE(Flow)

// How much of each flow a listing reads. A summary reads the activities from their compact
// stored list and leaves the document out, so a list of thousands of flows stays small and
// quick; find() always returns the whole flow.
enum class FlowContent
{
    Summary,
    Whole,
};

// One place a connector is used: an HTTP Request activity in a flow.
struct FlowUsage
{
    QUuid flowId;
    QString flowName;
    QString nodeId;
    QString nodeName;
    QString eventFlow;
    // Which version of which kind of flow this is, so a confirmation can say whether calls go
    // through the connector (the Live version) or only a draft uses it.
    FlowVersionSlot versionSlot = FlowVersionSlot::Latest;
    int version = 0;
    bool subflow = false;
    QString flowKey;      // Flow Designer's `flowId`, empty when the flow has none
    QString lastModified; // `lastModifiedDate` of the version

    bool operator==(const FlowUsage &other) const = default;
};

// How many flows and activities use one connector.
struct UsageCount
{
    int flows = 0;
    int activities = 0;
};
