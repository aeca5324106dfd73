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

// Rows per multi-row INSERT: 12 values each stays below SQLite's oldest limit of 999 bound
// values in one statement.
constexpr qsizetype InsertRows = 50;

const QString &insertSql()
{
    static const QString sql = QStringLiteral(
        "INSERT INTO connectors (id, name, name_key, access, active, authorized_by, "
        "authorized_at, created_by, created_at, updated_by, updated_at, revision) VALUES ");
    return sql;
}

QString placeholders(qsizetype rows, int columns)
{
    QString row = QStringLiteral("(?");
    for (int column = 1; column < columns; ++column)
        row += QStringLiteral(", ?");
    row += u')';
    QStringList all(rows, row);
    return all.join(QStringLiteral(", "));
}

QVariantList insertValues(const Connector &connector, const QString &nameKey)
{
    return {idText(connector.id),
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

Result<void> ConnectorRepository::each(const std::function<bool(const Connector &)> &sink) const
{
    return SqlRunner(m_database)
        .each(selectColumns() + QStringLiteral(" ORDER BY name_key, id"), {}, &fromRecord, sink);
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
        .runPrepared(m_insert, insertSql() + placeholders(1, 12), insertValues(connector, nameKey));
}

Result<void> ConnectorRepository::insertMany(const QList<Connector> &connectors,
                                             const QStringList &nameKeys) const
{
    const SqlRunner runner(m_database);
    for (qsizetype from = 0; from < connectors.size(); from += InsertRows) {
        const qsizetype rows = qMin(InsertRows, connectors.size() - from);
        QVariantList values;
        values.reserve(rows * 12);
        for (qsizetype i = from; i < from + rows; ++i)
            values += insertValues(connectors.at(i), nameKeys.at(i));
        // A full batch reuses one prepared statement; the last, shorter one is prepared alone.
        std::optional<QSqlQuery> once;
        auto &prepared = rows == InsertRows ? m_insertMany : once;
        if (auto inserted =
                runner.runPrepared(prepared, insertSql() + placeholders(rows, 12), values);
            !inserted)
            return inserted.error();
    }
    return {};
}

Result<QList<ConnectorRepository::Stored>>
ConnectorRepository::findAny(const QList<QUuid> &ids, const QStringList &nameKeys) const
{
    if (ids.isEmpty() && nameKeys.isEmpty())
        return QList<Stored>();
    QVariantList values;
    for (const QUuid &id : ids)
        values.append(idText(id));
    for (const QString &key : nameKeys)
        values.append(key);
    QStringList marks(ids.size(), QStringLiteral("?"));
    QStringList keyMarks(nameKeys.size(), QStringLiteral("?"));
    const QString sql =
        QStringLiteral("SELECT id, name, access, active, authorized_by, authorized_at, "
                       "created_by, created_at, updated_by, updated_at, revision, name_key "
                       "FROM connectors WHERE id IN (%1) OR name_key IN (%2)")
            .arg(ids.isEmpty() ? QStringLiteral("NULL") : marks.join(u','),
                 nameKeys.isEmpty() ? QStringLiteral("NULL") : keyMarks.join(u','));
    return SqlRunner(m_database).rows(sql, values, [](const QSqlQuery &query) {
        return Stored{fromRecord(query), query.value(ColRevision + 1).toString()};
    });
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
