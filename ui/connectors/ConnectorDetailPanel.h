#pragma once

#include "app/core/domain/Connector.h"
#include "app/core/domain/Flow.h"
#include "app/core/support/Result.h"

#include <optional>
#include <QList>
#include <QPointer>
#include <QWidget>

class ConnectorHistoryModel;
class ConnectorService;
class FlowService;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeWidget;
class SwitchButton;

// Everything about the selected connector beside the list: all its fields, the Active switch,
// Edit and the delete icon (which follow their actions, so they are disabled with the reason as
// tooltip when not allowed), the reason spelled out, the flows and activities using it
// (where-used), and the connector's audit history.
class ConnectorDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorDetailPanel)

public:
    explicit ConnectorDetailPanel(ConnectorService &service, QWidget *parent = nullptr);

    // Where the "Used by" section reads the flows using the connector; re-read on every
    // FlowService::flowsChanged. Without one the section is hidden.
    void setFlowService(FlowService *flows);
    void setActions(QAction *edit, QAction *remove, QAction *copyId);
    void showConnector(const std::optional<Connector> &connector);
    const std::optional<Connector> &connector() const { return m_connector; }
    void setToggleAvailable(bool available, const QString &reason);
    // Why Edit, Delete or the switch are unavailable, shown as text under them.
    void setRestriction(const QString &text);
    void focusFirstControl();

    SwitchButton *activeSwitch() const { return m_switch; }
    ConnectorHistoryModel *historyModel() const { return m_history; }
    // One top-level item per flow, one child per activity (name, and main or event flow).
    QTreeWidget *usedByView() const { return m_usedByView; }

Q_SIGNALS:
    void toggleRequested(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createDetailsPage();
    void retranslateUi();
    void fillFields();
    void updateHistoryState();
    // Re-reads where the connector is used and shows it.
    void refreshUsage();
    void fillUsage();

    ConnectorService &m_service;
    ConnectorHistoryModel *m_history;
    std::optional<Connector> m_connector;
    QStackedWidget *m_pages;
    QLabel *m_emptyLabel;
    QLabel *m_title;
    QLabel *m_state;
    QFormLayout *m_form;
    QList<QLabel *> m_formLabels;
    QLineEdit *m_id;
    QToolButton *m_copyButton;
    QLabel *m_access;
    QLabel *m_scopes;
    QLabel *m_methods;
    QLabel *m_authorized;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_revision;
    QLabel *m_flows;
    SwitchButton *m_switch;
    QToolButton *m_editButton;
    QToolButton *m_deleteButton;
    QLabel *m_restriction;
    QLabel *m_usedByHeading;
    QLabel *m_usedByText;
    QTreeWidget *m_usedByView;
    QPointer<FlowService> m_flowService;
    std::optional<Result<QList<FlowUsage>>> m_usages; // nullopt: nothing to show
    QLabel *m_historyHeading;
    QLabel *m_historyError;
    QTableView *m_historyView;
};
