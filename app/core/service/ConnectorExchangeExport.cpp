// ConnectorExchange's export: record by record to a device, so its memory does not grow with
// the number of connectors and flows.
#include "app/core/policy/RolePolicy.h"
#include "app/core/service/ConnectorExchange.h"
#include "app/core/store/AdminRepository.h"
#include "app/core/store/ConnectorRepository.h"
#include "app/core/store/Database.h"
#include "app/core/store/FlowRepository.h"
#include "app/core/store/SafeFile.h"
#include "app/core/store/SqlTransaction.h"
#include "app/core/support/ConnectorJson.h"
#include "app/core/support/JsonStreamWriter.h"
#include "app/core/support/Timestamps.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject exportRecord(const Connector &connector)
{
    QJsonObject record = ConnectorJson::toJson(connector);
    record.remove(QStringLiteral("scopes")); // derived from access; not imported
    record.remove(QStringLiteral("revision"));
    return record;
}

QJsonObject exportFlow(const Flow &flow)
{
    return QJsonObject{{QStringLiteral("id"), flow.id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("flow"), flow.document}};
}

} // namespace

std::optional<CoreError> ConnectorExchange::exportRefusal(const AdminAccount &actor) const
{
    auto organisation = AdminRepository(m_database).organisation();
    if (!organisation)
        return organisation.error();
    if (organisation->has_value()) {
        if (auto refusal = RolePolicy::check(actor, **organisation, ConnectorAction::View))
            return *refusal;
    }
    if (auto refusal = RolePolicy::checkFlows(actor, false))
        return *refusal;
    return std::nullopt;
}

Result<ConnectorExchange::ExportSummary> ConnectorExchange::write(const AdminAccount &actor,
                                                                  QIODevice &device) const
{
    if (auto refusal = exportRefusal(actor))
        return *refusal;
    // Connectors and flows from one snapshot: a flow saved between the two reads must not appear
    // in the file without the connector it uses.
    SqlTransaction snapshot(m_database, SqlTransaction::Mode::Read);
    if (auto begun = snapshot.begin(); !begun)
        return begun.error();
    ExportSummary summary;
    // The members in QJsonObject's order (by key), as the whole-document export wrote them.
    JsonStreamWriter writer(device);
    writer.beginObject();
    writer.beginArray(QStringLiteral("connectors"));
    auto connectors = ConnectorRepository(m_database).each([&](const Connector &connector) {
        writer.value(exportRecord(connector));
        ++summary.connectors;
        return writer.ok();
    });
    if (!connectors)
        return connectors.error();
    writer.end();
    writer.value(QStringLiteral("exportedAt"), Timestamps::toStorage(Timestamps::now()));
    writer.value(QStringLiteral("exportedBy"), actor.email);
    writer.beginArray(QStringLiteral("flows"));
    auto flows = FlowRepository(m_database).each(FlowContent::Whole, [&](const Flow &flow) {
        writer.value(exportFlow(flow));
        ++summary.flows;
        return writer.ok();
    });
    if (!flows)
        return flows.error();
    writer.end();
    writer.value(QStringLiteral("format"), formatName());
    writer.value(QStringLiteral("version"), FormatVersion);
    writer.end();
    if (auto ended = snapshot.commit(); !ended)
        return ended.error();
    summary.written = writer.flush();
    return summary;
}

Result<QJsonObject> ConnectorExchange::exportAll(const AdminAccount &actor) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = write(actor, buffer);
    if (!written)
        return written.error();
    return QJsonDocument::fromJson(buffer.data()).object();
}

Result<ConnectorExchange::ExportSummary> ConnectorExchange::exportToFile(const AdminAccount &actor,
                                                                         const QString &path) const
{
    // A refusal leaves the file alone, as a store failure does.
    if (auto refusal = exportRefusal(actor))
        return *refusal;
    std::optional<CoreError> storeError;
    ExportSummary summary;
    auto written = SafeFile::write(
        path,
        [&](QIODevice &device) {
            auto done = write(actor, device);
            if (!done) {
                storeError = done.error();
                return false;
            }
            summary = *done;
            return summary.written;
        },
        &m_database);
    if (storeError)
        return *storeError;
    if (!written)
        summary.writeError = written.error();
    return summary;
}

QByteArray ConnectorExchange::toBytes(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}
