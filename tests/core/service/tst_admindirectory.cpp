#include "tests/support/TestStore.h"

#include <QTest>

Q_DECLARE_METATYPE(ErrorCode)

using namespace Qt::StringLiterals;

class TestAdminDirectory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstRunCreatesAFlex3OrganisationAndAFullAdmin()
    {
        qputenv("USER", "Olena K");
        TestStore store;
        AdminDirectory directory(store.database());
        auto organisation = directory.organisation();
        QVERIFY(organisation);
        QCOMPARE(organisation->licence, Licence::Flex3);
        auto admins = directory.admins();
        QCOMPARE(admins->size(), 1);
        QCOMPARE(admins->first().role, AdminRole::FullAdmin);
        QCOMPARE(admins->first().displayName, u"Olena K"_s);
        QCOMPARE(admins->first().email, u"olena.k@localhost"_s);
        // A full administrator on FLEX3 can add a connector straight away.
        QVERIFY(store.service().sessionPolicy().setUp().allowed());
        // Initialising again changes nothing.
        QVERIFY(directory.ensureInitialised());
        QCOMPARE(directory.admins()->size(), 1);
    }

    void addAdmins()
    {
        TestStore store;
        AdminDirectory directory(store.database());
        auto added = directory.add(store.owner(), u"  Priya.Nair@Partner.Example.NET "_s,
                                   u"Priya Nair"_s, AdminRole::ExternalFullAdmin);
        QVERIFY(added);
        QCOMPARE(added->email, u"priya.nair@partner.example.net"_s);
        QCOMPARE(directory.find(u"PRIYA.NAIR@partner.example.net"_s)->role,
                 AdminRole::ExternalFullAdmin);

        auto duplicate = directory.add(store.owner(), u"priya.nair@partner.example.net"_s, {},
                                       AdminRole::ReadOnlyAdmin);
        QCOMPARE(duplicate.error().code(), ErrorCode::AdminDuplicate);
        auto invalid =
            directory.add(store.owner(), u"not an email"_s, {}, AdminRole::ReadOnlyAdmin);
        QCOMPARE(invalid.error().code(), ErrorCode::AdminEmailInvalid);
        QVERIFY(invalid.error().message().contains(u"not an email"_s));

        const AdminAccount service =
            store.addAdmin(AdminRole::ContactCenterServiceAdmin, u"svc@example.com"_s);
        auto refused = directory.add(service, u"new@example.com"_s, {}, AdminRole::FullAdmin);
        QCOMPARE(refused.error().code(), ErrorCode::RoleCannotManageAdmins);
        QVERIFY(!directory.find(u"new@example.com"_s));
    }

    // An account must not look like another one, nor hide control or direction characters.
    void lookAlikeEmailsAndLoginsAreRefused_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("login");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("zero-width space in e-mail")
            << u"a2\u200B@example.com"_s << QString() << ErrorCode::AdminEmailInvalid;
        QTest::newRow("right-to-left override in e-mail")
            << u"a\u202E2@example.com"_s << QString() << ErrorCode::AdminEmailInvalid;
        QTest::newRow("escape in e-mail")
            << u"a\u001B2@example.com"_s << QString() << ErrorCode::AdminEmailInvalid;
        QTest::newRow("braille blank in e-mail")
            << u"a\u28002@example.com"_s << QString() << ErrorCode::AdminEmailInvalid;
        QTest::newRow("escape in login")
            << u"a2@example.com"_s << u"ro\u001Bot"_s << ErrorCode::AdminLoginInvalid;
        QTest::newRow("bell in login")
            << u"a2@example.com"_s << u"root\u0007"_s << ErrorCode::AdminLoginInvalid;
        QTest::newRow("zero-width space in login")
            << u"a2@example.com"_s << u"root\u200B"_s << ErrorCode::AdminLoginInvalid;
        QTest::newRow("left-to-right mark in login")
            << u"a2@example.com"_s << u"\u200Eroot"_s << ErrorCode::AdminLoginInvalid;
    }

    void lookAlikeEmailsAndLoginsAreRefused()
    {
        QFETCH(QString, email);
        QFETCH(QString, login);
        QFETCH(ErrorCode, expected);
        TestStore store;
        AdminDirectory directory(store.database());
        auto added = directory.add(store.owner(), email, {}, AdminRole::ReadOnlyAdmin, login);
        QVERIFY(!added);
        QCOMPARE(added.error().code(), expected);
        QCOMPARE(directory.admins()->size(), 1);
        if (login.isEmpty())
            return;
        QVERIFY(directory.add(store.owner(), email, {}, AdminRole::ReadOnlyAdmin));
        auto bound = directory.bindLogin(store.owner(), email.toUpper(), login);
        QVERIFY(!bound);
        QCOMPARE(bound.error().code(), expected);
        QCOMPARE(directory.find(email)->login, QString());
    }

    void aPlainLoginWithASpaceIsAccepted()
    {
        TestStore store;
        AdminDirectory directory(store.database());
        auto added = directory.add(store.owner(), u"js@example.com"_s, {}, AdminRole::ReadOnlyAdmin,
                                   u"John Smith"_s);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
        QCOMPARE(directory.find(u"JS@EXAMPLE.COM"_s)->login, u"John Smith"_s);
    }

    void defaultAdminIsTheFirstFullAdmin()
    {
        TestStore store;
        store.addAdmin(AdminRole::FullAdmin, u"second@example.com"_s);
        QCOMPARE(AdminDirectory(store.database()).defaultAdmin()->email, store.owner().email);
    }
};

QTEST_GUILESS_MAIN(TestAdminDirectory)
#include "tst_admindirectory.moc"
