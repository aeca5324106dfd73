#include "ui/flows/ConnectorPicker.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStyle>

ConnectorPicker::ConnectorPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("connectorPicker"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const auto notify = [this] {
        const QUuid id = currentConnectorId();
        if (id == m_lastId)
            return;
        m_lastId = id;
        Q_EMIT connectorChanged();
    };
    connect(this, &QComboBox::currentIndexChanged, this, notify);
    connect(this, &QComboBox::editTextChanged, this, notify);
}

QString ConnectorPicker::entryText(const Connector &connector)
{
    const QString text =
        tr("%1 (%2)").arg(connector.name, ConnectorAccess::displayName(connector.access));
    return connector.active ? text : tr("%1, inactive").arg(text);
}

void ConnectorPicker::setConnectors(const QList<Connector> &connectors)
{
    const QSignalBlocker blocker(this);
    m_connectors = connectors;
    std::sort(m_connectors.begin(), m_connectors.end(), [](const Connector &a, const Connector &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    clear();
    for (const Connector &connector : std::as_const(m_connectors)) {
        if (connector.active) {
            addItem(entryText(connector), connector.id);
            continue;
        }
        // Marked three ways: the text, a warning icon and a tool tip that says what it means.
        addItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), entryText(connector),
                connector.id);
        setItemData(count() - 1,
                    tr("Inactive: calls through this connector fail until it is reactivated."),
                    Qt::ToolTipRole);
    }
    setCurrentIndex(-1);
    setEditText(QString());
}

void ConnectorPicker::setCurrentConnector(const QUuid &id, const QString &recordedName)
{
    {
        const QSignalBlocker blocker(this);
        int index = id.isNull() ? -1 : findData(id);
        if (index < 0 && !id.isNull()) {
            addItem(
                tr("%1 (not in this console)")
                    .arg(recordedName.isEmpty() ? id.toString(QUuid::WithoutBraces) : recordedName),
                id);
            index = count() - 1;
        }
        setCurrentIndex(index);
        if (index < 0)
            setEditText(QString());
    }
    m_lastId = currentConnectorId();
}

QUuid ConnectorPicker::currentConnectorId() const
{
    const int index = findText(currentText(), Qt::MatchFixedString);
    return index < 0 ? QUuid() : itemData(index).toUuid();
}

const Connector *ConnectorPicker::currentConnector() const
{
    const QUuid id = currentConnectorId();
    for (const Connector &connector : m_connectors) {
        if (connector.id == id)
            return &connector;
    }
    return nullptr;
}
