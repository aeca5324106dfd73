#pragma once

#include "app/core/domain/AuditEntry.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/Flow.h"
#include "app/core/policy/SessionPolicy.h"
#include "app/core/support/Result.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUuid>

class ConnectorService;
class Database;
class SqlTransaction;

// One flow of an import and what the import did with it.
struct FlowImportOutcome
{
    Flow flow;
    bool replaced = false;      // the same flow (see FlowService::importFlows) was there and now
                                // holds this export
    std::optional<Flow> before; // the stored version it replaced, as it was (no document)
    QList<Flow> superseded;     // stored versions it folded in or that gave way to it
};

// A stored flow that importing `flows[index]` would replace, or remove because the import
// holds the same version of the flow in another slot (see FlowService::importFlows()).
struct FlowReplacement
{
    int index = 0;
    Flow stored;
};

// Flows and their HTTP Request activities, for every caller: the role policy, the activity rules,
// the revision check and the audit row, each change in one write transaction. The acting
// administrator is the connector service's, so "Sign in as" switches both at once.
class FlowService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowService)

public:
    explicit FlowService(ConnectorService &connectors, QObject *parent = nullptr);

    const Database &database() const;

    // The connector service's snapshot of what the current actor may do (flows follow the same
    // actor): for enabling controls; every change checks again against fresh data.
    SessionPolicy sessionPolicy() const;

    Result<QList<Flow>> list(FlowContent content = FlowContent::Whole) const;
    Result<Flow> find(const QUuid &id) const;
    // The flow of this name, ignoring case and surrounding spaces, as a re-import matches it.
    Result<Flow> findByName(const QString &name) const;
    // The stored versions of Flow Designer flow `flowKey` (its `flowId`), the Live one first;
    // empty when the console holds none.
    Result<QList<Flow>> versionsOf(const QString &flowKey) const;
    // How many stored flows carry this name (ignoring case): versions of one flow and unrelated
    // flows may share one, and then a name alone does not say which is meant.
    Result<int> countByName(const QString &name) const;
    // Every activity using the connector, grouped by flow name.
    Result<QList<FlowUsage>> whereUsed(const QUuid &connectorId) const;
    Result<QHash<QUuid, UsageCount>> usageCounts() const;
    // What is wrong with each activity of the flow against the connectors as they are now, in the
    // order of `flow.activities`; an empty list means the activity is fine.
    Result<QList<QList<CoreError>>> problems(const Flow &flow) const;
    // The same check for one activity being edited.
    Result<QList<CoreError>> problems(const HttpRequestActivity &activity) const;
    // problems() for many flows, in their order, reading the connectors once: for listing every
    // flow of an organisation without a query per activity.
    Result<QList<QList<QList<CoreError>>>> problemsOfEach(const QList<Flow> &flows) const;
    // The connectors the flows' activities name, as the store holds them now; an ID missing from
    // the answer is a connector that does not exist (any more).
    Result<QHash<QUuid, Connector>> connectorsUsedBy(const QList<Flow> &flows) const;

    // Imports Flow Designer exports all or nothing. A flow is identified, in this order:
    // - by the console ID it carries (exchange files): it replaces that stored flow, even renamed;
    // - by Flow Designer's flowId and its version slot (Live or latest): it replaces the stored
    //   version in that slot, so the Live version and the latest draft of one flow are two rows
    //   side by side; a version object is held once (see importFlowsInOpenTransaction);
    // - only when it has neither, by its name (ignoring case) among stored flows without a
    //   flowId, as authoring-shape files always were.
    // Two flows of the same name with different flowIds are two flows. A replaced flow keeps its
    // console ID and its revision moves on; a new one is added, with its own ID when it has one.
    // Activities that break our rules are imported and flagged (see problems()), never refused.
    Result<QList<FlowImportOutcome>> importFlows(const QList<Flow> &flows);
    // The same inside a write transaction the caller has begun and will commit (or roll back),
    // so that flows land together with other records, e.g. the connectors of an export. It
    // emits nothing: after the commit the caller calls announceImport().
    Result<QList<FlowImportOutcome>> importFlowsInOpenTransaction(const QList<Flow> &flows);
    // The stored flows that importing `flows` would replace or fold in, in import order, for a
    // confirmation before the import; nothing is written.
    Result<QList<FlowReplacement>> replacements(const QList<Flow> &flows) const;
    // Tells followers (the Flows tab) about flows a caller's committed transaction imported.
    void announceImport(const QList<FlowImportOutcome> &outcomes);
    enum class ImportMode
    {
        Import,
        DryRun, // everything is checked and worked out as for an import, then rolled back
    };
    // At most this many bad files are described in one refusal; the rest are counted.
    static constexpr int kMaxReportedFiles = 20;
    // Reads and imports files; any file that is not a flow export refuses the whole import, and
    // the refusal names every bad file (FlowFilesInvalid when there are several). A dry run
    // answers what an import would do (the outcomes, with what each replaces) and changes
    // nothing.
    Result<QList<FlowImportOutcome>> importFiles(const QStringList &paths,
                                                 ImportMode mode = ImportMode::Import);
    // Refused unless the activity keeps every blocking rule (ActivityRules::isBlocking): an
    // activity whose connector is inactive is saved, and stays flagged by problems().
    Result<Flow> updateActivity(const QUuid &flowId, const HttpRequestActivity &activity,
                                std::optional<int> expectedRevision = std::nullopt);
    Result<void> remove(const QUuid &flowId, std::optional<int> expectedRevision = std::nullopt);

    // The flow as Flow Designer JSON, edits included.
    static QByteArray exportDocument(const Flow &flow);

    // The organisation's API base URL for live test requests.
    Result<QString> apiBaseUrl() const;
    Result<void> setApiBaseUrl(const QString &url);

Q_SIGNALS:
    // `flowIds` names the only flows that changed (an edit, a delete), so a view can refresh
    // just those rows; empty means any flow may have changed (an import).
    void flowsChanged(const QList<QUuid> &flowIds = {});

private:
    Result<void> checkPermission(bool change) const;
    // Opens the write transaction and asks the role policy, with the actor re-read: the start
    // every flow change shares.
    Result<void> beginChange(SqlTransaction &transaction) const;
    Result<Flow> existing(const QUuid &id, std::optional<int> expectedRevision) const;
    // What importing one flow does to the stored ones (see importFlows()).
    struct IdentityMatch
    {
        std::optional<Flow> replaced; // takes this stored flow's place and console ID
        // Stored versions that go: the same version object in the other slot (folded into the
        // one row), or a Live row the file says is no longer Live, with no slot left for it.
        QList<Flow> superseded;
        std::optional<Flow> promoted; // the stored draft the file names Live: moves to Live
        bool staysLive = false;       // the latest version is the stored Live one
    };
    // Carries out a match's moves (supersede, promote) before the flow itself is written.
    Result<void> moveVersions(const Flow &flow, const IdentityMatch &match, const QDateTime &now);
    Result<IdentityMatch> replacedBy(const Flow &flow, const QString &nameKey) const;
    // The key two flows of one import must not share: flowId and slot, else ID, else name.
    static QString identityKey(const Flow &flow);
    // Every identity a flow claims within one import: its slot and, for an export, its version
    // object too, so that one version cannot arrive twice (once Live, once not) and the second
    // silently replace the first.
    static QStringList identityKeys(const Flow &flow);
    // The flow as a clash message names it: with its version when Flow Designer identifies it.
    static QString clashLabel(const Flow &flow);
    static QString importPosition(int index);
    // What the audit log keeps of a flow: enough to say which flow (its console ID, and its
    // version when Flow Designer identifies it) and how many activities, not the whole document.
    static QJsonObject flowSnapshot(const Flow &flow);
    // Why a revision-checked write changed no row: the flow was changed or deleted meanwhile.
    CoreError changedMeanwhile(const Flow &before) const;
    Result<void> appendAudit(AuditAction action, const QString &subject, const QJsonObject &before,
                             const QJsonObject &after) const;

    ConnectorService &m_connectors;
};
