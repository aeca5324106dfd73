#include "app/core/store/ConnectorRepository.h"

#include "app/core/store/Database.h"
#include "app/core/support/Timestamps.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

enum Column
{
    ColId,
    ColName,
    ColAccess,
    ColActive,
    ColAuthorizedBy,
    ColAuthorizedAt,
    ColCreatedBy,
    ColCreatedAt,
    ColUpdatedBy,
    ColUpdatedAt,
    ColRevision,
};

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

ConnectorRepository::ConnectorRepository(const Database &database)
    : m_database(database)
{}

const QString &ConnectorRepository::selectColumns()
{
    static const QString columns = QStringLiteral(
        "SELECT id, name, access, active, authorized_by, authorized_at, created_by, created_at, "
        "updated_by, updated_at, revision FROM connectors");
    return columns;
}

Connector ConnectorRepository::fromRecord(const QSqlQuery &query)
{
    Connector connector;
    connector.id = QUuid::fromString(query.value(ColId).toString());
    connector.name = query.value(ColName).toString();
    connector.access = ConnectorAccess::fromStorage(query.value(ColAccess).toInt());
    connector.active = query.value(ColActive).toInt() != 0;
    connector.authorizedBy = query.value(ColAuthorizedBy).toString();
    connector.authorizedAt = Timestamps::fromStorage(query.value(ColAuthorizedAt).toString());
    connector.createdBy = query.value(ColCreatedBy).toString();
    connector.createdAt = Timestamps::fromStorage(query.value(ColCreatedAt).toString());
    connector.updatedBy = query.value(ColUpdatedBy).toString();
    connector.updatedAt = Timestamps::fromStorage(query.value(ColUpdatedAt).toString());
    connector.revision = query.value(ColRevision).toInt();
    return connector;
}

Result<std::optional<Connector>> ConnectorRepository::findOne(const QString &where,
                                                              const QVariant &value) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectColumns() + QStringLiteral(" WHERE ") + where);
    query.addBindValue(value);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    if (!query.next())
        return std::optional<Connector>();
    return std::optional<Connector>(fromRecord(query));
}

Result<std::optional<Connector>> ConnectorRepository::find(const QUuid &id) const
{
    return findOne(QStringLiteral("id = ?"), idText(id));
}

Result<std::optional<Connector>> ConnectorRepository::findByNameKey(const QString &nameKey) const
{
    return findOne(QStringLiteral("name_key = ?"), nameKey);
}

Result<QList<Connector>> ConnectorRepository::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(selectColumns() + QStringLiteral(" ORDER BY name_key, id")))
        return m_database.errorFrom(query.lastError());
    QList<Connector> connectors;
    while (query.next())
        connectors.append(fromRecord(query));
    return connectors;
}

Result<int> ConnectorRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM connectors")) || !query.next())
        return m_database.errorFrom(query.lastError());
    return query.value(0).toInt();
}

Result<void> ConnectorRepository::insert(const Connector &connector, const QString &nameKey) const
{
    if (!m_insert) {
        m_insert.emplace(m_database.connection());
        if (!m_insert->prepare(QStringLiteral(
                "INSERT INTO connectors (id, name, name_key, access, active, authorized_by, "
                "authorized_at, created_by, created_at, updated_by, updated_at, revision) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            const CoreError error = m_database.errorFrom(m_insert->lastError());
            m_insert.reset();
            return error;
        }
    }
    QSqlQuery &query = *m_insert;
    const QVariant values[] = {idText(connector.id),
                               connector.name,
                               nameKey,
                               ConnectorAccess::toStorage(connector.access),
                               connector.active ? 1 : 0,
                               connector.authorizedBy,
                               Timestamps::toStorage(connector.authorizedAt),
                               connector.createdBy,
                               Timestamps::toStorage(connector.createdAt),
                               connector.updatedBy,
                               Timestamps::toStorage(connector.updatedAt),
                               connector.revision};
    for (int i = 0; i < int(std::size(values)); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return {};
}

Result<int> ConnectorRepository::update(const Connector &connector, const QString &nameKey,
                                        int expectedRevision) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE connectors SET name = ?, name_key = ?, access = ?, active = ?, updated_by = ?, "
        "updated_at = ?, revision = ? WHERE id = ? AND revision = ?"));
    query.addBindValue(connector.name);
    query.addBindValue(nameKey);
    query.addBindValue(ConnectorAccess::toStorage(connector.access));
    query.addBindValue(connector.active ? 1 : 0);
    query.addBindValue(connector.updatedBy);
    query.addBindValue(Timestamps::toStorage(connector.updatedAt));
    query.addBindValue(connector.revision);
    query.addBindValue(idText(connector.id));
    query.addBindValue(expectedRevision);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return query.numRowsAffected();
}

Result<int> ConnectorRepository::remove(const QUuid &id, int expectedRevision) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM connectors WHERE id = ? AND revision = ?"));
    query.addBindValue(idText(id));
    query.addBindValue(expectedRevision);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return query.numRowsAffected();
}
