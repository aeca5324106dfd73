#pragma once

#include "app/core/domain/HttpRequestActivity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

// A call flow as Flow Designer exported it. `document` is the export itself, kept whole so that
// every property the console does not understand goes back out untouched; `activities` are the
// HTTP Request activities read out of it (main flow first, then each event flow).
struct Flow
{
    QUuid
        id; // assigned by the store on first import; re-importing a flow of the same name keeps it
    QString name;
    QString flowType;
    QString description;
    QJsonObject document;
    QList<HttpRequestActivity> activities;
    QString importedBy;
    QDateTime importedAt;
    QString updatedBy;
    QDateTime updatedAt;
    int revision = 0;

    QString idText() const { return id.toString(QUuid::WithoutBraces); }
    bool isValid() const { return !id.isNull(); }

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

// How much of each flow a listing reads. A summary parses the activities out of the stored
// document and then drops the document, so a list of thousands of flows stays small; find()
// always returns the whole flow.
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

    bool operator==(const FlowUsage &other) const = default;
};

// How many flows and activities use one connector.
struct UsageCount
{
    int flows = 0;
    int activities = 0;
};
