#pragma once

#include "app/core/support/Result.h"

#include <functional>
#include <QDialog>
#include <QString>

class AccessTokenStore;
class FieldMessage;
class FlowService;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Where live test requests go and with which token: the organisation's API region (or a custom
// base URL, https except to this computer), saved in the database for every administrator, and
// the administrator's own access token, saved only in the system keyring (or kept in memory for
// this session when there is none, which the dialog says). A role that may not change flows sees
// the base URL without being able to change it.
class LiveTestSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTestSettingsDialog)

public:
    LiveTestSettingsDialog(FlowService &flows, AccessTokenStore &tokens, QWidget *parent = nullptr);

    // Which token the token field shows and saves (AccessTokenStore::keyFor the organisation and
    // the signed-in administrator; LiveTestPanel::tokenKey). Without a key the field is disabled.
    void setTokenKey(const QString &key);

    // Saves a changed, valid base URL; set by whoever opens the dialog (the dialog itself never
    // writes to the database). Without one, the dialog only validates and hands baseUrl() back.
    using BaseUrlSubmitter = std::function<Result<void>(const QString &url)>;
    void setBaseUrlSubmitter(BaseUrlSubmitter submitter) { m_submitBaseUrl = std::move(submitter); }

    // The base URL the region or custom field now names (not necessarily saved).
    QString baseUrl() const;
    // Whether the base URL can be changed by the signed-in administrator.
    bool canChangeBaseUrl() const { return m_canChange; }

    // Validates and submits; stays open with the reason next to the field when something is
    // wrong.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadBaseUrl();
    void onRegionChanged();
    void updateStorageNote();
    bool saveBaseUrl();
    void saveToken();
    void showUrlError(const QString &message);

    FlowService &m_flows;
    AccessTokenStore &m_tokens;
    BaseUrlSubmitter m_submitBaseUrl;
    QString m_tokenKey;
    QString m_storedUrl;
    bool m_canChange = false;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    FieldMessage *m_urlError;
    QLabel *m_readOnlyNote;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QCheckBox *m_showToken;
    QLabel *m_storageNote;
    QDialogButtonBox *m_buttons;
};
