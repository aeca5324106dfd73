#pragma once

#include "domain/AdminAccount.h"
#include "domain/Connector.h"
#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

// Moves connectors between databases as versioned JSON. Import checks every record first and
// then applies all of them in one transaction, or none: a file with one bad record changes
// nothing, and every bad record is reported with its position. IDs are preserved.
class ConnectorExchange final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorExchange)

public:
    static constexpr int FormatVersion = 1;

    struct Problem
    {
        QString position; // e.g. "connectors[3]" or "" for the whole file
        QString message;
    };

    struct ImportReport
    {
        QList<Connector> imported;
        QList<Problem> problems; // empty when the import was applied
    };

    explicit ConnectorExchange(const Database &database);

    Result<QJsonObject> exportAll(const AdminAccount &actor) const;
    static QByteArray toBytes(const QJsonObject &document);

    // Parses and checks without touching the database beyond reads.
    ImportReport check(const AdminAccount &actor, const QByteArray &json) const;
    // Checks, then applies everything in one transaction. A storage failure is returned as an
    // error; rule problems come back in the report with nothing applied.
    Result<ImportReport> import(const AdminAccount &actor, const QByteArray &json) const;

    static QString formatName();

private:
    ImportReport parse(const AdminAccount &actor, const QByteArray &json) const;
    std::optional<Connector> readRecord(const QJsonValue &value, const QString &position,
                                        QList<Problem> &problems) const;

    const Database &m_database;
};
