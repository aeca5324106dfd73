#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/AuditEntry.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/ConnectorDraft.h"
#include "app/core/domain/Organisation.h"
#include "app/core/policy/ConnectorAction.h"
#include "app/core/policy/SessionPolicy.h"
#include "app/core/support/Result.h"

#include <functional>
#include <optional>
#include <QList>
#include <QObject>
#include <QUuid>

class Database;
class SqlTransaction;

// Every connector change, for every caller, goes through here: the role policy, the field rules,
// uniqueness, the revision check and the audit row, all inside one write transaction. The acting
// administrator is re-read from the database on every change, so a role withdrawn by another
// console takes effect at once.
class ConnectorService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorService)

public:
    ConnectorService(const Database &database, AdminAccount actor, QObject *parent = nullptr);

    const Database &database() const { return m_database; }
    const AdminAccount &actor() const { return m_actor; }
    void setActor(const AdminAccount &actor);

    Result<Organisation> organisation() const;
    // What the role policy lets the current actor do, answered from a snapshot of the actor's
    // role and the organisation's licence: read on the first ask and again after setActor() or
    // refreshSessionPolicy(), so a window can ask on every selection change without a query.
    // The reads and changes below never rely on it: each reads both afresh and checks again.
    SessionPolicy sessionPolicy() const;
    // Reads the snapshot again, e.g. after another program changed the store (the actor's role
    // or the licence may have changed there). When that read fails, the snapshot read before
    // stays, so a passing failure cannot lock a window out, and the failure is returned.
    Result<void> refreshSessionPolicy();

    Result<QList<Connector>> list() const;
    Result<Connector> find(const QUuid &id) const;
    Result<QList<AuditEntry>> history(const QUuid &connectorId = {}, int limit = -1) const;
    // list() and history() one row at a time, for lists of any length: `sink` gets each row as
    // the store reads it, until it returns false.
    Result<void> eachConnector(const std::function<bool(const Connector &)> &sink) const;
    Result<void> eachHistoryEntry(const QUuid &connectorId, int limit,
                                  const std::function<bool(const AuditEntry &)> &sink) const;

    Result<Connector> create(const ConnectorDraft &draft);
    // Re-creates a deleted connector with its original ID and consent record, e.g. to undo a
    // delete. Any role that may delete may restore (it is not setting up a new connector, so the
    // set-up roles and the licence do not apply); the name must still be free.
    Result<Connector> restore(const Connector &snapshot);
    // `expectedRevision` is the revision the caller's view was based on; when another admin has
    // changed the connector since, the update is refused instead of overwriting their change.
    Result<Connector> update(const QUuid &id, const ConnectorDraft &draft,
                             std::optional<int> expectedRevision = std::nullopt);
    Result<Connector> deactivate(const QUuid &id,
                                 std::optional<int> expectedRevision = std::nullopt);
    Result<Connector> activate(const QUuid &id, std::optional<int> expectedRevision = std::nullopt);
    Result<Connector> remove(const QUuid &id, std::optional<int> expectedRevision = std::nullopt);

Q_SIGNALS:
    // The connector as the store now holds it travels with the signal, so followers need not
    // read it back.
    void connectorCreated(const QUuid &id, const Connector &connector);
    void connectorChanged(const QUuid &id, const Connector &connector);
    void connectorRemoved(const QUuid &id);
    void actorChanged();

private:
    struct Context
    {
        AdminAccount actor;
        Organisation organisation;
    };

    Result<Context> freshContext() const;
    // The one check list(), find() and history() share: may the actor, as stored now, view?
    std::optional<CoreError> viewRefusal() const;
    // Opens the write transaction, re-reads the acting administrator and asks the role policy:
    // the start every change shares.
    Result<Context> beginChange(SqlTransaction &transaction, ConnectorAction action) const;
    Result<Connector> existing(const QUuid &id, std::optional<int> expectedRevision) const;
    std::optional<CoreError> checkNameIsFree(const QString &name, const QUuid &self) const;
    Result<Connector> insertNew(const Connector &connector, AuditAction action);
    Result<Connector> setActive(const QUuid &id, bool active, std::optional<int> expectedRevision);
    Result<Connector> writeUpdate(const Connector &before, const Connector &after,
                                  AuditAction action);
    Result<void> appendAudit(AuditAction action, const QUuid &id, const QString &subject,
                             const QJsonObject &before, const QJsonObject &after) const;

    const Database &m_database;
    AdminAccount m_actor;
    // The account this service was created for: who is at the keyboard when no session account
    // was resolved (Session), as in tests and tools.
    QString m_createdFor;
    mutable std::optional<SessionPolicy> m_policy;
};
