#include "ui/help/AboutDialog.h"

#include "ui/widgets/DialogKeyboard.h"
#include "ui/widgets/IconFactory.h"
#include "ui/widgets/ScreenFit.h"
#include "ui/widgets/SelectableLabel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const QString &databaseLocation, QWidget *parent)
    : QDialog(parent)
    , m_databaseLocation(databaseLocation)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_versions(SelectableLabel::create(this, QStringLiteral("aboutVersions")))
    , m_licence(new QLabel(this))
    , m_databaseCaption(new QLabel(this))
    , m_database(SelectableLabel::create(this, QStringLiteral("aboutDatabase")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_licence->setObjectName(QStringLiteral("aboutLicence"));
    m_icon->setPixmap(IconFactory::connector().pixmap(64, 64));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_summary, m_licence})
        label->setWordWrap(true);
    m_licence->setTextFormat(Qt::PlainText);
    m_database->setTextFormat(Qt::PlainText);
    m_databaseCaption->setBuddy(m_database);

    auto *heading = new QGridLayout;
    heading->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    heading->addWidget(m_title, 0, 1);
    heading->addWidget(m_summary, 1, 1);
    heading->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_versions);
    layout->addWidget(m_licence);
    layout->addWidget(m_databaseCaption);
    layout->addWidget(m_database);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    DialogKeyboard::setTabOrder({m_versions, m_database}, m_buttons);
    DialogKeyboard::completeMnemonics(m_buttons);
    setMinimumWidth(qMin(520, minimumSizeHint().width() * 2));
    ScreenFit::resizeWithin(this, sizeHint());
}

QString AboutDialog::text() const
{
    QStringList parts;
    for (const QLabel *label :
         {m_title, m_summary, m_versions, m_licence, m_databaseCaption, m_database})
        parts << label->text();
    return parts.join(QLatin1Char('\n'));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Connectors Console"));
    m_title->setText(tr("Connectors Console %1").arg(QCoreApplication::applicationVersion()));
    m_summary->setText(tr("A desktop console for Webex Contact Center connectors: set them up, "
                          "edit, deactivate, activate and delete them, with the role policy of "
                          "Control Hub and an audit history of every change, and the flows "
                          "that use them."));
    // The Qt the program was built with and the one it runs on may differ after an upgrade.
    m_versions->setText(tr("Version %1, built with Qt %2, running on Qt %3.")
                            .arg(QCoreApplication::applicationVersion(),
                                 QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_versions->setAccessibleName(tr("Versions"));
    m_licence->setText(tr("Free software under the MIT licence: you may use, copy, change and "
                          "share it, with the copyright notice kept. It comes with no warranty. "
                          "Qt is used under the GNU LGPL version 3."));
    m_databaseCaption->setText(tr("&Database in use:"));
    m_database->setText(m_databaseLocation);
    m_database->setAccessibleName(tr("Database in use"));
}
