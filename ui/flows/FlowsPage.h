#pragma once

#include <QUuid>
#include <QWidget>

class ConsoleActions;
class FlowFilterProxyModel;
class FlowOperations;
class FlowService;
class FlowTreeModel;
class FlowTreeView;
class QLabel;
class QLineEdit;
class QPushButton;
struct Flow;
struct HttpRequestActivity;

// The content of the Flows tab: a search field, the tree of flows and their HTTP Request
// activities (flagged and broken ones marked), the buttons of the flow commands, and the details
// and problems of the selected row. It keeps the flow actions' enabled state and reason in step
// with the role policy, the selection and whether the tab is the one showing.
class FlowsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowsPage)

public:
    FlowsPage(FlowService &flows, FlowTreeModel &model, ConsoleActions &actions,
              FlowOperations &operations, QWidget *parent = nullptr);

    FlowTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    FlowFilterProxyModel *proxy() const { return m_proxy; }
    QLabel *details() const { return m_details; }

    // The flow of the selected row (a flow or one of its activities), or null.
    const Flow *currentFlow() const;
    // The selected activity, or null when a flow (or nothing) is selected.
    const HttpRequestActivity *currentActivity() const;
    void selectFlow(const QUuid &flowId);
    void selectActivity(const QUuid &flowId, const QString &eventFlow, const QString &nodeId);

    // Whether the tab is the one showing: the commands on the selection work only then.
    void setCurrentTab(bool current);
    // Re-asks the role policy; call after any change of administrator or selection.
    void refreshPermissions();
    void focusSearch();

    void importFlows();
    void exportCurrentFlow();
    void editCurrentActivity();
    void deleteCurrentFlow();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPushButton *createButton(const QString &objectName);
    void retranslateUi();
    void showCurrent();
    QString flowDetails(const Flow &flow) const;
    QString activityDetails(const QModelIndex &source) const;
    QModelIndex currentSourceIndex() const;
    void onCurrentChanged();
    void applySearch(const QString &text);
    // Selects the row last chosen (by the person or a command) when the tree shows it again, or
    // none; a search or a reload never leaves the details of a row that is not shown.
    void restoreChosen();
    QModelIndex chosenIndex() const;

    // The row last chosen, by identity: rows move and come back as the search and reloads change.
    struct Chosen
    {
        QUuid flowId;
        bool activity = false;
        QString eventFlow;
        QString nodeId;
    };

    FlowService &m_flows;
    FlowTreeModel &m_model;
    ConsoleActions &m_actions;
    FlowOperations &m_operations;
    bool m_currentTab = false;
    QLabel *m_banner;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    FlowFilterProxyModel *m_proxy;
    FlowTreeView *m_view;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QLabel *m_details;
    Chosen m_chosen;
    bool m_restoring = false;
};
