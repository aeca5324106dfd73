#include "app/core/store/NameKeyMigration.h"

#include "app/core/store/Database.h"
#include "app/core/store/SqlTransaction.h"
#include "app/core/validation/ConnectorValidator.h"

#include <algorithm>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace {

struct Row
{
    QString id;
    QString name;
    QString stored;
    QString created;
    QString key;
    QString wanted;
};

struct Table
{
    const char *name;
    const char *createdColumn;
    int sinceSchemaVersion;
    int notUniqueSinceSchemaVersion; // 0: names stay unique
};

// Flow names stopped being identities in schema version 5 (Flow Designer's flowId is): from then
// on two flows of one name are both keyed plainly, and no clash is reported.
constexpr Table kTables[] = {{"connectors", "created_at", 1, 0}, {"flows", "imported_at", 3, 5}};

// The U+001F separator is a control character, which no accepted name (and so no key) holds.
constexpr char16_t kSeparator = u'\x1f';

} // namespace

QString NameKeyMigration::clashKey(const QString &key, const QString &id)
{
    return key + QChar(kSeparator) + id;
}

Result<QList<NameKeyMigration::Clash>> NameKeyMigration::rekey(const Database &database)
{
    QList<Clash> clashes;
    for (const Table &table : kTables) {
        if (database.schemaVersion() < table.sinceSchemaVersion)
            continue;
        const QString name = QString::fromLatin1(table.name);
        QList<Row> rows;
        {
            QSqlQuery query(database.connection());
            query.setForwardOnly(true);
            // Unsorted: this runs on every open, and order matters only when keys clash.
            if (!query.exec(QStringLiteral("SELECT id, name, name_key, %2 FROM %1")
                                .arg(name, QString::fromLatin1(table.createdColumn))))
                return database.errorFrom(query.lastError());
            while (query.next())
                rows.append({query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString(), QString(),
                             QString()});
        }
        const bool unique = table.notUniqueSinceSchemaVersion == 0 ||
                            database.schemaVersion() < table.notUniqueSinceSchemaVersion;
        QSet<QString> keys;
        keys.reserve(rows.size());
        bool clash = false;
        for (Row &row : rows) {
            row.key = ConnectorValidator::nameKey(row.name);
            if (unique && !clash && keys.contains(row.key))
                clash = true;
            keys.insert(row.key);
        }
        // Oldest first when keys clash: the row that was there first keeps the plain key.
        if (clash) {
            std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
                return a.created != b.created ? a.created < b.created : a.id < b.id;
            });
        }
        QHash<QString, qsizetype> owners;
        owners.reserve(rows.size());
        bool changed = false;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            Row &row = rows[i];
            const QString &key = row.key;
            const auto owner = owners.constFind(key);
            if (!unique || owner == owners.constEnd()) {
                owners.insert(key, i);
                row.wanted = key;
            } else {
                row.wanted = clashKey(key, row.id);
                const Row &kept = rows.at(*owner);
                clashes.append({name, row.id, row.name, kept.id, kept.name});
            }
            changed = changed || row.wanted != row.stored;
        }
        if (!changed)
            continue;

        SqlTransaction transaction(database);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        QSqlQuery update(database.connection());
        if (!update.prepare(QStringLiteral("UPDATE %1 SET name_key = ? WHERE id = ?").arg(name)))
            return database.errorFrom(update.lastError());
        // Two passes, because name_key is UNIQUE: a row may want the key another row still holds.
        for (int pass = 0; pass < 2; ++pass) {
            for (const Row &row : std::as_const(rows)) {
                if (row.wanted == row.stored)
                    continue;
                update.bindValue(0, pass == 0 ? clashKey(QStringLiteral("rekey"), row.id)
                                              : row.wanted);
                update.bindValue(1, row.id);
                if (!update.exec())
                    return database.errorFrom(update.lastError());
            }
        }
        update.finish();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return clashes;
}
