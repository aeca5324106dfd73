#include "app/core/store/AuditRepository.h"

#include "app/core/store/Database.h"
#include "app/core/store/SqlRunner.h"
#include "app/core/support/Timestamps.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.at = Timestamps::fromStorage(query.value(1).toString());
    entry.actor = query.value(2).toString();
    entry.action = AuditActions::fromKey(query.value(3).toString()).value_or(AuditAction::Update);
    entry.connectorId = QUuid::fromString(query.value(4).toString());
    entry.subject = query.value(5).toString();
    entry.before = fromText(query.value(6).toString());
    entry.after = fromText(query.value(7).toString());
    entry.realActor = query.value(8).toString();
    return entry;
}

} // namespace

AuditRepository::AuditRepository(const Database &database)
    : m_database(database)
{}

std::optional<CoreError> AuditRepository::realActor(const AuditEntry &entry,
                                                    QString &realActor) const
{
    // Every change is audited in its own transaction, so this is the one gate every writer
    // passes: an actor other than the session's own account needs a session that may act as
    // others, and the row then names both. (On PostgreSQL a trigger does the same from the
    // database login, whatever the client sends.)
    realActor = entry.realActor;
    const QString &session = m_database.sessionAccount();
    if (!session.isEmpty() && session.compare(entry.actor, Qt::CaseInsensitive) != 0) {
        if (!m_database.sessionMayActAsOthers())
            return CoreError(ErrorCode::ActingAsNotAllowed, {session, entry.actor});
        realActor = session;
    }
    return std::nullopt;
}

QVariantList AuditRepository::rowValues(const AuditEntry &entry, const QString &realActor)
{
    const QVariant none(QMetaType::fromType<QString>());
    return {Timestamps::toStorage(entry.at),
            entry.actor,
            AuditActions::key(entry.action),
            entry.connectorId.isNull() ? none
                                       : QVariant(entry.connectorId.toString(QUuid::WithoutBraces)),
            entry.subject,
            toText(entry.before),
            toText(entry.after),
            realActor.isEmpty() ? none : QVariant(realActor)};
}

Result<void> AuditRepository::append(const AuditEntry &entry) const
{
    QString actingFor;
    if (auto refusal = realActor(entry, actingFor))
        return *refusal;
    return SqlRunner(m_database).runPrepared(m_append, insertSql(1), rowValues(entry, actingFor));
}

Result<void> AuditRepository::appendMany(const QList<AuditEntry> &entries) const
{
    // Rows per INSERT: 8 values each stays below SQLite's oldest limit of 999 bound values.
    constexpr qsizetype rowsPerInsert = 50;
    const SqlRunner runner(m_database);
    for (qsizetype from = 0; from < entries.size(); from += rowsPerInsert) {
        const qsizetype rows = qMin(rowsPerInsert, entries.size() - from);
        QVariantList values;
        values.reserve(rows * 8);
        for (qsizetype i = from; i < from + rows; ++i) {
            QString actingFor;
            if (auto refusal = realActor(entries.at(i), actingFor))
                return *refusal;
            values += rowValues(entries.at(i), actingFor);
        }
        std::optional<QSqlQuery> once;
        auto &prepared = rows == rowsPerInsert ? m_appendMany : once;
        if (auto appended = runner.runPrepared(prepared, insertSql(rows), values); !appended)
            return appended.error();
    }
    return {};
}

QString AuditRepository::insertSql(qsizetype rows)
{
    QStringList all(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"));
    return QStringLiteral("INSERT INTO audit_log (at, actor, action, connector_id, subject, "
                          "before_json, after_json, real_actor) VALUES ") +
           all.join(QStringLiteral(", "));
}

QString AuditRepository::entriesSql(const QUuid &connectorId, int limit, QVariantList &values)
{
    QString sql = QStringLiteral(
        "SELECT seq, at, actor, action, connector_id, subject, before_json, after_json, "
        "real_actor FROM audit_log");
    if (!connectorId.isNull()) {
        sql += QStringLiteral(" WHERE connector_id = ?");
        values.append(connectorId.toString(QUuid::WithoutBraces));
    }
    sql += QStringLiteral(" ORDER BY seq DESC");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    return sql;
}

Result<QList<AuditEntry>> AuditRepository::entries(const QUuid &connectorId, int limit) const
{
    QVariantList values;
    const QString sql = entriesSql(connectorId, limit, values);
    return SqlRunner(m_database).rows(sql, values, &entryFrom);
}

Result<void> AuditRepository::each(const QUuid &connectorId, int limit,
                                   const std::function<bool(const AuditEntry &)> &sink) const
{
    QVariantList values;
    const QString sql = entriesSql(connectorId, limit, values);
    return SqlRunner(m_database).each(sql, values, &entryFrom, sink);
}
