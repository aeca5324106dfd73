#include "ui/window/MainWindow.h"

#include "app/core/i18n/TranslationLoader.h"
#include "app/core/models/ConnectorListModel.h"
#include "app/core/models/FlowTreeModel.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/ConsoleContext.h"
#include "app/core/service/FlowService.h"
#include "app/core/service/Session.h"
#include "app/core/store/AccessTokenStore.h"
#include "app/core/store/ChangeWatcher.h"
#include "app/core/store/Database.h"
#include "ui/connectors/ConnectorBrowser.h"
#include "ui/connectors/ConnectorOperations.h"
#include "ui/connectors/ConnectorSectionView.h"
#include "ui/connectors/ConnectorsPage.h"
#include "ui/connectors/ConnectorTransfer.h"
#include "ui/connectors/undo/ConnectorUndoStack.h"
#include "ui/flows/FlowOperations.h"
#include "ui/flows/FlowsPage.h"
#include "ui/flows/FlowTreeView.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/HelpDialog.h"
#include "ui/help/KeyboardShortcutsDialog.h"
#include "ui/live/LiveTestPanel.h"
#include "ui/live/LiveTestSettingsDialog.h"
#include "ui/session/AccessDeniedPage.h"
#include "ui/session/SessionStatusBar.h"
#include "ui/session/SignInDialog.h"
#include "ui/widgets/DisplayText.h"
#include "ui/widgets/IconFactory.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ScreenFit.h"
#include "ui/window/ConsoleActions.h"
#include "ui/window/WindowSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(ConsoleContext &context, TranslationLoader *translations, QWidget *parent,
                       Loading loading)
    : QMainWindow(parent)
    , m_database(context.database())
    , m_translations(translations)
    , m_settings(std::make_unique<WindowSettings>())
    , m_service(&context.connectors())
    , m_flows(&context.flows())
    , m_model(new ConnectorListModel(*m_service, this))
    , m_undoStack(new ConnectorUndoStack(this))
    , m_actions(new ConsoleActions(this))
    , m_operations(new ConnectorOperations(*m_service, *m_model, *m_undoStack, this))
    , m_watcher(&context.changeWatcher())
    , m_tokens(&context.accessTokens())
    , m_flowModel(new FlowTreeModel(*m_flows, *m_service, this))
    , m_flowOperations(new FlowOperations(*m_flows, *m_service, this))
    , m_self(m_service->actor())
{
    m_flowOperations->setAccessTokenStore(m_tokens);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(IconFactory::connector());
    m_actions->buildMenus(menuBar());
    setCentralWidget(createCentralWidget());
    m_statusBar = new SessionStatusBar(this);
    setStatusBar(m_statusBar);
    wireActions();
    retranslateUi();
    m_loadPending = loading == Loading::AfterFirstPaint;
    // The console reads the flows off the window's thread (thousands of large flows take
    // seconds); tests ask for the rows at once.
    m_flowsInBackground = loading == Loading::AfterFirstPaint;
    if (m_loadPending)
        m_statusBar->showMessage(tr("Loading connectors..."));
    else
        reload();
    refreshSession();
    refreshUndoActions();
    restoreSettings();
    // Another console or connectorctl may change the same database while this window is open.
    m_watcher->start();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    m_breadcrumb = new QLabel(central);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setTextFormat(Qt::PlainText);
    DisplayText::styleMuted(m_breadcrumb);
    m_pageTitle = new QLabel(central);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_pageTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_pageTitle->setFont(titleFont);

    m_page = new ConnectorsPage(*m_service, *m_model, *m_actions, *m_operations, central);
    m_page->setFlowService(m_flows);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("integrationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_page, QString());
    m_flowsPage = new FlowsPage(*m_flows, *m_flowModel, *m_actions, *m_flowOperations, central);
    m_tabs->addTab(m_flowsPage, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_page->setCurrentTab(m_tabs->currentWidget() == m_page);
        const bool flowsShown = m_tabs->currentWidget() == m_flowsPage;
        if (flowsShown && !m_flowModel->isLoaded() && !m_flowModel->isLoading() &&
            m_service->sessionPolicy().view().allowed())
            loadFlows();
        m_flowsPage->setCurrentTab(flowsShown);
    });
    // Visible while a full administrator acts as someone else, so nobody forgets whose name
    // their changes carry.
    m_actingBanner = new QLabel(central);
    m_actingBanner->setObjectName(QStringLiteral("actingBanner"));
    m_actingBanner->setTextFormat(Qt::PlainText);
    m_actingBanner->setWordWrap(true);
    m_actingBanner->setFrameShape(QFrame::StyledPanel);
    m_actingBanner->setMargin(6);
    m_actingBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_actingBanner->setForegroundRole(QPalette::ToolTipText);
    m_actingBanner->setAutoFillBackground(true);
    m_actingBanner->hide();
    m_denied = new AccessDeniedPage(central);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_tabs);
    m_pages->addWidget(m_denied);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 8, 12, 4);
    layout->setSpacing(2);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_pageTitle);
    layout->addSpacing(4);
    layout->addWidget(m_actingBanner);
    layout->addWidget(m_pages, 1);
    return central;
}

void MainWindow::wireActions()
{
    ConsoleActions &a = *m_actions;
    const auto current = [this] {
        return m_page->currentId();
    };
    connect(a.signIn(), &QAction::triggered, this, &MainWindow::showSignInDialog);
    connect(a.quit(), &QAction::triggered, this, &QWidget::close);
    connect(a.exportConnectors(), &QAction::triggered, this, &MainWindow::exportConnectors);
    connect(a.importConnectors(), &QAction::triggered, this, &MainWindow::importConnectors);
    connect(a.undo(), &QAction::triggered, m_operations, &ConnectorOperations::undo);
    connect(a.redo(), &QAction::triggered, m_operations, &ConnectorOperations::redo);
    connect(a.find(), &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_flowsPage)
            m_flowsPage->focusSearch();
        else
            m_page->browser()->focusSearch();
    });
    connect(a.add(), &QAction::triggered, m_operations, &ConnectorOperations::addConnector);
    connect(a.edit(), &QAction::triggered, this,
            [this, current] { m_operations->editConnector(current()); });
    connect(a.toggleActive(), &QAction::triggered, this,
            [this, current] { m_operations->toggleActive(current()); });
    connect(a.remove(), &QAction::triggered, this,
            [this, current] { m_operations->deleteConnector(current()); });
    connect(a.copyId(), &QAction::triggered, this,
            [this, current] { m_operations->copyId(current()); });
    connect(a.reload(), &QAction::triggered, this, &MainWindow::refreshFromStore);
    connect(a.nextCard(), &QAction::triggered, this,
            [this] { m_page->browser()->selectAdjacent(1); });
    connect(a.previousCard(), &QAction::triggered, this,
            [this] { m_page->browser()->selectAdjacent(-1); });
    connect(a.switchLanguage(), &QAction::triggered, this, [this] {
        if (m_translations)
            switchLanguage(m_translations->language() == QLatin1String("uk")
                               ? QStringLiteral("en")
                               : QStringLiteral("uk"));
    });
    connect(a.importFlows(), &QAction::triggered, this, [this] {
        // The imported flows show where they land.
        showTab(m_flowsPage);
        m_flowsPage->importFlows();
    });
    connect(a.exportFlow(), &QAction::triggered, m_flowsPage, &FlowsPage::exportCurrentFlow);
    connect(a.editActivity(), &QAction::triggered, m_flowsPage, &FlowsPage::editCurrentActivity);
    connect(a.deleteFlow(), &QAction::triggered, m_flowsPage, &FlowsPage::deleteCurrentFlow);
    connect(a.liveTestSettings(), &QAction::triggered, this, &MainWindow::showLiveTestSettings);
    connect(a.showConnectors(), &QAction::triggered, this, [this] { showTab(m_page); });
    connect(a.showFlows(), &QAction::triggered, this, [this] { showTab(m_flowsPage); });
    connect(m_flowOperations, &FlowOperations::statusMessage, this,
            [this](const QString &message) { m_statusBar->showMessage(message, 10000); });
    connect(m_flowModel, &FlowTreeModel::loadFailed, this, [this](const CoreError &error) {
        MessageBox::critical(this, tr("Could not read the flows"),
                             tr("The flows could not be read from the database."), error.message());
    });
    connect(m_flowModel, &FlowTreeModel::loadFinished, this, [this] {
        if (m_statusBar->currentMessage() == tr("Loading flows..."))
            m_statusBar->clearMessage();
    });
    connect(m_flowModel, &FlowTreeModel::refreshFailed, this, [this](const CoreError &error) {
        m_statusBar->showMessage(tr("The flows could not be refreshed: %1").arg(error.message()),
                                 15000);
    });
    connect(a.helpContents(), &QAction::triggered, this, &MainWindow::showHelp);
    connect(a.keyboardShortcuts(), &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
    connect(a.about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.languages(), &QActionGroup::triggered, this,
            [this](QAction *action) { switchLanguage(action->data().toString()); });
    connect(m_denied, &AccessDeniedPage::signInRequested, this, &MainWindow::showSignInDialog);

    connect(m_operations, &ConnectorOperations::selectRequested, this,
            [this](const QUuid &id) { m_page->browser()->select(id); });
    connect(m_operations, &ConnectorOperations::statusMessage, this,
            [this](const QString &message) { m_statusBar->showMessage(message, 10000); });
    connect(m_undoStack, &ConnectorUndoStack::changed, this, &MainWindow::refreshUndoActions);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, &MainWindow::refreshFromStore);
    connect(m_model, &ConnectorListModel::refreshFailed, this, [this](const CoreError &error) {
        MessageBox::warning(this, tr("Could not refresh the list"),
                            tr("A change was saved, but the list could not read it back. Use "
                               "Connector > Reload."),
                            error.message());
    });
}

// The flows are read when the Flows tab is first shown (and again on reload once they were).
void MainWindow::loadFlows()
{
    if (m_flowsInBackground) {
        // Failures arrive through FlowTreeModel::loadFailed (see wireActions()).
        if (m_flowModel->reloadInBackground())
            m_statusBar->showMessage(tr("Loading flows..."), 5000);
        return;
    }
    if (auto flows = m_flowModel->reload(); !flows) {
        MessageBox::critical(this, tr("Could not read the flows"),
                             tr("The flows could not be read from the database."),
                             flows.error().message());
    }
}

void MainWindow::reload()
{
    const QUuid selected = m_page->currentId();
    if (!m_service->sessionPolicy().view().allowed()) {
        (void)m_model->reload(); // empties the list; the access-denied page says why
        (void)m_flowModel->reload();
        return;
    }
    if (m_flowModel->isLoaded())
        loadFlows();
    if (auto loaded = m_model->reload(); !loaded) {
        MessageBox::critical(this, tr("Could not read the connectors"),
                             tr("The connectors could not be read from the database."),
                             loaded.error().message());
    }
    m_page->browser()->select(selected);
    if (m_page->currentId().isNull())
        m_page->browser()->selectFirst();
}

// After a change by another console or connectorctl, and on Connector > Reload.
void MainWindow::refreshFromStore()
{
    // The acting account's role or the organisation's licence may have been changed elsewhere
    // too: the window's snapshot is read again, and the window follows it.
    if (auto reread = m_service->refreshSessionPolicy(); !reread) {
        m_statusBar->showMessage(tr("Another program changed the database, but your role could "
                                    "not be read again: %1")
                                     .arg(reread.error().message()),
                                 15000);
    }
    const SessionPolicy policy = m_service->sessionPolicy();
    if (!policy.failure() && policy.actor().role != m_service->actor().role) {
        // One's own account too, or acting as oneself would bring the old role back.
        if (policy.actor().email.compare(m_self.email, Qt::CaseInsensitive) == 0)
            m_self = policy.actor();
        signInAs(policy.actor());
        return;
    }
    if (!policy.view().allowed()) {
        refreshSession();
        return;
    }
    // Without a reset, so the selection and the scroll position stay where they are.
    if (auto refreshed = m_model->refresh(); !refreshed) {
        m_statusBar->showMessage(tr("Another program changed the database, but the list could "
                                    "not be refreshed: %1")
                                     .arg(refreshed.error().message()),
                                 15000);
        return;
    }
    (void)m_flowModel->refresh(); // a failure shows in the status bar (refreshFailed)
    m_page->showDetails(m_page->currentId(), false);
    refreshSession();
}

bool MainWindow::signInAs(const AdminAccount &admin)
{
    auto allowed = Session::actAs(m_database, m_self, admin.email);
    if (!allowed) {
        MessageBox::warning(this, tr("Cannot act as another administrator"),
                            tr("You cannot act as %1.").arg(admin.email),
                            allowed.error().message());
        return false;
    }
    m_service->setActor(*allowed);
    m_undoStack->clear();
    reload();
    refreshSession();
    refreshUndoActions();
    return true;
}

void MainWindow::refuseIdentity(const QString &reason)
{
    m_identityRefusal = reason;
    refreshSession();
}

bool MainWindow::isActingAsOther() const
{
    return m_service->sessionPolicy().isActingAsOther();
}

void MainWindow::refreshActingBanner()
{
    const AdminAccount &actor = m_service->actor();
    m_actingBanner->setVisible(m_identityRefusal.isEmpty() && isActingAsOther());
    m_actingBanner->setText(
        tr("You are acting as %1 (%2). Changes are recorded as \u201c%3 acting as %1\u201d. Use "
           "File > Act as... and choose your own account to stop.")
            .arg(actor.email, AdminRoles::displayName(actor.role), m_self.email));
    m_actingBanner->setAccessibleName(m_actingBanner->text());
}

bool MainWindow::showsAccessDenied() const
{
    return m_pages->currentWidget() == m_denied;
}

void MainWindow::refreshSession()
{
    // One snapshot answers every question here and in the pages; it is read again on sign-in
    // changes and when another program changes the store (refreshFromStore).
    const SessionPolicy policy = m_service->sessionPolicy();
    m_statusBar->setSession(policy.actor(),
                            policy.organisation() ? std::optional(*policy.organisation())
                                                  : std::nullopt,
                            m_database.path());
    const QString refusal =
        m_identityRefusal.isEmpty() ? policy.view().reason() : m_identityRefusal;
    m_denied->setReason(refusal);
    m_denied->setActAsAvailable(m_identityRefusal.isEmpty());
    refreshActingBanner();
    m_pages->setCurrentWidget(refusal.isEmpty() ? static_cast<QWidget *>(m_tabs) : m_denied);
    for (QAction *action :
         {m_actions->find(), m_actions->exportConnectors(), m_actions->reload(),
          m_actions->nextCard(), m_actions->previousCard(), m_actions->liveTestSettings(),
          m_actions->showConnectors(), m_actions->showFlows()})
        ConsoleActions::setAllowed(action, refusal);
    ConsoleActions::setAllowed(m_actions->importConnectors(), policy.setUp().reason());
    m_page->refreshPermissions();
    m_flowsPage->refreshPermissions();
}

void MainWindow::showTab(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
    if (page == m_flowsPage)
        m_flowsPage->view()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showLiveTestSettings()
{
    LiveTestSettingsDialog dialog(*m_flows, *m_tokens, this);
    dialog.setTokenKey(LiveTestPanel::tokenKey(*m_service));
    dialog.setBaseUrlSubmitter([this](const QString &url) { return m_flows->setApiBaseUrl(url); });
    dialog.exec();
}

void MainWindow::refreshUndoActions()
{
    m_actions->setUndoRedoDescriptions(m_undoStack->undoDescription(),
                                       m_undoStack->redoDescription());
    // Whether an undo is allowed is the core's call at the time: only emptiness disables here.
    ConsoleActions::setAllowed(m_actions->undo(),
                               m_undoStack->canUndo() ? QString() : tr("Nothing to undo."));
    ConsoleActions::setAllowed(m_actions->redo(),
                               m_undoStack->canRedo() ? QString() : tr("Nothing to redo."));
}

void MainWindow::showSignInDialog()
{
    auto admins = AdminDirectory(m_database).admins();
    if (!admins) {
        MessageBox::critical(this, tr("Cannot act as another administrator"),
                             tr("The administrator accounts could not be read."),
                             admins.error().message());
        return;
    }
    SignInDialog dialog(*admins, m_service->actor().email, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AdminAccount chosen = dialog.selectedAdmin();
    if (chosen.isValid())
        signInAs(chosen);
}

void MainWindow::showHelp()
{
    HelpDialog dialog(m_actions->allActions(), this);
    dialog.exec();
}

void MainWindow::showKeyboardShortcuts()
{
    KeyboardShortcutsDialog dialog(m_actions->allActions(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_database.path(), this);
    dialog.exec();
}

void MainWindow::switchLanguage(const QString &language)
{
    if (!m_translations)
        return;
    if (!m_translations->load(language)) {
        MessageBox::warning(
            this, tr("Language"),
            tr("The translation for \"%1\" is missing from this build.").arg(language));
    }
    m_settings->setLanguage(m_translations->language());
    // QEvent::LanguageChange reaches every widget, which retranslates itself.
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (m_loadPending && event->type() == QEvent::Paint) {
        m_loadPending = false;
        // After this paint has reached the screen, not in the middle of it.
        QTimer::singleShot(0, this, [this] {
            reload();
            refreshSession();
            m_statusBar->clearMessage();
        });
    }
    return handled;
}

void MainWindow::exportConnectors()
{
    ConnectorTransfer(*m_service, *m_model, m_flows).exportConnectors(this);
}

void MainWindow::importConnectors()
{
    if (ConnectorTransfer(*m_service, *m_model, m_flows).importConnectors(this)) {
        m_page->showDetails(m_page->currentId(), false);
        refreshSession();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Names sort by the rules of the new language (Ukrainian "Ґ" after "Г", not after "Я").
        m_page->browser()->activeSection()->proxy()->updateCollation();
        m_page->browser()->inactiveSection()->proxy()->updateCollation();
        retranslateUi();
        m_actions->retranslate();
        refreshUndoActions();
        refreshSession();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Webex Contact Center Connectors Console"));
    m_breadcrumb->setText(tr("Services > Contact Center > Tenant Settings > Integrations"));
    m_breadcrumb->setAccessibleName(tr("Location in Control Hub"));
    m_pageTitle->setText(tr("Integrations"));
    m_tabs->setTabText(m_tabs->indexOf(m_page), tr("Connectors"));
    m_tabs->setTabText(m_tabs->indexOf(m_flowsPage), tr("Flows"));
    m_tabs->setAccessibleName(tr("Integrations"));
    const bool canSwitch = m_translations != nullptr;
    m_actions->switchLanguage()->setEnabled(canSwitch);
    for (QAction *action : m_actions->languages()->actions()) {
        action->setEnabled(canSwitch);
        action->setChecked(canSwitch && action->data().toString() == m_translations->language());
    }
}

void MainWindow::restoreSettings()
{
    // A saved size from a larger screen (or before a scale change) is made to fit this one.
    if (!restoreGeometry(m_settings->geometry()))
        ScreenFit::resizeWithin(this, QSize(1280, 820));
    else
        ScreenFit::resizeWithin(this, size());
    restoreState(m_settings->windowState());
    m_page->restoreSplitterState(m_settings->pageSplitter());
    m_page->browser()->restoreSplitterState(m_settings->sectionSplitter());
}

void MainWindow::saveSettings()
{
    m_settings->setGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setPageSplitter(m_page->splitterState());
    m_settings->setSectionSplitter(m_page->browser()->splitterState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
