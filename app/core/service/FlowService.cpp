#include "app/core/service/FlowService.h"

#include "app/core/flows/ActivityRules.h"
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/policy/RolePolicy.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/store/AdminRepository.h"
#include "app/core/store/AuditRepository.h"
#include "app/core/store/ConnectorRepository.h"
#include "app/core/store/Database.h"
#include "app/core/store/FlowRepository.h"
#include "app/core/store/SafeFile.h"
#include "app/core/store/SqlTransaction.h"
#include "app/core/support/Timestamps.h"
#include "app/core/validation/ApiEndpoint.h"
#include "app/core/validation/ConnectorValidator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace {

QJsonObject activitySnapshot(const HttpRequestActivity &activity)
{
    QJsonArray variables;
    for (const OutputVariable &variable : activity.outputVariables)
        variables.append(variable.name + QStringLiteral(" = ") + variable.jsonPath);
    return {{QStringLiteral("activity"), activity.nodeName},
            {QStringLiteral("connectorId"), activity.connectorIdText()},
            {QStringLiteral("method"), activity.method},
            {QStringLiteral("path"), activity.authenticated ? activity.path : activity.url},
            {QStringLiteral("timeoutMs"), activity.timeoutMs},
            {QStringLiteral("retryAttempts"), activity.retryAttempts},
            {QStringLiteral("outputVariables"), variables}};
}

} // namespace

FlowService::FlowService(ConnectorService &connectors, QObject *parent)
    : QObject(parent)
    , m_connectors(connectors)
{}

const Database &FlowService::database() const
{
    return m_connectors.database();
}

SessionPolicy FlowService::sessionPolicy() const
{
    return m_connectors.sessionPolicy();
}

Result<void> FlowService::checkPermission(bool change) const
{
    // Re-read the actor: a role withdrawn by another console takes effect at once.
    auto actor = AdminRepository(database()).find(m_connectors.actor().email);
    if (!actor)
        return actor.error();
    if (!actor->has_value())
        return CoreError(ErrorCode::AdminNotFound, {m_connectors.actor().email});
    if (auto refusal = RolePolicy::checkFlows(**actor, change))
        return *refusal;
    return {};
}

Result<QList<Flow>> FlowService::list(FlowContent content) const
{
    if (auto allowed = checkPermission(false); !allowed)
        return allowed.error();
    return FlowRepository(database()).all(content);
}

Result<Flow> FlowService::find(const QUuid &id) const
{
    if (auto allowed = checkPermission(false); !allowed)
        return allowed.error();
    return existing(id, std::nullopt);
}

Result<Flow> FlowService::findByName(const QString &name) const
{
    if (auto allowed = checkPermission(false); !allowed)
        return allowed.error();
    auto found = FlowRepository(database()).findByNameKey(ConnectorValidator::nameKey(name));
    if (!found)
        return found.error();
    if (!found->has_value())
        return CoreError(ErrorCode::FlowNotFound, {name.trimmed()});
    return **found;
}

Result<QList<Flow>> FlowService::versionsOf(const QString &flowKey) const
{
    if (auto allowed = checkPermission(false); !allowed)
        return allowed.error();
    if (flowKey.trimmed().isEmpty())
        return QList<Flow>();
    return FlowRepository(database()).versionsOf(flowKey.trimmed());
}

Result<int> FlowService::countByName(const QString &name) const
{
    if (auto allowed = checkPermission(false); !allowed)
        return allowed.error();
    return FlowRepository(database()).countByNameKey(ConnectorValidator::nameKey(name));
}

Result<Flow> FlowService::existing(const QUuid &id, std::optional<int> expectedRevision) const
{
    auto found = FlowRepository(database()).find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return CoreError(ErrorCode::FlowNotFound, {id.toString(QUuid::WithoutBraces)});
    const Flow &flow = **found;
    if (expectedRevision && *expectedRevision != flow.revision) {
        return CoreError(ErrorCode::FlowStaleRevision,
                         {flow.name, flow.updatedBy, Timestamps::toStorage(flow.updatedAt)});
    }
    return flow;
}

Result<QList<FlowUsage>> FlowService::whereUsed(const QUuid &connectorId) const
{
    if (auto allowed = checkPermission(false); !allowed)
        return allowed.error();
    return FlowRepository(database()).usages(connectorId);
}

Result<QHash<QUuid, UsageCount>> FlowService::usageCounts() const
{
    if (auto allowed = checkPermission(false); !allowed)
        return allowed.error();
    return FlowRepository(database()).usageCounts();
}

Result<QHash<QUuid, Connector>> FlowService::connectorsUsedBy(const QList<Flow> &flows) const
{
    QSet<QUuid> ids;
    for (const Flow &flow : flows) {
        for (const HttpRequestActivity &activity : flow.activities) {
            if (!activity.connectorId.isNull())
                ids.insert(activity.connectorId);
        }
    }
    // A few IDs are looked up one by one; past that, one scan of the table is cheaper than
    // thousands of lookups.
    constexpr int kLookUpLimit = 256;
    ConnectorRepository repository(database());
    QHash<QUuid, Connector> byId;
    byId.reserve(ids.size());
    if (ids.size() <= kLookUpLimit) {
        for (const QUuid &id : std::as_const(ids)) {
            auto found = repository.find(id);
            if (!found)
                return found.error();
            if (found->has_value())
                byId.insert(id, **found);
        }
        return byId;
    }
    auto all = repository.all();
    if (!all)
        return all.error();
    for (const Connector &connector : std::as_const(*all)) {
        if (ids.contains(connector.id))
            byId.insert(connector.id, connector);
    }
    return byId;
}

Result<QList<QList<CoreError>>> FlowService::problems(const Flow &flow) const
{
    auto all = problemsOfEach({flow});
    if (!all)
        return all.error();
    return all->first();
}

Result<QList<QList<QList<CoreError>>>> FlowService::problemsOfEach(const QList<Flow> &flows) const
{
    auto connectors = connectorsUsedBy(flows);
    if (!connectors)
        return connectors.error();
    QList<QList<QList<CoreError>>> all;
    all.reserve(flows.size());
    for (const Flow &flow : flows) {
        QList<QList<CoreError>> ofFlow;
        for (const HttpRequestActivity &activity : flow.activities) {
            const auto it = connectors->constFind(activity.connectorId);
            ofFlow.append(ActivityRules::check(
                activity, it == connectors->constEnd() ? nullptr : &it.value()));
        }
        all.append(ofFlow);
    }
    return all;
}

Result<QList<CoreError>> FlowService::problems(const HttpRequestActivity &activity) const
{
    std::optional<Connector> connector;
    if (!activity.connectorId.isNull()) {
        auto found = ConnectorRepository(database()).find(activity.connectorId);
        if (!found)
            return found.error();
        connector = *found;
    }
    return ActivityRules::check(activity, connector ? &*connector : nullptr);
}

Result<void> FlowService::appendAudit(AuditAction action, const QString &subject,
                                      const QJsonObject &before, const QJsonObject &after) const
{
    AuditEntry entry;
    entry.at = Timestamps::now();
    entry.actor = m_connectors.actor().email;
    entry.action = action;
    entry.subject = subject;
    entry.before = before;
    entry.after = after;
    return AuditRepository(database()).append(entry);
}

Result<QList<FlowImportOutcome>> FlowService::importFiles(const QStringList &paths, ImportMode mode)
{
    // One file at a time inside one transaction (all or nothing as before): only one parsed
    // document is held at once, so 1,000 exports of 250 KB do not take a gigabyte.
    SqlTransaction transaction(database());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QList<FlowImportOutcome> outcomes;
    QHash<QString, QString> sources; // identity → file, to name both files of a clash
    // Every bad file is reported, not only the first: once one is found nothing more is
    // imported (the transaction rolls back), but the rest are still read and checked.
    QList<CoreError> bad;
    int badCount = 0;
    const auto noteBad = [&bad, &badCount](const CoreError &error) {
        ++badCount;
        if (bad.size() < kMaxReportedFiles)
            bad.append(error);
    };
    for (const QString &path : paths) {
        const QString source = QDir::toNativeSeparators(path);
        // A regular file of bounded size only: a device or a pipe may never end.
        auto bytes = SafeFile::read(path, SafeFile::FlowFileLimit);
        if (!bytes) {
            noteBad(bytes.error());
            continue;
        }
        auto flow = FlowDesignerFormat::read(*bytes, source, FlowDesignerFormat::SourceText::Keep);
        if (!flow) {
            noteBad(flow.error());
            continue;
        }
        const QStringList keys = identityKeys(*flow);
        std::optional<CoreError> clash;
        for (const QString &key : keys) {
            if (const auto first = sources.constFind(key); first != sources.constEnd()) {
                clash = CoreError(ErrorCode::FlowDuplicateInImport,
                                  {*first, source, clashLabel(*flow)});
                break;
            }
        }
        if (clash) {
            noteBad(*clash);
            continue;
        }
        for (const QString &key : keys)
            sources.insert(key, source);
        if (badCount > 0)
            continue;
        auto imported = importFlowsInOpenTransaction({*flow});
        if (!imported)
            return imported.error();
        for (FlowImportOutcome outcome : std::as_const(*imported)) {
            outcome.flow.document = {}; // stored; callers report names and activities
            outcome.flow.documentText.clear();
            outcomes.append(outcome);
        }
    }
    if (badCount == 1)
        return bad.constFirst();
    if (badCount > 1) {
        QStringList arguments{QString::number(badCount)};
        for (const CoreError &error : std::as_const(bad))
            arguments.append(error.message());
        return CoreError(ErrorCode::FlowFilesInvalid, arguments);
    }
    if (mode == ImportMode::DryRun) {
        transaction.rollback();
        return outcomes;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    announceImport(outcomes);
    return outcomes;
}

Result<QList<FlowImportOutcome>> FlowService::importFlows(const QList<Flow> &flows)
{
    SqlTransaction transaction(database());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto outcomes = importFlowsInOpenTransaction(flows);
    if (!outcomes)
        return outcomes;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    announceImport(*outcomes);
    return outcomes;
}

void FlowService::announceImport(const QList<FlowImportOutcome> &outcomes)
{
    if (!outcomes.isEmpty())
        Q_EMIT flowsChanged();
}

Result<QList<FlowImportOutcome>> FlowService::importFlowsInOpenTransaction(const QList<Flow> &flows)
{
    if (auto allowed = checkPermission(true); !allowed)
        return allowed.error();

    FlowRepository repository(database());
    QList<FlowImportOutcome> outcomes;
    QHash<QString, int> firstIndex; // identity → position of its first flow in `flows`
    const QDateTime now = Timestamps::now();
    for (int i = 0; i < flows.size(); ++i) {
        Flow flow = flows.at(i);
        // An export without a description or type reads them as null strings, which Qt Sql
        // binds as NULL; the columns hold text, empty when absent.
        flow.flowType = flow.flowType.isNull() ? QStringLiteral("") : flow.flowType;
        flow.description = flow.description.isNull() ? QStringLiteral("") : flow.description;
        const QString key = ConnectorValidator::nameKey(flow.name);
        const QStringList identities = identityKeys(flow);
        for (const QString &identity : identities) {
            if (const auto first = firstIndex.constFind(identity); first != firstIndex.constEnd()) {
                return CoreError(ErrorCode::FlowDuplicateInImport,
                                 {importPosition(*first), importPosition(i), clashLabel(flow)});
            }
        }
        for (const QString &identity : identities)
            firstIndex.insert(identity, i);
        auto match = replacedBy(flow, key);
        if (!match)
            return match.error();
        if (match->staysLive)
            flow.tags.append(QStringLiteral("Live"));
        flow.updatedBy = m_connectors.actor().email;
        flow.updatedAt = now;
        if (match->replaced)
            flow.id = match->replaced->id;
        else if (flow.id.isNull())
            flow.id = QUuid::createUuid();
        if (auto moved = moveVersions(flow, *match, now); !moved)
            return moved.error();
        FlowImportOutcome outcome;
        outcome.before = match->replaced;
        outcome.superseded = match->superseded;
        if (outcome.before)
            outcome.before->document = {};
        if (match->replaced) {
            const Flow &before = *match->replaced;
            flow.id = before.id;
            flow.importedBy = before.importedBy;
            flow.importedAt = before.importedAt;
            flow.revision = before.revision + 1;
            auto changed = repository.update(flow, key, before.revision);
            if (!changed)
                return changed.error();
            if (*changed == 0)
                return changedMeanwhile(before);
            if (auto audited = appendAudit(AuditAction::FlowReplace, flow.name,
                                           flowSnapshot(before), flowSnapshot(flow));
                !audited)
                return audited.error();
            outcome.replaced = true;
        } else {
            flow.importedBy = m_connectors.actor().email;
            flow.importedAt = now;
            flow.revision = 1;
            if (auto inserted = repository.insert(flow, key); !inserted)
                return inserted.error();
            if (auto audited =
                    appendAudit(AuditAction::FlowImport, flow.name, {}, flowSnapshot(flow));
                !audited)
                return audited.error();
        }
        outcome.flow = flow;
        outcomes.append(outcome);
    }
    return outcomes;
}

Result<QList<FlowReplacement>> FlowService::replacements(const QList<Flow> &flows) const
{
    if (auto allowed = checkPermission(false); !allowed)
        return allowed.error();
    QList<FlowReplacement> found;
    for (int i = 0; i < flows.size(); ++i) {
        auto match = replacedBy(flows.at(i), ConnectorValidator::nameKey(flows.at(i).name));
        if (!match)
            return match.error();
        if (match->replaced)
            found.append({i, *match->replaced});
        for (const Flow &gone : std::as_const(match->superseded))
            found.append({i, gone});
    }
    return found;
}

CoreError FlowService::changedMeanwhile(const Flow &before) const
{
    auto now = FlowRepository(database()).find(before.id);
    if (!now)
        return now.error();
    if (!now->has_value())
        return CoreError(ErrorCode::FlowNotFound, {before.name});
    const Flow &current = **now;
    return CoreError(ErrorCode::FlowStaleRevision,
                     {current.name, current.updatedBy, Timestamps::toStorage(current.updatedAt)});
}

Result<void> FlowService::beginChange(SqlTransaction &transaction) const
{
    if (auto begun = transaction.begin(); !begun)
        return begun;
    return checkPermission(true);
}

Result<Flow> FlowService::updateActivity(const QUuid &flowId, const HttpRequestActivity &activity,
                                         std::optional<int> expectedRevision)
{
    SqlTransaction transaction(database());
    if (auto begun = beginChange(transaction); !begun)
        return begun.error();
    auto before = existing(flowId, expectedRevision);
    if (!before)
        return before;
    const HttpRequestActivity *previous = before->activity(activity.eventFlow, activity.nodeId);
    if (!previous)
        return CoreError(ErrorCode::ActivityNotFound, {before->name, activity.nodeName});
    auto problems = this->problems(activity);
    if (!problems)
        return problems.error();
    // A warning (an inactive connector) is shown, not refused: see ActivityRules::isBlocking.
    if (const QList<CoreError> refusing = ActivityRules::blocking(*problems); !refusing.isEmpty())
        return refusing.first();

    Flow after = *before;
    FlowDesignerFormat::writeActivity(after.document, activity);
    after.documentText.clear();
    after.activities = FlowDesignerFormat::activities(after.document);
    after.updatedBy = m_connectors.actor().email;
    after.updatedAt = Timestamps::now();
    after.revision = before->revision + 1;
    auto changed = FlowRepository(database())
                       .update(after, ConnectorValidator::nameKey(after.name), before->revision);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return changedMeanwhile(*before);
    if (auto audited = appendAudit(AuditAction::FlowActivityEdit, after.name,
                                   activitySnapshot(*previous), activitySnapshot(activity));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT flowsChanged({after.id});
    return after;
}

Result<void> FlowService::remove(const QUuid &flowId, std::optional<int> expectedRevision)
{
    SqlTransaction transaction(database());
    if (auto begun = beginChange(transaction); !begun)
        return begun.error();
    auto before = existing(flowId, expectedRevision);
    if (!before)
        return before.error();
    auto removed = FlowRepository(database()).remove(flowId);
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return CoreError(ErrorCode::FlowNotFound, {before->name});
    if (auto audited =
            appendAudit(AuditAction::FlowDelete, before->name, flowSnapshot(*before), {});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT flowsChanged({flowId});
    return {};
}

QByteArray FlowService::exportDocument(const Flow &flow)
{
    return FlowDesignerFormat::write(flow.document);
}

Result<QString> FlowService::apiBaseUrl() const
{
    if (auto allowed = checkPermission(false); !allowed)
        return allowed.error();
    auto organisation = AdminRepository(database()).organisation();
    if (!organisation)
        return organisation.error();
    return organisation->has_value() ? (*organisation)->apiBaseUrl : Organisation().apiBaseUrl;
}

Result<void> FlowService::setApiBaseUrl(const QString &url)
{
    SqlTransaction transaction(database());
    if (auto begun = beginChange(transaction); !begun)
        return begun.error();
    // The https rule is the core's, whoever calls: a token must never travel in plain text.
    auto valid = ApiEndpoint::validateBaseUrl(url);
    if (!valid)
        return valid.error();
    if (auto written = AdminRepository(database()).setApiBaseUrl(valid->toString()); !written)
        return written.error();
    return transaction.commit();
}
