#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/Organisation.h"
#include "app/core/policy/RolePolicy.h"

#include <QStatusBar>

class QLabel;

// Who is signed in and where: the administrator, their role and access to connectors, the
// organisation and its licence, and the database file, as permanent status bar fields. Messages
// about what just happened (showMessage) are never cut by those fields: while one shows, the
// fields it needs room from step aside (the database first, the administrator last), and what
// still does not fit ends in "…" with the whole text in the tooltip and for screen readers.
class SessionStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStatusBar)

public:
    explicit SessionStatusBar(QWidget *parent = nullptr);

    void setSession(const AdminAccount &admin, const std::optional<Organisation> &organisation,
                    const QString &databasePath);

    static QString accessText(ConnectorAccessRight right);

    // The message as shown (possibly shortened); its whole text is the label's tooltip.
    QLabel *messageLabel() const { return m_messageLabel; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    // Lays out the current message and the session fields around it.
    void placeMessage();
    // Shortens the message to the room its label has, with "…".
    void elideMessage();

    AdminAccount m_admin;
    std::optional<Organisation> m_organisation;
    QString m_databasePath;
    QLabel *m_messageLabel;
    QLabel *m_adminLabel;
    QLabel *m_roleLabel;
    QLabel *m_accessLabel;
    QLabel *m_organisationLabel;
    QLabel *m_databaseLabel;
};
