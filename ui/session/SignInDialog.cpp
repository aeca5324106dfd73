#include "ui/session/SignInDialog.h"

#include "app/core/policy/RolePolicy.h"
#include "ui/widgets/DialogKeyboard.h"
#include "ui/widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString accessText(AdminRole role)
{
    switch (RolePolicy::accessRight(role)) {
    case ConnectorAccessRight::None:
        return SignInDialog::tr("No access");
    case ConnectorAccessRight::ReadOnly:
        return SignInDialog::tr("Read-only");
    case ConnectorAccessRight::ReadWrite:
        return RolePolicy::canSetUp(role) ? SignInDialog::tr("Read/write, can set up")
                                          : SignInDialog::tr("Read/write");
    }
    return {};
}

} // namespace

SignInDialog::SignInDialog(const QList<AdminAccount> &admins, const QString &currentEmail,
                           QWidget *parent)
    : QDialog(parent)
    , m_admins(admins)
    , m_currentEmail(currentEmail)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    // Our own accept button: a standard OK would be renamed back to "OK" by the box whenever
    // the language changes.
    , m_signInButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_list->setObjectName(QStringLiteral("adminList"));
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_intro->setWordWrap(true);
    m_intro->setBuddy(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    // Room for the four columns where the screen has it; never wider than the screen.
    ScreenFit::resizeWithin(this, QSize(1040, 440));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SignInDialog::updateButtons);
    fill();
    retranslateUi();
    DialogKeyboard::setTabOrder({m_list}, m_buttons);
    DialogKeyboard::completeMnemonics(m_buttons);
    m_list->setFocus();
}

void SignInDialog::fill()
{
    m_list->clear();
    for (int i = 0; i < m_admins.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, i);
        if (m_admins.at(i).email == m_currentEmail)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

AdminAccount SignInDialog::selectedAdmin() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return {};
    return m_admins.value(item->data(0, Qt::UserRole).toInt());
}

bool SignInDialog::selectEmail(const QString &email)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (m_admins.value(item->data(0, Qt::UserRole).toInt()).email == email) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void SignInDialog::updateButtons()
{
    m_signInButton->setEnabled(m_list->currentItem() != nullptr);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Act as"));
    m_intro->setText(tr("Choose the &administrator account to act as. What the window lets you do "
                        "with connectors follows the account's role; only a full administrator "
                        "may act as another account, and the history records both names."));
    m_list->setHeaderLabels({tr("Name"), tr("Email"), tr("Role"), tr("Connectors")});
    m_list->setAccessibleName(tr("Administrator accounts"));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const AdminAccount &admin = m_admins.at(item->data(0, Qt::UserRole).toInt());
        item->setText(0, admin.email == m_currentEmail ? tr("%1 (acting as)").arg(admin.displayName)
                                                       : admin.displayName);
        item->setText(1, admin.email);
        item->setText(2, AdminRoles::displayName(admin.role));
        item->setText(3, accessText(admin.role));
        item->setToolTip(2, item->text(2));
    }
    m_list->setAccessibleDescription(tr("Name, email, role and access to connectors of each "
                                        "account; Enter acts as the selected one"));
    m_signInButton->setText(tr("A&ct as"));
    m_signInButton->setAccessibleName(tr("Act as"));
    updateButtons();
}
