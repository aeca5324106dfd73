// The window follows the signed-in administrator's role: read/write sees everything enabled,
// read-only sees everything with every mutating control disabled and a banner, no access sees
// the access-denied page. Switching through File > Sign in as... takes effect at once.
#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/Session.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConnectorCardDelegate.h"
#include "ui/session/AccessDeniedPage.h"
#include "ui/session/SignInDialog.h"
#include "ui/widgets/SwitchButton.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>

class TestRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { MessageBox::clearHistory(); }

    void signInDialogListsAdminsWithRoleNames();
    void readOnlyRoleHasEveryMutatingControlDisabled();
    void noAccessRoleSeesTheDeniedPage();
    void readWriteRoleThatCannotSetUpIsToldWhy();
    void organisationWithoutFlex3CannotAddConnectors();
    void actingAsAnotherShowsABannerAndIsAuditedWithBoth();
    void onlyAFullAdministratorMayActAsAnother();
    void anUnboundLoginSeesTheDeniedPageSayingWhy();

private:
    static void signInThroughDialog(WindowFixture &f, const QString &email,
                                    QStringList *roles = nullptr)
    {
        UiTest::onNextModal([email, roles](QWidget *modal) {
            auto *dialog = qobject_cast<SignInDialog *>(modal);
            if (!dialog)
                return;
            if (roles) {
                auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("adminList"));
                for (int i = 0; i < list->topLevelItemCount(); ++i)
                    roles->append(list->topLevelItem(i)->text(2));
            }
            if (dialog->selectEmail(email))
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                                  Qt::LeftButton);
        });
        f.press(f.actions().signIn()->shortcut()); // File > Sign in as...
    }
};

void TestRoles::signInDialogListsAdminsWithRoleNames()
{
    TestStore store;
    store.addAdmin(AdminRole::SupportBasicAdmin, QStringLiteral("helpdesk@example.com"));
    store.addAdmin(AdminRole::PartnerReadOnlyAdmin, QStringLiteral("observer@example.org"));
    WindowFixture f(store);
    QStringList roles;
    signInThroughDialog(f, QStringLiteral("helpdesk@example.com"), &roles);
    QVERIFY2(roles.contains(QStringLiteral("Full administrator")), qPrintable(roles.join(u',')));
    QVERIFY(roles.size() >= 3);
    QVERIFY(roles.contains(QStringLiteral("Support administrator (basic)")));
    QVERIFY(roles.contains(QStringLiteral("Partner read-only administrator")));
    QCOMPARE(f.window().service().actor().email, QStringLiteral("helpdesk@example.com"));
    QCOMPARE(f.find<QLabel>(QStringLiteral("statusRole"))->text(),
             QStringLiteral("Support administrator (basic)"));
    QCOMPARE(f.find<QLabel>(QStringLiteral("statusAccess"))->text(),
             QStringLiteral("Read-only access"));
}

void TestRoles::readOnlyRoleHasEveryMutatingControlDisabled()
{
    TestStore store;
    const Connector active = store.addConnector(QStringLiteral("Queue statistics"));
    const Connector inactive =
        store.addConnector(QStringLiteral("Team roster"), AccessLevel::ReadOnly, false);
    store.addAdmin(AdminRole::ExternalReadOnlyAdmin, QStringLiteral("consultant@example.net"));
    WindowFixture f(store);
    QVERIFY(!f.page()->banner()->isVisible());
    signInThroughDialog(f, QStringLiteral("consultant@example.net"));
    QCOMPARE(f.window().service().actor().role, AdminRole::ExternalReadOnlyAdmin);

    // The banner says why, naming the role.
    QVERIFY(f.page()->banner()->isVisible());
    const QString banner = f.find<QLabel>(QStringLiteral("readOnlyBannerText"))->text();
    QVERIFY2(banner.contains(QStringLiteral("read-only access")) &&
                 banner.contains(QStringLiteral("External administrator with the read-only")),
             qPrintable(banner));

    // Cards and details are all there.
    QCOMPARE(f.activeCards(), 1);
    QCOMPARE(f.inactiveCards(), 1);
    auto *setup = f.find<QPushButton>(QStringLiteral("setupButton"));
    auto *activeSwitch = f.find<SwitchButton>(QStringLiteral("detailActiveSwitch"));
    auto *edit = f.find<QToolButton>(QStringLiteral("detailEditButton"));
    auto *remove = f.find<QToolButton>(QStringLiteral("detailDeleteButton"));
    for (const Connector &connector : {active, inactive}) {
        f.browser()->select(connector.id);
        QCOMPARE(f.find<QLineEdit>(QStringLiteral("detailId"))->text(), connector.idText());
        QVERIFY(!setup->isEnabled());
        QVERIFY(setup->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(!activeSwitch->isEnabled());
        QVERIFY(activeSwitch->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());
        for (QAction *action : {f.actions().add(), f.actions().edit(), f.actions().toggleActive(),
                                f.actions().remove()}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(QStringLiteral("read-only")),
                     qPrintable(action->toolTip()));
        }
        // Looking is allowed.
        QVERIFY(f.actions().copyId()->isEnabled());
        QVERIFY(f.actions().find()->isEnabled());
    }

    // The painted switch on a card does nothing when clicked...
    CardListView *list = f.activeList();
    const QRect card = list->visualRect(list->model()->index(0, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      ConnectorCardDelegate::switchRect(card, list->font()).center());
    QCOMPARE(MessageBox::messageCount(), 0);
    // ...and Space on a card says why instead of failing silently.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(MessageBox::messageCount(), 1);
    QVERIFY(MessageBox::lastMessage()->text.contains(QStringLiteral("read-only access")));
    QVERIFY(store.service().find(active.id)->active);
    QCOMPARE(store.service().find(active.id)->revision, active.revision);

    // Back to the full administrator: enabled again at once.
    signInThroughDialog(f, store.owner().email);
    QVERIFY(!f.page()->banner()->isVisible());
    QVERIFY(setup->isEnabled());
    QVERIFY(f.actions().add()->isEnabled());
    QVERIFY(activeSwitch->isEnabled());
}

void TestRoles::noAccessRoleSeesTheDeniedPage()
{
    TestStore store;
    store.addConnector(QStringLiteral("Address book"));
    store.addAdmin(AdminRole::ReadOnlyAdmin, QStringLiteral("auditor@example.com"));
    WindowFixture f(store);
    QVERIFY(!f.window().showsAccessDenied());
    signInThroughDialog(f, QStringLiteral("auditor@example.com"));

    QVERIFY(f.window().showsAccessDenied());
    QVERIFY(f.window().accessDeniedPage()->isVisible());
    QVERIFY(!f.find<QTabWidget>(QStringLiteral("integrationTabs"))->isVisible());
    QCOMPARE(f.find<QLabel>(QStringLiteral("deniedTitle"))->text(),
             QStringLiteral("Access denied"));
    const QString reason = f.find<QLabel>(QStringLiteral("deniedReason"))->text();
    QVERIFY2(reason.contains(QStringLiteral("Read-only administrator")) &&
                 reason.contains(QStringLiteral("no access")),
             qPrintable(reason));
    QCOMPARE(f.window().model().rowCount(), 0); // nothing read for a role without access
    for (QAction *action : {f.actions().add(), f.actions().edit(), f.actions().toggleActive(),
                            f.actions().remove(), f.actions().copyId(), f.actions().find()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QCOMPARE(f.find<QLabel>(QStringLiteral("statusAccess"))->text(),
             QStringLiteral("No access to connectors"));

    // The way out is on the page itself.
    UiTest::onNextModal([&store](QWidget *modal) {
        auto *dialog = qobject_cast<SignInDialog *>(modal);
        if (dialog && dialog->selectEmail(store.owner().email))
            dialog->accept();
    });
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("deniedSignInButton")), Qt::LeftButton);
    QVERIFY(!f.window().showsAccessDenied());
    QCOMPARE(f.activeCards(), 1);
}

void TestRoles::readWriteRoleThatCannotSetUpIsToldWhy()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Idle codes"));
    const AdminAccount external =
        store.addAdmin(AdminRole::ExternalContactCenterAdmin, QStringLiteral("james@example.net"));
    WindowFixture f(store);
    f.window().signInAs(external);
    auto *setup = f.find<QPushButton>(QStringLiteral("setupButton"));
    QVERIFY(!setup->isEnabled());
    QVERIFY2(setup->toolTip().contains(QStringLiteral("cannot set up")),
             qPrintable(setup->toolTip()));
    QVERIFY(f.find<QLabel>(QStringLiteral("setupRefusal"))->isVisible());
    QVERIFY(!f.page()->banner()->isVisible());
    // Managing existing connectors is allowed.
    f.browser()->select(connector.id);
    QVERIFY(f.actions().toggleActive()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    f.actions().toggleActive()->trigger();
    QVERIFY(!store.service().find(connector.id)->active);
}

void TestRoles::organisationWithoutFlex3CannotAddConnectors()
{
    TestStore store;
    QVERIFY(
        store.database().execute(QStringLiteral("UPDATE organisation SET licence = 'other'")).ok());
    WindowFixture f(store);
    auto *setup = f.find<QPushButton>(QStringLiteral("setupButton"));
    QVERIFY(!setup->isEnabled());
    QVERIFY2(setup->toolTip().contains(QStringLiteral("FLEX3")), qPrintable(setup->toolTip()));
    QVERIFY(!f.actions().add()->isEnabled());
    QVERIFY(f.find<QLabel>(QStringLiteral("statusOrganisation"))
                ->text()
                .contains(Licences::displayName(Licence::Other)));
    // The shortcut cannot reach a disabled action; nothing opens.
    f.shortcut(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestRoles::actingAsAnotherShowsABannerAndIsAuditedWithBoth()
{
    TestStore store;
    QVERIFY(Session::resolve(store.database()));
    const Connector connector = store.addConnector(QStringLiteral("Idle codes"));
    const AdminAccount partner =
        store.addAdmin(AdminRole::PartnerFullAdmin, QStringLiteral("marco@example.org"));
    WindowFixture f(store);
    auto *banner = f.find<QLabel>(QStringLiteral("actingBanner"));
    QVERIFY(!banner->isVisible());
    signInThroughDialog(f, partner.email);
    QVERIFY(f.window().isActingAsOther());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(partner.email) && banner->text().contains(store.owner().email),
             qPrintable(banner->text()));
    QVERIFY(f.window().service().deactivate(connector.id));
    const AuditEntry latest = f.window().service().history(connector.id)->first();
    QCOMPARE(latest.actorText(),
             store.owner().email + QStringLiteral(" acting as ") + partner.email);
    // Back to one's own account: no banner.
    QVERIFY(f.window().signInAs(store.owner()));
    QVERIFY(!banner->isVisible());
    QCOMPARE(f.actions().signIn()->text(), QStringLiteral("&Act as..."));
}

void TestRoles::onlyAFullAdministratorMayActAsAnother()
{
    TestStore store;
    const AdminAccount partner =
        store.addAdmin(AdminRole::PartnerFullAdmin, QStringLiteral("marco@example.org"));
    const auto context = UiTest::consoleContext(store, partner);
    MainWindow window(*context);
    QVERIFY(!window.signInAs(store.owner()));
    QCOMPARE(window.service().actor().email, partner.email);
    QCOMPARE(MessageBox::messageCount(), 1);
    QVERIFY2(MessageBox::lastMessage()->informativeText.contains(
                 QStringLiteral("Only a full administrator may act as another account")),
             qPrintable(MessageBox::lastMessage()->informativeText));
}

void TestRoles::anUnboundLoginSeesTheDeniedPageSayingWhy()
{
    TestStore store;
    const auto context = UiTest::consoleContext(store, AdminAccount());
    MainWindow window(*context);
    const QString reason =
        CoreError(ErrorCode::OsUserNotBound, {QStringLiteral("ghost")}).message();
    window.refuseIdentity(reason);
    window.show();
    QVERIFY(window.showsAccessDenied());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("deniedReason"))->text(), reason);
    QVERIFY(reason.contains(QStringLiteral("\"ghost\" is bound to no administrator account")));
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("deniedSignInButton"))->isVisible());
    QVERIFY(!window.actions().add()->isEnabled());
    QCOMPARE(window.model().rowCount(), 0);
}

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
