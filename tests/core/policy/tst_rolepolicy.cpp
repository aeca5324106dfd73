#include "app/core/policy/RolePolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AdminRole)
Q_DECLARE_METATYPE(ConnectorAction)
Q_DECLARE_METATYPE(ErrorCode)

// The full matrix of the spec's role table: 10 roles x every action, on a FLEX3 organisation,
// against a connector in the state that makes the action legal, so only the role decides.
class TestRolePolicy final : public QObject
{
    Q_OBJECT

private:
    static Organisation flex3() { return {QStringLiteral("Org"), Licence::Flex3, {}}; }
    static AdminAccount admin(AdminRole role)
    {
        return {QStringLiteral("a@example.com"), QStringLiteral("A"), role, {}};
    }
    static Connector connectorFor(ConnectorAction action)
    {
        Connector connector;
        connector.id = QUuid::createUuid();
        connector.name = QStringLiteral("Reports");
        connector.access = AccessLevel::ReadOnly;
        // Deactivate needs an active connector; edit, activate and delete an inactive one.
        connector.active = action == ConnectorAction::Deactivate || action == ConnectorAction::View;
        return connector;
    }

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<AdminRole>("role");
        QTest::addColumn<ConnectorAction>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<ErrorCode>("refusal");

        using A = ConnectorAction;
        struct Expectation
        {
            AdminRole role;
            const char *name;
            // create, view, update, deactivate, activate, delete
            int allowed[6];
            ErrorCode refusal;
            ErrorCode createRefusal;
        };
        const ErrorCode none = ErrorCode::DatabaseFailure; // unused when allowed
        const Expectation table[] = {
            {AdminRole::FullAdmin, "full-admin", {1, 1, 1, 1, 1, 1}, none, none},
            {AdminRole::ContactCenterServiceAdmin,
             "cc-service-admin",
             {1, 1, 1, 1, 1, 1},
             none,
             none},
            {AdminRole::ExternalFullAdmin, "external-full-admin", {1, 1, 1, 1, 1, 1}, none, none},
            {AdminRole::ExternalContactCenterAdmin,
             "external-cc-admin",
             {0, 1, 1, 1, 1, 1},
             none,
             ErrorCode::RoleCannotSetUp},
            {AdminRole::SupportFullAdmin,
             "support-full-admin",
             {0, 1, 1, 1, 1, 1},
             none,
             ErrorCode::RoleCannotSetUp},
            {AdminRole::PartnerFullAdmin,
             "partner-full-admin",
             {0, 1, 1, 1, 1, 1},
             none,
             ErrorCode::RoleCannotSetUp},
            {AdminRole::ReadOnlyAdmin,
             "read-only-admin",
             {0, 0, 0, 0, 0, 0},
             ErrorCode::RoleHasNoAccess,
             ErrorCode::RoleHasNoAccess},
            {AdminRole::ExternalReadOnlyAdmin,
             "external-read-only-admin",
             {0, 1, 0, 0, 0, 0},
             ErrorCode::RoleIsReadOnly,
             ErrorCode::RoleIsReadOnly},
            {AdminRole::SupportBasicAdmin,
             "support-basic-admin",
             {0, 1, 0, 0, 0, 0},
             ErrorCode::RoleIsReadOnly,
             ErrorCode::RoleIsReadOnly},
            {AdminRole::PartnerReadOnlyAdmin,
             "partner-read-only-admin",
             {0, 1, 0, 0, 0, 0},
             ErrorCode::RoleIsReadOnly,
             ErrorCode::RoleIsReadOnly},
        };
        const A actions[] = {A::Create, A::View, A::Update, A::Deactivate, A::Activate, A::Delete};
        const char *actionNames[] = {"create",     "view",     "update",
                                     "deactivate", "activate", "delete"};
        int rows = 0;
        for (const Expectation &row : table) {
            for (int i = 0; i < 6; ++i) {
                const ErrorCode refusal = actions[i] == A::Create ? row.createRefusal : row.refusal;
                QTest::addRow("%s/%s", row.name, actionNames[i])
                    << row.role << actions[i] << bool(row.allowed[i]) << refusal;
                ++rows;
            }
        }
        QCOMPARE(rows, 60);
        QCOMPARE(AdminRoles::all().size(), 10);
        QCOMPARE(RolePolicy::allActions().size(), 6);
    }

    void matrix()
    {
        QFETCH(AdminRole, role);
        QFETCH(ConnectorAction, action);
        QFETCH(bool, allowed);
        QFETCH(ErrorCode, refusal);

        const Connector target = connectorFor(action);
        const auto answer = RolePolicy::check(
            admin(role), flex3(), action, action == ConnectorAction::Create ? nullptr : &target);
        QCOMPARE(!answer.has_value(), allowed);
        if (!allowed) {
            QCOMPARE(answer->code(), refusal);
            QVERIFY(answer->isRuleRefusal());
            // The reason names the role in words a person reads, not the key.
            QVERIFY2(answer->message().contains(AdminRoles::displayName(role)),
                     qPrintable(answer->message()));
        }
    }

    void createNeedsFlex3Licence_data()
    {
        QTest::addColumn<AdminRole>("role");
        QTest::newRow("full-admin") << AdminRole::FullAdmin;
        QTest::newRow("cc-service-admin") << AdminRole::ContactCenterServiceAdmin;
        QTest::newRow("external-full-admin") << AdminRole::ExternalFullAdmin;
    }

    void createNeedsFlex3Licence()
    {
        QFETCH(AdminRole, role);
        const Organisation other{QStringLiteral("Org"), Licence::Other, {}};
        const auto answer = RolePolicy::check(admin(role), other, ConnectorAction::Create);
        QVERIFY(answer.has_value());
        QCOMPARE(answer->code(), ErrorCode::LicenceRequired);
        QVERIFY(answer->message().contains(QLatin1String("FLEX3")));
        // Managing existing connectors does not depend on the licence.
        Connector inactive = connectorFor(ConnectorAction::Update);
        QVERIFY(!RolePolicy::check(admin(role), other, ConnectorAction::Update, &inactive));
    }

    void stateRules_data()
    {
        QTest::addColumn<ConnectorAction>("action");
        QTest::addColumn<bool>("active");
        QTest::addColumn<ErrorCode>("refusal");
        QTest::newRow("edit active")
            << ConnectorAction::Update << true << ErrorCode::EditWhileActive;
        QTest::newRow("delete active")
            << ConnectorAction::Delete << true << ErrorCode::DeleteWhileActive;
        QTest::newRow("deactivate inactive")
            << ConnectorAction::Deactivate << false << ErrorCode::AlreadyInactive;
        QTest::newRow("activate active")
            << ConnectorAction::Activate << true << ErrorCode::AlreadyActive;
    }

    void stateRules()
    {
        QFETCH(ConnectorAction, action);
        QFETCH(bool, active);
        QFETCH(ErrorCode, refusal);
        Connector target = connectorFor(action);
        target.active = active;
        const auto answer =
            RolePolicy::check(admin(AdminRole::FullAdmin), flex3(), action, &target);
        QVERIFY(answer.has_value());
        QCOMPARE(answer->code(), refusal);
        QVERIFY(answer->message().contains(QLatin1String("Reports")));
    }

    void setUpPrerequisiteRoles()
    {
        QList<AdminRole> setUp;
        for (AdminRole role : AdminRoles::all()) {
            if (RolePolicy::canSetUp(role))
                setUp.append(role);
        }
        QCOMPARE(setUp,
                 (QList<AdminRole>{AdminRole::FullAdmin, AdminRole::ContactCenterServiceAdmin,
                                   AdminRole::ExternalFullAdmin}));
    }

    void roleKeysRoundTrip()
    {
        QCOMPARE(
            AdminRoles::keys(),
            (QStringList{u"full-admin"_s, u"cc-service-admin"_s, u"external-full-admin"_s,
                         u"external-cc-admin"_s, u"support-full-admin"_s, u"partner-full-admin"_s,
                         u"read-only-admin"_s, u"external-read-only-admin"_s,
                         u"support-basic-admin"_s, u"partner-read-only-admin"_s}));
        for (AdminRole role : AdminRoles::all())
            QCOMPARE(AdminRoles::fromKey(AdminRoles::key(role)), std::optional<AdminRole>(role));
        QVERIFY(!AdminRoles::fromKey(QStringLiteral("root")).has_value());
    }

    void manageAdmins()
    {
        QVERIFY(!RolePolicy::checkManageAdmins(admin(AdminRole::FullAdmin)));
        const auto refused =
            RolePolicy::checkManageAdmins(admin(AdminRole::ContactCenterServiceAdmin));
        QVERIFY(refused.has_value());
        QCOMPARE(refused->code(), ErrorCode::RoleCannotManageAdmins);
    }

    // A live test request really reaches the API: a read-only role sends only what changes
    // nothing there, whatever the connector allows.
    void liveRequestMethodsFollowTheRole()
    {
        const QStringList reads = {u"GET"_s, u"HEAD"_s, u"OPTIONS"_s};
        const QStringList writes = {u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
        for (const QString &method : reads + writes)
            QVERIFY2(
                !RolePolicy::checkLiveRequest(admin(AdminRole::ContactCenterServiceAdmin), method),
                qPrintable(method));
        for (const QString &method : reads)
            QVERIFY2(!RolePolicy::checkLiveRequest(admin(AdminRole::ExternalReadOnlyAdmin), method),
                     qPrintable(method));
        for (const QString &method : writes) {
            const auto refused =
                RolePolicy::checkLiveRequest(admin(AdminRole::SupportBasicAdmin), method);
            QVERIFY2(refused.has_value(), qPrintable(method));
            QCOMPARE(refused->code(), ErrorCode::RoleCannotSendWrites);
            QCOMPARE(refused->field(), ErrorField::Method);
            QVERIFY2(refused->message().contains(method), qPrintable(refused->message()));
        }
        const auto noAccess =
            RolePolicy::checkLiveRequest(admin(AdminRole::ReadOnlyAdmin), u"GET"_s);
        QVERIFY(noAccess.has_value());
        QCOMPARE(noAccess->code(), ErrorCode::RoleHasNoAccess);
    }
};

QTEST_GUILESS_MAIN(TestRolePolicy)
#include "tst_rolepolicy.moc"
