#include "app/core/service/ConnectorService.h"

#include "app/core/policy/RolePolicy.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/store/AdminRepository.h"
#include "app/core/store/AuditRepository.h"
#include "app/core/store/ConnectorRepository.h"
#include "app/core/store/Database.h"
#include "app/core/store/SqlTransaction.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/Timestamps.h"
#include "app/core/validation/ConnectorValidator.h"

#include <utility>

ConnectorService::ConnectorService(const Database &database, AdminAccount actor, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_actor(std::move(actor))
    , m_createdFor(m_actor.email)
{}

void ConnectorService::setActor(const AdminAccount &actor)
{
    m_actor = actor;
    m_policy.reset();
    Q_EMIT actorChanged();
}

Result<Organisation> ConnectorService::organisation() const
{
    return AdminDirectory(m_database).organisation();
}

SessionPolicy ConnectorService::sessionPolicy() const
{
    if (!m_policy) {
        // The account at the keyboard is the one the audit log names as the real actor.
        const QString self =
            m_database.sessionAccount().isEmpty() ? m_createdFor : m_database.sessionAccount();
        // The same inputs every change reads inside its transaction.
        auto context = freshContext();
        m_policy = context ? SessionPolicy(context->actor, context->organisation, self)
                           : SessionPolicy::unavailable(m_actor, context.error(), self);
    }
    return *m_policy;
}

Result<void> ConnectorService::refreshSessionPolicy()
{
    std::optional<SessionPolicy> previous = std::exchange(m_policy, std::nullopt);
    const SessionPolicy fresh = sessionPolicy();
    if (const CoreError *failure = fresh.failure()) {
        if (previous && !previous->failure())
            m_policy = std::move(previous);
        return *failure;
    }
    return {};
}

Result<ConnectorService::Context> ConnectorService::freshContext() const
{
    auto actor = AdminRepository(m_database).find(m_actor.email);
    if (!actor)
        return actor.error();
    if (!actor->has_value())
        return CoreError(ErrorCode::AdminNotFound, {m_actor.email});
    auto organisation = this->organisation();
    if (!organisation)
        return organisation.error();
    return Context{**actor, *organisation};
}

Result<ConnectorService::Context> ConnectorService::beginChange(SqlTransaction &transaction,
                                                                ConnectorAction action) const
{
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto context = freshContext();
    if (!context)
        return context;
    if (auto refusal = RolePolicy::check(context->actor, context->organisation, action))
        return *refusal;
    return context;
}

std::optional<CoreError> ConnectorService::viewRefusal() const
{
    auto context = freshContext();
    if (!context)
        return context.error();
    return RolePolicy::check(context->actor, context->organisation, ConnectorAction::View);
}

Result<QList<Connector>> ConnectorService::list() const
{
    if (auto refusal = viewRefusal())
        return *refusal;
    return ConnectorRepository(m_database).all();
}

Result<Connector> ConnectorService::find(const QUuid &id) const
{
    if (auto refusal = viewRefusal())
        return *refusal;
    return existing(id, std::nullopt);
}

Result<QList<AuditEntry>> ConnectorService::history(const QUuid &connectorId, int limit) const
{
    if (auto refusal = viewRefusal())
        return *refusal;
    return AuditRepository(m_database).entries(connectorId, limit);
}

Result<void>
ConnectorService::eachConnector(const std::function<bool(const Connector &)> &sink) const
{
    if (auto refusal = viewRefusal())
        return *refusal;
    return ConnectorRepository(m_database).each(sink);
}

Result<void>
ConnectorService::eachHistoryEntry(const QUuid &connectorId, int limit,
                                   const std::function<bool(const AuditEntry &)> &sink) const
{
    if (auto refusal = viewRefusal())
        return *refusal;
    return AuditRepository(m_database).each(connectorId, limit, sink);
}

Result<Connector> ConnectorService::existing(const QUuid &id,
                                             std::optional<int> expectedRevision) const
{
    auto found = ConnectorRepository(m_database).find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return CoreError(ErrorCode::ConnectorNotFound, {id.toString(QUuid::WithoutBraces)});
    const Connector &connector = **found;
    if (expectedRevision && *expectedRevision != connector.revision) {
        return CoreError(ErrorCode::StaleRevision, {connector.name, connector.updatedBy,
                                                    Timestamps::toStorage(connector.updatedAt)});
    }
    return connector;
}

std::optional<CoreError> ConnectorService::checkNameIsFree(const QString &name,
                                                           const QUuid &self) const
{
    auto clash = ConnectorRepository(m_database).findByNameKey(ConnectorValidator::nameKey(name));
    if (!clash)
        return clash.error();
    if (clash->has_value() && (*clash)->id != self)
        return CoreError(ErrorCode::NameDuplicate, {(*clash)->name, (*clash)->idText()});
    return std::nullopt;
}

Result<void> ConnectorService::appendAudit(AuditAction action, const QUuid &id,
                                           const QString &subject, const QJsonObject &before,
                                           const QJsonObject &after) const
{
    AuditEntry entry;
    entry.at = Timestamps::now();
    entry.actor = m_actor.email;
    entry.action = action;
    entry.connectorId = id;
    entry.subject = subject;
    entry.before = before;
    entry.after = after;
    return AuditRepository(m_database).append(entry);
}

Result<Connector> ConnectorService::create(const ConnectorDraft &draft)
{
    SqlTransaction transaction(m_database);
    auto context = beginChange(transaction, ConnectorAction::Create);
    if (!context)
        return context.error();
    if (const auto problems = ConnectorValidator::problemsForCreate(draft); !problems.isEmpty())
        return problems.first();

    const QDateTime now = Timestamps::now();
    Connector connector;
    connector.id = QUuid::createUuid();
    connector.name = ConnectorValidator::normalizedName(draft.name);
    connector.access = draft.access;
    connector.active = true;
    connector.authorizedBy = m_actor.email;
    connector.authorizedAt = now;
    connector.createdBy = connector.updatedBy = m_actor.email;
    connector.createdAt = connector.updatedAt = now;
    connector.revision = 1;
    auto created = insertNew(connector, AuditAction::Create);
    if (!created)
        return created;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT connectorCreated(connector.id, *created);
    return created;
}

Result<Connector> ConnectorService::restore(const Connector &snapshot)
{
    SqlTransaction transaction(m_database);
    auto context = beginChange(transaction, ConnectorAction::Delete);
    if (!context)
        return context.error();
    ConnectorDraft draft{snapshot.id, snapshot.name, snapshot.access, true};
    if (const auto problems = ConnectorValidator::problemsForCreate(draft); !problems.isEmpty())
        return problems.first();
    auto present = ConnectorRepository(m_database).find(snapshot.id);
    if (!present)
        return present.error();
    if (present->has_value())
        return CoreError(ErrorCode::IdImmutable, {snapshot.idText()});

    Connector connector = snapshot;
    connector.name = ConnectorValidator::normalizedName(snapshot.name);
    connector.updatedBy = m_actor.email;
    connector.updatedAt = Timestamps::now();
    connector.revision = 1;
    auto restored = insertNew(connector, AuditAction::Restore);
    if (!restored)
        return restored;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT connectorCreated(connector.id, *restored);
    return restored;
}

Result<Connector> ConnectorService::insertNew(const Connector &connector, AuditAction action)
{
    if (auto clash = checkNameIsFree(connector.name, connector.id))
        return *clash;
    if (auto inserted = ConnectorRepository(m_database)
                            .insert(connector, ConnectorValidator::nameKey(connector.name));
        !inserted)
        return inserted.error();
    if (auto audited = appendAudit(action, connector.id, connector.name, {},
                                   ConnectorJson::auditSnapshot(connector));
        !audited)
        return audited.error();
    return connector;
}

Result<Connector> ConnectorService::update(const QUuid &id, const ConnectorDraft &draft,
                                           std::optional<int> expectedRevision)
{
    SqlTransaction transaction(m_database);
    auto context = beginChange(transaction, ConnectorAction::Update);
    if (!context)
        return context.error();
    auto before = existing(id, expectedRevision);
    if (!before)
        return before;
    if (auto refusal = RolePolicy::check(context->actor, context->organisation,
                                         ConnectorAction::Update, &*before))
        return *refusal;
    if (!draft.id.isNull() && draft.id != id)
        return CoreError(ErrorCode::IdImmutable, {before->idText()});
    if (const auto problems = ConnectorValidator::problemsForUpdate(draft); !problems.isEmpty())
        return problems.first();
    if (auto clash = checkNameIsFree(draft.name, id))
        return *clash;

    Connector after = *before;
    after.name = ConnectorValidator::normalizedName(draft.name);
    after.access = draft.access;
    if (after.name == before->name && after.access == before->access)
        return after; // nothing changed: no new revision, no audit row
    auto written = writeUpdate(*before, after, AuditAction::Update);
    if (!written)
        return written;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT connectorChanged(id, *written);
    return written;
}

Result<Connector> ConnectorService::writeUpdate(const Connector &before, const Connector &after,
                                                AuditAction action)
{
    Connector next = after;
    next.updatedBy = m_actor.email;
    next.updatedAt = Timestamps::now();
    next.revision = before.revision + 1;
    auto changed = ConnectorRepository(m_database)
                       .update(next, ConnectorValidator::nameKey(next.name), before.revision);
    if (!changed)
        return changed.error();
    if (*changed != 1) {
        return CoreError(ErrorCode::StaleRevision,
                         {before.name, before.updatedBy, Timestamps::toStorage(before.updatedAt)});
    }
    if (auto audited = appendAudit(action, next.id, next.name, ConnectorJson::auditSnapshot(before),
                                   ConnectorJson::auditSnapshot(next));
        !audited)
        return audited.error();
    return next;
}

Result<Connector> ConnectorService::deactivate(const QUuid &id, std::optional<int> expectedRevision)
{
    return setActive(id, false, expectedRevision);
}

Result<Connector> ConnectorService::activate(const QUuid &id, std::optional<int> expectedRevision)
{
    return setActive(id, true, expectedRevision);
}

Result<Connector> ConnectorService::setActive(const QUuid &id, bool active,
                                              std::optional<int> expectedRevision)
{
    const ConnectorAction action = active ? ConnectorAction::Activate : ConnectorAction::Deactivate;
    SqlTransaction transaction(m_database);
    auto context = beginChange(transaction, action);
    if (!context)
        return context.error();
    auto before = existing(id, expectedRevision);
    if (!before)
        return before;
    if (auto refusal = RolePolicy::check(context->actor, context->organisation, action, &*before))
        return *refusal;

    Connector after = *before;
    after.active = active;
    auto written =
        writeUpdate(*before, after, active ? AuditAction::Activate : AuditAction::Deactivate);
    if (!written)
        return written;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT connectorChanged(id, *written);
    return written;
}

Result<Connector> ConnectorService::remove(const QUuid &id, std::optional<int> expectedRevision)
{
    SqlTransaction transaction(m_database);
    auto context = beginChange(transaction, ConnectorAction::Delete);
    if (!context)
        return context.error();
    auto before = existing(id, expectedRevision);
    if (!before)
        return before;
    if (auto refusal = RolePolicy::check(context->actor, context->organisation,
                                         ConnectorAction::Delete, &*before))
        return *refusal;

    auto removed = ConnectorRepository(m_database).remove(id, before->revision);
    if (!removed)
        return removed.error();
    if (*removed != 1) {
        return CoreError(ErrorCode::StaleRevision, {before->name, before->updatedBy,
                                                    Timestamps::toStorage(before->updatedAt)});
    }
    if (auto audited = appendAudit(AuditAction::Delete, id, before->name,
                                   ConnectorJson::auditSnapshot(*before), {});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT connectorRemoved(id);
    return before;
}
