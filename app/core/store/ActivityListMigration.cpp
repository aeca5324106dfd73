#include "app/core/store/ActivityListMigration.h"

#include "app/core/flows/ActivityListCodec.h"
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/store/Database.h"
#include "app/core/store/SqlRunner.h"
#include "app/core/store/SqlTransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

Result<int> ActivityListMigration::fill(const Database &database)
{
    const SqlRunner sql(database);
    // The IDs first (small), then one document at a time: memory stays that of one flow.
    auto ids = sql.rows(QStringLiteral("SELECT id FROM flows WHERE activity_list = '' ORDER BY id"),
                        {}, [](const QSqlQuery &query) { return query.value(0).toString(); });
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return 0;
    SqlTransaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    for (const QString &id : std::as_const(*ids)) {
        auto document =
            sql.firstRow(QStringLiteral("SELECT document FROM flows WHERE id = ?"), {id},
                         [](const QSqlQuery &query) { return query.value(0).toByteArray(); });
        if (!document)
            return document.error();
        if (!document->has_value())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(**document).object();
        const QByteArray list = ActivityListCodec::encode(FlowDesignerFormat::activities(object));
        if (auto written =
                sql.execute(QStringLiteral("UPDATE flows SET activity_list = ? WHERE id = ?"),
                            {QString::fromUtf8(list), id});
            !written)
            return written.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return int(ids->size());
}
