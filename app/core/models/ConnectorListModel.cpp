#include "models/ConnectorListModel.h"

#include "service/ConnectorService.h"

#include <QLocale>

ConnectorListModel::ConnectorListModel(ConnectorService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    connect(&m_service, &ConnectorService::connectorCreated, this, &ConnectorListModel::onCreated);
    connect(&m_service, &ConnectorService::connectorChanged, this, &ConnectorListModel::onChanged);
    connect(&m_service, &ConnectorService::connectorRemoved, this, &ConnectorListModel::onRemoved);
}

Result<void> ConnectorListModel::reload()
{
    auto connectors = m_service.list();
    beginResetModel();
    m_connectors = connectors ? std::move(connectors).value() : QList<Connector>();
    rebuildRowIndex(0);
    endResetModel();
    if (!connectors)
        return connectors.error();
    return {};
}

Result<void> ConnectorListModel::refresh()
{
    auto fresh = m_service.list();
    if (!fresh)
        return fresh.error();
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
        endRemoveRows();
    }
    rebuildRowIndex(0);
    for (int row = 0; row < m_connectors.size(); ++row) {
        const Connector &stored = *byId.value(m_connectors.at(row).id);
        if (stored.revision == m_connectors.at(row).revision
            && stored.updatedAt == m_connectors.at(row).updatedAt)
            continue;
        m_connectors[row] = stored;
        Q_EMIT dataChanged(index(row), index(row));
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
    return tr("Connector %1, %2, %3, ID %4")
        .arg(connector.name, connector.active ? tr("active") : tr("inactive"),
             ConnectorAccess::displayName(connector.access), connector.idText());
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
    });
    return names;
}

void ConnectorListModel::onCreated(const QUuid &id)
{
    if (m_rowById.contains(id))
        return onChanged(id);
    auto connector = m_service.find(id);
    if (!connector) {
        Q_EMIT refreshFailed(connector.error());
        return;
    }
    const int row = int(m_connectors.size());
    beginInsertRows({}, row, row);
    m_connectors.append(*connector);
    m_rowById.insert(id, row);
    endInsertRows();
}

void ConnectorListModel::onChanged(const QUuid &id)
{
    const QModelIndex changed = indexOf(id);
    if (!changed.isValid())
        return onCreated(id);
    auto connector = m_service.find(id);
    if (!connector) {
        if (connector.error().code() == ErrorCode::ConnectorNotFound)
            return onRemoved(id);
        Q_EMIT refreshFailed(connector.error());
        return;
    }
    m_connectors[changed.row()] = *connector;
    Q_EMIT dataChanged(changed, changed);
}

void ConnectorListModel::onRemoved(const QUuid &id)
{
    const QModelIndex removed = indexOf(id);
    if (!removed.isValid())
        return;
    const int row = removed.row();
    beginRemoveRows({}, row, row);
    m_connectors.removeAt(row);
    m_rowById.remove(id);
    rebuildRowIndex(row);
    endRemoveRows();
}
