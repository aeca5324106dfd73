#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// Shown instead of the Connectors tab to a role with no access to connectors: what happened,
// why (the core's reason), and the way out (sign in as another administrator).
class AccessDeniedPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessDeniedPage)

public:
    explicit AccessDeniedPage(QWidget *parent = nullptr);

    void setReason(const QString &reason);
    // False when nobody could be identified: there is no account to act from, so no way out here.
    void setActAsAvailable(bool available);

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_reason;
    QLabel *m_hint;
    QPushButton *m_signIn;
    bool m_actAsAvailable = true;
};
