#pragma once

#include "app/core/support/Result.h"

#include <QList>
#include <QString>

class Database;

// Keeps the stored name keys (connectors.name_key, flows.name_key) equal to what
// ConnectorValidator::nameKey computes today. The key rule changed (NFKC + full case folding +
// default-ignorable removal), so a database written before would let "Plain" and "Pla<U+200B>in"
// both in, and miss duplicates on lookup. It is the data step of the upgrade to schema version 4
// (Database runs it once, after that step commits); it writes only when a key differs, so it is
// idempotent.
//
// Two rows whose new keys clash are both kept (no data is lost): the older one gets the key, the
// newer one a key suffixed with its ID (which no name can produce), so each stays reachable by ID
// and the clash is reported; renaming either one clears it.
class NameKeyMigration final
{
public:
    NameKeyMigration() = delete;

    struct Clash
    {
        QString table; // "connectors" or "flows"
        QString id;
        QString name;
        QString keptId; // the row that keeps the plain key
        QString keptName;
    };

    static Result<QList<Clash>> rekey(const Database &database);
    // The key stored for a row whose name clashes with an older row's.
    static QString clashKey(const QString &key, const QString &id);
};
