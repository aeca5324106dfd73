#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Connector.h"
#include "app/core/domain/Flow.h"
#include "app/core/support/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>

class Database;

// Realistic sample data for demos, training and load tests: one administrator per role the actor
// may grant (each audited), any
// number of connectors with distinct names, mixed access levels, some inactive, and any number of
// Flow Designer flows whose HTTP Request activities use those connectors (GET only through
// read-only connectors), each with the audit rows a real history would have. Everything goes in
// one transaction with prepared statements reused, so 100,000 connectors take seconds, not
// minutes.
class DemoDataGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Summary
    {
        int adminsAdded = 0;
        int connectorsAdded = 0;
        int inactive = 0;
        int flowsAdded = 0;
        int activitiesAdded = 0;
    };

    explicit DemoDataGenerator(const Database &database);

    // The flows' activities use the connectors added now or, when none are, those already
    // stored; with no connector at all they call full URLs without one.
    Result<Summary> generate(const AdminAccount &actor, int connectorCount,
                             int flowCount = 0) const;

    // The i-th sample name before uniqueness suffixes ("Queue statistics - EMEA" and so on).
    static QString sampleName(int index);
    // The i-th sample flow name before uniqueness suffixes ("Main IVR — Kyiv" and so on).
    static QString sampleFlowName(int index);
    // A Flow Designer document for the i-th sample flow: a start node, a welcome message, HTTP
    // Request activities through `connectors` (picked by `index`), a queue and an end node, and
    // for every third flow a GLOBAL_EVENTS event flow with one more HTTP Request activity.
    static QJsonObject sampleFlowDocument(int index, const QString &name,
                                          const QList<Connector> &connectors);
    // The i-th sample flow as it is stored: most in Flow Designer's export shape (with version
    // facts, some Live, some subflows), the rest in the authoring shape `authoring` has.
    static QJsonObject sampleFlowShape(int index, const QString &name, const QJsonObject &authoring,
                                       const QDateTime &at);

private:
    Result<int> addDemoAdmins(const AdminAccount &actor) const;
    Result<QSet<QString>> takenKeys(const QString &table) const;
    Result<void> addConnectors(const AdminAccount &actor, int count, Summary &summary,
                               QList<Connector> &added) const;
    Result<void> addFlows(const AdminAccount &actor, int count, const QList<Connector> &connectors,
                          Summary &summary) const;

    const Database &m_database;
};
