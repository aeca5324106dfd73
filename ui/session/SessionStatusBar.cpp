#include "ui/session/SessionStatusBar.h"

#include "ui/widgets/ElidingLabel.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

SessionStatusBar::SessionStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_messageLabel(new QLabel(this))
    , m_adminLabel(new ElidingLabel(this))
    , m_roleLabel(new ElidingLabel(this))
    , m_accessLabel(new ElidingLabel(this))
    , m_organisationLabel(new ElidingLabel(this))
    , m_databaseLabel(new ElidingLabel(this))
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
        // Shorter, elided, when the window is narrow (a small or 150 % screen): the status bar
        // never makes the window wider than the screen. The tooltips hold the whole texts.
        addPermanentWidget(label);
    }
    // The message is a permanent widget too, first and stretching, so that the fields do not
    // paint over it; QStatusBar's own message text is not painted (see paintEvent).
    m_messageLabel->setObjectName(QStringLiteral("statusMessage"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setContentsMargins(4, 0, 4, 0);
    m_messageLabel->setMinimumWidth(0);
    m_messageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    insertPermanentWidget(0, m_messageLabel, 1);
    m_messageLabel->hide();
    m_messageLabel->installEventFilter(this);
    connect(this, &QStatusBar::messageChanged, this, &SessionStatusBar::placeMessage);
    retranslateUi();
}

void SessionStatusBar::placeMessage()
{
    const QString message = currentMessage();
    const QList<QLabel *> fields{m_adminLabel, m_roleLabel, m_accessLabel, m_organisationLabel,
                                 m_databaseLabel};
    for (QLabel *field : fields)
        field->setVisible(true);
    m_messageLabel->setVisible(!message.isEmpty());
    m_messageLabel->setToolTip(message);
    m_messageLabel->setAccessibleName(message);
    if (message.isEmpty()) {
        m_messageLabel->clear();
        return;
    }
    const int gap = 8; // the layout's spacing and the item frames, generously
    const QMargins margins = m_messageLabel->contentsMargins();
    const int needed =
        fontMetrics().horizontalAdvance(message) + margins.left() + margins.right() + gap;
    // The size grip and the bar's own margins.
    const int available = width() - 24;
    int fieldsWidth = 0;
    for (QLabel *field : fields)
        fieldsWidth += field->sizeHint().width() + gap;
    // The least needed field steps aside first; who is signed in stays longest.
    for (QLabel *field :
         {m_databaseLabel, m_organisationLabel, m_accessLabel, m_roleLabel, m_adminLabel}) {
        if (available - fieldsWidth >= needed)
            break;
        field->hide();
        fieldsWidth -= field->sizeHint().width() + gap;
    }
    if (layout())
        layout()->activate();
    elideMessage();
}

void SessionStatusBar::elideMessage()
{
    const QString message = currentMessage();
    const int room = m_messageLabel->contentsRect().width();
    m_messageLabel->setText(
        message.isEmpty() ? QString() : fontMetrics().elidedText(message, Qt::ElideRight, room));
}

bool SessionStatusBar::eventFilter(QObject *watched, QEvent *event)
{
    // The room the layout gave the message decides where it is shortened.
    if (watched == m_messageLabel && event->type() == QEvent::Resize)
        elideMessage();
    return QStatusBar::eventFilter(watched, event);
}

void SessionStatusBar::resizeEvent(QResizeEvent *event)
{
    QStatusBar::resizeEvent(event);
    if (!currentMessage().isEmpty())
        placeMessage();
}

void SessionStatusBar::paintEvent(QPaintEvent *)
{
    // QStatusBar's painting without its message text, which the message label shows instead.
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &painter, this);
    for (QLabel *field :
         {m_adminLabel, m_roleLabel, m_accessLabel, m_organisationLabel, m_databaseLabel}) {
        if (!field->isVisible())
            continue;
        QStyleOption item;
        item.rect = field->geometry().adjusted(-2, -1, 2, 1);
        item.palette = palette();
        item.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &item, &painter, field);
    }
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
    m_accessLabel->setToolTip(m_accessLabel->text());
    m_organisationLabel->setText(
        m_organisation ? tr("%1 · %2").arg(Organisations::displayName(*m_organisation),
                                           Licences::displayName(m_organisation->licence))
                       : tr("Organisation unknown"));
    m_organisationLabel->setToolTip(m_organisationLabel->text());
    const QString nativePath = QDir::toNativeSeparators(m_databasePath);
    m_databaseLabel->setText(
        fontMetrics().elidedText(tr("Database: %1").arg(nativePath), Qt::ElideMiddle, 260));
    m_databaseLabel->setToolTip(nativePath);

    m_adminLabel->setAccessibleName(tr("Signed-in administrator"));
    m_roleLabel->setAccessibleName(tr("Role"));
    m_accessLabel->setAccessibleName(tr("Access to connectors"));
    m_organisationLabel->setAccessibleName(tr("Organisation and licence"));
    m_databaseLabel->setAccessibleName(tr("Database file"));
    if (!currentMessage().isEmpty())
        placeMessage();
}
