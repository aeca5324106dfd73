#include "ui/live/LiveTestSettingsDialog.h"

#include "app/core/live/ApiRegion.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/AccessTokenStore.h"
#include "app/core/validation/ApiEndpoint.h"
#include "ui/widgets/DialogHeightFitter.h"
#include "ui/widgets/DialogKeyboard.h"
#include "ui/widgets/DisplayText.h"
#include "ui/widgets/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *noteLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

LiveTestSettingsDialog::LiveTestSettingsDialog(FlowService &flows, AccessTokenStore &tokens,
                                               QWidget *parent)
    : QDialog(parent)
    , m_flows(flows)
    , m_tokens(tokens)
    , m_regionLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_urlError(new FieldMessage(QStringLiteral("baseUrlError"), this))
    , m_readOnlyNote(noteLabel(this, QStringLiteral("baseUrlReadOnly")))
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_showToken(new QCheckBox(this))
    , m_storageNote(noteLabel(this, QStringLiteral("tokenStorageNote")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("liveTestSettingsDialog"));
    m_region->setObjectName(QStringLiteral("apiRegion"));
    m_url->setObjectName(QStringLiteral("apiBaseUrl"));
    m_token->setObjectName(QStringLiteral("accessToken"));
    m_showToken->setObjectName(QStringLiteral("showToken"));
    for (int i = 0; i <= int(ApiRegion::all().size()); ++i)
        m_region->addItem(QString());
    m_regionLabel->setBuddy(m_region);
    m_urlLabel->setBuddy(m_url);
    m_tokenLabel->setBuddy(m_token);
    m_token->setEchoMode(QLineEdit::Password);
    // A token is pasted, not typed: no completion history, no spell checking.
    m_token->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                 Qt::ImhHiddenText);
    m_token->setEnabled(false);
    m_showToken->setEnabled(false);
    m_urlError->setField(m_url);
    QFont strong = m_storageNote->font();
    strong.setBold(true);
    m_readOnlyNote->setFont(strong);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_regionLabel, m_region);
    form->addRow(m_urlLabel, m_url);
    form->addRow(QString(), m_urlError);
    form->addRow(QString(), m_readOnlyNote);
    form->addRow(m_tokenLabel, m_token);
    form->addRow(QString(), m_showToken);
    form->addRow(QString(), m_storageNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    DialogKeyboard::setTabOrder({m_region, m_url, m_token, m_showToken}, m_buttons);

    connect(m_region, &QComboBox::currentIndexChanged, this,
            &LiveTestSettingsDialog::onRegionChanged);
    connect(m_url, &QLineEdit::textEdited, m_urlError, &FieldMessage::clearMessage);
    connect(m_showToken, &QCheckBox::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LiveTestSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LiveTestSettingsDialog::reject);
    connect(&m_tokens, &AccessTokenStore::persistenceChanged, this,
            &LiveTestSettingsDialog::updateStorageNote);
    connect(&m_tokens, &AccessTokenStore::tokenRead, this,
            [this](const QString &key, const QString &token) {
                // What the person already typed wins over a late answer from the keyring.
                if (key == m_tokenKey && !m_token->isModified())
                    m_token->setText(token);
            });

    m_canChange = m_flows.sessionPolicy().changeFlows().allowed();
    m_readOnlyNote->setVisible(!m_canChange);
    loadBaseUrl();
    retranslateUi();
    // The notes and the message wrap: the dialog is always as tall as they need.
    DialogHeightFitter::install(this);
}

void LiveTestSettingsDialog::loadBaseUrl()
{
    auto stored = m_flows.apiBaseUrl();
    if (!stored) {
        showUrlError(tr("The API base URL could not be read: %1").arg(stored.error().message()));
        m_storedUrl = ApiRegion::defaultBaseUrl().toString();
    } else {
        m_storedUrl = *stored;
    }
    const auto region = ApiRegion::fromBaseUrl(QUrl(m_storedUrl));
    const int index = region ? int(ApiRegion::all().indexOf(*region)) : m_region->count() - 1;
    {
        const QSignalBlocker blocker(m_region);
        m_region->setCurrentIndex(index);
    }
    m_url->setText(m_storedUrl);
    onRegionChanged();
}

void LiveTestSettingsDialog::onRegionChanged()
{
    const int index = m_region->currentIndex();
    const bool custom = index == m_region->count() - 1;
    if (!custom)
        m_url->setText(ApiRegion::baseUrl(ApiRegion::all().at(index)).toString());
    // A region names its URL; only "Custom URL" is typed.
    m_url->setReadOnly(!custom || !m_canChange);
    m_region->setEnabled(m_canChange);
    m_urlError->clearMessage();
    if (custom && m_canChange && m_region->hasFocus())
        m_url->setFocus(Qt::OtherFocusReason);
}

void LiveTestSettingsDialog::setTokenKey(const QString &key)
{
    m_tokenKey = key;
    m_token->setEnabled(!key.isEmpty());
    m_showToken->setEnabled(!key.isEmpty());
    m_token->setText(m_tokens.cachedToken(key));
    m_token->setModified(false);
    if (!key.isEmpty() && m_token->text().isEmpty())
        m_tokens.read(key);
}

QString LiveTestSettingsDialog::baseUrl() const
{
    return m_url->text().trimmed();
}

void LiveTestSettingsDialog::showUrlError(const QString &message)
{
    m_urlError->setMessage(message);
}

bool LiveTestSettingsDialog::saveBaseUrl()
{
    if (!m_canChange || baseUrl() == m_storedUrl)
        return true;
    auto valid = ApiEndpoint::validateBaseUrl(baseUrl());
    if (!valid) {
        showUrlError(valid.error().message());
        m_url->setFocus(Qt::OtherFocusReason);
        m_url->selectAll();
        return false;
    }
    const QString url = valid->toString();
    if (auto saved = m_submitBaseUrl ? m_submitBaseUrl(url) : Result<void>(); !saved) {
        showUrlError(tr("The API base URL was not saved: %1").arg(saved.error().message()));
        return false;
    }
    m_storedUrl = url;
    return true;
}

void LiveTestSettingsDialog::saveToken()
{
    // Only a token the person changed is written: an unchanged field must not rewrite the keyring.
    if (m_tokenKey.isEmpty() || !m_token->isModified())
        return;
    m_tokens.write(m_tokenKey, m_token->text().trimmed());
    m_token->setModified(false);
}

void LiveTestSettingsDialog::accept()
{
    if (!saveBaseUrl())
        return;
    saveToken();
    QDialog::accept();
}

void LiveTestSettingsDialog::updateStorageNote()
{
    if (m_tokens.isPersistent()) {
        m_storageNote->setText(tr("The token is saved in the system keyring, never in the "
                                  "database or a settings file. It belongs to you: other "
                                  "administrators enter their own."));
        m_storageNote->setFont(font());
        return;
    }
    QFont strong = font();
    strong.setBold(true);
    m_storageNote->setFont(strong);
    // Said before anything is saved too: the explanation tells what will happen to a token.
    m_storageNote->setText(m_tokens.persistenceExplanation());
}

void LiveTestSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LiveTestSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Test request settings"));
    const QList<ApiRegion::Id> regions = ApiRegion::all();
    for (int i = 0; i < regions.size(); ++i)
        m_region->setItemText(i, ApiRegion::displayName(regions.at(i)));
    m_region->setItemText(m_region->count() - 1, tr("Custom URL"));
    m_regionLabel->setText(tr("API &region:"));
    m_urlLabel->setText(tr("API base &URL:"));
    m_tokenLabel->setText(tr("Access &token:"));
    m_showToken->setText(tr("S&how the token"));
    m_region->setAccessibleName(tr("API region"));
    m_url->setAccessibleName(tr("API base URL"));
    m_url->setToolTip(tr("Where test requests go. https is required, except to this computer "
                         "(localhost, 127.0.0.1, ::1), e.g. a local API simulator."));
    m_token->setAccessibleName(tr("Access token"));
    m_token->setPlaceholderText(tr("Paste the bearer token used for test requests"));
    m_showToken->setAccessibleName(tr("Show the access token"));
    if (const Permission change = m_flows.sessionPolicy().changeFlows(); !change.allowed()) {
        m_readOnlyNote->setText(
            tr("You can view the API base URL but not change it. %1").arg(change.reason()));
    }
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    DialogKeyboard::completeMnemonics(m_buttons);
    updateStorageNote();
}
