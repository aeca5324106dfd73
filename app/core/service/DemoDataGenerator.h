#pragma once

#include "domain/AdminAccount.h"
#include "support/Result.h"

class Database;

// Realistic sample data for demos, training and load tests: one administrator per role and any
// number of connectors with distinct names, mixed access levels, some inactive, each with the
// audit rows a real history would have. Everything goes in one transaction with prepared
// statements reused, so 100,000 connectors take seconds, not minutes.
class DemoDataGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Summary
    {
        int adminsAdded = 0;
        int connectorsAdded = 0;
        int inactive = 0;
    };

    explicit DemoDataGenerator(const Database &database);

    Result<Summary> generate(const AdminAccount &actor, int connectorCount) const;

    // The i-th sample name before uniqueness suffixes ("Queue statistics - EMEA" and so on).
    static QString sampleName(int index);

private:
    Result<int> addDemoAdmins() const;

    const Database &m_database;
};
