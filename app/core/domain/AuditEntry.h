#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

enum class AuditAction
{
    Create,
    Update,
    Deactivate,
    Activate,
    Delete,
    AdminAdd,
    Restore,
    // Flows: connector_id is empty and the subject is the flow's name.
    FlowImport,
    FlowReplace,
    FlowActivityEdit,
    FlowDelete,
    // An administrator account bound to an OS user or database login.
    AdminBind,
};

// One row of the audit log: who did what to which connector (or flow), with the connector's fields
// before and after (empty objects where there was no before or after).
struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime at;
    QString actor;
    // The full administrator really at the keyboard when `actor` was acted as (like sudo); empty
    // when the actor acted for themselves.
    QString realActor;
    AuditAction action = AuditAction::Create;
    QUuid connectorId;
    QString subject;
    QJsonObject before;
    QJsonObject after;

    // The names of the fields whose values differ between before and after.
    QStringList changedFields() const;
    // "olena@x acting as partner@x", or just the actor.
    QString actorText() const;
};
Q_DECLARE_METATYPE(AuditEntry)

class AuditActions final
{
    Q_DECLARE_TR_FUNCTIONS(AuditActions)

public:
    AuditActions() = delete;

    static QString key(AuditAction action);
    static std::optional<AuditAction> fromKey(const QString &key);
    static QString displayName(AuditAction action);
};
