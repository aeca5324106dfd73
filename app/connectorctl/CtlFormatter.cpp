#include "CtlFormatter.h"

#include <QJsonArray>
#include <QLocale>

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(jsonText(item));
        return items.join(u',');
    }
    if (value.isBool())
        return value.toBool() ? CtlFormatter::tr("active") : CtlFormatter::tr("inactive");
    return value.toVariant().toString();
}

} // namespace

QString CtlFormatter::dateTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString CtlFormatter::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = qMax(widths[column], row[column].size());
    }
    auto line = [&widths](const QStringList &cells) {
        QStringList padded;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const bool last = column + 1 == cells.size();
            padded.append(last ? cells[column] : cells[column].leftJustified(widths[column]));
        }
        return padded.join(QStringLiteral("  ")) + u'\n';
    };
    QString text = line(headers);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QString CtlFormatter::connectorTable(const QList<Connector> &connectors)
{
    if (connectors.isEmpty())
        return tr("No connectors yet. Add one with: connectorctl add --name NAME --access "
                  "read-only --authorize");
    QList<QStringList> rows;
    for (const Connector &connector : connectors) {
        rows.append({connector.idText(), connector.active ? tr("active") : tr("inactive"),
                     ConnectorAccess::keys(connector.access).join(u','), connector.name});
    }
    return table({tr("ID"), tr("STATE"), tr("ACCESS"), tr("NAME", "connector name column")}, rows) +
           tr("%n connector(s)", nullptr, int(connectors.size())) + u'\n';
}

QString CtlFormatter::connectorDetails(const Connector &connector)
{
    const QList<QStringList> rows = {
        {tr("Name:"), connector.name},
        {tr("Connector ID:"), connector.idText()},
        {tr("State:"), connector.active ? tr("active") : tr("inactive")},
        {tr("Access:"), ConnectorAccess::displayName(connector.access)},
        {tr("Scopes:"), connector.scopes().join(QStringLiteral(", "))},
        {tr("HTTP methods:"), ConnectorAccess::methodsFor(connector.access).join(u' ')},
        {tr("Authorised by:"),
         tr("%1 at %2").arg(connector.authorizedBy, dateTime(connector.authorizedAt))},
        {tr("Created:"), tr("%1 by %2").arg(dateTime(connector.createdAt), connector.createdBy)},
        {tr("Last change:"),
         tr("%1 by %2").arg(dateTime(connector.updatedAt), connector.updatedBy)},
        {tr("Revision:"), QString::number(connector.revision)},
    };
    qsizetype width = 0;
    for (const QStringList &row : rows)
        width = qMax(width, row[0].size());
    QString text;
    for (const QStringList &row : rows)
        text += row[0].leftJustified(width + 1) + row[1] + u'\n';
    return text;
}

QString CtlFormatter::history(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return tr("No history yet.");
    QList<QStringList> rows;
    for (const AuditEntry &entry : entries) {
        QStringList changes;
        for (const QString &field : entry.changedFields()) {
            if (entry.before.contains(field) && entry.after.contains(field)) {
                changes.append(tr("%1: %2 -> %3")
                                   .arg(fieldLabel(field), jsonText(entry.before.value(field)),
                                        jsonText(entry.after.value(field))));
            }
        }
        rows.append({dateTime(entry.at), entry.actor, AuditActions::displayName(entry.action),
                     entry.subject + (changes.isEmpty() ? QString()
                                                        : QStringLiteral(" (%1)").arg(changes.join(
                                                              QStringLiteral("; "))))});
    }
    return table({tr("WHEN"), tr("WHO"), tr("ACTION"), tr("WHAT")}, rows);
}

QString CtlFormatter::fieldLabel(const QString &key)
{
    if (key == QLatin1String("name"))
        return tr("name");
    if (key == QLatin1String("access"))
        return tr("access");
    if (key == QLatin1String("scopes"))
        return tr("scopes");
    if (key == QLatin1String("active"))
        return tr("state");
    return key;
}

QString CtlFormatter::adminTable(const QList<AdminAccount> &admins)
{
    QList<QStringList> rows;
    for (const AdminAccount &admin : admins)
        rows.append({admin.email, AdminRoles::key(admin.role), admin.displayName});
    return table({tr("EMAIL"), tr("ROLE"), tr("NAME", "person's name column")}, rows);
}
