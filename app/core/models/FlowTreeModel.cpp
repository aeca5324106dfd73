#include "app/core/models/FlowTreeModel.h"

#include "app/core/flows/ActivityRules.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/models/FlowRowText.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/support/PrintableText.h"

#include <QSet>
#include <QThread>

// One flow and what is known about its activities now. `problems` and `connectorNames` are
// parallel to `flow.activities`.
struct FlowTreeModel::Entry
{
    Flow flow;
    QList<QList<CoreError>> problems;
    // The current name of each activity's connector; empty when it does not exist (any more).
    QStringList connectorNames;

    int activityCount() const { return int(flow.activities.size()); }
    int flaggedCount() const
    {
        return int(std::count_if(problems.cbegin(), problems.cend(),
                                 [](const QList<CoreError> &list) { return !list.isEmpty(); }));
    }
    int problemCount() const
    {
        int count = 0;
        for (const QList<CoreError> &list : problems)
            count += int(list.size());
        return count;
    }
    bool isBroken(int row) const
    {
        const QList<CoreError> &list = problems.at(row);
        return std::any_of(list.cbegin(), list.cend(), [](const CoreError &error) {
            return error.code() == ErrorCode::ActivityConnectorUnknown;
        });
    }
    int inactiveCount() const
    {
        return int(
            std::count_if(problems.cbegin(), problems.cend(), &ActivityRules::connectorInactive));
    }
    bool sameActivityNodes(const Entry &other) const
    {
        if (flow.activities.size() != other.flow.activities.size())
            return false;
        for (int i = 0; i < flow.activities.size(); ++i) {
            if (flow.activities.at(i).nodeId != other.flow.activities.at(i).nodeId ||
                flow.activities.at(i).eventFlow != other.flow.activities.at(i).eventFlow)
                return false;
        }
        return true;
    }
    bool sameAs(const Entry &other) const
    {
        return flow.revision == other.flow.revision && flow.updatedAt == other.flow.updatedAt &&
               problems == other.problems && connectorNames == other.connectorNames;
    }
};

FlowTreeModel::FlowTreeModel(FlowService &flows, ConnectorService &connectors, QObject *parent)
    : QAbstractItemModel(parent)
    , m_flows(flows)
    , m_connectors(connectors)
{
    connect(&m_flows, &FlowService::flowsChanged, this, [this](const QList<QUuid> &flowIds) {
        if (m_loading)
            m_changedWhileLoading = true;
        if (!flowIds.isEmpty() && refreshFlows(flowIds))
            return;
        (void)refresh();
    });
    connect(&m_connectors, &ConnectorService::connectorCreated, this,
            &FlowTreeModel::onConnectorChanged);
    connect(&m_connectors, &ConnectorService::connectorChanged, this,
            &FlowTreeModel::onConnectorChanged);
    connect(&m_connectors, &ConnectorService::connectorRemoved, this,
            &FlowTreeModel::onConnectorChanged);
}

FlowTreeModel::~FlowTreeModel()
{
    // A background load reads through its own connection; it finishes before the model goes.
    if (m_loader)
        m_loader->wait();
}

Result<void> FlowTreeModel::reload()
{
    // Summaries: the documents are not kept, so thousands of flows stay small in memory.
    auto flows = m_flows.list(FlowContent::Summary);
    auto connectors =
        flows ? m_flows.connectorsUsedBy(*flows) : Result<QHash<QUuid, Connector>>(flows.error());
    return applyLoaded(flows, connectors);
}

Result<void> FlowTreeModel::applyLoaded(const Result<QList<Flow>> &flows,
                                        const Result<QHash<QUuid, Connector>> &connectors)
{
    beginResetModel();
    m_entries.clear();
    m_loaded = true;
    if (flows && connectors) {
        m_entries.reserve(std::size_t(flows->size()));
        for (const Flow &flow : std::as_const(*flows))
            m_entries.push_back(makeEntry(flow, *connectors));
    }
    rebuildRowIndex();
    endResetModel();
    if (!flows)
        return flows.error();
    if (!connectors)
        return connectors.error();
    return {};
}

bool FlowTreeModel::refreshFlows(const QList<QUuid> &flowIds)
{
    if (!m_loaded)
        return true;
    // A flow this model does not show yet is new: only a whole refresh places it.
    for (const QUuid &id : flowIds) {
        if (!m_rowById.contains(id))
            return false;
    }
    for (const QUuid &id : flowIds) {
        auto found = m_flows.find(id);
        if (!found && found.error().code() != ErrorCode::FlowNotFound)
            return false;
        const int row = m_rowById.value(id);
        if (!found) {
            removeEntry(row);
            continue;
        }
        auto connectors = m_flows.connectorsUsedBy({*found});
        if (!connectors)
            return false;
        replaceEntry(row, makeEntry(*found, *connectors));
    }
    return true;
}

Result<void> FlowTreeModel::refresh()
{
    if (!m_loaded)
        return {};
    auto fresh = m_flows.list(FlowContent::Summary);
    if (!fresh) {
        Q_EMIT refreshFailed(fresh.error());
        return fresh.error();
    }
    // Connectors may have been renamed or deleted elsewhere too: ask again.
    auto connectors = m_flows.connectorsUsedBy(*fresh);
    if (!connectors) {
        Q_EMIT refreshFailed(connectors.error());
        return connectors.error();
    }
    QHash<QUuid, const Flow *> byId;
    byId.reserve(fresh->size());
    for (const Flow &flow : std::as_const(*fresh))
        byId.insert(flow.id, &flow);

    // Remove from the bottom up so the rows still to visit keep their numbers.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (byId.contains(m_entries.at(std::size_t(row))->flow.id))
            continue;
        removeEntry(row);
    }
    for (int row = 0; row < int(m_entries.size()); ++row)
        replaceEntry(row,
                     makeEntry(*byId.value(m_entries.at(std::size_t(row))->flow.id), *connectors));
    std::vector<std::unique_ptr<Entry>> added;
    for (const Flow &flow : std::as_const(*fresh)) {
        if (!m_rowById.contains(flow.id))
            added.push_back(makeEntry(flow, *connectors));
    }
    if (!added.empty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (auto &entry : added)
            m_entries.push_back(std::move(entry));
        rebuildRowIndex();
        endInsertRows();
    }
    return {};
}

std::unique_ptr<FlowTreeModel::Entry>
FlowTreeModel::makeEntry(const Flow &flow, const QHash<QUuid, Connector> &connectors) const
{
    auto entry = std::make_unique<Entry>();
    entry->flow = flow;
    entry->flow.document = {}; // the model shows activities; export and edit re-read the flow
    entry->flow.documentText.clear();
    for (const HttpRequestActivity &activity : flow.activities) {
        const auto it = connectors.constFind(activity.connectorId);
        const Connector *connector = it == connectors.constEnd() ? nullptr : &it.value();
        entry->problems.append(ActivityRules::check(activity, connector));
        entry->connectorNames.append(connector ? connector->name : QString());
    }
    return entry;
}

void FlowTreeModel::removeEntry(int row)
{
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    rebuildRowIndex();
    endRemoveRows();
}

void FlowTreeModel::replaceEntry(int row, std::unique_ptr<Entry> fresh)
{
    Entry &entry = *m_entries.at(std::size_t(row));
    if (entry.sameAs(*fresh))
        return;
    const QModelIndex parent = index(row, 0);
    if (entry.sameActivityNodes(*fresh)) {
        // The same activities with new values: update in place, the selection stays.
        entry = std::move(*fresh);
        emitRowChanged(row);
        return;
    }
    // A re-import changed which activities the flow has: replace the children.
    if (entry.activityCount() > 0) {
        beginRemoveRows(parent, 0, entry.activityCount() - 1);
        entry.flow.activities.clear();
        entry.problems.clear();
        entry.connectorNames.clear();
        endRemoveRows();
    }
    Entry staged = std::move(*fresh);
    const int count = staged.activityCount();
    if (count > 0)
        beginInsertRows(parent, 0, count - 1);
    entry = std::move(staged);
    if (count > 0)
        endInsertRows();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FlowTreeModel::emitRowChanged(int row)
{
    const QModelIndex flowIndex = index(row, 0);
    Q_EMIT dataChanged(flowIndex, index(row, ColumnCount - 1));
    const int children = rowCount(flowIndex);
    if (children > 0)
        Q_EMIT dataChanged(index(0, 0, flowIndex), index(children - 1, ColumnCount - 1, flowIndex));
}

void FlowTreeModel::recheckFlowsUsing(const QUuid &connectorId)
{
    if (!m_loaded)
        return;
    for (int row = 0; row < int(m_entries.size()); ++row) {
        const Flow &flow = m_entries.at(std::size_t(row))->flow;
        const bool uses = std::any_of(flow.activities.cbegin(), flow.activities.cend(),
                                      [&connectorId](const HttpRequestActivity &activity) {
                                          return activity.connectorId == connectorId;
                                      });
        if (!uses)
            continue;
        auto connectors = m_flows.connectorsUsedBy({flow});
        if (!connectors) {
            Q_EMIT refreshFailed(connectors.error());
            return;
        }
        replaceEntry(row, makeEntry(flow, *connectors));
    }
}

void FlowTreeModel::onConnectorChanged(const QUuid &id)
{
    if (m_loading)
        m_changedWhileLoading = true;
    recheckFlowsUsing(id);
}

int FlowTreeModel::rowOf(const Entry *entry) const
{
    return m_rowById.value(entry->flow.id, -1);
}

void FlowTreeModel::rebuildRowIndex()
{
    m_rowById.clear();
    for (int row = 0; row < int(m_entries.size()); ++row)
        m_rowById.insert(m_entries.at(std::size_t(row))->flow.id, row);
}

QModelIndex FlowTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_entries.size()))
            return {};
        return createIndex(row, column, nullptr);
    }
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_entries.size()))
        return {};
    Entry *entry = m_entries.at(std::size_t(parent.row())).get();
    if (row >= entry->activityCount())
        return {};
    return createIndex(row, column, entry);
}

QModelIndex FlowTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOf(static_cast<const Entry *>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int FlowTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return m_entries.at(std::size_t(parent.row()))->activityCount();
}

int FlowTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Flow *FlowTreeModel::flowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (const auto *entry = static_cast<const Entry *>(index.internalPointer()))
        return &entry->flow;
    return &m_entries.at(std::size_t(index.row()))->flow;
}

const HttpRequestActivity *FlowTreeModel::activityAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !index.internalPointer())
        return nullptr;
    const auto *entry = static_cast<const Entry *>(index.internalPointer());
    return &entry->flow.activities.at(index.row());
}

QList<CoreError> FlowTreeModel::problemsAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !index.internalPointer())
        return {};
    return static_cast<const Entry *>(index.internalPointer())->problems.at(index.row());
}

QModelIndex FlowTreeModel::indexOfFlow(const QUuid &flowId, int column) const
{
    const auto it = m_rowById.constFind(flowId);
    return it == m_rowById.cend() ? QModelIndex() : index(*it, column);
}

QModelIndex FlowTreeModel::indexOfActivity(const QUuid &flowId, const QString &eventFlow,
                                           const QString &nodeId, int column) const
{
    const QModelIndex parent = indexOfFlow(flowId);
    if (!parent.isValid())
        return {};
    const Flow &flow = m_entries.at(std::size_t(parent.row()))->flow;
    for (int row = 0; row < flow.activities.size(); ++row) {
        if (flow.activities.at(row).eventFlow == eventFlow &&
            flow.activities.at(row).nodeId == nodeId)
            return index(row, column, parent);
    }
    return {};
}

QVariant FlowTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    // Names and descriptions come from imported files: shown with control characters escaped.
    if (const auto *entry = static_cast<const Entry *>(index.internalPointer()))
        return PrintableText::forRole(activityData(*entry, index.row(), index.column(), role),
                                      role);
    return PrintableText::forRole(
        flowData(*m_entries.at(std::size_t(index.row())), index.column(), role), role);
}

QString FlowTreeModel::flowStatusText(const Entry &entry)
{
    const int problems = entry.problemCount();
    return problems == 0 ? tr("OK") : tr("%n problem(s)", nullptr, problems);
}

QVariant FlowTreeModel::flowData(const Entry &entry, int column, int role) const
{
    const Flow &flow = entry.flow;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return flow.name;
        case WhereColumn:
            return flowTypeText(flow.flowType);
        case VersionColumn:
            return FlowVersions::shortText(flow);
        case ModifiedColumn:
            return FlowRowText::lastModifiedText(flow);
        case ActivitiesColumn:
            return entry.activityCount();
        case StatusColumn:
            return flowStatusText(entry);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == NameColumn && !flow.description.isEmpty())
            return flow.description;
        if (column == WhereColumn && flow.isSubflow())
            return FlowRowText::subflowToolTip(flow);
        if (column == VersionColumn || column == ModifiedColumn)
            return FlowRowText::toolTip(flow);
        if (column == StatusColumn && entry.flaggedCount() > 0)
            return tr("%n HTTP Request activity(s) of this flow need attention: expand the flow "
                      "to see why.",
                      nullptr, entry.flaggedCount()) +
                   (entry.inactiveCount() == 0
                        ? QString()
                        : u'\n' + tr("Connector inactive: calls fail in %n of them.", nullptr,
                                     entry.inactiveCount()));
        return {};
    case Qt::AccessibleTextRole:
        return FlowRowText::spokenFlow(flow, flowTypeText(flow.flowType), entry.activityCount(),
                                       flowStatusText(entry));
    case IsActivityRole:
        return false;
    case FlowIdRole:
        return flow.id;
    case FlowNameRole:
        return flow.name;
    case FlowRole:
        return QVariant::fromValue(flow);
    case ActivityCountRole:
        return entry.activityCount();
    case ProblemCountRole:
        return entry.flaggedCount();
    case ProblemsRole: {
        QStringList messages;
        for (const QList<CoreError> &list : entry.problems) {
            for (const CoreError &error : list)
                messages.append(error.message());
        }
        return messages;
    }
    case FlaggedRole:
        return entry.flaggedCount() > 0;
    case BrokenRole:
        for (int row = 0; row < entry.activityCount(); ++row) {
            if (entry.isBroken(row))
                return true;
        }
        return false;
    case RevisionRole:
        return flow.revision;
    case ConnectorInactiveRole:
        return entry.inactiveCount() > 0;
    case LastModifiedRole:
        return FlowRowText::lastModified(flow);
    case SearchWordsRole:
        return FlowRowText::searchWords(flow);
    default:
        return {};
    }
}

QVariant FlowTreeModel::activityData(const Entry &entry, int row, int column, int role) const
{
    const HttpRequestActivity &activity = entry.flow.activities.at(row);
    const QList<CoreError> &problems = entry.problems.at(row);
    const bool broken = entry.isBroken(row);
    // A warning alone (ActivityRules::isBlocking) needs no prefix: "Connector inactive: ...".
    const bool warning = ActivityRules::onlyWarnings(problems);
    const bool inactive = ActivityRules::connectorInactive(problems);
    const auto status = [&] {
        if (problems.isEmpty())
            return tr("OK");
        const QString messages = problemMessages(problems).join(u' ');
        return warning  ? messages
               : broken ? tr("Broken: %1").arg(messages)
                        : tr("Flagged: %1").arg(messages);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return activity.nodeName.isEmpty() ? activity.nodeId : activity.nodeName;
        case WhereColumn:
            return whereText(activity);
        case ConnectorColumn:
            return connectorText(activity, entry.connectorNames.at(row), inactive);
        case MethodColumn:
            return activity.method;
        case TargetColumn:
            return activity.authenticated ? activity.path : activity.url;
        case StatusColumn:
            return status();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (problems.isEmpty())
            return {};
        return (broken    ? tr("This activity is broken:")
                : warning ? tr("This activity needs attention (it can still be saved):")
                          : tr("This activity breaks a rule:")) +
               u'\n' + problemMessages(problems).join(u'\n');
    case Qt::AccessibleTextRole:
        return tr("HTTP Request activity %1 in %2, connector %3, %4 %5, %6")
            .arg(activity.nodeName, whereText(activity),
                 connectorText(activity, entry.connectorNames.at(row), inactive), activity.method,
                 activity.authenticated ? activity.path : activity.url, status());
    case IsActivityRole:
        return true;
    case FlowIdRole:
        return entry.flow.id;
    case FlowNameRole:
        return entry.flow.name;
    case FlowRole:
        return QVariant::fromValue(entry.flow);
    case ActivityRole:
        return QVariant::fromValue(activity);
    case ProblemCountRole:
        return int(problems.size());
    case ProblemsRole:
        return problemMessages(problems);
    case ProblemKeysRole: {
        QStringList keys;
        for (const CoreError &error : problems)
            keys.append(error.ruleKey());
        return keys;
    }
    case FlaggedRole:
        return !problems.isEmpty();
    case BrokenRole:
        return broken;
    case RevisionRole:
        return entry.flow.revision;
    case ConnectorInactiveRole:
        return inactive;
    default:
        return {};
    }
}

QHash<int, QByteArray> FlowTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IsActivityRole, "isActivity");
    names.insert(FlowIdRole, "flowId");
    names.insert(FlowNameRole, "flowName");
    names.insert(FlowRole, "flow");
    names.insert(ActivityRole, "activity");
    names.insert(ActivityCountRole, "activityCount");
    names.insert(ProblemCountRole, "problemCount");
    names.insert(ProblemsRole, "problems");
    names.insert(ProblemKeysRole, "problemKeys");
    names.insert(FlaggedRole, "flagged");
    names.insert(BrokenRole, "broken");
    names.insert(RevisionRole, "revision");
    names.insert(ConnectorInactiveRole, "connectorInactive");
    names.insert(LastModifiedRole, "lastModified");
    names.insert(SearchWordsRole, "searchWords");
    return names;
}

void FlowTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int row = 0; row < int(m_entries.size()); ++row)
        emitRowChanged(row);
}
