#include "app/core/store/AuditRepository.h"

#include "app/core/store/Database.h"
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

} // namespace

AuditRepository::AuditRepository(const Database &database)
    : m_database(database)
{}

Result<void> AuditRepository::append(const AuditEntry &entry) const
{
    // Every change is audited in its own transaction, so this is the one gate every writer
    // passes: an actor other than the session's own account needs a session that may act as
    // others, and the row then names both. (On PostgreSQL a trigger does the same from the
    // database login, whatever the client sends.)
    QString realActor = entry.realActor;
    const QString &session = m_database.sessionAccount();
    if (!session.isEmpty() && session.compare(entry.actor, Qt::CaseInsensitive) != 0) {
        if (!m_database.sessionMayActAsOthers())
            return CoreError(ErrorCode::ActingAsNotAllowed, {session, entry.actor});
        realActor = session;
    }
    if (!m_append) {
        m_append.emplace(m_database.connection());
        if (!m_append->prepare(QStringLiteral(
                "INSERT INTO audit_log (at, actor, action, connector_id, subject, before_json, "
                "after_json, real_actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
            const CoreError error = m_database.errorFrom(m_append->lastError());
            m_append.reset();
            return error;
        }
    }
    QSqlQuery &query = *m_append;
    query.bindValue(0, Timestamps::toStorage(entry.at));
    query.bindValue(1, entry.actor);
    query.bindValue(2, AuditActions::key(entry.action));
    query.bindValue(3, entry.connectorId.isNull()
                           ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(entry.connectorId.toString(QUuid::WithoutBraces)));
    query.bindValue(4, entry.subject);
    query.bindValue(5, toText(entry.before));
    query.bindValue(6, toText(entry.after));
    query.bindValue(7, realActor.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(realActor));
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}

Result<QList<AuditEntry>> AuditRepository::entries(const QUuid &connectorId, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT seq, at, actor, action, connector_id, subject, before_json, after_json, "
        "real_actor FROM audit_log");
    if (!connectorId.isNull())
        sql += QStringLiteral(" WHERE connector_id = ?");
    sql += QStringLiteral(" ORDER BY seq DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT ?");
    query.prepare(sql);
    if (!connectorId.isNull())
        query.addBindValue(connectorId.toString(QUuid::WithoutBraces));
    if (limit >= 0)
        query.addBindValue(limit);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    QList<AuditEntry> list;
    while (query.next()) {
        AuditEntry entry;
        entry.sequence = query.value(0).toLongLong();
        entry.at = Timestamps::fromStorage(query.value(1).toString());
        entry.actor = query.value(2).toString();
        entry.action =
            AuditActions::fromKey(query.value(3).toString()).value_or(AuditAction::Update);
        entry.connectorId = QUuid::fromString(query.value(4).toString());
        entry.subject = query.value(5).toString();
        entry.before = fromText(query.value(6).toString());
        entry.after = fromText(query.value(7).toString());
        entry.realActor = query.value(8).toString();
        list.append(entry);
    }
    return list;
}
