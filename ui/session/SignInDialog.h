#pragma once

#include "app/core/domain/AdminAccount.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// File > Act as...: the organisation's administrator accounts with their roles and what
// each role may do with connectors. It gives back the chosen account; the window switches.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(const QList<AdminAccount> &admins, const QString &currentEmail,
                 QWidget *parent = nullptr);

    AdminAccount selectedAdmin() const;
    // Selects the account with this email; for the keyboard-less (tests, scripts).
    bool selectEmail(const QString &email);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void updateButtons();

    QList<AdminAccount> m_admins;
    QString m_currentEmail;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signInButton;
};
