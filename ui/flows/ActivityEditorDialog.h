#pragma once

#include "app/core/domain/Connector.h"
#include "app/core/domain/CoreError.h"
#include "app/core/domain/Flow.h"
#include "app/core/support/Result.h"

#include <functional>
#include <optional>
#include <QDialog>
#include <QHash>

class AccessTokenStore;
class ConnectorPicker;
class FieldMessage;
class ConnectorService;
class FlowService;
class LiveTestPanel;
class NameValueTableEditor;
class ParseTestPane;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

// Flow Designer's HTTP Request activity, field for field: the request (label, authenticated
// endpoint, connector, path or URL, method, query parameters, headers, content type, body), the
// response (timeout, retries, parse settings), "Test parse settings" and, given a token store,
// "Send test request". Every rule of ActivityRules is checked as the admin types, its message
// next to its field; Save stays disabled until nothing blocking is wrong. A warning (an inactive
// connector: calls fail until it is reactivated) shows by its field and leaves Save enabled. The
// dialog never writes to the store: Save hands the activity to the submit handler its opener set
// (FlowOperations saves it through FlowService::updateActivity against the revision the dialog was
// opened with). A refused save (another admin changed the flow meanwhile) shows the core's reason
// and keeps every edit.
class ActivityEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityEditorDialog)

public:
    ActivityEditorDialog(const Flow &flow, const HttpRequestActivity &activity, FlowService &flows,
                         ConnectorService &connectors, AccessTokenStore *tokens = nullptr,
                         QWidget *parent = nullptr);

    // Tries to save the activity; the flow as saved, or why it was refused.
    using SubmitHandler = std::function<Result<Flow>(const HttpRequestActivity &activity)>;
    void setSubmitHandler(SubmitHandler handler) { m_submit = std::move(handler); }

    // The activity as the fields hold it now.
    HttpRequestActivity activity() const;
    // What is wrong with it now, in the order of the fields, warnings included.
    const QList<CoreError> &problems() const { return m_problems; }
    // The flow as saved, after accept() succeeded with a submit handler.
    const Flow &savedFlow() const { return m_flow; }

    QPushButton *saveButton() const { return m_save; }
    ParseTestPane *parseTestPane() const { return m_parseTest; }
    LiveTestPanel *liveTestPanel() const { return m_liveTest; }
    QTabWidget *tabs() const { return m_tabs; }

    // The flow's sample values of flow variables (live test) are remembered under its ID.
    // Shows the activity without letting it change (a role that may look but not edit): every
    // field read-only, no Save, Close instead of Cancel; the parse test and the test request
    // stay, the latter limited by the role policy (RolePolicy::checkLiveRequest). `reason` says
    // why, above the tabs.
    void setViewOnly(const QString &reason);
    bool isViewOnly() const { return m_viewOnly; }
    // Whether closing now would lose anything: an edited field, or a pasted sample response.
    bool hasUnsavedChanges() const;

    // Submits; stays open with the reason when the core refuses.
    void accept() override;
    // Asks before discarding changes ("Discard" / "Keep editing"); closes at once otherwise.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createRequestTab();
    QWidget *createResponseTab();
    FieldMessage *createMessage(const QString &objectName, QWidget *field);
    // Where the rule messages of `field` show; nullptr for a field this dialog does not have.
    FieldMessage *messageFor(ErrorField field) const;
    void loadConnectors();
    void load(const HttpRequestActivity &activity);
    void fillMethods(const QString &keep);
    void updateAuthenticatedRows();
    void validate();
    void retranslateUi();
    bool confirmDiscard();

    ConnectorService &m_connectors;
    Flow m_flow;
    HttpRequestActivity m_original;
    // The activity as the fields showed it when the dialog opened: changes are against this.
    HttpRequestActivity m_opened;
    bool m_viewOnly = false;
    QString m_viewOnlyReason;
    QLabel *m_viewOnlyBanner = nullptr;
    QList<CoreError> m_problems;
    QString m_loadError;
    // Why the last Save was refused (another admin changed the flow meanwhile), shown by its
    // field or by the Save button until the next Save.
    std::optional<CoreError> m_refusal;

    QTabWidget *m_tabs;
    QFormLayout *m_requestForm = nullptr;
    QLabel *m_labelLabel = nullptr;
    QLineEdit *m_label = nullptr;
    QCheckBox *m_authenticated = nullptr;
    QLabel *m_connectorLabel = nullptr;
    ConnectorPicker *m_connector = nullptr;
    FieldMessage *m_connectorMessage = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    FieldMessage *m_pathMessage = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    FieldMessage *m_urlMessage = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    FieldMessage *m_methodMessage = nullptr;
    QLabel *m_queryLabel = nullptr;
    NameValueTableEditor *m_query = nullptr;
    QLabel *m_headersLabel = nullptr;
    NameValueTableEditor *m_headers = nullptr;
    QLabel *m_contentTypeLabel = nullptr;
    QComboBox *m_contentType = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    FieldMessage *m_timeoutMessage = nullptr;
    QLabel *m_retriesLabel = nullptr;
    QSpinBox *m_retries = nullptr;
    FieldMessage *m_retriesMessage = nullptr;
    QLabel *m_parseAsLabel = nullptr;
    QComboBox *m_parseAs = nullptr;
    QLabel *m_outputsLabel = nullptr;
    NameValueTableEditor *m_outputs = nullptr;
    FieldMessage *m_outputsMessage = nullptr;
    ParseTestPane *m_parseTest = nullptr;
    LiveTestPanel *m_liveTest = nullptr;
    FieldMessage *m_saveMessage;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    SubmitHandler m_submit;
};
