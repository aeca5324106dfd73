#include "ui/flows/FlowsPage.h"

#include "app/core/flows/ActivityRules.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/models/FlowRowText.h"
#include "app/core/models/FlowTreeModel.h"
#include "app/core/service/FlowService.h"
#include "ui/flows/FlowFilterProxyModel.h"
#include "ui/flows/FlowOperations.h"
#include "ui/flows/FlowTreeView.h"
#include "ui/widgets/DisplayText.h"
#include "ui/window/ConsoleActions.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

FlowsPage::FlowsPage(FlowService &flows, FlowTreeModel &model, ConsoleActions &actions,
                     FlowOperations &operations, QWidget *parent)
    : QWidget(parent)
    , m_flows(flows)
    , m_model(model)
    , m_actions(actions)
    , m_operations(operations)
    , m_banner(new QLabel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_proxy(new FlowFilterProxyModel(this))
    , m_view(new FlowTreeView(this))
    , m_importButton(createButton(QStringLiteral("importFlowsButton")))
    , m_exportButton(createButton(QStringLiteral("exportFlowButton")))
    , m_editButton(createButton(QStringLiteral("editActivityButton")))
    , m_deleteButton(createButton(QStringLiteral("deleteFlowButton")))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("flowsPage"));
    m_banner->setObjectName(QStringLiteral("flowsReadOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();
    m_search->setObjectName(QStringLiteral("flowSearchField"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);

    m_proxy->setSourceModel(&m_model);
    m_view->setModel(m_proxy);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(FlowTreeModel::NameColumn, 220);
    m_view->setColumnWidth(FlowTreeModel::WhereColumn, 130);
    m_view->setColumnWidth(FlowTreeModel::VersionColumn, 90);
    m_view->setColumnWidth(FlowTreeModel::ModifiedColumn, 130);
    m_view->setColumnWidth(FlowTreeModel::ActivitiesColumn, 70);
    m_view->setColumnWidth(FlowTreeModel::ConnectorColumn, 170);
    m_view->setColumnWidth(FlowTreeModel::MethodColumn, 70);
    m_view->setColumnWidth(FlowTreeModel::TargetColumn, 240);

    m_details->setObjectName(QStringLiteral("flowDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::NoFocus);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_importButton, m_exportButton, m_editButton, m_deleteButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("flowsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_banner);
    layout->addLayout(searchRow);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    // The buttons press the window's actions, whose enabled state and reason they mirror.
    const QList<QPair<QPushButton *, QAction *>> pairs = {{m_importButton, m_actions.importFlows()},
                                                          {m_exportButton, m_actions.exportFlow()},
                                                          {m_editButton, m_actions.editActivity()},
                                                          {m_deleteButton, m_actions.deleteFlow()}};
    for (const auto &pair : pairs) {
        // Plain names: clang 14 cannot capture structured bindings in a lambda.
        QPushButton *button = pair.first;
        QAction *action = pair.second;
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        });
    }

    connect(m_search, &QLineEdit::textChanged, this, &FlowsPage::applySearch);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(FlowTreeModel::IsActivityRole).toBool())
            m_actions.editActivity()->trigger();
    });
    connect(m_view, &FlowTreeView::deleteRequested, m_actions.deleteFlow(), &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FlowsPage::onCurrentChanged);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &FlowsPage::showCurrent);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &FlowsPage::showCurrent);
    // A removed row's neighbour became current without being selected: select it, so what the
    // details show is what the tree highlights.
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &FlowsPage::restoreChosen);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A handful of flows open with their activities in view; thousands stay collapsed.
        constexpr int kExpandUpTo = 50;
        if (m_model.rowCount() <= kExpandUpTo)
            m_view->expandAll();
        // A reload (another administrator acted as, Reload) keeps the row that was selected.
        restoreChosen();
    });
    connect(&m_operations, &FlowOperations::selectRequested, this,
            [this](const QUuid &id) { selectFlow(id); });
    retranslateUi();
}

QPushButton *FlowsPage::createButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    return button;
}

QModelIndex FlowsPage::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_view->currentIndex());
}

const Flow *FlowsPage::currentFlow() const
{
    return m_model.flowAt(currentSourceIndex());
}

const HttpRequestActivity *FlowsPage::currentActivity() const
{
    return m_model.activityAt(currentSourceIndex());
}

void FlowsPage::onCurrentChanged()
{
    const QModelIndex source = currentSourceIndex();
    if (!m_restoring && source.isValid()) {
        const HttpRequestActivity *activity = m_model.activityAt(source);
        m_chosen = {m_model.flowAt(source)->id, activity != nullptr,
                    activity ? activity->eventFlow : QString(),
                    activity ? activity->nodeId : QString()};
    }
    showCurrent();
}

QModelIndex FlowsPage::chosenIndex() const
{
    if (m_chosen.flowId.isNull())
        return {};
    const QModelIndex source =
        m_chosen.activity
            ? m_model.indexOfActivity(m_chosen.flowId, m_chosen.eventFlow, m_chosen.nodeId)
            : m_model.indexOfFlow(m_chosen.flowId);
    return m_proxy->mapFromSource(source);
}

void FlowsPage::restoreChosen()
{
    m_restoring = true;
    const QModelIndex chosen = chosenIndex();
    if (chosen.isValid()) {
        m_view->expand(chosen.parent());
        m_view->setCurrentIndex(chosen);
        m_view->scrollTo(chosen);
    } else {
        // The view would otherwise move to a neighbour the person never chose.
        m_view->selectionModel()->clear();
    }
    m_restoring = false;
    showCurrent();
}

void FlowsPage::applySearch(const QString &text)
{
    m_restoring = true;
    m_proxy->setSearchText(text);
    // Matches inside a flow show without having to expand it.
    if (!text.trimmed().isEmpty())
        m_view->expandAll();
    m_restoring = false;
    restoreChosen();
}

void FlowsPage::selectFlow(const QUuid &flowId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model.indexOfFlow(flowId));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void FlowsPage::selectActivity(const QUuid &flowId, const QString &eventFlow, const QString &nodeId)
{
    const QModelIndex index =
        m_proxy->mapFromSource(m_model.indexOfActivity(flowId, eventFlow, nodeId));
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
}

void FlowsPage::setCurrentTab(bool current)
{
    m_currentTab = current;
    showCurrent(); // says "Loading flows..." while a first load runs
}

void FlowsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FlowsPage::refreshPermissions()
{
    // From the session's snapshot, without a query: this runs on every selection change.
    const SessionPolicy policy = m_flows.sessionPolicy();
    const Permission view = policy.viewFlows();
    const Permission change = policy.changeFlows();
    ConsoleActions::setAllowed(m_actions.importFlows(), change.reason());
    const Flow *flow = currentFlow();
    const HttpRequestActivity *activity = currentActivity();
    const auto reason = [&](bool changes, bool needsActivity) -> QString {
        if (!view.allowed())
            return view.reason();
        if (changes && !change.allowed())
            return change.reason();
        if (!m_currentTab)
            return tr("Open the Flows tab first.");
        if (needsActivity && !activity)
            return tr("Select an HTTP Request activity first.");
        if (!flow)
            return tr("Select a flow first.");
        return {};
    };
    ConsoleActions::setAllowed(m_actions.exportFlow(), reason(false, false),
                               flow ? tr("Export \"%1\" as Flow Designer JSON").arg(flow->name)
                                    : QString());
    // A role that may look but not change opens the activity view-only (FlowOperations).
    ConsoleActions::setAllowed(m_actions.editActivity(), reason(false, true),
                               !activity ? QString()
                               : !change.allowed()
                                   ? tr("View \"%1\" (read-only)").arg(activity->nodeName)
                                   : tr("Edit \"%1\"").arg(activity->nodeName));
    ConsoleActions::setAllowed(m_actions.deleteFlow(), reason(true, false),
                               flow ? tr("Delete \"%1\"").arg(flow->name) : QString());
    const bool readOnly = view.allowed() && !change.allowed();
    m_banner->setVisible(readOnly);
    if (readOnly) {
        m_banner->setText(tr("Read-only: %1 You can look at flows, their activities and their "
                             "problems. To import, edit or delete flows, act as an "
                             "administrator with read/write access (File > Act as...).")
                              .arg(change.reason()));
    }
}

QString FlowsPage::flowDetails(const Flow &flow) const
{
    QStringList lines;
    lines.append(tr("Flow: %1").arg(flow.name));
    if (!flow.flowType.isEmpty())
        lines.append(tr("Type: %1").arg(FlowTreeModel::flowTypeText(flow.flowType)));
    if (flow.isSubflow())
        lines.append(FlowRowText::subflowToolTip(flow));
    if (FlowVersions::hasVersionFacts(flow))
        lines.append(tr("Version: %1").arg(FlowVersions::shortText(flow)));
    // What the version means for calls, its tags, last change and Flow Designer's flow ID.
    const QString version = FlowRowText::toolTip(flow);
    if (!version.isEmpty())
        lines.append(version);
    if (!flow.description.isEmpty())
        lines.append(tr("Description: %1").arg(flow.description));
    lines.append(tr("HTTP Request activities: %1").arg(flow.activities.size()));
    const QModelIndex row = m_model.indexOfFlow(flow.id);
    lines.append(
        tr("Status: %1").arg(row.siblingAtColumn(FlowTreeModel::StatusColumn).data().toString()));
    if (row.data(FlowTreeModel::ConnectorInactiveRole).toBool()) {
        QStringList names;
        for (int i = 0; i < m_model.rowCount(row); ++i) {
            for (const CoreError &problem : m_model.problemsAt(m_model.index(i, 0, row))) {
                if (problem.code() == ErrorCode::ActivityConnectorInactive &&
                    !names.contains(problem.arguments().value(0)))
                    names.append(problem.arguments().value(0));
            }
        }
        lines.append(tr("Connector inactive: calls fail here. Inactive connectors: %1")
                         .arg(names.join(QStringLiteral(", "))));
    }
    lines.append(tr("Imported by: %1").arg(DisplayText::byOn(flow.importedBy, flow.importedAt)));
    lines.append(tr("Last change by: %1").arg(DisplayText::byOn(flow.updatedBy, flow.updatedAt)));
    return lines.join(u'\n');
}

QString FlowsPage::activityDetails(const QModelIndex &source) const
{
    const HttpRequestActivity &activity = *m_model.activityAt(source);
    const auto cell = [&source](int column) {
        return source.siblingAtColumn(column).data().toString();
    };
    QStringList lines;
    lines.append(tr("Activity: %1 (%2)").arg(activity.nodeName, cell(FlowTreeModel::WhereColumn)));
    lines.append(tr("Connector: %1").arg(cell(FlowTreeModel::ConnectorColumn)));
    lines.append(tr("Request: %1 %2").arg(activity.method, cell(FlowTreeModel::TargetColumn)));
    QStringList variables;
    for (const OutputVariable &variable : activity.outputVariables)
        variables.append(QStringLiteral("%1 = %2").arg(variable.name, variable.jsonPath));
    if (!variables.isEmpty())
        lines.append(tr("Output variables: %1").arg(variables.join(QStringLiteral("; "))));
    const QStringList problems = source.data(FlowTreeModel::ProblemsRole).toStringList();
    if (problems.isEmpty()) {
        lines.append(tr("Status: OK"));
    } else {
        lines.append(source.data(FlowTreeModel::BrokenRole).toBool()
                         ? tr("Status: broken. Problems:")
                     : ActivityRules::onlyWarnings(m_model.problemsAt(source))
                         ? tr("Status: needs attention; it can still be saved. Problems:")
                         : tr("Status: flagged. Problems:"));
        for (const QString &problem : problems)
            lines.append(QStringLiteral("\u2022 ") + problem);
    }
    return lines.join(u'\n');
}

void FlowsPage::showCurrent()
{
    const QModelIndex source = currentSourceIndex();
    if (!source.isValid()) {
        m_details->setText(
            m_model.isLoading() && m_model.rowCount() == 0 ? tr("Loading flows...")
            : m_model.rowCount() == 0
                ? tr("No flows yet. Import a Flow Designer export with File > "
                     "Import flows... (%1).")
                      .arg(m_actions.importFlows()->shortcut().toString(QKeySequence::NativeText))
                : tr("Select a flow or an HTTP Request activity to see its "
                     "details and problems."));
    } else if (m_model.activityAt(source)) {
        m_details->setText(activityDetails(source));
    } else {
        m_details->setText(flowDetails(*m_model.flowAt(source)));
    }
    m_details->setAccessibleDescription(m_details->text());
    refreshPermissions();
}

void FlowsPage::importFlows()
{
    m_operations.importFlows();
}

void FlowsPage::exportCurrentFlow()
{
    if (const Flow *flow = currentFlow())
        m_operations.exportFlow(Flow(*flow));
}

void FlowsPage::editCurrentActivity()
{
    const Flow *flow = currentFlow();
    const HttpRequestActivity *activity = currentActivity();
    if (!flow || !activity)
        return;
    // Copies: the model may change while the dialog is open.
    const Flow flowCopy = *flow;
    const HttpRequestActivity activityCopy = *activity;
    if (m_operations.editActivity(flowCopy, activityCopy))
        selectActivity(flowCopy.id, activityCopy.eventFlow, activityCopy.nodeId);
}

void FlowsPage::deleteCurrentFlow()
{
    if (const Flow *flow = currentFlow())
        m_operations.deleteFlow(Flow(*flow));
}

void FlowsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FlowsPage::retranslateUi()
{
    m_searchLabel->setText(tr("&Search flows:"));
    m_search->setPlaceholderText(
        tr("Flow, activity, connector, method, path, Live, draft or Subflow"));
    m_search->setAccessibleName(tr("Search flows"));
    m_view->setAccessibleName(tr("Flows and their HTTP Request activities"));
    m_view->setAccessibleDescription(
        tr("Enter edits the selected activity; Delete deletes the selected flow."));
    m_importButton->setText(tr("&Import flows..."));
    m_exportButton->setText(tr("E&xport flow..."));
    m_editButton->setText(tr("Edit &activity..."));
    m_deleteButton->setText(tr("&Delete flow..."));
    m_details->setAccessibleName(tr("Details of the selected flow or activity"));
    m_banner->setAccessibleName(tr("Read-only access"));
    m_proxy->updateCollation();
    m_model.retranslate();
    showCurrent();
}
