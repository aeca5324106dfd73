#include "app/core/flows/ActivityRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The HTTP Request activity's rules, as the editor, the service and an import apply them.
class TestActivityRules final : public QObject
{
    Q_OBJECT

private:
    static Connector connector(AccessLevels access, const QString &name = u"Reports"_s)
    {
        Connector c;
        c.id = QUuid::createUuid();
        c.name = name;
        c.access = access;
        return c;
    }

    static HttpRequestActivity activityFor(const Connector &c)
    {
        HttpRequestActivity activity;
        activity.nodeId = u"n1"_s;
        activity.nodeName = u"GetTeams"_s;
        activity.connectorId = c.id;
        activity.path = u"/organization/{orgId}/v2/team"_s;
        activity.outputVariables = {{u"teamId"_s, u"$.data[0].id"_s}};
        return activity;
    }

    static QList<ErrorCode> codes(const QList<CoreError> &errors)
    {
        QList<ErrorCode> list;
        for (const CoreError &error : errors)
            list.append(error.code());
        return list;
    }

private Q_SLOTS:
    void aValidActivityHasNoProblems()
    {
        const Connector c = connector(AccessLevel::ReadOnly);
        QVERIFY(ActivityRules::check(activityFor(c), &c).isEmpty());
    }

    void methodsFollowTheConnectorsAccess()
    {
        QCOMPARE(ActivityRules::allowedMethods(AccessLevel::ReadOnly), QStringList{u"GET"_s});
        QCOMPARE(ActivityRules::allowedMethods(AccessLevel::ReadWrite),
                 ActivityRules::allMethods());
        QCOMPARE(ActivityRules::allowedMethods(AccessLevel::ReadOnly | AccessLevel::ReadWrite),
                 ActivityRules::allMethods());

        const Connector readOnly = connector(AccessLevel::ReadOnly, u"Queue stats"_s);
        HttpRequestActivity activity = activityFor(readOnly);
        activity.method = u"POST"_s;
        const QList<CoreError> errors = ActivityRules::check(activity, &readOnly);
        QCOMPARE(codes(errors), QList<ErrorCode>{ErrorCode::ActivityMethodNotAllowed});
        QCOMPARE(errors.first().field(), ErrorField::Method);
        QVERIFY(errors.first().message().contains(u"Queue stats"_s));
        QVERIFY(errors.first().message().contains(u"POST"_s));

        const Connector readWrite = connector(AccessLevel::ReadWrite);
        activity.connectorId = readWrite.id;
        QVERIFY(ActivityRules::check(activity, &readWrite).isEmpty());
        activity.method = u"FETCH"_s;
        QCOMPARE(codes(ActivityRules::check(activity, &readWrite)),
                 QList<ErrorCode>{ErrorCode::ActivityMethodUnknown});
    }

    void theConnectorMustExistWhenAuthenticated()
    {
        const Connector c = connector(AccessLevel::ReadOnly);
        HttpRequestActivity activity = activityFor(c);
        const QList<CoreError> unknown = ActivityRules::check(activity, nullptr);
        QCOMPARE(codes(unknown), QList<ErrorCode>{ErrorCode::ActivityConnectorUnknown});
        QVERIFY(unknown.first().message().contains(c.idText()));

        activity.connectorId = {};
        QCOMPARE(codes(ActivityRules::check(activity, nullptr)),
                 QList<ErrorCode>{ErrorCode::ActivityConnectorRequired});

        // Without "Use authenticated endpoint" there is no connector, and a full URL instead.
        activity.authenticated = false;
        activity.url = u"https://example.com/status"_s;
        activity.method = u"POST"_s;
        QVERIFY(ActivityRules::check(activity, nullptr).isEmpty());
        activity.url = u"example.com/status"_s;
        QCOMPARE(codes(ActivityRules::check(activity, nullptr)),
                 QList<ErrorCode>{ErrorCode::ActivityUrlInvalid});
    }

    void anInactiveConnectorIsFlaggedButDoesNotBlock()
    {
        Connector teams = connector(AccessLevel::ReadOnly, u"Teams"_s);
        teams.active = false;
        HttpRequestActivity activity = activityFor(teams);
        const QList<CoreError> problems = ActivityRules::check(activity, &teams);
        QCOMPARE(codes(problems), QList<ErrorCode>{ErrorCode::ActivityConnectorInactive});
        QCOMPARE(problems.first().field(), ErrorField::Connector);
        QCOMPARE(problems.first().ruleKey(), u"activity.connector-inactive"_s);
        QVERIFY(problems.first().message().startsWith(u"Connector inactive: calls fail here"_s));
        QVERIFY(problems.first().message().contains(u"\"Teams\""_s));
        // A warning: flagged wherever the activity shows, but a save is not refused for it.
        QVERIFY(!ActivityRules::isBlocking(problems.first()));
        QVERIFY(ActivityRules::blocking(problems).isEmpty());
        QVERIFY(ActivityRules::onlyWarnings(problems));
        QVERIFY(ActivityRules::connectorInactive(problems));

        // With a real rule broken too, that one blocks; the warning stays in the list.
        activity.method = u"POST"_s;
        const QList<CoreError> both = ActivityRules::check(activity, &teams);
        QCOMPARE(codes(both), (QList<ErrorCode>{ErrorCode::ActivityConnectorInactive,
                                                ErrorCode::ActivityMethodNotAllowed}));
        QCOMPARE(codes(ActivityRules::blocking(both)),
                 QList<ErrorCode>{ErrorCode::ActivityMethodNotAllowed});
        QVERIFY(!ActivityRules::onlyWarnings(both));

        // Reactivated, nothing is wrong; an unauthenticated request names no connector at all.
        activity.method = u"GET"_s;
        teams.active = true;
        QVERIFY(ActivityRules::check(activity, &teams).isEmpty());
        teams.active = false;
        activity.authenticated = false;
        activity.url = u"https://example.com/status"_s;
        QVERIFY(ActivityRules::check(activity, &teams).isEmpty());
        // Every other rule blocks.
        QVERIFY(ActivityRules::isBlocking(ErrorCode::ActivityConnectorUnknown));
        QVERIFY(ActivityRules::isBlocking(ErrorCode::ActivityPathInvalid));
    }

    void thePathStartsWithASlash_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("slash") << u"/search"_s << true;
        QTest::newRow("template") << u"/organization/{orgId}/v2/team"_s << true;
        QTest::newRow("no slash") << u"organization/x"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"/v2/team list"_s << false;
        QTest::newRow("full url") << u"https://api.wxcc-us1.cisco.com/search"_s << false;
        QTest::newRow("query") << u"/v2/team?page=0"_s << true;
        // The test request could not send these, so the editor must not accept them either.
        QTest::newRow("fragment") << u"/v2/team#top"_s << false;
        QTest::newRow("line break") << u"/v2/team\r\nX-Evil: 1"_s << false;
        QTest::newRow("control character") << u"/v2/team\u0007"_s << false;
        QTest::newRow("no-break space") << u"/v2/team\u00a0list"_s << false;
        QTest::newRow("trailing space") << u"/v2/team "_s << false;
    }

    void thePathStartsWithASlash()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        const auto error = ActivityRules::checkPath(path);
        QCOMPARE(!error.has_value(), valid);
        if (error) {
            QCOMPARE(error->field(), ErrorField::Path);
            QVERIFY(error->message().contains(u"\"/\""_s));
            QVERIFY(error->message().contains(u"#"_s));
        }
    }

    void outputVariablesAreUniqueIdentifiers()
    {
        QVERIFY(ActivityRules::isVariableName(u"teamId"_s));
        QVERIFY(ActivityRules::isVariableName(u"_total2"_s));
        QVERIFY(!ActivityRules::isVariableName(u"2total"_s));
        QVERIFY(!ActivityRules::isVariableName(u"team id"_s));
        QVERIFY(!ActivityRules::isVariableName(u"team-id"_s));
        QVERIFY(!ActivityRules::isVariableName(QString()));

        const QList<CoreError> errors =
            ActivityRules::checkOutputVariables({{u"teamId"_s, u"$.data[0].id"_s},
                                                 {u"teamId"_s, u"$.data[1].id"_s},
                                                 {u"team name"_s, u"$.data[0].name"_s}});
        QCOMPARE(codes(errors), (QList<ErrorCode>{ErrorCode::ActivityVariableDuplicate,
                                                  ErrorCode::ActivityVariableInvalid}));
        QVERIFY(errors.at(0).message().contains(u"teamId"_s));
        QVERIFY(errors.at(1).message().contains(u"team name"_s));
    }

    void everyJsonPathCompilesAndTheErrorGivesThePosition()
    {
        const QList<CoreError> errors =
            ActivityRules::checkOutputVariables({{u"teamId"_s, u"$.data[0"_s}});
        QCOMPARE(codes(errors), QList<ErrorCode>{ErrorCode::ActivityJsonPathInvalid});
        QCOMPARE(errors.first().field(), ErrorField::JsonPath);
        QVERIFY(errors.first().message().contains(u"teamId"_s));
        QVERIFY2(errors.first().message().contains(u"at character"_s),
                 qPrintable(errors.first().message()));
        QVERIFY(!errors.first().arguments().at(2).isEmpty());
        QVERIFY(errors.first().arguments().at(2).toInt() >= 1);
    }

    void timeoutAndRetriesStayInBounds_data()
    {
        QTest::addColumn<int>("timeout");
        QTest::addColumn<int>("retries");
        QTest::addColumn<QList<ErrorCode>>("expected");
        QTest::newRow("defaults") << 3000 << 1 << QList<ErrorCode>{};
        QTest::newRow("lowest") << ActivityRules::kMinTimeoutMs << 0 << QList<ErrorCode>{};
        QTest::newRow("highest") << ActivityRules::kMaxTimeoutMs << ActivityRules::kMaxRetries
                                 << QList<ErrorCode>{};
        QTest::newRow("timeout too short")
            << ActivityRules::kMinTimeoutMs - 1 << 1
            << QList<ErrorCode>{ErrorCode::ActivityTimeoutOutOfRange};
        QTest::newRow("timeout too long") << ActivityRules::kMaxTimeoutMs + 1 << 1
                                          << QList<ErrorCode>{ErrorCode::ActivityTimeoutOutOfRange};
        QTest::newRow("negative retries")
            << 3000 << -1 << QList<ErrorCode>{ErrorCode::ActivityRetriesOutOfRange};
        QTest::newRow("too many retries") << 3000 << ActivityRules::kMaxRetries + 1
                                          << QList<ErrorCode>{ErrorCode::ActivityRetriesOutOfRange};
    }

    void timeoutAndRetriesStayInBounds()
    {
        QFETCH(int, timeout);
        QFETCH(int, retries);
        QFETCH(QList<ErrorCode>, expected);
        const Connector c = connector(AccessLevel::ReadOnly);
        HttpRequestActivity activity = activityFor(c);
        activity.timeoutMs = timeout;
        activity.retryAttempts = retries;
        QCOMPARE(codes(ActivityRules::check(activity, &c)), expected);
    }
};

QTEST_GUILESS_MAIN(TestActivityRules)
#include "tst_activityrules.moc"
