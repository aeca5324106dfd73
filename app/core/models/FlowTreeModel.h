#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/CoreError.h"
#include "app/core/domain/Flow.h"
#include "app/core/support/Result.h"

#include <memory>
#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QUuid>
#include <vector>

class ConnectorService;
class FlowService;
class QThread;

// The flows of the organisation as a tree: one top-level row per flow, under it one row per HTTP
// Request activity (main flow first, then each event flow). Every activity is checked against the
// connectors as they are now (FlowService::problems), so an activity whose connector was deleted
// turns broken the moment the connector service says so. Changes are applied row by row, never by
// a reset, so a view keeps its expansion and selection.
class FlowTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowTreeModel)

public:
    enum Column
    {
        NameColumn,       // flow name / activity label
        WhereColumn,      // flow type ("Subflow" marked) / "Main flow" or the event flow's name
        VersionColumn,    // a flow's version: "3 (Live)", "4 (draft)" (see FlowRowText)
        ModifiedColumn,   // when Flow Designer last changed that version, in the display format
        ActivitiesColumn, // a flow's number of HTTP Request activities
        ConnectorColumn,
        MethodColumn,
        TargetColumn, // request path (authenticated) or URL
        StatusColumn, // "OK" or the problems (an inactive connector is one: calls fail)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        IsActivityRole = Qt::UserRole + 1,
        FlowIdRole,
        FlowNameRole,
        FlowRole,     // the whole Flow, on its row and on its activities' rows
        ActivityRole, // the HttpRequestActivity (activity rows only)
        ActivityCountRole,
        ProblemCountRole, // flow: activities with problems; activity: its problems
        ProblemsRole,     // the problems' messages, translated
        ProblemKeysRole,  // the problems' rule keys, e.g. "activity.connector-unknown"
        FlaggedRole,      // at least one problem
        BrokenRole,       // the activity's connector no longer exists
        RevisionRole,
        // The activity's connector exists but is inactive, so calls through it fail; on a flow
        // row: one of its activities' is. A warning: the activity can still be saved.
        ConnectorInactiveRole,
        LastModifiedRole, // a flow's QDateTime in UTC, invalid when the export has none
        SearchWordsRole,  // a flow's words a search matches besides the shown text (FlowRowText)
    };
    Q_ENUM(Role)

    FlowTreeModel(FlowService &flows, ConnectorService &connectors, QObject *parent = nullptr);
    ~FlowTreeModel() override;

    // Empties the model and reads every flow again.
    Result<void> reload();
    // The same without blocking the caller's thread (the window's): the flows are read and their
    // activities parsed and checked on a second connection to the same SQLite file in a worker
    // thread, and the rows arrive in one reset when they are ready; loadFinished() or
    // loadFailed() follows. On a server (no file to open twice) it is reload() and returns false;
    // true when the load runs in the background.
    bool reloadInBackground();
    bool isLoading() const { return m_loading; }
    // Brings the rows in line with the store without a reset: removed flows go, changed ones are
    // updated in place, new ones are appended. Used after changes made elsewhere. Does nothing
    // before the first reload().
    Result<void> refresh();
    bool isLoaded() const { return m_loaded; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfFlow(const QUuid &flowId, int column = 0) const;
    QModelIndex indexOfActivity(const QUuid &flowId, const QString &eventFlow,
                                const QString &nodeId, int column = 0) const;
    // The flow of a flow row or of an activity row; null for an invalid index.
    const Flow *flowAt(const QModelIndex &index) const;
    const HttpRequestActivity *activityAt(const QModelIndex &index) const;
    // The problems of an activity row, in the order of the editor's fields.
    QList<CoreError> problemsAt(const QModelIndex &index) const;

    // The texts are translated when read: tells the views to read them again in a new language.
    void retranslate();
    // A flow's type as people read it: Flow Designer's "FLOW" and "SUBFLOW" (any case) in the
    // current language, anything else as the export wrote it.
    static QString flowTypeText(const QString &flowType);

Q_SIGNALS:
    // refresh() could not read the store (the rows keep their old values).
    void refreshFailed(const CoreError &error);
    // reloadInBackground() is done: the rows are in, or the store could not be read.
    void loadFinished();
    void loadFailed(const CoreError &error);

private:
    struct Entry;
    struct Loaded;

    // Replaces every row with these flows (the end of reload() and of a background load).
    Result<void> applyLoaded(const Result<QList<Flow>> &flows,
                             const Result<QHash<QUuid, Connector>> &connectors);
    // Reads what reload() reads on its own connection to `file`, in the calling thread.
    static Loaded readOnSecondConnection(const QString &file, const AdminAccount &actor);
    void onBackgroundLoaded(const std::shared_ptr<Loaded> &loaded);

    // `connectors` holds the connectors the flow's activities name, as the store holds them now.
    std::unique_ptr<Entry> makeEntry(const Flow &flow,
                                     const QHash<QUuid, Connector> &connectors) const;
    void replaceEntry(int row, std::unique_ptr<Entry> fresh);
    void removeEntry(int row);
    // Re-reads only these flows (an edit or a delete): a few milliseconds where refresh() reads
    // every flow. False when it cannot, and refresh() must.
    bool refreshFlows(const QList<QUuid> &flowIds);
    void recheckFlowsUsing(const QUuid &connectorId);
    void emitRowChanged(int row);
    // A connector created, changed or removed anywhere: the flows naming it are checked again.
    void onConnectorChanged(const QUuid &id);
    int rowOf(const Entry *entry) const;
    void rebuildRowIndex();

    QVariant flowData(const Entry &entry, int column, int role) const;
    QVariant activityData(const Entry &entry, int row, int column, int role) const;
    static QString connectorText(const HttpRequestActivity &activity, const QString &currentName,
                                 bool inactive = false);
    static QString whereText(const HttpRequestActivity &activity);
    static QString flowStatusText(const Entry &entry);
    static QStringList problemMessages(const QList<CoreError> &problems);

    FlowService &m_flows;
    ConnectorService &m_connectors;
    // Entries live on the heap: an activity index points at its flow's entry, which must not move
    // when flows are inserted or removed around it.
    std::vector<std::unique_ptr<Entry>> m_entries;
    // Nothing is read until the first reload(): the window loads the flows when the Flows tab is
    // first shown, so a large organisation's flows never delay the Connectors tab.
    bool m_loaded = false;
    QHash<QUuid, int> m_rowById;
    // The background load: its thread (joined before the model goes), whether one runs, and
    // whether the store changed meanwhile so its answer is stale.
    std::unique_ptr<QThread> m_loader;
    bool m_loading = false;
    bool m_changedWhileLoading = false;
};
