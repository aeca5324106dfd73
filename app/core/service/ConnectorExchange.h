#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/Flow.h"
#include "app/core/service/FlowService.h"
#include "app/core/support/Result.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

class Database;

// Moves connectors and the flows that use them between databases as versioned JSON: version 2
// carries `connectors` and `flows` (each {"id": UUID, "flow": the Flow Designer export,
// untouched}); version 1 files, connectors only, still import. Import checks every record first
// and then applies all of them in one transaction, or none: a file with one bad record changes
// nothing, and every bad record is reported with its position. Connector and flow IDs are
// preserved; a flow whose ID is not stored replaces the stored flow of the same name, as a Flow
// Designer import does. An export reads everything from one snapshot of the store.
class ConnectorExchange final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorExchange)

public:
    static constexpr int FormatVersion = 2;

    struct Problem
    {
        QString position; // e.g. "connectors[3]", "flows[0]" or "" for the whole file
        QString message;
    };

    struct ImportReport
    {
        QList<Connector> imported;
        QList<Flow> flows;                  // the flows read from the file, in file order
        QList<FlowImportOutcome> flowsDone; // after an applied import: what became of each flow
        QList<Problem> problems;            // empty when the import was applied
    };

    struct ExportSummary
    {
        int connectors = 0;
        int flows = 0;
        // Why the file was not written (SafeFile::write's refusal or failure); empty when it was.
        std::optional<CoreError> writeError;
    };

    explicit ConnectorExchange(const Database &database);

    Result<QJsonObject> exportAll(const AdminAccount &actor) const;
    static QByteArray toBytes(const QJsonObject &document);
    // exportAll() written to `path` with SafeFile::write (atomically, never onto the database's
    // own files). A store or role failure is the error; a file failure is reported in the
    // summary's writeError.
    Result<ExportSummary> exportToFile(const AdminAccount &actor, const QString &path) const;

    // Parses and checks without touching the database beyond reads.
    ImportReport check(const AdminAccount &actor, const QByteArray &json) const;
    // Checks, then applies everything in one transaction. A storage failure is returned as an
    // error; rule problems come back in the report with nothing applied. The flows go through
    // `flows` when given (its acting administrator must be `actor`), which then tells its
    // followers; otherwise through a flow service of the exchange's own acting as `actor`.
    Result<ImportReport> import(const AdminAccount &actor, const QByteArray &json,
                                FlowService *flows = nullptr) const;

    static QString formatName();

private:
    ImportReport parse(const AdminAccount &actor, const QByteArray &json) const;
    void checkConnectors(const QJsonArray &records, ImportReport &report) const;
    void checkFlows(const AdminAccount &actor, const QJsonValue &flows, ImportReport &report) const;
    std::optional<Flow> readFlow(const QJsonObject &entry, const QString &position,
                                 QList<Problem> &problems) const;
    // Why a flow that keeps its ID but comes with a new name cannot: another stored flow has it.
    std::optional<QString> renameClash(const Flow &flow, const QString &nameKey) const;
    // `accounts`: the organisation's administrators' roles by normalised e-mail address.
    std::optional<Connector> readRecord(const QJsonValue &value, const QString &position,
                                        const QHash<QString, AdminRole> &accounts,
                                        QList<Problem> &problems) const;
    Result<void> insertConnectors(const AdminAccount &actor,
                                  const QList<Connector> &connectors) const;

    const Database &m_database;
};
