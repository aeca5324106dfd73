#include "ui/connectors/ConnectorDetailPanel.h"

#include "app/core/flows/FlowVersions.h"
#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "ui/connectors/ConfirmationTexts.h"
#include "ui/connectors/ConnectorHistoryModel.h"
#include "ui/widgets/DisplayText.h"
#include "ui/widgets/ScreenFit.h"
#include "ui/widgets/SelectableLabel.h"
#include "ui/widgets/SwitchButton.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ConnectorDetailPanel::ConnectorDetailPanel(ConnectorService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_history(new ConnectorHistoryModel(service, this))
    , m_pages(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("detailPanel"));
    m_emptyLabel->setObjectName(QStringLiteral("detailEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_pages->addWidget(m_emptyLabel);
    // The details scroll when the window is low (a small or 150 % screen) rather than making
    // the window taller than the screen or squeezing the rows into each other.
    m_pages->addWidget(ScreenFit::scrollable(createDetailsPage(), m_pages));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_switch, &SwitchButton::toggleRequested, this, [this] {
        if (m_connector)
            Q_EMIT toggleRequested(m_connector->id);
    });
    connect(m_history, &ConnectorHistoryModel::errorChanged, this,
            &ConnectorDetailPanel::updateHistoryState);
    connect(m_history, &QAbstractItemModel::modelReset, this,
            &ConnectorDetailPanel::updateHistoryState);
    retranslateUi();
    showConnector(std::nullopt);
}

QWidget *ConnectorDetailPanel::createDetailsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("detailPage"));
    m_title = SelectableLabel::create(page, QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_state = SelectableLabel::create(page, QStringLiteral("detailState"));

    m_id = new QLineEdit(page);
    m_id->setObjectName(QStringLiteral("detailId"));
    m_id->setReadOnly(true);
    DisplayText::styleReadOnly(m_id);
    QFont mono = m_id->font();
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    m_id->setFont(mono);
    m_copyButton = new QToolButton(page);
    m_copyButton->setObjectName(QStringLiteral("copyIdButton"));
    m_access = SelectableLabel::create(page, QStringLiteral("detailAccess"));
    m_scopes = SelectableLabel::create(page, QStringLiteral("detailScopes"));
    m_methods = SelectableLabel::create(page, QStringLiteral("detailMethods"));
    m_authorized = SelectableLabel::create(page, QStringLiteral("detailAuthorized"));
    m_created = SelectableLabel::create(page, QStringLiteral("detailCreated"));
    m_updated = SelectableLabel::create(page, QStringLiteral("detailUpdated"));
    m_revision = SelectableLabel::create(page, QStringLiteral("detailRevision"));
    m_flows = SelectableLabel::create(page, QStringLiteral("detailFlows"));

    auto *idRow = new QHBoxLayout;
    idRow->setContentsMargins(0, 0, 0, 0);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyButton);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto addRow = [this, page](QWidget *buddy, QLayout *field) {
        auto *label = new QLabel(page);
        label->setBuddy(buddy);
        m_formLabels.append(label);
        if (field)
            m_form->addRow(label, field);
        else
            m_form->addRow(label, buddy);
    };
    addRow(m_id, idRow);
    for (QLabel *value :
         {m_access, m_scopes, m_methods, m_authorized, m_created, m_updated, m_revision, m_flows})
        addRow(value, nullptr);

    m_switch = new SwitchButton(page);
    m_switch->setObjectName(QStringLiteral("detailActiveSwitch"));
    m_editButton = new QToolButton(page);
    m_editButton->setObjectName(QStringLiteral("detailEditButton"));
    m_editButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_deleteButton = new QToolButton(page);
    m_deleteButton->setObjectName(QStringLiteral("detailDeleteButton"));
    m_deleteButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_deleteButton->setIconSize(QSize(20, 20));
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_switch);
    controls->addStretch(1);
    controls->addWidget(m_editButton);
    controls->addWidget(m_deleteButton);

    m_restriction = SelectableLabel::create(page, QStringLiteral("detailRestriction"));
    DisplayText::styleMuted(m_restriction);

    m_usedByHeading = new QLabel(page);
    m_usedByHeading->setObjectName(QStringLiteral("usedByHeading"));
    m_usedByText = SelectableLabel::create(page, QStringLiteral("usedByText"));
    DisplayText::styleMuted(m_usedByText);
    m_usedByView = new QTreeWidget(page);
    m_usedByView->setObjectName(QStringLiteral("usedByView"));
    m_usedByView->setColumnCount(2);
    m_usedByView->setRootIsDecorated(true);
    m_usedByView->setUniformRowHeights(true);
    m_usedByView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_usedByView->header()->setStretchLastSection(true);
    m_usedByView->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_usedByView->header()->resizeSection(0, 220);
    // Room for a few flows; the history below keeps the stretch.
    m_usedByView->setMaximumHeight(150);
    m_usedByHeading->setBuddy(m_usedByView);

    m_historyHeading = new QLabel(page);
    m_historyHeading->setObjectName(QStringLiteral("historyHeading"));
    QFont headingFont = m_historyHeading->font();
    headingFont.setBold(true);
    m_historyHeading->setFont(headingFont);
    m_usedByHeading->setFont(headingFont);
    m_historyError = SelectableLabel::create(page, QStringLiteral("historyError"));
    m_historyView = new QTableView(page);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setAlternatingRowColors(true);
    // What changed is the longest text: it wraps, and rows grow to show all of it.
    m_historyView->setWordWrap(true);
    m_historyView->setTextElideMode(Qt::ElideMiddle);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConnectorHistoryModel::WhoColumn, QHeaderView::Interactive);
    header->resizeSection(ConnectorHistoryModel::WhoColumn, 160);
    header->setSectionResizeMode(ConnectorHistoryModel::ChangesColumn, QHeaderView::Stretch);
    m_historyHeading->setBuddy(m_historyView);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addLayout(m_form);
    layout->addLayout(controls);
    layout->addWidget(m_restriction);
    layout->addSpacing(8);
    layout->addWidget(m_usedByHeading);
    layout->addWidget(m_usedByText);
    layout->addWidget(m_usedByView);
    layout->addSpacing(8);
    layout->addWidget(m_historyHeading);
    layout->addWidget(m_historyError);
    layout->addWidget(m_historyView, 1);
    return page;
}

void ConnectorDetailPanel::setFlowService(FlowService *flows)
{
    if (m_flowService == flows)
        return;
    if (m_flowService)
        disconnect(m_flowService, nullptr, this, nullptr);
    m_flowService = flows;
    if (m_flowService)
        connect(m_flowService, &FlowService::flowsChanged, this,
                &ConnectorDetailPanel::refreshUsage);
    refreshUsage();
}

void ConnectorDetailPanel::refreshUsage()
{
    if (m_flowService && m_connector)
        m_usages = m_flowService->whereUsed(m_connector->id);
    else
        m_usages.reset();
    fillUsage();
}

void ConnectorDetailPanel::fillUsage()
{
    const bool known = m_usages.has_value();
    m_form->setRowVisible(m_flows, known);
    m_usedByHeading->setVisible(known);
    m_usedByText->setVisible(known);
    m_usedByView->clear();
    m_usedByView->setVisible(false);
    if (!known)
        return;
    if (!*m_usages) {
        m_flows->setText(tr("Not known"));
        m_usedByText->setText(tr("The flows using this connector could not be read: %1")
                                  .arg(m_usages->error().message()));
        return;
    }
    const QList<FlowUsage> &usages = **m_usages;
    QHash<QUuid, QTreeWidgetItem *> flowItems;
    for (const FlowUsage &usage : usages) {
        QTreeWidgetItem *flowItem = flowItems.value(usage.flowId);
        if (!flowItem) {
            // "Main IVR (Live version 7)": which version of which flow, a subflow marked.
            flowItem = new QTreeWidgetItem(m_usedByView, {FlowVersions::label(usage)});
            flowItem->setData(
                1, Qt::UserRole,
                FlowVersions::callsNote(usage, ConfirmationTexts::stateOf(*m_connector)));
            flowItems.insert(usage.flowId, flowItem);
        }
        const QString where =
            usage.eventFlow.isEmpty() ? tr("Main flow") : tr("Event flow %1").arg(usage.eventFlow);
        auto *activity = new QTreeWidgetItem(flowItem, {usage.nodeName, where});
        activity->setToolTip(
            0, tr("HTTP Request activity %1 (node %2)").arg(usage.nodeName, usage.nodeId));
    }
    for (QTreeWidgetItem *flowItem : std::as_const(flowItems)) {
        const QString activities = tr("%n activity(s)", nullptr, flowItem->childCount());
        const QString note = flowItem->data(1, Qt::UserRole).toString();
        flowItem->setText(1, note.isEmpty() ? activities
                                            : tr("%1 — %2", "activity count — what it means for "
                                                            "calls")
                                                  .arg(activities, note));
        flowItem->setExpanded(true);
    }
    const UsageCount count{int(flowItems.size()), int(usages.size())};
    m_flows->setText(ConnectorListModel::usageText(count));
    // Above the list: whether a Live version takes calls through the connector.
    const QString calls =
        ConfirmationTexts::callsThrough(usages, ConfirmationTexts::stateOf(*m_connector));
    m_usedByText->setText(usages.isEmpty() ? tr("No flow uses this connector: deactivating or "
                                                "deleting it affects no call routing.")
                                           : calls);
    m_usedByText->setVisible(usages.isEmpty() || !calls.isEmpty());
    m_usedByView->setVisible(!usages.isEmpty());
    m_usedByView->setAccessibleDescription(m_flows->text());
}

void ConnectorDetailPanel::setActions(QAction *edit, QAction *remove, QAction *copyId)
{
    m_editButton->setDefaultAction(edit);
    m_deleteButton->setDefaultAction(remove);
    m_copyButton->setDefaultAction(copyId);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

void ConnectorDetailPanel::showConnector(const std::optional<Connector> &connector)
{
    m_connector = connector;
    m_pages->setCurrentIndex(connector ? 1 : 0);
    m_history->setConnector(connector ? connector->id : QUuid());
    fillFields();
    refreshUsage();
}

void ConnectorDetailPanel::fillFields()
{
    if (!m_connector)
        return;
    const Connector &c = *m_connector;
    m_title->setText(c.name);
    // "Can be edited" only to a role that can edit it: a read-only administrator would be
    // promised something the disabled Edit button then refuses.
    const bool editable = !c.active && m_service.sessionPolicy().edit(c).allowed();
    m_state->setText(c.active   ? tr("Active: flows can use this connector; its settings are "
                                       "read-only.")
                     : editable ? tr("Inactive: flows cannot use this connector; its settings "
                                     "can be edited.")
                                : tr("Inactive: flows cannot use this connector."));
    m_id->setText(c.idText());
    m_access->setText(ConnectorAccess::displayName(c.access));
    m_scopes->setText(DisplayText::scopes(c.scopes()));
    m_methods->setText(ConnectorAccess::methodsFor(c.access).join(QStringLiteral(", ")));
    m_authorized->setText(DisplayText::byOn(c.authorizedBy, c.authorizedAt));
    m_created->setText(DisplayText::byOn(c.createdBy, c.createdAt));
    m_updated->setText(DisplayText::byOn(c.updatedBy, c.updatedAt));
    m_revision->setText(QString::number(c.revision));
    {
        const QSignalBlocker blocker(m_switch);
        m_switch->setChecked(c.active);
    }
    m_switch->setAccessibleDescription(DisplayText::activeState(c.active));
    m_id->setAccessibleDescription(c.name);
}

void ConnectorDetailPanel::setToggleAvailable(bool available, const QString &reason)
{
    m_switch->setEnabled(available);
    m_switch->setToolTip(available ? (m_switch->isChecked()
                                          ? tr("Switch off to deactivate this connector")
                                          : tr("Switch on to activate this connector"))
                                   : reason);
}

void ConnectorDetailPanel::setRestriction(const QString &text)
{
    m_restriction->setText(text);
    m_restriction->setVisible(!text.isEmpty());
}

void ConnectorDetailPanel::focusFirstControl()
{
    if (!m_connector)
        return;
    if (m_switch->isEnabled())
        m_switch->setFocus(Qt::OtherFocusReason);
    else
        m_id->setFocus(Qt::OtherFocusReason);
}

void ConnectorDetailPanel::updateHistoryState()
{
    const auto &error = m_history->error();
    m_historyError->setText(error ? tr("The history could not be read: %1").arg(error->message())
                                  : QString());
    m_historyError->setVisible(error.has_value());
    m_historyHeading->setText(tr("Histor&y (%1)").arg(m_history->rowCount()));
}

void ConnectorDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectorDetailPanel::retranslateUi()
{
    m_emptyLabel->setText(tr("Select a connector to see its details, its Active switch and its "
                             "history."));
    const QStringList labels = {tr("Connector ID:"),   tr("Access:"),        tr("Scopes:"),
                                tr("HTTP methods:"),   tr("Authorised by:"), tr("Created by:"),
                                tr("Last change by:"), tr("Revision:"),      tr("Flows:")};
    for (int row = 0; row < labels.size() && row < m_formLabels.size(); ++row)
        m_formLabels.at(row)->setText(labels.at(row));
    m_id->setAccessibleName(tr("Connector ID"));
    m_id->setToolTip(tr("The connector ID was generated when the connector was added; it never "
                        "changes. Select it or use Copy connector ID."));
    m_switch->setText(tr("Ac&tive"));
    m_switch->setAccessibleName(tr("Active"));
    m_editButton->setAccessibleName(tr("Edit connector"));
    m_deleteButton->setAccessibleName(tr("Delete connector"));
    m_copyButton->setAccessibleName(tr("Copy connector ID"));
    m_historyView->setAccessibleName(tr("History of the connector"));
    m_usedByHeading->setText(tr("Used by"));
    m_usedByView->setAccessibleName(tr("Flows and activities using the connector"));
    m_usedByView->setHeaderLabels({tr("Flow / activity"), tr("Where")});
    m_history->retranslate();
    updateHistoryState();
    fillFields();
    fillUsage();
}
