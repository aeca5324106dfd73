#include "ui/flows/ActivityEditorDialog.h"

#include "app/core/flows/ActivityRules.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "ui/flows/ConnectorPicker.h"
#include "ui/flows/NameValueTableEditor.h"
#include "ui/flows/ParseTestPane.h"
#include "ui/live/LiveTestPanel.h"
#include "ui/widgets/DialogKeyboard.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ScreenFit.h"

#include <initializer_list>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// A field with its rule message under it, as one form row, so both hide together.
QWidget *withMessage(QWidget *field, FieldMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

QList<NameValue> withoutEmptyRows(const QList<NameValue> &rows)
{
    QList<NameValue> kept;
    for (const NameValue &row : rows) {
        if (!row.name.trimmed().isEmpty() || !row.value.trimmed().isEmpty())
            kept.append(row);
    }
    return kept;
}

} // namespace

ActivityEditorDialog::ActivityEditorDialog(const Flow &flow, const HttpRequestActivity &activity,
                                           FlowService &flows, ConnectorService &connectors,
                                           AccessTokenStore *tokens, QWidget *parent)
    : QDialog(parent)
    , m_connectors(connectors)
    , m_flow(flow)
    , m_original(activity)
    , m_tabs(new QTabWidget(this))
    , m_saveMessage(new FieldMessage(QStringLiteral("saveMessage"), this))
    , m_buttons(new QDialogButtonBox(this))
    , m_save(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("activityEditorDialog"));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    // The long tabs scroll, so the buttons stay on a small or 150 % screen.
    m_tabs->addTab(ScreenFit::scrollable(createRequestTab(), m_tabs), QString());
    m_tabs->addTab(ScreenFit::scrollable(createResponseTab(), m_tabs), QString());
    m_parseTest = new ParseTestPane(m_tabs);
    m_tabs->addTab(m_parseTest, QString());
    if (tokens) {
        m_liveTest = new LiveTestPanel(connectors, flows, *tokens, m_tabs);
        m_liveTest->setActivitySource([this] { return this->activity(); });
        m_liveTest->setFlowId(m_flow.id);
        m_tabs->addTab(m_liveTest, QString());
    }
    m_saveMessage->setField(m_save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    m_viewOnlyBanner = new QLabel(this);
    m_viewOnlyBanner->setObjectName(QStringLiteral("viewOnlyBanner"));
    m_viewOnlyBanner->setWordWrap(true);
    m_viewOnlyBanner->setTextFormat(Qt::PlainText);
    m_viewOnlyBanner->setFrameShape(QFrame::StyledPanel);
    m_viewOnlyBanner->setMargin(6);
    m_viewOnlyBanner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_viewOnlyBanner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_saveMessage);
    layout->addWidget(m_buttons);

    loadConnectors();
    load(activity);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActivityEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActivityEditorDialog::reject);
    connect(m_authenticated, &QCheckBox::toggled, this, [this] {
        updateAuthenticatedRows();
        validate();
    });
    connect(m_connector, &ConnectorPicker::connectorChanged, this, [this] {
        fillMethods(m_method->currentData().toString());
        validate();
    });
    for (QLineEdit *field : {m_label, m_path, m_url})
        connect(field, &QLineEdit::textChanged, this, &ActivityEditorDialog::validate);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ActivityEditorDialog::validate);
    connect(m_timeout, &QSpinBox::valueChanged, this, &ActivityEditorDialog::validate);
    connect(m_retries, &QSpinBox::valueChanged, this, &ActivityEditorDialog::validate);
    connect(m_outputs, &NameValueTableEditor::changed, this, &ActivityEditorDialog::validate);
    retranslateUi();
    // After the labels have their texts, so Cancel gets a letter none of them uses.
    DialogKeyboard::completeMnemonics(m_buttons);
    validate();
    m_opened = this->activity();
    ScreenFit::resizeWithin(this, QSize(760, 640));
}

FieldMessage *ActivityEditorDialog::createMessage(const QString &objectName, QWidget *field)
{
    auto *message = new FieldMessage(objectName, this);
    message->setField(field);
    return message;
}

QWidget *ActivityEditorDialog::createRequestTab()
{
    auto *tab = new QWidget(m_tabs);
    tab->setObjectName(QStringLiteral("requestTab"));
    m_labelLabel = new QLabel(tab);
    m_label = new QLineEdit(tab);
    m_label->setObjectName(QStringLiteral("labelField"));
    m_authenticated = new QCheckBox(tab);
    m_authenticated->setObjectName(QStringLiteral("authenticatedBox"));
    m_connectorLabel = new QLabel(tab);
    m_connector = new ConnectorPicker(tab);
    m_connectorMessage = createMessage(QStringLiteral("connectorMessage"), m_connector);
    m_pathLabel = new QLabel(tab);
    m_path = new QLineEdit(tab);
    m_path->setObjectName(QStringLiteral("pathField"));
    m_pathMessage = createMessage(QStringLiteral("pathMessage"), m_path);
    m_urlLabel = new QLabel(tab);
    m_url = new QLineEdit(tab);
    m_url->setObjectName(QStringLiteral("urlField"));
    m_urlMessage = createMessage(QStringLiteral("urlMessage"), m_url);
    m_methodLabel = new QLabel(tab);
    m_method = new QComboBox(tab);
    m_method->setObjectName(QStringLiteral("methodBox"));
    m_methodMessage = createMessage(QStringLiteral("methodMessage"), m_method);
    m_queryLabel = new QLabel(tab);
    m_query = new NameValueTableEditor(QStringLiteral("queryParameters"), tab);
    m_headersLabel = new QLabel(tab);
    m_headers = new NameValueTableEditor(QStringLiteral("headers"), tab);
    m_contentTypeLabel = new QLabel(tab);
    m_contentType = new QComboBox(tab);
    m_contentType->setObjectName(QStringLiteral("contentTypeBox"));
    m_contentType->setEditable(true);
    m_contentType->addItems({QStringLiteral("application/json"),
                             QStringLiteral("application/x-www-form-urlencoded"),
                             QStringLiteral("application/xml"), QStringLiteral("text/plain")});
    m_bodyLabel = new QLabel(tab);
    m_body = new QPlainTextEdit(tab);
    m_body->setObjectName(QStringLiteral("bodyField"));
    m_body->setTabChangesFocus(true);

    m_labelLabel->setBuddy(m_label);
    m_connectorLabel->setBuddy(m_connector);
    m_pathLabel->setBuddy(m_path);
    m_urlLabel->setBuddy(m_url);
    m_methodLabel->setBuddy(m_method);
    m_queryLabel->setBuddy(m_query->view());
    m_headersLabel->setBuddy(m_headers->view());
    m_contentTypeLabel->setBuddy(m_contentType);
    m_bodyLabel->setBuddy(m_body);

    m_requestForm = new QFormLayout(tab);
    m_requestForm->addRow(m_labelLabel, m_label);
    m_requestForm->addRow(QString(), m_authenticated);
    m_requestForm->addRow(m_connectorLabel, withMessage(m_connector, m_connectorMessage, tab));
    m_requestForm->addRow(m_pathLabel, withMessage(m_path, m_pathMessage, tab));
    m_requestForm->addRow(m_urlLabel, withMessage(m_url, m_urlMessage, tab));
    m_requestForm->addRow(m_methodLabel, withMessage(m_method, m_methodMessage, tab));
    m_requestForm->addRow(m_queryLabel, m_query);
    m_requestForm->addRow(m_headersLabel, m_headers);
    m_requestForm->addRow(m_contentTypeLabel, m_contentType);
    m_requestForm->addRow(m_bodyLabel, m_body);
    return tab;
}

QWidget *ActivityEditorDialog::createResponseTab()
{
    auto *tab = new QWidget(m_tabs);
    tab->setObjectName(QStringLiteral("responseTab"));
    m_timeoutLabel = new QLabel(tab);
    m_timeout = new QSpinBox(tab);
    m_timeout->setObjectName(QStringLiteral("timeoutBox"));
    m_timeout->setSingleStep(500);
    m_timeoutMessage = createMessage(QStringLiteral("timeoutMessage"), m_timeout);
    m_retriesLabel = new QLabel(tab);
    m_retries = new QSpinBox(tab);
    m_retries->setObjectName(QStringLiteral("retriesBox"));
    m_retriesMessage = createMessage(QStringLiteral("retriesMessage"), m_retries);
    m_parseAsLabel = new QLabel(tab);
    m_parseAs = new QComboBox(tab);
    m_parseAs->setObjectName(QStringLiteral("parseAsBox"));
    m_outputsLabel = new QLabel(tab);
    m_outputs = new NameValueTableEditor(QStringLiteral("outputVariables"), tab);
    m_outputsMessage = createMessage(QStringLiteral("outputVariablesMessage"), m_outputs->view());
    m_timeoutLabel->setBuddy(m_timeout);
    m_retriesLabel->setBuddy(m_retries);
    m_parseAsLabel->setBuddy(m_parseAs);
    m_outputsLabel->setBuddy(m_outputs->view());

    auto *form = new QFormLayout(tab);
    form->addRow(m_timeoutLabel, withMessage(m_timeout, m_timeoutMessage, tab));
    form->addRow(m_retriesLabel, withMessage(m_retries, m_retriesMessage, tab));
    form->addRow(m_parseAsLabel, m_parseAs);
    form->addRow(m_outputsLabel, withMessage(m_outputs, m_outputsMessage, tab));
    return tab;
}

void ActivityEditorDialog::loadConnectors()
{
    auto connectors = m_connectors.list();
    if (!connectors) {
        m_loadError = connectors.error().message();
        return;
    }
    m_connector->setConnectors(*connectors);
}

void ActivityEditorDialog::load(const HttpRequestActivity &activity)
{
    m_label->setText(activity.nodeName);
    m_authenticated->setChecked(activity.authenticated);
    m_connector->setCurrentConnector(activity.connectorId, activity.connectorName);
    m_path->setText(activity.path);
    m_url->setText(activity.url);
    fillMethods(activity.method);
    m_query->setRows(activity.queryParameters);
    m_headers->setRows(activity.headers);
    m_contentType->setCurrentText(activity.contentType);
    m_body->setPlainText(activity.body);
    // An imported value outside our bounds stays as it is, flagged, until the admin changes it.
    m_timeout->setRange(qMin(ActivityRules::kMinTimeoutMs, activity.timeoutMs),
                        qMax(ActivityRules::kMaxTimeoutMs, activity.timeoutMs));
    m_timeout->setValue(activity.timeoutMs);
    m_retries->setRange(qMin(ActivityRules::kMinRetries, activity.retryAttempts),
                        qMax(ActivityRules::kMaxRetries, activity.retryAttempts));
    m_retries->setValue(activity.retryAttempts);
    m_parseAs->clear();
    m_parseAs->addItem(QStringLiteral("JSON"));
    if (m_parseAs->findText(activity.parseContentType) < 0)
        m_parseAs->addItem(activity.parseContentType);
    m_parseAs->setCurrentText(activity.parseContentType);
    QList<NameValue> outputs;
    for (const OutputVariable &variable : activity.outputVariables)
        outputs.append({variable.name, variable.jsonPath});
    m_outputs->setRows(outputs);
    updateAuthenticatedRows();
}

void ActivityEditorDialog::fillMethods(const QString &keep)
{
    const Connector *connector =
        m_authenticated->isChecked() ? m_connector->currentConnector() : nullptr;
    const QStringList allowed =
        connector ? ActivityRules::allowedMethods(connector->access) : ActivityRules::allMethods();
    const QSignalBlocker blocker(m_method);
    m_method->clear();
    for (const QString &method : allowed)
        m_method->addItem(method, method);
    // A method the connector does not allow (an imported activity) stays chosen, flagged, so
    // nothing changes without the admin choosing it.
    if (!keep.isEmpty() && !allowed.contains(keep))
        m_method->addItem(tr("%1 (not allowed)").arg(keep), keep);
    const int index = m_method->findData(keep);
    m_method->setCurrentIndex(index < 0 ? 0 : index);
}

void ActivityEditorDialog::updateAuthenticatedRows()
{
    const bool authenticated = m_authenticated->isChecked();
    m_requestForm->setRowVisible(m_connector->parentWidget(), authenticated);
    m_requestForm->setRowVisible(m_path->parentWidget(), authenticated);
    m_requestForm->setRowVisible(m_url->parentWidget(), !authenticated);
    fillMethods(m_method->currentData().toString());
}

HttpRequestActivity ActivityEditorDialog::activity() const
{
    HttpRequestActivity activity = m_original;
    activity.nodeName = m_label->text();
    activity.authenticated = m_authenticated->isChecked();
    activity.connectorId = m_connector->currentConnectorId();
    if (const Connector *connector = m_connector->currentConnector())
        activity.connectorName = connector->name;
    else if (activity.connectorId != m_original.connectorId)
        activity.connectorName.clear();
    activity.path = m_path->text();
    activity.url = m_url->text();
    activity.method = m_method->currentData().toString();
    activity.queryParameters = withoutEmptyRows(m_query->rows());
    activity.headers = withoutEmptyRows(m_headers->rows());
    activity.contentType = m_contentType->currentText();
    activity.body = m_body->toPlainText();
    activity.timeoutMs = m_timeout->value();
    activity.retryAttempts = m_retries->value();
    // An edited number replaces the imported value the rules flagged; an untouched one keeps it.
    if (activity.timeoutMs != m_original.timeoutMs)
        activity.timeoutAsImported.clear();
    if (activity.retryAttempts != m_original.retryAttempts)
        activity.retriesAsImported.clear();
    activity.parseContentType = m_parseAs->currentText();
    activity.outputVariables.clear();
    for (const NameValue &row : withoutEmptyRows(m_outputs->rows()))
        activity.outputVariables.append({row.name.trimmed(), row.value.trimmed()});
    return activity;
}

FieldMessage *ActivityEditorDialog::messageFor(ErrorField field) const
{
    switch (field) {
    case ErrorField::Connector:
        return m_connectorMessage;
    case ErrorField::Path:
        return m_pathMessage;
    case ErrorField::Url:
        return m_urlMessage;
    case ErrorField::Method:
        return m_methodMessage;
    case ErrorField::Timeout:
        return m_timeoutMessage;
    case ErrorField::Retries:
        return m_retriesMessage;
    case ErrorField::OutputVariable:
    case ErrorField::JsonPath:
        return m_outputsMessage;
    default:
        return nullptr;
    }
}

void ActivityEditorDialog::validate()
{
    const HttpRequestActivity current = activity();
    m_problems = ActivityRules::check(
        current, current.authenticated ? m_connector->currentConnector() : nullptr);
    QHash<FieldMessage *, QStringList> byMessage;
    QList<CoreError> shown = m_problems;
    if (m_refusal)
        shown.append(*m_refusal);
    for (const CoreError &problem : std::as_const(shown)) {
        // A rule of a field this dialog lacks still reaches the admin, by the Save button.
        FieldMessage *message = messageFor(problem.field());
        byMessage[message ? message : m_saveMessage].append(problem.message());
    }
    for (FieldMessage *message : {m_connectorMessage, m_pathMessage, m_urlMessage, m_methodMessage,
                                  m_timeoutMessage, m_retriesMessage, m_outputsMessage})
        message->setMessages(byMessage.value(message));
    m_parseTest->setOutputVariables(current.outputVariables);
    // A warning (an inactive connector) shows by its field but does not hold Save back.
    const QList<CoreError> blocking = ActivityRules::blocking(m_problems);
    m_save->setEnabled(blocking.isEmpty() && m_loadError.isEmpty());
    m_save->setToolTip(blocking.isEmpty() ? m_loadError : blocking.first().message());
    QStringList general = byMessage.value(m_saveMessage);
    if (!m_loadError.isEmpty())
        general.prepend(m_loadError);
    m_saveMessage->setMessages(general);
}

void ActivityEditorDialog::setViewOnly(const QString &reason)
{
    m_viewOnly = true;
    m_viewOnlyReason = reason;
    for (QLineEdit *field : {m_label, m_path, m_url})
        field->setReadOnly(true);
    m_body->setReadOnly(true);
    for (QSpinBox *box : {m_timeout, m_retries})
        box->setReadOnly(true);
    for (NameValueTableEditor *table : {m_query, m_headers, m_outputs})
        table->setReadOnly(true);
    // No read-only state for these: disabled, they still show their values.
    for (QWidget *field : std::initializer_list<QWidget *>{m_authenticated, m_connector, m_method,
                                                           m_contentType, m_parseAs})
        field->setEnabled(false);
    delete m_buttons->button(QDialogButtonBox::Cancel);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    // Out of the box, which shows every button it lays out; kept for saveButton() callers.
    m_buttons->removeButton(m_save);
    m_save->setParent(this);
    m_save->setEnabled(false);
    m_save->hide();
    m_viewOnlyBanner->show();
    retranslateUi();
    DialogKeyboard::completeMnemonics(m_buttons);
}

bool ActivityEditorDialog::hasUnsavedChanges() const
{
    if (m_viewOnly)
        return false;
    return activity() != m_opened || !m_parseTest->sampleField()->toPlainText().trimmed().isEmpty();
}

bool ActivityEditorDialog::confirmDiscard()
{
    MessageBox::Confirmation question;
    question.title = tr("Discard changes");
    question.text = tr("Discard changes to this activity?");
    QStringList lost;
    if (activity() != m_opened)
        lost.append(tr("Your edits to its fields are not saved."));
    if (!m_parseTest->sampleField()->toPlainText().trimmed().isEmpty())
        lost.append(tr("The sample response in Test parse settings is not kept."));
    question.informativeText = lost.join(u' ');
    question.confirmText = tr("&Discard");
    question.cancelText = tr("&Keep editing");
    return MessageBox::confirm(this, question);
}

void ActivityEditorDialog::reject()
{
    if (hasUnsavedChanges() && !confirmDiscard())
        return;
    QDialog::reject();
}

void ActivityEditorDialog::accept()
{
    if (m_viewOnly)
        return;
    m_refusal.reset();
    validate();
    if (!ActivityRules::blocking(m_problems).isEmpty() || !m_loadError.isEmpty())
        return;
    if (m_submit) {
        auto saved = m_submit(activity());
        if (!saved) {
            // Every field keeps what the admin typed; the reason says what to do.
            m_refusal = saved.error();
            validate();
            return;
        }
        m_flow = *saved;
    }
    QDialog::accept();
}

void ActivityEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QDialog::changeEvent(event);
}

void ActivityEditorDialog::retranslateUi()
{
    setWindowTitle(
        m_viewOnly
            ? tr("HTTP Request activity \"%1\" in %2 (view only)")
                  .arg(m_original.nodeName, m_flow.name)
            : tr("HTTP Request activity \"%1\" in %2").arg(m_original.nodeName, m_flow.name));
    m_viewOnlyBanner->setText(tr("View only: %1 You can look at every setting, test the parse "
                                 "settings and send a test request your role allows.")
                                  .arg(m_viewOnlyReason));
    m_viewOnlyBanner->setAccessibleName(tr("View only"));
    m_tabs->setTabText(0, tr("Request"));
    m_tabs->setTabText(1, tr("Response"));
    m_tabs->setTabText(2, tr("Test parse settings"));
    if (m_liveTest)
        m_tabs->setTabText(3, tr("Send test request"));
    m_tabs->setAccessibleName(tr("Parts of the activity"));
    m_labelLabel->setText(tr("Activity &label:"));
    m_label->setAccessibleName(tr("Activity label"));
    m_authenticated->setText(tr("&Use authenticated endpoint"));
    m_authenticated->setToolTip(tr("On: the request goes through a connector to a path of the "
                                   "Webex Contact Center API. Off: it goes to a full URL."));
    m_connectorLabel->setText(tr("&Connector:"));
    m_connector->setAccessibleName(tr("Connector"));
    m_connector->lineEdit()->setAccessibleName(tr("Connector"));
    m_connector->lineEdit()->setPlaceholderText(tr("Type to search the connectors"));
    m_pathLabel->setText(tr("Request &path:"));
    m_path->setAccessibleName(tr("Request path"));
    m_path->setPlaceholderText(QStringLiteral("/organization/{orgId}/v2/team"));
    m_urlLabel->setText(tr("Request U&RL:"));
    m_url->setAccessibleName(tr("Request URL"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_methodLabel->setText(tr("&Method:"));
    m_method->setAccessibleName(tr("Method"));
    m_method->setToolTip(tr("A read-only connector allows GET only."));
    m_queryLabel->setText(tr("&Query parameters:"));
    m_query->setTexts(tr("Name"), tr("Value"), tr("Query parameters"), tr("Add a query parameter"),
                      tr("Remove the selected query parameter"));
    m_headersLabel->setText(tr("&Headers:"));
    m_headers->setTexts(tr("Name"), tr("Value"), tr("Request headers"), tr("Add a header"),
                        tr("Remove the selected header"));
    m_contentTypeLabel->setText(tr("Content &type:"));
    m_contentType->setAccessibleName(tr("Content type"));
    m_contentType->lineEdit()->setAccessibleName(tr("Content type"));
    m_bodyLabel->setText(tr("Request &body:"));
    m_body->setAccessibleName(tr("Request body"));
    m_timeoutLabel->setText(tr("Response time&out (ms):"));
    m_timeout->setAccessibleName(tr("Response timeout in milliseconds"));
    m_timeout->findChild<QLineEdit *>()->setAccessibleName(m_timeout->accessibleName());
    m_timeout->setToolTip(
        tr("%1 to %2 ms").arg(ActivityRules::kMinTimeoutMs).arg(ActivityRules::kMaxTimeoutMs));
    m_retriesLabel->setText(tr("Retr&y attempts:"));
    m_retries->setAccessibleName(tr("Retry attempts"));
    m_retries->findChild<QLineEdit *>()->setAccessibleName(m_retries->accessibleName());
    m_retries->setToolTip(
        tr("%1 to %2").arg(ActivityRules::kMinRetries).arg(ActivityRules::kMaxRetries));
    m_parseAsLabel->setText(tr("Parse response &as:"));
    m_parseAs->setAccessibleName(tr("Parse the response as"));
    m_outputsLabel->setText(tr("Output &variables:"));
    m_outputs->setTexts(tr("Output variable"), tr("JSON Path"),
                        tr("Output variables and their JSON Paths"), tr("Add an output variable"),
                        tr("Remove the selected output variable"));
    m_save->setText(tr("&Save"));
}
