#include "ui/connectors/ConnectorDialog.h"

#include "app/core/validation/ConnectorValidator.h"
#include "ui/widgets/DialogHeightFitter.h"
#include "ui/widgets/DialogKeyboard.h"
#include "ui/widgets/DisplayText.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/ScreenFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *noteLabel(QWidget *parent, const QString &objectName, int indent = 0)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setIndent(indent);
    DisplayText::styleMuted(label);
    return label;
}

} // namespace

ConnectorDialog::ConnectorDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Add ? QStringLiteral("addConnectorDialog")
                                    : QStringLiteral("editConnectorDialog"));
    buildUi();
    retranslateUi();
    DialogKeyboard::completeMnemonics(m_buttons);
    validate();
    DialogHeightFitter::install(this);
}

void ConnectorDialog::buildUi()
{
    m_intro = noteLabel(this, QStringLiteral("introLabel"));
    m_idLabel = new QLabel(this);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("idField"));
    m_id->setReadOnly(true);
    DisplayText::styleReadOnly(m_id);
    m_idLabel->setBuddy(m_id);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_nameLabel->setBuddy(m_name);
    m_nameError = new FieldMessage(QStringLiteral("nameError"), this);
    m_nameError->setField(m_name);

    m_scopesHeading = new QLabel(this);
    m_scopesHeading->setObjectName(QStringLiteral("accessHeading"));
    m_readOnly = new QCheckBox(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyBox"));
    m_readOnlyScopes = noteLabel(this, QStringLiteral("readOnlyScopes"), 24);
    m_readWrite = new QCheckBox(this);
    m_readWrite->setObjectName(QStringLiteral("readWriteBox"));
    m_readWriteScopes = noteLabel(this, QStringLiteral("readWriteScopes"), 24);
    // No field for the access message: the boxes' descriptions list their scopes.
    m_accessError = new FieldMessage(QStringLiteral("accessError"), this);
    m_consent = new QCheckBox(this);
    m_consent->setObjectName(QStringLiteral("consentBox"));
    m_consentError = new FieldMessage(QStringLiteral("consentError"), this);
    m_consentError->setField(m_consent);
    m_generalError = new FieldMessage(QStringLiteral("generalError"), this);
    m_hint = noteLabel(this, QStringLiteral("hintLabel"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submitButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setDefault(true);
    m_generalError->setField(m_buttons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_mode == Mode::Edit)
        form->addRow(m_idLabel, m_id);
    else {
        m_idLabel->hide();
        m_id->hide();
    }
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_scopesHeading);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_readOnlyScopes);
    layout->addWidget(m_readWrite);
    layout->addWidget(m_readWriteScopes);
    layout->addWidget(m_accessError);
    layout->addSpacing(6);
    layout->addWidget(m_consent);
    layout->addWidget(m_consentError);
    m_consent->setVisible(m_mode == Mode::Add);
    layout->addStretch(1);
    layout->addWidget(m_generalError);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    // The order of the form: (ID,) name, the two access levels, the authorisation, the buttons.
    QList<QWidget *> fields;
    if (m_mode == Mode::Edit)
        fields.append(m_id);
    fields += {m_name, m_readOnly, m_readWrite};
    if (m_mode == Mode::Add)
        fields.append(m_consent);
    DialogKeyboard::setTabOrder(fields, m_buttons);
    m_name->setFocus();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectorDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        m_generalError->clearMessage();
        validate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &ConnectorDialog::validate);
    for (QCheckBox *box : {m_readOnly, m_readWrite}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_accessTouched = true;
            m_generalError->clearMessage();
            validate();
        });
    }
    connect(m_consent, &QCheckBox::toggled, this, [this] {
        m_consentTouched = true;
        m_generalError->clearMessage();
        validate();
    });
}

void ConnectorDialog::setConnector(const Connector &connector)
{
    m_original = connector;
    m_id->setText(connector.idText());
    m_name->setText(connector.name);
    {
        const QSignalBlocker readOnly(m_readOnly);
        const QSignalBlocker readWrite(m_readWrite);
        m_readOnly->setChecked(connector.access.testFlag(AccessLevel::ReadOnly));
        m_readWrite->setChecked(connector.access.testFlag(AccessLevel::ReadWrite));
    }
    retranslateUi();
    validate();
}

void ConnectorDialog::setNameClashLookup(NameClashLookup lookup)
{
    m_clashLookup = std::move(lookup);
    validate();
}

void ConnectorDialog::setSubmitHandler(SubmitHandler handler)
{
    m_submit = std::move(handler);
}

AccessLevels ConnectorDialog::chosenAccess() const
{
    AccessLevels access;
    access.setFlag(AccessLevel::ReadOnly, m_readOnly->isChecked());
    access.setFlag(AccessLevel::ReadWrite, m_readWrite->isChecked());
    return access;
}

ConnectorDraft ConnectorDialog::draft() const
{
    ConnectorDraft draft;
    draft.id = m_original ? m_original->id : QUuid();
    draft.name = m_name->text();
    draft.access = chosenAccess();
    // Editing keeps the authorisation given when the connector was added.
    draft.consent = m_mode == Mode::Edit || m_consent->isChecked();
    return draft;
}

std::optional<CoreError> ConnectorDialog::nameProblem() const
{
    if (auto problem = ConnectorValidator::checkName(m_name->text()))
        return problem;
    if (m_clashLookup) {
        if (const auto clash = m_clashLookup(m_name->text()))
            return CoreError(ErrorCode::NameDuplicate, {clash->name, clash->idText()});
    }
    return std::nullopt;
}

bool ConnectorDialog::canSubmit() const
{
    if (nameProblem() || ConnectorValidator::checkAccess(chosenAccess()))
        return false;
    if (m_mode == Mode::Add)
        return m_consent->isChecked();
    const bool changed = !m_original ||
                         ConnectorValidator::normalizedName(m_name->text()) != m_original->name ||
                         chosenAccess() != m_original->access;
    return changed;
}

void ConnectorDialog::validate()
{
    const auto name = nameProblem();
    // An untouched empty name is not an error yet; any other problem shows at once.
    const bool showName = name && (m_nameTouched || name->code() != ErrorCode::NameRequired);
    m_nameError->setMessage(showName ? name->message() : QString());
    const auto access = ConnectorValidator::checkAccess(chosenAccess());
    m_accessError->setMessage(access && m_accessTouched ? access->message() : QString());
    const bool needsConsent = m_mode == Mode::Add && !m_consent->isChecked();
    m_consentError->setMessage(needsConsent && m_consentTouched
                                   ? CoreError(ErrorCode::ConsentRequired).message()
                                   : QString());

    QStringList missing;
    if (name)
        missing.append(name->code() == ErrorCode::NameRequired ? tr("enter a name")
                                                               : tr("correct the name"));
    if (access)
        missing.append(tr("choose read-only access, read-write access or both"));
    if (needsConsent)
        missing.append(tr("tick \"I authorize\""));
    QString hint;
    if (!missing.isEmpty()) {
        hint = m_mode == Mode::Add
                   ? tr("To add the connector: %1.").arg(missing.join(QStringLiteral("; ")))
                   : tr("To save: %1.").arg(missing.join(QStringLiteral("; ")));
    } else if (!canSubmit()) {
        hint = tr("Change the name or the access to save.");
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_submitButton->setEnabled(canSubmit());
    m_submitButton->setToolTip(hint);
}

std::pair<FieldMessage *, QWidget *> ConnectorDialog::messageFor(ErrorField field) const
{
    switch (field) {
    case ErrorField::Name:
        return {m_nameError, m_name};
    case ErrorField::Access:
        return {m_accessError, m_readOnly};
    case ErrorField::Consent:
        return {m_consentError, m_consent};
    default:
        // The ID, the revision (another admin saved first) and storage failures concern the
        // whole form.
        return {m_generalError, nullptr};
    }
}

void ConnectorDialog::showRefusal(const CoreError &error)
{
    const auto [message, control] = messageFor(error.field());
    message->setMessage(error.message());
    if (control)
        control->setFocus();
}

void ConnectorDialog::accept()
{
    if (!canSubmit()) {
        m_nameTouched = m_accessTouched = m_consentTouched = true;
        validate();
        return;
    }
    if (m_submit) {
        if (const auto refusal = m_submit(draft())) {
            showRefusal(*refusal);
            return;
        }
    }
    QDialog::accept();
}

void ConnectorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QDialog::changeEvent(event);
}

void ConnectorDialog::retranslateUi()
{
    const bool adding = m_mode == Mode::Add;
    setWindowTitle(adding ? tr("Add connector") : tr("Edit connector"));
    m_intro->setText(adding
                         ? tr("A Webex Contact Center connector lets flows in Flow Designer call "
                              "the Webex Contact Center APIs with your organisation's "
                              "authorisation. A connector ID is generated when you add it and "
                              "can never be changed.")
                         : tr("Settings can be changed only while the connector is inactive. "
                              "The connector ID never changes."));
    m_idLabel->setText(tr("Connector ID:"));
    m_id->setAccessibleName(tr("Connector ID"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("A unique name, e.g. Queue statistics - EMEA"));
    // Read-only and read-write are access levels (each grants its scopes, listed under it).
    m_scopesHeading->setText(tr("Access level (one or both):"));
    m_readOnly->setText(tr("&Read-only access"));
    m_readOnly->setAccessibleName(tr("Read-only access"));
    m_readOnlyScopes->setText(
        tr("GET calls. Scopes: %1")
            .arg(DisplayText::scopes(ConnectorAccess::scopesFor(AccessLevel::ReadOnly))));
    m_readOnly->setAccessibleDescription(m_readOnlyScopes->text());
    m_readWrite->setText(tr("Read-&write access"));
    m_readWrite->setAccessibleName(tr("Read-write access"));
    m_readWriteScopes->setText(
        tr("GET, POST, PUT, PATCH and DELETE calls. Scopes: %1")
            .arg(DisplayText::scopes(ConnectorAccess::scopesFor(AccessLevel::ReadWrite))));
    m_readWrite->setAccessibleDescription(m_readWriteScopes->text());
    m_consent->setText(tr("I &authorize this connector to read, write, modify and delete data in "
                          "the Contact Center solution"));
    m_consent->setAccessibleName(tr("I authorize this connector to read, write, modify and delete "
                                    "data in the Contact Center solution"));
    m_submitButton->setText(adding ? tr("A&dd connector") : tr("&Save changes"));
    m_submitButton->setAccessibleName(adding ? tr("Add connector") : tr("Save changes"));
    // The authorisation sentence does not wrap: the dialog is at least as wide as it is.
    setMinimumWidth(
        qMin(qMax(600, m_consent->sizeHint().width() + 40), ScreenFit::usableSize(this).width()));
}
