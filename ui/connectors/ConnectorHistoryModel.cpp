#include "ui/connectors/ConnectorHistoryModel.h"

#include "app/core/service/ConnectorService.h"
#include "app/core/support/PrintableText.h"
#include "ui/widgets/DisplayText.h"

#include <QJsonArray>

ConnectorHistoryModel::ConnectorHistoryModel(ConnectorService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &ConnectorService::connectorCreated, this,
            &ConnectorHistoryModel::onConnectorEvent);
    connect(&m_service, &ConnectorService::connectorChanged, this,
            &ConnectorHistoryModel::onConnectorEvent);
    connect(&m_service, &ConnectorService::connectorRemoved, this,
            &ConnectorHistoryModel::onConnectorEvent);
}

void ConnectorHistoryModel::onConnectorEvent(const QUuid &id)
{
    if (id == m_connectorId)
        reload();
}

void ConnectorHistoryModel::setConnector(const QUuid &id)
{
    if (id == m_connectorId && (!m_entries.isEmpty() || m_error))
        return;
    m_connectorId = id;
    reload();
}

void ConnectorHistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_error.reset();
    if (!m_connectorId.isNull()) {
        auto history = m_service.history(m_connectorId);
        if (history)
            m_entries = *history;
        else
            m_error = history.error();
    }
    endResetModel();
    Q_EMIT errorChanged();
}

void ConnectorHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ConnectorHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConnectorHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectorHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

namespace {

QString fieldValue(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            // Access levels are stored by key; people read their names.
            const auto level = ConnectorAccess::fromKey(item.toString());
            items.append(level ? ConnectorAccess::displayName(*level) : item.toString());
        }
        return items.join(QStringLiteral(", "));
    }
    if (value.isBool())
        return DisplayText::activeState(value.toBool());
    return value.toString();
}

} // namespace

QString ConnectorHistoryModel::describeChanges(const AuditEntry &entry)
{
    switch (entry.action) {
    case AuditAction::Create:
        return tr("Added with %1").arg(fieldValue(entry.after.value(QStringLiteral("access"))));
    case AuditAction::Restore:
        return tr("Restored with its original ID and authorisation");
    case AuditAction::Delete:
        return tr("Deleted while named \"%1\"")
            .arg(entry.before.value(QStringLiteral("name")).toString());
    case AuditAction::Update: {
        QStringList parts;
        for (const QString &field : entry.changedFields()) {
            if (field == QLatin1String("scopes"))
                continue; // follows from access
            const QString label = field == QLatin1String("name")     ? tr("name")
                                  : field == QLatin1String("access") ? tr("access")
                                                                     : field;
            parts.append(tr("%1: %2 → %3")
                             .arg(label, fieldValue(entry.before.value(field)),
                                  fieldValue(entry.after.value(field))));
        }
        return parts.join(QStringLiteral("; "));
    }
    case AuditAction::Activate:
    case AuditAction::Deactivate:
    case AuditAction::AdminAdd:
    case AuditAction::AdminBind:
    case AuditAction::FlowImport:
    case AuditAction::FlowReplace:
    case AuditAction::FlowActivityEdit:
    case AuditAction::FlowDelete:
        break;
    }
    return {};
}

QVariant ConnectorHistoryModel::data(const QModelIndex &index, int role) const
{
    // The actor, subjects and changed values come from the database (and imports): shown with
    // control characters escaped.
    return PrintableText::forRole(shownData(index, role), role);
}

QVariant ConnectorHistoryModel::shownData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return DisplayText::dateTime(entry.at);
        case WhoColumn:
            return entry.actorText();
        case ActionColumn:
            return AuditActions::displayName(entry.action);
        case ChangesColumn:
            return describeChanges(entry);
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole) {
        return tr("%1 by %2 on %3. %4")
            .arg(AuditActions::displayName(entry.action), entry.actorText(),
                 DisplayText::dateTime(entry.at), describeChanges(entry));
    }
    return {};
}
