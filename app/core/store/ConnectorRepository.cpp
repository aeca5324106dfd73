#include "app/core/store/ConnectorRepository.h"

#include "app/core/store/Database.h"
#include "app/core/store/SqlRunner.h"
#include "app/core/support/Timestamps.h"

#include <QSqlQuery>

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
    return SqlRunner(m_database)
        .firstRow(selectColumns() + QStringLiteral(" WHERE ") + where, {value}, &fromRecord);
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
    return SqlRunner(m_database)
        .rows(selectColumns() + QStringLiteral(" ORDER BY name_key, id"), {}, &fromRecord);
}

Result<int> ConnectorRepository::count() const
{
    auto counted = SqlRunner(m_database)
                       .firstRow(QStringLiteral("SELECT COUNT(*) FROM connectors"), {},
                                 [](const QSqlQuery &query) { return query.value(0).toInt(); });
    if (!counted)
        return counted.error();
    return counted->value_or(0);
}

Result<void> ConnectorRepository::insert(const Connector &connector, const QString &nameKey) const
{
    return SqlRunner(m_database)
        .runPrepared(
            m_insert,
            QStringLiteral(
                "INSERT INTO connectors (id, name, name_key, access, active, authorized_by, "
                "authorized_at, created_by, created_at, updated_by, updated_at, revision) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {idText(connector.id), connector.name, nameKey,
             ConnectorAccess::toStorage(connector.access), connector.active ? 1 : 0,
             connector.authorizedBy, Timestamps::toStorage(connector.authorizedAt),
             connector.createdBy, Timestamps::toStorage(connector.createdAt), connector.updatedBy,
             Timestamps::toStorage(connector.updatedAt), connector.revision});
}

Result<int> ConnectorRepository::update(const Connector &connector, const QString &nameKey,
                                        int expectedRevision) const
{
    return SqlRunner(m_database)
        .change(QStringLiteral("UPDATE connectors SET name = ?, name_key = ?, access = ?, "
                               "active = ?, updated_by = ?, updated_at = ?, revision = ? "
                               "WHERE id = ? AND revision = ?"),
                {connector.name, nameKey, ConnectorAccess::toStorage(connector.access),
                 connector.active ? 1 : 0, connector.updatedBy,
                 Timestamps::toStorage(connector.updatedAt), connector.revision,
                 idText(connector.id), expectedRevision});
}

Result<int> ConnectorRepository::remove(const QUuid &id, int expectedRevision) const
{
    return SqlRunner(m_database)
        .change(QStringLiteral("DELETE FROM connectors WHERE id = ? AND revision = ?"),
                {idText(id), expectedRevision});
}
