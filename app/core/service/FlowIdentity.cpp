// FlowService's identity rules: which stored flow an imported one replaces, and how the Live
// version and the latest version of one Flow Designer flow move between their two slots.
#include "app/core/flows/FlowVersions.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/FlowRepository.h"
#include "app/core/validation/ConnectorValidator.h"

QJsonObject FlowService::flowSnapshot(const Flow &flow)
{
    QJsonObject snapshot{{QStringLiteral("id"), flow.idText()},
                         {QStringLiteral("name"), flow.name},
                         {QStringLiteral("flowType"), flow.flowType},
                         {QStringLiteral("activities"), int(flow.activities.size())}};
    if (FlowVersions::hasVersionFacts(flow)) {
        snapshot.insert(QStringLiteral("flowKey"), flow.flowKey);
        snapshot.insert(QStringLiteral("version"), flow.version);
        snapshot.insert(QStringLiteral("slot"), FlowVersions::slotKey(flow.versionSlot()));
    }
    return snapshot;
}

QString FlowService::identityKey(const Flow &flow)
{
    if (!flow.flowKey.isEmpty())
        return QStringLiteral("flowId:%1/%2")
            .arg(flow.flowKey, FlowVersions::slotKey(flow.versionSlot()));
    if (!flow.id.isNull())
        return QStringLiteral("id:") + flow.idText();
    return QStringLiteral("name:") + ConnectorValidator::nameKey(flow.name);
}

QStringList FlowService::identityKeys(const Flow &flow)
{
    QStringList keys{identityKey(flow)};
    if (!flow.flowKey.isEmpty() && !flow.versionId.isEmpty())
        keys.append(QStringLiteral("version:%1/%2").arg(flow.flowKey, flow.versionId));
    return keys;
}

QString FlowService::clashLabel(const Flow &flow)
{
    return FlowVersions::label(flow);
}

QString FlowService::importPosition(int index)
{
    // Zero-based, as the exchange file names its records ("flows[0]").
    return QStringLiteral("flows[%1]").arg(index);
}

Result<FlowService::IdentityMatch> FlowService::replacedBy(const Flow &flow,
                                                           const QString &nameKey) const
{
    FlowRepository repository(database());
    IdentityMatch match;
    if (!flow.id.isNull()) {
        auto byId = repository.find(flow.id);
        if (!byId)
            return byId.error();
        match.replaced = *byId; // the same flow, perhaps renamed: names need not be unique
    }
    if (flow.flowKey.isEmpty()) {
        if (flow.id.isNull()) {
            auto byName = repository.findWithoutKeyByNameKey(nameKey);
            if (!byName)
                return byName.error();
            match.replaced = *byName;
        }
        return match;
    }

    // The console holds at most two versions of one Flow Designer flow: the Live one and the
    // latest other one, and one version object (Flow Designer's version `id`) once. The slots
    // follow the newest file of a version:
    // - a Live version replaces the Live row; a stored latest row of the same version object
    //   folds into it (when there is no Live row yet, the latest row becomes the Live one);
    // - a file of the stored Live version that says nothing about tags is the Live version still
    //   (an export without tags does not say it stopped being Live), and a stored latest row of
    //   another version goes, being older news than this file;
    // - a file of the stored Live version whose tags say it is no longer Live (no Live tag, or a
    //   Live tag naming another version) moves it to the latest slot;
    // - a file whose Live tag names the stored latest version moves that row to the Live slot;
    // - a Live row the file says is not Live and that has no slot left (the latest slot takes
    //   this file) goes: it is neither the Live version nor the latest any more.
    // What goes is audited as folded into, or superseded by, the row that stays.
    auto live = repository.findByIdentity(flow.flowKey, FlowVersionSlot::Live);
    if (!live)
        return live.error();
    auto latest = repository.findByIdentity(flow.flowKey, FlowVersionSlot::Latest);
    if (!latest)
        return latest.error();
    const auto sameVersion = [&flow](const std::optional<Flow> &row) {
        return row && !flow.versionId.isEmpty() && row->versionId == flow.versionId;
    };
    // A record of the console's own export (it carries a console ID) holds the document as
    // first imported: its tags are old news, not Flow Designer's word now, so they move no slot.
    const bool news = flow.id.isNull();
    const QString liveNamed = flow.isLive() ? flow.versionId
                              : news        ? flow.liveVersionId
                                            : QString();
    FlowVersionSlot slot = flow.versionSlot();
    if (slot == FlowVersionSlot::Latest && sameVersion(*live) && !(news && flow.saysNotLive())) {
        match.staysLive = true;
        slot = FlowVersionSlot::Live;
    }
    if (slot == FlowVersionSlot::Latest && !liveNamed.isEmpty() && *latest &&
        !sameVersion(*latest) && (*latest)->versionId == liveNamed)
        match.promoted = *latest;
    const std::optional<Flow> &other = slot == FlowVersionSlot::Live ? *latest : *live;
    const std::optional<Flow> holder = slot == FlowVersionSlot::Live ? *live
                                       : match.promoted              ? std::nullopt
                                                                     : *latest;
    if (!match.replaced) {
        if (holder)
            match.replaced = holder;
        else if (sameVersion(other))
            match.replaced = other;
    } else if (holder && holder->id != match.replaced->id) {
        // Matched by console ID, but another stored flow already holds this version slot.
        const Flow &before = *match.replaced;
        return CoreError(ErrorCode::FlowIdentityTaken,
                         {before.name, before.idText(),
                          FlowVersions::versionText(slot, flow.version, true), flow.flowKey,
                          holder->name, holder->idText()});
    }
    for (const std::optional<Flow> &row : {*live, *latest}) {
        if (!row || (match.replaced && row->id == match.replaced->id) ||
            (match.promoted && row->id == match.promoted->id))
            continue;
        const bool isLiveRow = row->versionSlot() == FlowVersionSlot::Live;
        const bool goes = sameVersion(row) ||
                          (isLiveRow ? !liveNamed.isEmpty() && liveNamed != row->versionId
                                     : news && match.staysLive && slot == FlowVersionSlot::Live);
        if (goes)
            match.superseded.append(*row);
    }
    return match;
}

Result<void> FlowService::moveVersions(const Flow &flow, const IdentityMatch &match,
                                       const QDateTime &now)
{
    FlowRepository repository(database());
    // What goes, goes first, and rows changing slot let go of their identity before any row
    // takes a slot, so the unique identity (flowId, slot) is never held twice, even for a moment.
    for (const Flow &gone : match.superseded) {
        auto removed = repository.remove(gone.id);
        if (!removed)
            return removed.error();
        if (*removed == 0)
            return changedMeanwhile(gone);
        // Not "deleted": the version lives on in the row that stays (the same version object
        // folded into it), or gave way to this newer file; the history says which row that is.
        if (auto audited = appendAudit(AuditAction::FlowReplace, FlowVersions::label(gone),
                                       flowSnapshot(gone), flowSnapshot(flow));
            !audited)
            return audited.error();
    }
    const bool replacedMoves = match.replaced && match.replaced->flowKey == flow.flowKey &&
                               match.replaced->versionSlot() != flow.versionSlot();
    for (const std::optional<Flow> &row :
         {replacedMoves ? match.replaced : std::nullopt, match.promoted}) {
        if (!row)
            continue;
        auto parked = repository.park(row->id);
        if (!parked)
            return parked.error();
        if (*parked == 0)
            return changedMeanwhile(*row);
    }
    if (!match.promoted)
        return {};
    Flow promoted = *match.promoted;
    promoted.tags.append(QStringLiteral("Live"));
    promoted.updatedBy = m_connectors.actor().email;
    promoted.updatedAt = now;
    promoted.revision = match.promoted->revision + 1;
    auto changed = repository.update(promoted, ConnectorValidator::nameKey(promoted.name),
                                     match.promoted->revision);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return changedMeanwhile(*match.promoted);
    return appendAudit(AuditAction::FlowReplace, promoted.name, flowSnapshot(*match.promoted),
                       flowSnapshot(promoted));
}
