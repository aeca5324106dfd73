#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/Flow.h"
#include "app/core/service/FlowService.h"
#include "app/core/support/JsonRecordReader.h"
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
class QIODevice;

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
        // Every connector read, when the caller keeps them (the default); `connectors` counts
        // them either way.
        QList<Connector> imported;
        qsizetype connectors = 0;
        QList<Flow> flows;                  // the flows read from the file, in file order
        QList<FlowImportOutcome> flowsDone; // after an applied import: what became of each flow
        QList<Problem> problems;            // empty when the import was applied
    };

    // A report lists at most this many problems, then says how many more there were.
    static constexpr qsizetype MaxProblems = 1000;

    struct ExportSummary
    {
        int connectors = 0;
        int flows = 0;
        // False when the device refused a write (see the device for why).
        bool written = true;
        // Why the file was not written (SafeFile::write's refusal or failure); empty when it was.
        std::optional<CoreError> writeError;
    };

    explicit ConnectorExchange(const Database &database);

    // Writes the export to `device` record by record, as QJsonDocument would write the whole
    // document (Indented): memory does not grow with the number of connectors and flows. A role
    // or store failure is the error; a refused write ends the output early, written = false.
    Result<ExportSummary> write(const AdminAccount &actor, QIODevice &device) const;
    // write() into memory, for small stores and tests.
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
    // The same, reading `file` in chunks record by record: only one record is in memory at a
    // time (a record over the limit stops the read), and the connectors are checked and written
    // in batches, so memory does not grow with the number of connectors unless `keepImported`
    // asks for them in the report. Reading stops at SafeFile::StreamedExchangeLimit.
    ImportReport check(const AdminAccount &actor, QIODevice &file, bool keepImported = true) const;
    Result<ImportReport> import(const AdminAccount &actor, QIODevice &file,
                                FlowService *flows = nullptr, bool keepImported = true) const;

    static QString formatName();

private:
    std::optional<CoreError> exportRefusal(const AdminAccount &actor) const;
    // One import's reading state (ConnectorExchangeImport.cpp).
    struct ImportRun;
    // Reads, checks and, when `apply`, writes the connectors inside the caller's transaction; a
    // store failure is the error.
    Result<ImportReport> read(const AdminAccount &actor, QIODevice &file, bool apply,
                              bool keepImported) const;
    void checkConnector(ImportRun &run, qsizetype index, const QJsonValue &value) const;
    // Checks the connectors waiting in `run` against the store, then writes them when applying.
    Result<void> flushConnectors(ImportRun &run) const;
    void checkFlow(ImportRun &run, qsizetype index, const QJsonValue &value) const;
    static Problem fileProblem(const JsonRecordReader::Problem &problem);
    std::optional<Flow> readFlow(const QJsonObject &entry, const QString &position,
                                 QList<Problem> &problems) const;
    // Why a flow that keeps its ID but comes with a new name cannot: another stored flow has it.
    std::optional<QString> renameClash(const Flow &flow, const QString &nameKey) const;
    // `accounts`: the organisation's administrators' roles by normalised e-mail address.
    std::optional<Connector> readRecord(const QJsonValue &value, const QString &position,
                                        const QHash<QString, AdminRole> &accounts,
                                        QList<Problem> &problems) const;

    const Database &m_database;
};
