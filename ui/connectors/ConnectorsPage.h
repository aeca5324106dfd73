#pragma once

#include <QUuid>
#include <QWidget>

class ConnectorBrowser;
class ConnectorDetailPanel;
class ConnectorListModel;
class ConnectorOperations;
class ConnectorService;
class ConsoleActions;
class FlowService;
class QFrame;
class QLabel;
class QSplitter;
class SetupCard;

// The content of the Connectors tab: the read-only banner, the Webex Contact Center card, the
// card list and the detail panel. It keeps every control's enabled state and reason in step with
// the role policy for the current administrator and the selected connector.
class ConnectorsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorsPage)

public:
    ConnectorsPage(ConnectorService &service, ConnectorListModel &model, ConsoleActions &actions,
                   ConnectorOperations &operations, QWidget *parent = nullptr);

    ConnectorBrowser *browser() const { return m_browser; }
    ConnectorDetailPanel *detailPanel() const { return m_detail; }
    SetupCard *setupCard() const { return m_setupCard; }
    QFrame *banner() const { return m_banner; }
    QUuid currentId() const;

    // Turns on where-used for the tab: the cards' usage line (through the model), the detail
    // panel's "Used by" section and the flows named in the confirmations (through the
    // operations). Null turns it off.
    void setFlowService(FlowService *flows);
    // Whether this page is the visible tab. The actions on the selected connector (Edit, Active,
    // Delete, Copy ID) are window-wide shortcuts; from another tab they would act on a connector
    // the admin cannot see, so they are disabled there.
    void setCurrentTab(bool current);

    // Re-asks the session's policy snapshot (ConnectorService::sessionPolicy(), no query) for
    // every control; call after any change of administrator, selection or connector state.
    void refreshPermissions();
    // Shows the connector in the detail panel, its history re-read; `focus` moves the keyboard
    // focus there (Enter on a card).
    void showDetails(const QUuid &id, bool focus = true);

    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();
    void updateBannerIcon();

    ConnectorService &m_service;
    ConnectorListModel &m_model;
    ConsoleActions &m_actions;
    ConnectorOperations &m_operations;
    QFrame *m_banner;
    QLabel *m_bannerIcon;
    QLabel *m_bannerText;
    SetupCard *m_setupCard;
    QSplitter *m_splitter;
    ConnectorBrowser *m_browser;
    ConnectorDetailPanel *m_detail;
    bool m_currentTab = true;
};
