#include "ui/session/AccessDeniedPage.h"

#include "ui/widgets/IconFactory.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AccessDeniedPage::AccessDeniedPage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_signIn(new QPushButton(this))
{
    setObjectName(QStringLiteral("accessDeniedPage"));
    m_title->setObjectName(QStringLiteral("deniedTitle"));
    m_reason->setObjectName(QStringLiteral("deniedReason"));
    m_signIn->setObjectName(QStringLiteral("deniedSignInButton"));
    m_icon->setPixmap(IconFactory::denied().pixmap(64, 64));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_icon, m_title, m_reason, m_hint}) {
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
    }
    m_reason->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    layout->addSpacing(12);
    layout->addWidget(m_signIn, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, &AccessDeniedPage::signInRequested);
    retranslateUi();
}

void AccessDeniedPage::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void AccessDeniedPage::setActAsAvailable(bool available)
{
    m_actAsAvailable = available;
    m_signIn->setVisible(available);
    retranslateUi();
}

void AccessDeniedPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_icon->setPixmap(IconFactory::denied().pixmap(64, 64));
    QWidget::changeEvent(event);
}

void AccessDeniedPage::retranslateUi()
{
    m_title->setText(tr("Access denied"));
    m_hint->setText(m_actAsAvailable
                        ? tr("Every administrator role except the Read-only administrator can "
                             "see connectors (some of them can only look, not change). A full "
                             "administrator can act as another administrator to continue.")
                        : tr("Ask a full administrator of this database to bind your login to "
                             "your administrator account."));
    m_signIn->setText(tr("&Act as another administrator..."));
    m_signIn->setAccessibleName(tr("Act as another administrator"));
}
