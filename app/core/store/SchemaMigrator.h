#pragma once

#include "app/core/store/Database.h"
#include "app/core/support/Result.h"

#include <QStringList>

// Brings a database up to the current schema one step at a time. Each step runs in its own
// transaction together with the PRAGMA user_version bump, so a failed step leaves the previous
// version intact.
class SchemaMigrator final
{
public:
    SchemaMigrator() = delete;

    static int latestVersion();
    static Result<void> migrate(const Database &database, int fromVersion, int toVersion);

private:
    static QStringList statementsForStep(int version, Database::Backend backend);
};
