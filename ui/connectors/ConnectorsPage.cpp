#include "ui/connectors/ConnectorsPage.h"

#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/ConnectorService.h"
#include "ui/connectors/ConnectorBrowser.h"
#include "ui/connectors/ConnectorDetailPanel.h"
#include "ui/connectors/ConnectorHistoryModel.h"
#include "ui/connectors/ConnectorOperations.h"
#include "ui/connectors/SetupCard.h"
#include "ui/widgets/IconFactory.h"
#include "ui/widgets/ThemeColours.h"
#include "ui/window/ConsoleActions.h"

#include <algorithm>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

// A dataChanged that only brings new where-used counts (ConnectorListModel::refreshUsage).
bool onlyUsageRoles(const QList<int> &roles)
{
    static const QList<int> usageRoles = {
        ConnectorListModel::UsageFlowsRole, ConnectorListModel::UsageActivitiesRole,
        ConnectorListModel::UsageTextRole, Qt::AccessibleTextRole, Qt::ToolTipRole};
    return !roles.isEmpty() && std::all_of(roles.cbegin(), roles.cend(),
                                           [](int role) { return usageRoles.contains(role); });
}

} // namespace

ConnectorsPage::ConnectorsPage(ConnectorService &service, ConnectorListModel &model,
                               ConsoleActions &actions, ConnectorOperations &operations,
                               QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(model)
    , m_actions(actions)
    , m_operations(operations)
    , m_banner(new QFrame(this))
    , m_bannerIcon(new QLabel(m_banner))
    , m_bannerText(new QLabel(m_banner))
    , m_setupCard(new SetupCard(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_browser(new ConnectorBrowser(model, m_splitter))
    , m_detail(new ConnectorDetailPanel(service, m_splitter))
{
    setObjectName(QStringLiteral("connectorsPage"));
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_bannerText->setObjectName(QStringLiteral("readOnlyBannerText"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    ThemeColours::follow(m_banner, QPalette::Window, &ThemeColours::bannerBackground);
    ThemeColours::follow(m_banner, QPalette::WindowText, &ThemeColours::bannerText);
    updateBannerIcon();
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_splitter->setObjectName(QStringLiteral("pageSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 3);
    m_browser->setMinimumWidth(380);
    m_detail->setMinimumWidth(360);
    m_detail->setActions(actions.edit(), actions.remove(), actions.copyId());
    m_browser->setCardActions(actions.cardActions());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_banner);
    layout->addWidget(m_setupCard);
    layout->addWidget(m_splitter, 1);

    connect(m_setupCard, &SetupCard::addRequested, this, [this] { m_operations.addConnector(); });
    connect(m_browser, &ConnectorBrowser::currentChanged, this, [this] { showCurrent(); });
    connect(m_browser, &ConnectorBrowser::toggleRequested, this,
            [this](const QUuid &id) { m_operations.toggleActive(id); });
    connect(m_browser, &ConnectorBrowser::deleteRequested, this,
            [this](const QUuid &id) { m_operations.deleteConnector(id); });
    connect(m_browser, &ConnectorBrowser::detailsRequested, this,
            [this](const QUuid &id) { showDetails(id); });
    connect(m_detail, &ConnectorDetailPanel::toggleRequested, this,
            [this](const QUuid &id) { m_operations.toggleActive(id); });
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const QList<int> &roles) {
                // New usage counts of other connectors change nothing here, and a flow import
                // can change many at once: only the shown connector's refresh the panel.
                const int row = m_model.indexOf(m_browser->currentId()).row();
                const bool current = row >= topLeft.row() && row <= bottomRight.row();
                if (current || !onlyUsageRoles(roles))
                    showCurrent();
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(&m_model, signal, this, &ConnectorsPage::refreshPermissions);
    }
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] { showCurrent(); });
    retranslateUi();
}

void ConnectorsPage::setCurrentTab(bool current)
{
    m_currentTab = current;
    refreshPermissions();
}

void ConnectorsPage::setFlowService(FlowService *flows)
{
    m_model.setFlowService(flows);
    m_operations.setFlowService(flows);
    m_detail->setFlowService(flows);
}

QUuid ConnectorsPage::currentId() const
{
    return m_browser->currentId();
}

void ConnectorsPage::showCurrent()
{
    const auto current = m_operations.connector(m_browser->currentId());
    m_detail->showConnector(current);
    refreshPermissions();
}

void ConnectorsPage::showDetails(const QUuid &id, bool focus)
{
    if (id != m_browser->currentId())
        m_browser->select(id);
    showCurrent();
    m_detail->historyModel()->reload();
    if (focus)
        m_detail->focusFirstControl();
}

void ConnectorsPage::refreshPermissions()
{
    // This runs on every selection change: the session's snapshot answers from memory, and the
    // core checks each change again when it is made.
    const SessionPolicy policy = m_service.sessionPolicy();
    const auto current = m_operations.connector(m_browser->currentId());
    const Permission view = policy.view();
    const Permission create = policy.setUp();
    // The role alone decides whether the switches can be used at all.
    const Permission roleToggle = policy.changeConnectors();
    const bool readOnly = view.allowed() && !roleToggle.allowed();
    m_setupCard->setConnectorCounts(m_model.rowCount(), m_model.activeCount());
    // For a read-only role the banner already says why; the card's tooltip still does.
    m_setupCard->setCreateRefusal(create.reason(), !readOnly);
    ConsoleActions::setAllowed(m_actions.add(), create.reason());

    m_browser->setToggleAvailable(roleToggle.allowed(), roleToggle.reason());

    const QString none =
        m_currentTab ? tr("Select a connector first.") : tr("Open the Connectors tab first.");
    if (!current || !m_currentTab) {
        for (QAction *action :
             {m_actions.edit(), m_actions.toggleActive(), m_actions.remove(), m_actions.copyId()})
            ConsoleActions::setAllowed(action, view.allowed() ? none : view.reason());
        m_actions.setCurrentActive(std::nullopt);
        m_detail->setToggleAvailable(false, none);
        m_detail->setRestriction({});
    } else {
        const Permission edit = policy.edit(*current);
        const Permission toggle = policy.toggle(*current);
        const Permission remove = policy.remove(*current);
        m_actions.setCurrentActive(current->active);
        ConsoleActions::setAllowed(m_actions.edit(), edit.reason(),
                                   tr("Edit the name and access of \"%1\"").arg(current->name));
        ConsoleActions::setAllowed(m_actions.toggleActive(), toggle.reason());
        ConsoleActions::setAllowed(m_actions.remove(), remove.reason(),
                                   tr("Delete \"%1\"").arg(current->name));
        ConsoleActions::setAllowed(m_actions.copyId(), view.reason(),
                                   tr("Copy the ID %1").arg(current->idText()));
        m_detail->setToggleAvailable(toggle.allowed(), toggle.reason());
        QString restriction;
        if (current->active && roleToggle.allowed())
            restriction = tr("Edit and Delete are available only while the connector is "
                             "inactive: switch Active off and confirm Deactivate first.");
        m_detail->setRestriction(restriction);
    }

    m_banner->setVisible(readOnly);
    if (readOnly) {
        m_bannerText->setText(tr("Read-only: %1 You can look at connectors, their IDs and their "
                                 "history. To make changes, act as an administrator with "
                                 "read/write access (File > Act as...).")
                                  .arg(roleToggle.reason()));
    }
}

QByteArray ConnectorsPage::splitterState() const
{
    return m_splitter->saveState();
}

void ConnectorsPage::restoreSplitterState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

void ConnectorsPage::updateBannerIcon()
{
    m_bannerIcon->setPixmap(IconFactory::lock(ThemeColours::bannerText(palette())).pixmap(20, 20));
}

void ConnectorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateBannerIcon();
    QWidget::changeEvent(event);
}

void ConnectorsPage::retranslateUi()
{
    m_banner->setAccessibleName(tr("Read-only access"));
    m_bannerText->setAccessibleName(tr("Read-only access"));
    refreshPermissions();
}
