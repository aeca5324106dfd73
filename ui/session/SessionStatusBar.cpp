#include "ui/session/SessionStatusBar.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>

SessionStatusBar::SessionStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_adminLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_accessLabel(new QLabel(this))
    , m_organisationLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionStatusBar"));
    m_adminLabel->setObjectName(QStringLiteral("statusAdmin"));
    m_roleLabel->setObjectName(QStringLiteral("statusRole"));
    m_accessLabel->setObjectName(QStringLiteral("statusAccess"));
    m_organisationLabel->setObjectName(QStringLiteral("statusOrganisation"));
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    for (QLabel *label :
         {m_adminLabel, m_roleLabel, m_accessLabel, m_organisationLabel, m_databaseLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(4, 0, 4, 0);
        addPermanentWidget(label);
    }
    retranslateUi();
}

QString SessionStatusBar::accessText(ConnectorAccessRight right)
{
    switch (right) {
    case ConnectorAccessRight::None:
        return tr("No access to connectors");
    case ConnectorAccessRight::ReadOnly:
        return tr("Read-only access");
    case ConnectorAccessRight::ReadWrite:
        return tr("Read/write access");
    }
    return {};
}

void SessionStatusBar::setSession(const AdminAccount &admin,
                                  const std::optional<Organisation> &organisation,
                                  const QString &databasePath)
{
    m_admin = admin;
    m_organisation = organisation;
    m_databasePath = databasePath;
    retranslateUi();
}

void SessionStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStatusBar::changeEvent(event);
}

void SessionStatusBar::retranslateUi()
{
    // Compact fields leave the left of the bar to the messages about what just happened; the
    // tooltips hold the full texts.
    const QString admin = tr("Signed in: %1").arg(m_admin.displayName);
    m_adminLabel->setText(fontMetrics().elidedText(admin, Qt::ElideRight, 240));
    m_adminLabel->setToolTip(tr("%1 <%2>").arg(m_admin.displayName, m_admin.email));
    const QString role = AdminRoles::displayName(m_admin.role);
    m_roleLabel->setText(fontMetrics().elidedText(role, Qt::ElideRight, 260));
    m_roleLabel->setToolTip(tr("Role: %1").arg(role));
    m_accessLabel->setText(accessText(RolePolicy::accessRight(m_admin.role)));
    m_organisationLabel->setText(
        m_organisation ? tr("%1 · %2").arg(Organisations::displayName(*m_organisation),
                                           Licences::displayName(m_organisation->licence))
                       : tr("Organisation unknown"));
    const QString nativePath = QDir::toNativeSeparators(m_databasePath);
    m_databaseLabel->setText(
        fontMetrics().elidedText(tr("Database: %1").arg(nativePath), Qt::ElideMiddle, 260));
    m_databaseLabel->setToolTip(nativePath);

    m_adminLabel->setAccessibleName(tr("Signed-in administrator"));
    m_roleLabel->setAccessibleName(tr("Role"));
    m_accessLabel->setAccessibleName(tr("Access to connectors"));
    m_organisationLabel->setAccessibleName(tr("Organisation and licence"));
    m_databaseLabel->setAccessibleName(tr("Database file"));
}
