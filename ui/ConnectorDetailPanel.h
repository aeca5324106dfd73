#pragma once

#include "domain/Connector.h"

#include <optional>
#include <QList>
#include <QWidget>

class ConnectorHistoryModel;
class ConnectorService;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;
class SwitchButton;

// Everything about the selected connector beside the list: all its fields, the Active switch,
// Edit and the delete icon (which follow their actions, so they are disabled with the reason as
// tooltip when not allowed), the reason spelled out, and the connector's audit history.
class ConnectorDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorDetailPanel)

public:
    explicit ConnectorDetailPanel(ConnectorService &service, QWidget *parent = nullptr);

    void setActions(QAction *edit, QAction *remove, QAction *copyId);
    void showConnector(const std::optional<Connector> &connector);
    const std::optional<Connector> &connector() const { return m_connector; }
    void setToggleAvailable(bool available, const QString &reason);
    // Why Edit, Delete or the switch are unavailable, shown as text under them.
    void setRestriction(const QString &text);
    void focusFirstControl();

    SwitchButton *activeSwitch() const { return m_switch; }
    ConnectorHistoryModel *historyModel() const { return m_history; }

Q_SIGNALS:
    void toggleRequested(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createDetailsPage();
    void retranslateUi();
    void fillFields();
    void updateHistoryState();

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
    QLabel *m_historyHeading;
    QLabel *m_historyError;
    QTableView *m_historyView;
};
