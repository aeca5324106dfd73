#pragma once

#include "app/core/domain/AdminAccount.h"

#include <memory>
#include <QMainWindow>

class AccessDeniedPage;
class AccessTokenStore;
class ChangeWatcher;
class ConnectorListModel;
class ConnectorOperations;
class ConnectorService;
class ConnectorUndoStack;
class ConnectorsPage;
class ConsoleActions;
class ConsoleContext;
class FlowOperations;
class FlowService;
class FlowTreeModel;
class FlowsPage;
class Database;
class QLabel;
class QStackedWidget;
class QTabWidget;
class SessionStatusBar;
class TranslationLoader;
class WindowSettings;

// The console's window: the Control Hub breadcrumb, the Connectors and Flows tabs (or the
// access-denied page), menus and shortcuts, the status bar, sign-in switching and the language. It
// composes the pieces and wires them; the pieces do the work. The services, the change watcher and
// the access-token store come from the ConsoleContext its creator built (see ConsoleStartup).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Loading
    {
        Immediate,
        // The connectors are read once the window has painted for the first time, so a large
        // organisation does not keep the window from appearing (the console uses this).
        AfterFirstPaint,
    };

    // `context` must outlive the window; its connector service's actor is the person using the
    // window. `translations` may be null (tests); then the language menu is disabled.
    explicit MainWindow(ConsoleContext &context, TranslationLoader *translations = nullptr,
                        QWidget *parent = nullptr, Loading loading = Loading::Immediate);
    ~MainWindow() override;

    // Acts as another administrator from now on (File > Act as...) and updates every control at
    // once; the core allows it only to a full administrator, others are told why. The undo
    // history is cleared: its steps were the previous administrator's changes. `admin` being the
    // window's own account ends acting as someone else.
    bool signInAs(const AdminAccount &admin);
    // The person at the keyboard could not be identified (an OS user or database login bound to
    // no account): the access-denied page says why and nothing can be done.
    void refuseIdentity(const QString &reason);
    // The account bound to the person using the window (not the one acted as).
    const AdminAccount &self() const { return m_self; }
    bool isActingAsOther() const;
    void switchLanguage(const QString &language);

    ConnectorService &service() const { return *m_service; }
    FlowService &flowService() const { return *m_flows; }
    ConnectorListModel &model() const { return *m_model; }
    ConsoleActions &actions() const { return *m_actions; }
    ConnectorUndoStack &undoStack() const { return *m_undoStack; }
    ConnectorsPage *connectorsPage() const { return m_page; }
    FlowsPage *flowsPage() const { return m_flowsPage; }
    FlowTreeModel &flowModel() const { return *m_flowModel; }
    AccessTokenStore &accessTokens() const { return *m_tokens; }
    AccessDeniedPage *accessDeniedPage() const { return m_denied; }
    bool showsAccessDenied() const;

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createCentralWidget();
    void wireActions();
    void exportConnectors();
    void importConnectors();
    void refreshSession();
    void refreshActingBanner();
    void refreshUndoActions();
    void reload();
    void loadFlows();
    void refreshFromStore();
    void showSignInDialog();
    void showLiveTestSettings();
    void showTab(QWidget *page);
    void showHelp();
    void showKeyboardShortcuts();
    void showAbout();
    void retranslateUi();
    void restoreSettings();
    void saveSettings();

    // First: events (ChildAdded) reach event() while the members below are being constructed.
    bool m_loadPending = false;
    bool m_flowsInBackground = false;
    const Database &m_database;
    TranslationLoader *m_translations;
    std::unique_ptr<WindowSettings> m_settings;
    ConnectorService *m_service;
    FlowService *m_flows;
    ConnectorListModel *m_model;
    ConnectorUndoStack *m_undoStack;
    ConsoleActions *m_actions;
    ConnectorOperations *m_operations;
    ChangeWatcher *m_watcher;
    AccessTokenStore *m_tokens;
    FlowTreeModel *m_flowModel;
    FlowOperations *m_flowOperations;
    QLabel *m_breadcrumb = nullptr;
    QLabel *m_pageTitle = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConnectorsPage *m_page = nullptr;
    FlowsPage *m_flowsPage = nullptr;
    AccessDeniedPage *m_denied = nullptr;
    SessionStatusBar *m_statusBar = nullptr;
    QLabel *m_actingBanner = nullptr;
    AdminAccount m_self;
    QString m_identityRefusal;
};
