#include "app/core/domain/AuditEntry.h"

#include "app/core/support/EnumKeys.h"

#include <QSet>

namespace {

constexpr EnumKey<AuditAction> kActionKeys[] = {
    {AuditAction::Create, "create"},
    {AuditAction::Update, "update"},
    {AuditAction::Deactivate, "deactivate"},
    {AuditAction::Activate, "activate"},
    {AuditAction::Delete, "delete"},
    {AuditAction::AdminAdd, "admin-add"},
    {AuditAction::Restore, "restore"},
    {AuditAction::FlowImport, "flow-import"},
    {AuditAction::FlowReplace, "flow-replace"},
    {AuditAction::FlowActivityEdit, "flow-activity-edit"},
    {AuditAction::FlowDelete, "flow-delete"},
    {AuditAction::AdminBind, "admin-bind"},
};
constexpr EnumKeys kActions(kActionKeys);

} // namespace

QString AuditEntry::actorText() const
{
    if (realActor.isEmpty() || realActor == actor)
        return actor;
    return AuditActions::tr("%1 acting as %2").arg(realActor, actor);
}

QStringList AuditEntry::changedFields() const
{
    QStringList fields;
    QSet<QString> keys;
    for (const QString &key : before.keys())
        keys.insert(key);
    for (const QString &key : after.keys())
        keys.insert(key);
    for (const QString &key : keys) {
        if (before.value(key) != after.value(key))
            fields.append(key);
    }
    fields.sort();
    return fields;
}

QString AuditActions::key(AuditAction action)
{
    return kActions.key(action);
}

std::optional<AuditAction> AuditActions::fromKey(const QString &key)
{
    return kActions.fromKey(key);
}

QString AuditActions::displayName(AuditAction action)
{
    switch (action) {
    case AuditAction::Create:
        return tr("Created");
    case AuditAction::Update:
        return tr("Edited");
    case AuditAction::Deactivate:
        return tr("Deactivated");
    case AuditAction::Activate:
        return tr("Activated");
    case AuditAction::Delete:
        return tr("Deleted");
    case AuditAction::AdminAdd:
        return tr("Administrator added");
    case AuditAction::AdminBind:
        return tr("Administrator login bound");
    case AuditAction::Restore:
        return tr("Restored");
    case AuditAction::FlowImport:
        return tr("Flow imported");
    case AuditAction::FlowReplace:
        return tr("Flow re-imported");
    case AuditAction::FlowActivityEdit:
        return tr("HTTP Request activity edited");
    case AuditAction::FlowDelete:
        return tr("Flow deleted");
    }
    return {};
}
