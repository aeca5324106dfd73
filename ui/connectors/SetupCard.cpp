#include "ui/connectors/SetupCard.h"

#include "ui/widgets/DisplayText.h"
#include "ui/widgets/IconFactory.h"
#include "ui/widgets/ThemeColours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SetupCard::SetupCard(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_refusalLabel(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("setupCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    ThemeColours::follow(this, QPalette::Window,
                         [](const QPalette &palette) { return palette.color(QPalette::Base); });

    m_button->setObjectName(QStringLiteral("setupButton"));
    m_icon->setPixmap(IconFactory::connector().pixmap(48, 48));
    m_icon->setAlignment(Qt::AlignTop);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    m_refusalLabel->setObjectName(QStringLiteral("setupRefusal"));
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_counts, m_refusalLabel})
        DisplayText::styleMuted(label);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_description);
    text->addWidget(m_counts);
    text->addWidget(m_refusalLabel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);

    connect(m_button, &QPushButton::clicked, this, &SetupCard::addRequested);
    retranslateUi();
}

void SetupCard::setConnectorCounts(int total, int active)
{
    m_total = total;
    m_active = active;
    retranslateUi();
}

void SetupCard::setCreateRefusal(const QString &reason, bool showReason)
{
    m_refusal = reason;
    m_showRefusal = showReason;
    retranslateUi();
}

void SetupCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SetupCard::retranslateUi()
{
    m_title->setText(tr("Webex Contact Center"));
    m_description->setText(tr("Lets flows call the Webex Contact Center APIs from Flow Designer "
                              "with your organisation's authorisation."));
    m_counts->setText(m_total == 0 ? tr("No connectors yet.")
                                   : tr("Connectors: %1 (%2 active).").arg(m_total).arg(m_active));
    const bool setUp = m_total == 0;
    m_button->setText(setUp ? tr("Set &up") : tr("Add &more"));
    m_button->setAccessibleName(setUp ? tr("Set up a connector") : tr("Add more connectors"));
    m_button->setEnabled(m_refusal.isEmpty());
    m_button->setToolTip(
        m_refusal.isEmpty()
            ? tr("Add a Webex Contact Center connector (%1)")
                  .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))
            : m_refusal);
    m_refusalLabel->setText(m_refusal);
    m_refusalLabel->setVisible(!m_refusal.isEmpty() && m_showRefusal);
}
