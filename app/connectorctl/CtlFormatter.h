#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/AuditEntry.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/CoreError.h"
#include "app/core/domain/Flow.h"
#include "app/core/flows/FlowVersions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// Human-readable text for connectorctl: aligned tables and labelled fields, translated, with
// dates in the current locale. Every value from a file or the database is shown through
// PrintableText::escaped here (table cells, labelled values, names in sentences), so a control
// character is visible as `\u001b` and a newline cannot fake a line; CtlStream escapes what is
// left as a second line of defence.
class CtlFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(CtlFormatter)

public:
    CtlFormatter() = delete;

    static QString connectorTable(const QList<Connector> &connectors);
    // connectorTable() in parts, for a list printed row by row through CtlTable.
    static QString noConnectors();
    static QStringList connectorHeaders();
    static QStringList connectorRow(const Connector &connector);
    static QString connectorCount(qsizetype count);
    static QString connectorDetails(const Connector &connector);
    static QString history(const QList<AuditEntry> &entries);
    // history() in parts, for a log printed row by row through CtlTable.
    static QString noHistory();
    static QStringList historyHeaders();
    static QStringList historyRow(const AuditEntry &entry);
    static QString adminTable(const QList<AdminAccount> &admins);
    static QString dateTime(const QDateTime &at);
    // The history's name for a changed field ("name", "access", "state").
    static QString fieldLabel(const QString &key);

    // Flows. `problems` holds, per activity of the flow, what FlowService::problems() found.
    using ActivityProblems = QList<QList<CoreError>>;
    // Flow Designer's flowId as the flow table shows it: whole up to 24 characters, else its
    // first 12 and last 11 around an ellipsis; "-" when the flow has none.
    static QString shortFlowKey(const QString &flowKey);
    static QString flowTable(const QList<Flow> &flows, const QList<ActivityProblems> &problems);
    static QJsonObject flowSummaryJson(const Flow &flow, const ActivityProblems &problems);
    // `connectorNames` holds the current name of every connector that still exists.
    static QString flowDetails(const Flow &flow, const ActivityProblems &problems,
                               const QHash<QUuid, QString> &connectorNames);
    static QJsonObject flowDetailsJson(const Flow &flow, const ActivityProblems &problems,
                                       const QHash<QUuid, QString> &connectorNames);
    // One line per flagged activity ("  ! ..."), or nothing when every activity is fine.
    static QString flaggedActivities(const Flow &flow, const ActivityProblems &problems);
    static QString usageTable(const QList<FlowUsage> &usages);
    // `state` is the connector's: a Live version takes calls through an active one only.
    static QJsonObject usageJson(const FlowUsage &usage, FlowVersions::ConnectorState state);
    // One line per flow version: "Main IVR (Live version 7) — takes calls through it", or with
    // the connector inactive "… — calls fail here: the connector is inactive".
    static QString usageByVersion(const QList<FlowUsage> &usages,
                                  FlowVersions::ConnectorState state);
    // "main flow" or "event flow GLOBAL_EVENTS".
    static QString flowPart(const QString &eventFlow);
    static int flaggedCount(const ActivityProblems &problems);

private:
    static QString labelled(const QList<QStringList> &rows, int indent = 0);
    static QString connectorText(const HttpRequestActivity &activity,
                                 const QHash<QUuid, QString> &connectorNames);
    static QString table(const QStringList &headers, const QList<QStringList> &givenRows);
};
