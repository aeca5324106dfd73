#pragma once

#include "app/core/domain/Connector.h"
#include "app/core/domain/ConnectorDraft.h"
#include "app/core/domain/CoreError.h"

#include <functional>
#include <optional>
#include <QDialog>

class FieldMessage;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The Add connector and Edit connector form. It takes a value and gives one back: it never
// writes to the store. Whoever opens it may set a submit handler that tries the draft and
// returns the core's refusal; the dialog then stays open with the message next to the field it
// concerns and nothing the person typed lost.
class ConnectorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorDialog)

public:
    enum class Mode
    {
        Add,
        Edit,
    };

    // The connector whose name clashes with `name`, other than the one being edited.
    using NameClashLookup = std::function<std::optional<Connector>(const QString &name)>;
    // Saves the draft; returns why not when the core refuses.
    using SubmitHandler = std::function<std::optional<CoreError>(const ConnectorDraft &draft)>;

    explicit ConnectorDialog(Mode mode, QWidget *parent = nullptr);

    // Edit mode: the connector whose settings the form starts from.
    void setConnector(const Connector &connector);
    void setNameClashLookup(NameClashLookup lookup);
    void setSubmitHandler(SubmitHandler handler);

    Mode mode() const { return m_mode; }
    ConnectorDraft draft() const;
    // True when the submit button may be pressed: every field valid (and, editing, changed).
    bool canSubmit() const;
    void showRefusal(const CoreError &error);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void validate();
    std::optional<CoreError> nameProblem() const;
    AccessLevels chosenAccess() const;
    // The message and the control to focus for an error of `field`; the general message for an
    // error of no field of this form.
    std::pair<FieldMessage *, QWidget *> messageFor(ErrorField field) const;

    Mode m_mode;
    std::optional<Connector> m_original;
    NameClashLookup m_clashLookup;
    SubmitHandler m_submit;
    bool m_nameTouched = false;
    bool m_accessTouched = false;
    bool m_consentTouched = false;

    QLabel *m_intro = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_id = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    FieldMessage *m_nameError = nullptr;
    QLabel *m_scopesHeading = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QLabel *m_readOnlyScopes = nullptr;
    QCheckBox *m_readWrite = nullptr;
    QLabel *m_readWriteScopes = nullptr;
    FieldMessage *m_accessError = nullptr;
    QCheckBox *m_consent = nullptr;
    FieldMessage *m_consentError = nullptr;
    FieldMessage *m_generalError = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submitButton = nullptr;
};
