#pragma once

#include "app/core/support/Result.h"

class Database;

// Fills flows.activity_list (schema version 6) for the flows stored before it: each document is
// parsed once and its HTTP Request activities written as ActivityListCodec's compact list, so the
// first listing after an upgrade already reads lists instead of 250 KB documents. It is the data
// step of the upgrade to version 6 (Database runs it once, after that step commits, as the login
// that migrated: on PostgreSQL the schema's owner, whom the server policy lets through); it
// touches only rows whose list is empty, so it is idempotent.
class ActivityListMigration final
{
public:
    ActivityListMigration() = delete;

    // The number of flows whose list was written.
    static Result<int> fill(const Database &database);
};
