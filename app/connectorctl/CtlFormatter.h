#pragma once

#include "domain/AdminAccount.h"
#include "domain/AuditEntry.h"
#include "domain/Connector.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Human-readable text for connectorctl: aligned tables and labelled fields, translated, with
// dates in the current locale.
class CtlFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(CtlFormatter)

public:
    CtlFormatter() = delete;

    static QString connectorTable(const QList<Connector> &connectors);
    static QString connectorDetails(const Connector &connector);
    static QString history(const QList<AuditEntry> &entries);
    static QString adminTable(const QList<AdminAccount> &admins);
    static QString dateTime(const QDateTime &at);
    // The history's name for a changed field ("name", "access", "state").
    static QString fieldLabel(const QString &key);

private:
    static QString table(const QStringList &headers, const QList<QStringList> &rows);
};
