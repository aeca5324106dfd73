// FlowTreeModel's texts for its column headers, a flow's type, an activity's connector and place,
// and its problems: plain functions of their arguments, apart from the model's rows and loading.
#include "app/core/models/FlowTreeModel.h"

QString FlowTreeModel::flowTypeText(const QString &flowType)
{
    const QString type = flowType.trimmed();
    if (type.compare(QLatin1String("flow"), Qt::CaseInsensitive) == 0)
        return tr("Flow", "flow type");
    if (type.compare(QLatin1String("subflow"), Qt::CaseInsensitive) == 0)
        return tr("Subflow", "flow type");
    return type;
}

QString FlowTreeModel::connectorText(const HttpRequestActivity &activity,
                                     const QString &currentName, bool inactive)
{
    if (!activity.authenticated)
        return tr("Not authenticated");
    if (activity.connectorId.isNull())
        return tr("None");
    if (!currentName.isEmpty())
        return inactive ? tr("%1 (inactive)", "connector").arg(currentName) : currentName;
    // What the export recorded, so the admin can tell which connector it was. It may have been
    // deleted here or never existed here (a flow exported from another organisation's console).
    return tr("%1 (not in this console)")
        .arg(activity.connectorName.isEmpty() ? activity.connectorIdText()
                                              : activity.connectorName);
}

QString FlowTreeModel::whereText(const HttpRequestActivity &activity)
{
    return activity.isInMainFlow() ? tr("Main flow") : activity.eventFlow;
}

QStringList FlowTreeModel::problemMessages(const QList<CoreError> &problems)
{
    QStringList messages;
    for (const CoreError &error : problems)
        messages.append(error.message());
    return messages;
}

QVariant FlowTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case WhereColumn:
        return tr("Type or event flow");
    case VersionColumn:
        return tr("Version");
    case ModifiedColumn:
        return tr("Last modified");
    case ActivitiesColumn:
        return tr("Activities");
    case ConnectorColumn:
        return tr("Connector");
    case MethodColumn:
        return tr("Method");
    case TargetColumn:
        return tr("Path or URL");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
