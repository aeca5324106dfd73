// ConnectorExchange's import: the file is read record by record (JsonRecordReader), each
// connector is checked as it arrives and the connectors are checked against the store and
// written in batches, all inside one transaction that is only committed when no record had a
// problem.
#include "app/core/policy/RolePolicy.h"
#include "app/core/service/ConnectorExchange.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/store/AdminRepository.h"
#include "app/core/store/AuditRepository.h"
#include "app/core/store/ConnectorRepository.h"
#include "app/core/store/Database.h"
#include "app/core/store/PageCacheScope.h"
#include "app/core/store/SafeFile.h"
#include "app/core/store/SqlTransaction.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/Timestamps.h"
#include "app/core/validation/AdminValidator.h"
#include "app/core/validation/ConnectorValidator.h"

#include <algorithm>
#include <QBuffer>
#include <QJsonObject>
#include <utility>

namespace {

// The largest record an import reads: a flow may be as large as a flow file, plus its wrapper.
constexpr qint64 RecordLimit = SafeFile::FlowFileLimit + SafeFile::MiB;

QString connectorPosition(qsizetype index)
{
    return QStringLiteral("connectors[%1]").arg(index);
}

QString flowPosition(qsizetype index)
{
    return QStringLiteral("flows[%1]").arg(index);
}

} // namespace

struct ConnectorExchange::ImportRun
{
    ImportRun(const Database &database, const AdminAccount &who, bool applying, bool keeping)
        : actor(who)
        , apply(applying)
        , keepImported(keeping)
        , connectors(database)
        , audit(database)
    {}

    // Problems beyond MaxProblems are only counted: a file of a million bad records must not
    // make a million messages.
    bool full() const { return connectorProblems.size() + flowProblems.size() >= MaxProblems; }
    void add(QList<Problem> &list, Problem problem)
    {
        if (full())
            ++hiddenFlowProblems;
        else
            list.append(std::move(problem));
    }
    // A connector's problem, with the record's index: the store's answers come a batch later,
    // and the report lists the problems in file order.
    void add(qsizetype index, Problem problem)
    {
        if (full())
            ++hiddenConnectorProblems;
        else
            connectorProblems.append({index, std::move(problem)});
    }
    // Whether the connectors read so far can still be applied. Flow problems do not count here:
    // a version 1 file's "flows" are dropped unread, and in version 2 they refuse the whole file
    // at the end anyway.
    bool clean() const { return connectorProblems.isEmpty() && hiddenConnectorProblems == 0; }
    QList<Problem> connectorProblemsInFileOrder()
    {
        std::stable_sort(connectorProblems.begin(), connectorProblems.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<Problem> problems;
        problems.reserve(connectorProblems.size());
        for (auto &[index, problem] : connectorProblems)
            problems.append(std::move(problem));
        return problems;
    }

    const AdminAccount &actor;
    const bool apply;
    const bool keepImported;
    ImportReport report;
    QList<std::pair<qsizetype, Problem>> connectorProblems;
    QList<Problem> flowProblems;
    qsizetype hiddenConnectorProblems = 0;
    qsizetype hiddenFlowProblems = 0;
    std::optional<CoreError> storeError;

    // Connectors: the administrators' roles, what the file had so far (by index), and the
    // records checked within the file that wait for their check against the store.
    std::optional<QString> accountsError;
    QHash<QString, AdminRole> accounts;
    QHash<QUuid, qsizetype> seenIds;
    QHash<QString, qsizetype> seenNames;
    QList<Connector> pending;
    QStringList pendingKeys;
    QList<qsizetype> pendingIndexes;
    const ConnectorRepository connectors;
    const AuditRepository audit;

    // Flows.
    bool flowsStarted = false;
    bool flowsRefused = false;
    QHash<QString, qsizetype> seenFlowNames;
    QHash<QUuid, qsizetype> seenFlowIds;
};

ConnectorExchange::ImportReport ConnectorExchange::check(const AdminAccount &actor,
                                                         const QByteArray &json) const
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return check(actor, buffer);
}

ConnectorExchange::ImportReport ConnectorExchange::check(const AdminAccount &actor, QIODevice &file,
                                                         bool keepImported) const
{
    auto report = read(actor, file, false, keepImported);
    if (!report) {
        ImportReport failed;
        failed.problems.append({QString(), report.error().message()});
        return failed;
    }
    return *report;
}

Result<ConnectorExchange::ImportReport> ConnectorExchange::import(const AdminAccount &actor,
                                                                  const QByteArray &json,
                                                                  FlowService *flows) const
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return import(actor, buffer, flows);
}

Result<ConnectorExchange::ImportReport> ConnectorExchange::import(const AdminAccount &actor,
                                                                  QIODevice &file,
                                                                  FlowService *flows,
                                                                  bool keepImported) const
{
    const PageCacheScope cache(m_database);
    SqlTransaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto read = this->read(actor, file, true, keepImported);
    if (!read)
        return read.error();
    ImportReport report = *std::move(read);
    if (!report.problems.isEmpty()) {
        // The transaction is rolled back: nothing the batches wrote stays.
        report.imported.clear();
        report.connectors = 0;
        report.flows.clear();
        return report;
    }

    // The flows after the connectors, in the same transaction, so their activities find the
    // connectors of the same file and a failure takes both back.
    std::optional<ConnectorService> ownConnectors;
    std::optional<FlowService> ownFlows;
    if (!flows) {
        ownConnectors.emplace(m_database, actor);
        flows = &ownFlows.emplace(*ownConnectors);
    }
    if (!report.flows.isEmpty()) {
        auto outcomes = flows->importFlowsInOpenTransaction(report.flows);
        if (!outcomes)
            return outcomes.error();
        report.flowsDone = *outcomes;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    flows->announceImport(report.flowsDone);
    return report;
}

Result<ConnectorExchange::ImportReport> ConnectorExchange::read(const AdminAccount &actor,
                                                                QIODevice &file, bool apply,
                                                                bool keepImported) const
{
    ImportRun run(m_database, actor, apply, keepImported);
    std::optional<QString> refusal;
    auto organisation = AdminRepository(m_database).organisation();
    if (organisation && organisation->has_value()) {
        if (auto refused = RolePolicy::check(actor, **organisation, ConnectorAction::Create))
            refusal = refused->message();
    }
    if (auto admins = AdminRepository(m_database).admins()) {
        for (const AdminAccount &admin : *admins)
            run.accounts.insert(AdminValidator::normalizedEmail(admin.email), admin.role);
    } else {
        run.accountsError = admins.error().message();
    }

    QJsonValue format;
    QJsonValue version;
    QJsonValue flowsMember; // "flows" when it is not a list
    JsonRecordReader::Handler handler;
    handler.member = [&](const QString &key, const QJsonValue &value) {
        if (key == QLatin1String("format"))
            format = value;
        else if (key == QLatin1String("version"))
            version = value;
        else if (key == QLatin1String("flows"))
            flowsMember = value;
    };
    handler.element = [&](const QString &key, qsizetype index, const QJsonValue &value) {
        if (refusal)
            return true; // read on: a file that is not JSON is still reported as such
        if (key == QLatin1String("flows")) {
            checkFlow(run, index, value);
            return true;
        }
        if (run.accountsError)
            return true;
        checkConnector(run, index, value);
        return !run.storeError;
    };
    JsonRecordReader reader(file, {QStringLiteral("connectors"), QStringLiteral("flows")},
                            SafeFile::StreamedExchangeLimit, RecordLimit);
    const auto fileFailure = reader.read(handler);
    if (run.storeError)
        return *run.storeError;
    ImportReport &report = run.report;
    const auto only = [&report](Problem problem) {
        report = ImportReport();
        report.problems.append(std::move(problem));
        return report;
    };
    if (fileFailure)
        return only(fileProblem(*fileFailure));
    if (format.toString() != formatName()) {
        return only({QString(), tr("the file is not a connectors export (its \"format\" is "
                                   "not \"%1\").")
                                    .arg(formatName())});
    }
    const int versionNumber = version.toInt(-1);
    if (versionNumber < 1 || versionNumber > FormatVersion) {
        return only({QString(), tr("the export format version %1 is not supported (this "
                                   "console reads version %2).")
                                    .arg(versionNumber)
                                    .arg(FormatVersion)});
    }
    if (refusal)
        return only({QString(), *refusal});
    if (auto flushed = flushConnectors(run); !flushed)
        return flushed.error();
    if (run.accountsError)
        run.connectorProblems.prepend({-1, {QString(), *run.accountsError}});
    if (versionNumber < 2) {
        // Version 1 had no flows; a "flows" key in such a file is not ours to read.
        run.flowProblems.clear();
        run.hiddenFlowProblems = 0;
        report.flows.clear();
    } else if (!flowsMember.isUndefined() && !flowsMember.isNull()) {
        run.flowProblems.append({QStringLiteral("flows"), tr("\"flows\" must be a list of Flow "
                                                             "Designer flow exports.")});
    }
    report.problems = run.connectorProblemsInFileOrder() + run.flowProblems;
    if (const qsizetype hidden = run.hiddenConnectorProblems + run.hiddenFlowProblems; hidden > 0)
        report.problems.append(
            {QString(), tr("%n more problem(s) not listed.", nullptr, int(hidden))});
    return std::move(report);
}

void ConnectorExchange::checkConnector(ImportRun &run, qsizetype index,
                                       const QJsonValue &value) const
{
    const QString position = connectorPosition(index);
    QList<Problem> found;
    auto connector = readRecord(value, position, run.accounts, found);
    for (Problem &problem : found)
        run.add(index, std::move(problem));
    if (!connector)
        return;
    const QString key = ConnectorValidator::nameKey(connector->name);
    if (const auto first = run.seenIds.constFind(connector->id); first != run.seenIds.cend()) {
        run.add(index, {position, tr("the ID %1 appears twice in the file (first at %2).")
                                      .arg(connector->idText(), connectorPosition(*first))});
        return;
    }
    if (const auto first = run.seenNames.constFind(key); first != run.seenNames.cend()) {
        run.add(index, {position, tr("the name \"%1\" appears twice in the file "
                                     "(first at %2).")
                                      .arg(connector->name, connectorPosition(*first))});
        return;
    }
    run.seenIds.insert(connector->id, index);
    run.seenNames.insert(key, index);
    run.pending.append(*connector);
    run.pendingKeys.append(key);
    run.pendingIndexes.append(index);
    if (run.pending.size() >= ConnectorRepository::MaxLookup) {
        if (auto flushed = flushConnectors(run); !flushed)
            run.storeError = flushed.error();
    }
}

Result<void> ConnectorExchange::flushConnectors(ImportRun &run) const
{
    if (run.pending.isEmpty())
        return {};
    QList<QUuid> ids;
    ids.reserve(run.pending.size());
    for (const Connector &connector : std::as_const(run.pending))
        ids.append(connector.id);
    auto stored = run.connectors.findAny(ids, run.pendingKeys);
    if (!stored)
        return stored.error();
    QHash<QUuid, Connector> byId;
    QHash<QString, Connector> byName;
    for (const ConnectorRepository::Stored &found : std::as_const(*stored)) {
        byId.insert(found.connector.id, found.connector);
        byName.insert(found.nameKey, found.connector);
    }
    QList<Connector> accepted;
    QStringList acceptedKeys;
    for (qsizetype i = 0; i < run.pending.size(); ++i) {
        const Connector &connector = run.pending.at(i);
        const QString position = connectorPosition(run.pendingIndexes.at(i));
        if (const auto same = byId.constFind(connector.id); same != byId.cend()) {
            run.add(run.pendingIndexes.at(i),
                    {position, tr("a connector with the ID %1 already exists (\"%2\").")
                                   .arg(connector.idText(), same->name)});
        } else if (const auto named = byName.constFind(run.pendingKeys.at(i));
                   named != byName.cend()) {
            run.add(
                run.pendingIndexes.at(i),
                {position,
                 CoreError(ErrorCode::NameDuplicate, {named->name, named->idText()}).message()});
        } else {
            accepted.append(connector);
            acceptedKeys.append(run.pendingKeys.at(i));
        }
    }
    run.pending.clear();
    run.pendingKeys.clear();
    run.pendingIndexes.clear();
    run.report.connectors += accepted.size();
    // Once any record has a problem nothing will be applied, so nothing more is written.
    if (run.apply && run.clean()) {
        if (auto inserted = run.connectors.insertMany(accepted, acceptedKeys); !inserted)
            return inserted.error();
        QList<AuditEntry> entries;
        entries.reserve(accepted.size());
        for (const Connector &connector : std::as_const(accepted)) {
            AuditEntry entry;
            entry.at = Timestamps::now();
            entry.actor = run.actor.email;
            entry.action = AuditAction::Create;
            entry.connectorId = connector.id;
            entry.subject = connector.name;
            entry.after = ConnectorJson::auditSnapshot(connector);
            entries.append(entry);
        }
        if (auto audited = run.audit.appendMany(entries); !audited)
            return audited.error();
    }
    if (run.keepImported)
        run.report.imported += accepted;
    return {};
}

void ConnectorExchange::checkFlow(ImportRun &run, qsizetype index, const QJsonValue &value) const
{
    if (run.flowsRefused)
        return;
    if (!std::exchange(run.flowsStarted, true)) {
        if (auto refusal = RolePolicy::checkFlows(run.actor, true)) {
            run.add(run.flowProblems, {QStringLiteral("flows"), refusal->message()});
            run.flowsRefused = true;
            return;
        }
    }
    const QString position = flowPosition(index);
    if (!value.isObject()) {
        run.add(run.flowProblems, {position, tr("a flow must be a JSON object (a Flow Designer "
                                                "flow export).")});
        return;
    }
    QList<Problem> found;
    auto flow = readFlow(value.toObject(), position, found);
    for (Problem &problem : found)
        run.add(run.flowProblems, std::move(problem));
    if (!flow)
        return;
    if (!flow->id.isNull()) {
        if (const auto first = run.seenFlowIds.constFind(flow->id);
            first != run.seenFlowIds.cend()) {
            run.add(run.flowProblems, {position, tr("the flow ID %1 appears twice in the file "
                                                    "(first at %2).")
                                                     .arg(flow->id.toString(QUuid::WithoutBraces),
                                                          flowPosition(*first))});
            return;
        }
        run.seenFlowIds.insert(flow->id, index);
    }
    const QString key = ConnectorValidator::nameKey(flow->name);
    if (const auto first = run.seenFlowNames.constFind(key); first != run.seenFlowNames.cend()) {
        run.add(run.flowProblems,
                {position, tr("the flow name \"%1\" appears twice in the file (first at %2).")
                               .arg(flow->name, flowPosition(*first))});
        return;
    }
    run.seenFlowNames.insert(key, index);
    if (auto clash = renameClash(*flow, key)) {
        run.add(run.flowProblems, {position, *clash});
        return;
    }
    run.report.flows.append(*flow);
}

ConnectorExchange::Problem ConnectorExchange::fileProblem(const JsonRecordReader::Problem &problem)
{
    using Failure = JsonRecordReader::Failure;
    switch (problem.failure) {
    case Failure::InvalidUtf8:
        return {problem.position, tr("the file is not valid UTF-8 (the bytes at %1 do not form "
                                     "a character); save it as UTF-8 and try again.")
                                      .arg(problem.offset)};
    case Failure::Syntax: {
        QJsonParseError error;
        error.error = problem.syntax;
        return {problem.position, tr("the file is not valid JSON (%1 at byte %2).")
                                      .arg(error.errorString())
                                      .arg(problem.offset)};
    }
    case Failure::NotAnObject:
        return {QString(), tr("the file's top level is not a JSON object; a connectors "
                              "export is an object with \"format\": \"%1\".")
                               .arg(formatName())};
    case Failure::DuplicateKey:
        return {problem.path, tr("%1: the key appears more than once in the same "
                                 "object (again at byte %2); remove the extra one.")
                                  .arg(problem.key)
                                  .arg(problem.offset)};
    case Failure::LoneSurrogate:
        return {problem.path, tr("%1: the text holds half of a surrogate pair (a "
                                 "\\uD800-\\uDFFF escape without its partner, in the string "
                                 "at byte %2); it is not a character.")
                                  .arg(problem.key.isEmpty() ? problem.path : problem.key)
                                  .arg(problem.offset)};
    case Failure::RecordTooLarge:
        return {problem.position, tr("the record is larger than %1 MiB, the limit for one "
                                     "record (at byte %2); the file cannot be read.")
                                      .arg(RecordLimit / SafeFile::MiB)
                                      .arg(problem.offset)};
    case Failure::FileTooLarge:
        return {QString(), tr("the file is larger than %1 MiB, the limit for an import.")
                               .arg(SafeFile::StreamedExchangeLimit / SafeFile::MiB)};
    case Failure::ReadFailed:
        break;
    }
    return {QString(), tr("the file could not be read: %1").arg(problem.detail)};
}
