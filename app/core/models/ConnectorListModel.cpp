#include "app/core/models/ConnectorListModel.h"

#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/support/Timestamps.h"

#include <QLocale>

ConnectorListModel::ConnectorListModel(ConnectorService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    connect(&m_service, &ConnectorService::connectorCreated, this, &ConnectorListModel::onCreated);
    connect(&m_service, &ConnectorService::connectorChanged, this, &ConnectorListModel::onChanged);
    connect(&m_service, &ConnectorService::connectorRemoved, this, &ConnectorListModel::onRemoved);
    updateCollation();
}

void ConnectorListModel::updateCollation()
{
    // The C locale collates by code point (all capitals first); people expect dictionary order.
    const QLocale locale =
        QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true); // "Queue 2" before "Queue 10"
    std::fill(m_sortKeys.begin(), m_sortKeys.end(), std::nullopt);
}

const QCollatorSortKey &ConnectorListModel::sortKey(int row) const
{
    std::optional<QCollatorSortKey> &key = m_sortKeys[std::size_t(row)];
    if (!key)
        key.emplace(m_collator.sortKey(m_connectors.at(row).name));
    return *key;
}

void ConnectorListModel::setFlowService(FlowService *flows)
{
    if (m_flows == flows)
        return;
    if (m_flows)
        disconnect(m_flows, nullptr, this, nullptr);
    m_flows = flows;
    if (m_flows) {
        connect(m_flows, &FlowService::flowsChanged, this,
                [this] { (void)refreshUsage(); }); // a failure leaves the counts unknown
    }
    // Before the first load there is nothing to count for (reload() reads the counts with the
    // rows); the window sets the service before its first paint and must not wait for a query.
    if (rowCount() > 0 || !m_flows)
        (void)refreshUsage();
}

Result<void> ConnectorListModel::readUsage()
{
    // One grouped query for all connectors: 100,000 rows cost no more than a few hundred.
    if (!m_flows) {
        m_usage.clear();
        m_usageKnown = false;
        return {};
    }
    auto counts = m_flows->usageCounts();
    if (!counts) {
        m_usage.clear();
        m_usageKnown = false;
        return counts.error();
    }
    m_usage = std::move(counts).value();
    m_usageKnown = true;
    return {};
}

Result<void> ConnectorListModel::refreshUsage()
{
    const QHash<QUuid, UsageCount> before = m_usage;
    const bool knownBefore = m_usageKnown;
    const Result<void> read = readUsage();
    // Only the rows whose counts changed repaint; a view keeps its selection.
    const QList<int> roles = {UsageFlowsRole, UsageActivitiesRole, UsageTextRole,
                              Qt::AccessibleTextRole, Qt::ToolTipRole};
    for (int row = 0; row < m_connectors.size(); ++row) {
        const QUuid &id = m_connectors.at(row).id;
        const UsageCount old = before.value(id);
        const UsageCount now = m_usage.value(id);
        if (knownBefore == m_usageKnown && old.flows == now.flows &&
            old.activities == now.activities)
            continue;
        Q_EMIT dataChanged(index(row), index(row), roles);
    }
    return read;
}

std::optional<UsageCount> ConnectorListModel::usage(const QUuid &id) const
{
    if (!m_usageKnown)
        return std::nullopt;
    return m_usage.value(id);
}

QString ConnectorListModel::usageText(const UsageCount &count)
{
    if (count.activities == 0)
        return tr("Not used by any flow");
    return tr("Used by %1 · %2")
        .arg(tr("%n flow(s)", nullptr, count.flows),
             tr("%n activity(s)", nullptr, count.activities));
}

Result<void> ConnectorListModel::reload()
{
    auto connectors = m_service.list();
    (void)readUsage(); // unknown counts show as nothing; the connectors still load
    beginResetModel();
    m_connectors = connectors ? std::move(connectors).value() : QList<Connector>();
    m_sortKeys.assign(std::size_t(m_connectors.size()), std::nullopt);
    rebuildRowIndex(0);
    endResetModel();
    if (!connectors)
        return connectors.error();
    return {};
}

Result<void> ConnectorListModel::refresh()
{
    auto fresh = m_service.list();
    if (!fresh) {
        Q_EMIT refreshFailed(fresh.error());
        return fresh.error();
    }
    // Flows may have changed elsewhere too (connectorctl flows import).
    (void)refreshUsage();
    QHash<QUuid, const Connector *> byId;
    byId.reserve(fresh->size());
    for (const Connector &connector : std::as_const(*fresh))
        byId.insert(connector.id, &connector);

    // Remove from the bottom up so the rows still to visit keep their numbers.
    for (int row = int(m_connectors.size()) - 1; row >= 0; --row) {
        if (byId.contains(m_connectors.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rowById.remove(m_connectors.at(row).id);
        m_connectors.removeAt(row);
        m_sortKeys.erase(m_sortKeys.begin() + row);
        endRemoveRows();
    }
    rebuildRowIndex(0);
    for (int row = 0; row < m_connectors.size(); ++row) {
        const Connector &stored = *byId.value(m_connectors.at(row).id);
        if (stored.revision == m_connectors.at(row).revision &&
            stored.updatedAt == m_connectors.at(row).updatedAt)
            continue;
        replaceRow(row, stored);
    }
    QList<Connector> added;
    for (const Connector &connector : std::as_const(*fresh)) {
        if (!m_rowById.contains(connector.id))
            added.append(connector);
    }
    if (!added.isEmpty()) {
        const int first = int(m_connectors.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_connectors.append(added);
        m_sortKeys.resize(std::size_t(m_connectors.size()));
        rebuildRowIndex(first);
        endInsertRows();
    }
    return {};
}

void ConnectorListModel::rebuildRowIndex(int fromRow)
{
    if (fromRow == 0)
        m_rowById.clear();
    for (int row = fromRow; row < m_connectors.size(); ++row)
        m_rowById.insert(m_connectors.at(row).id, row);
}

int ConnectorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connectors.size());
}

int ConnectorListModel::activeCount() const
{
    return int(std::count_if(m_connectors.cbegin(), m_connectors.cend(),
                             [](const Connector &connector) { return connector.active; }));
}

QModelIndex ConnectorListModel::indexOf(const QUuid &id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? QModelIndex() : index(*it);
}

QString ConnectorListModel::accessibleText(const Connector &connector) const
{
    const QLocale locale;
    const QString text =
        tr("Connector %1, %2, %3, ID %4. Authorised by %5 on %6; last changed by %7 on %8.")
            .arg(connector.name, connector.active ? tr("active") : tr("inactive"),
                 ConnectorAccess::displayName(connector.access), connector.idText(),
                 connector.authorizedBy, Timestamps::toDisplay(connector.authorizedAt, locale),
                 connector.updatedBy, Timestamps::toDisplay(connector.updatedAt, locale));
    const auto count = usage(connector.id);
    return count ? text + u' ' + usageText(*count) + u'.' : text;
}

QVariant ConnectorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Connector &connector = m_connectors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return connector.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return accessibleText(connector);
    case IdRole:
        return connector.id;
    case IdTextRole:
        return connector.idText();
    case AccessRole:
        return connector.access.toInt();
    case AccessTextRole:
        return ConnectorAccess::displayName(connector.access);
    case ScopesRole:
        return connector.scopes();
    case ActiveRole:
        return connector.active;
    case AuthorizedByRole:
        return connector.authorizedBy;
    case AuthorizedAtRole:
        return connector.authorizedAt;
    case CreatedByRole:
        return connector.createdBy;
    case CreatedAtRole:
        return connector.createdAt;
    case UpdatedByRole:
        return connector.updatedBy;
    case UpdatedAtRole:
        return connector.updatedAt;
    case RevisionRole:
        return connector.revision;
    case ConnectorRole:
        return QVariant::fromValue(connector);
    case UsageFlowsRole:
    case UsageActivitiesRole:
    case UsageTextRole: {
        const auto count = usage(connector.id);
        if (!count)
            return {};
        if (role == UsageTextRole)
            return usageText(*count);
        return role == UsageFlowsRole ? count->flows : count->activities;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectorListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        {IdRole, "id"},
        {IdTextRole, "idText"},
        {NameRole, "name"},
        {AccessRole, "access"},
        {AccessTextRole, "accessText"},
        {ScopesRole, "scopes"},
        {ActiveRole, "active"},
        {AuthorizedByRole, "authorizedBy"},
        {AuthorizedAtRole, "authorizedAt"},
        {CreatedByRole, "createdBy"},
        {CreatedAtRole, "createdAt"},
        {UpdatedByRole, "updatedBy"},
        {UpdatedAtRole, "updatedAt"},
        {RevisionRole, "revision"},
        {ConnectorRole, "connector"},
        {UsageFlowsRole, "usageFlows"},
        {UsageActivitiesRole, "usageActivities"},
        {UsageTextRole, "usageText"},
    });
    return names;
}

void ConnectorListModel::insertRow(const Connector &connector)
{
    const int row = int(m_connectors.size());
    beginInsertRows({}, row, row);
    m_connectors.append(connector);
    m_sortKeys.emplace_back(std::nullopt);
    m_rowById.insert(connector.id, row);
    endInsertRows();
}

void ConnectorListModel::replaceRow(int row, const Connector &connector)
{
    if (m_connectors.at(row).name != connector.name)
        m_sortKeys[std::size_t(row)].reset();
    m_connectors[row] = connector;
    Q_EMIT dataChanged(index(row), index(row));
}

void ConnectorListModel::onCreated(const QUuid &id, const Connector &connector)
{
    const QModelIndex existing = indexOf(id);
    if (existing.isValid())
        replaceRow(existing.row(), connector);
    else
        insertRow(connector);
}

void ConnectorListModel::onChanged(const QUuid &id, const Connector &connector)
{
    onCreated(id, connector);
}

void ConnectorListModel::onRemoved(const QUuid &id)
{
    const QModelIndex removed = indexOf(id);
    if (!removed.isValid())
        return;
    const int row = removed.row();
    beginRemoveRows({}, row, row);
    m_connectors.removeAt(row);
    m_sortKeys.erase(m_sortKeys.begin() + row);
    m_rowById.remove(id);
    rebuildRowIndex(row);
    endRemoveRows();
}
