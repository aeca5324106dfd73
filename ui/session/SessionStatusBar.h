#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Organisation.h"
#include "app/core/policy/RolePolicy.h"

#include <QStatusBar>

class QLabel;

// Who is signed in and where: the administrator, their role and access to connectors, the
// organisation and its licence, and the database file, as permanent status bar fields.
class SessionStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStatusBar)

public:
    explicit SessionStatusBar(QWidget *parent = nullptr);

    void setSession(const AdminAccount &admin, const std::optional<Organisation> &organisation,
                    const QString &databasePath);

    static QString accessText(ConnectorAccessRight right);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AdminAccount m_admin;
    std::optional<Organisation> m_organisation;
    QString m_databasePath;
    QLabel *m_adminLabel;
    QLabel *m_roleLabel;
    QLabel *m_accessLabel;
    QLabel *m_organisationLabel;
    QLabel *m_databaseLabel;
};
