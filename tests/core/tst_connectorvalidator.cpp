#include "domain/AccessLevel.h"
#include "validation/ConnectorValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ErrorCode)

class TestConnectorValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("plain") << u"Queue statistics"_s << true << ErrorCode::NameRequired;
        QTest::newRow("ukrainian") << u"Звіти черги — Київ"_s << true << ErrorCode::NameRequired;
        QTest::newRow("quotes and sql")
            << u"Bob's \"reports\"; DROP TABLE connectors; --"_s << true << ErrorCode::NameRequired;
        QTest::newRow("80 characters") << QString(80, u'я') << true << ErrorCode::NameRequired;
        QTest::newRow("80 after trimming")
            << u"  "_s + QString(80, u'a') + u"  "_s << true << ErrorCode::NameRequired;
        QTest::newRow("emoji counts once")
            << QString::fromUtf8("📞").repeated(80) << true << ErrorCode::NameRequired;
        QTest::newRow("empty") << QString() << false << ErrorCode::NameRequired;
        QTest::newRow("only spaces") << u"   \u00a0 "_s << false << ErrorCode::NameRequired;
        QTest::newRow("81 characters") << QString(81, u'a') << false << ErrorCode::NameTooLong;
        QTest::newRow("tab") << u"Queue\tstats"_s << false << ErrorCode::NameHasControlCharacters;
        QTest::newRow("newline") << u"Queue\nstats"_s << false
                                 << ErrorCode::NameHasControlCharacters;
        QTest::newRow("escape") << u"Queue\x1b[31m"_s << false
                                << ErrorCode::NameHasControlCharacters;
        QTest::newRow("right-to-left override")
            << u"Reports\u202Egnp.exe"_s << false << ErrorCode::NameHasControlCharacters;
        QTest::newRow("line separator")
            << u"a\u2028b"_s << false << ErrorCode::NameHasControlCharacters;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(ErrorCode, code);
        const auto error = ConnectorValidator::checkName(name);
        QCOMPARE(!error.has_value(), valid);
        if (!valid) {
            QCOMPARE(error->code(), code);
            QCOMPARE(error->field(), u"name"_s);
            // Messages name the field so a person knows what to fix.
            QVERIFY2(error->message().startsWith(u"Name:"_s), qPrintable(error->message()));
        }
    }

    void tooLongMessageGivesLimitAndLength()
    {
        const auto error = ConnectorValidator::checkName(QString(95, u'x'));
        QVERIFY(error);
        QVERIFY2(error->message().contains(u"80"_s) && error->message().contains(u"95"_s),
                 qPrintable(error->message()));
    }

    void nameKeyIgnoresCaseSpacesAndNormalisation()
    {
        QCOMPARE(ConnectorValidator::nameKey(u"  Queue Stats "_s),
                 ConnectorValidator::nameKey(u"queue stats"_s));
        QCOMPARE(ConnectorValidator::nameKey(u"ЗВІТИ"_s), ConnectorValidator::nameKey(u"звіти"_s));
        // "é" precomposed and as e + combining accent are the same name to a person.
        QCOMPARE(ConnectorValidator::nameKey(u"Caf\u00e9"_s),
                 ConnectorValidator::nameKey(u"Cafe\u0301"_s));
        QVERIFY(ConnectorValidator::nameKey(u"Queue A"_s) !=
                ConnectorValidator::nameKey(u"Queue B"_s));
    }

    void accessAndConsent()
    {
        auto noAccess = ConnectorValidator::checkAccess({});
        QVERIFY(noAccess);
        QCOMPARE(noAccess->code(), ErrorCode::AccessRequired);
        QCOMPARE(noAccess->field(), u"access"_s);
        QVERIFY(!ConnectorValidator::checkAccess(AccessLevel::ReadOnly));
        QVERIFY(!ConnectorValidator::checkAccess(AccessLevel::ReadOnly | AccessLevel::ReadWrite));

        auto noConsent = ConnectorValidator::checkConsent(false);
        QVERIFY(noConsent);
        QCOMPARE(noConsent->code(), ErrorCode::ConsentRequired);
        QVERIFY(noConsent->message().contains(u"I authorize"_s));
    }

    void draftReportsEveryProblemInFormOrder()
    {
        const auto problems = ConnectorValidator::problemsForCreate({{}, u""_s, {}, false});
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).field(), u"name"_s);
        QCOMPARE(problems.at(1).field(), u"access"_s);
        QCOMPARE(problems.at(2).field(), u"consent"_s);
        QVERIFY(ConnectorValidator::problemsForUpdate({{}, u"Ok"_s, AccessLevel::ReadWrite, false})
                    .isEmpty());
    }

    void scopesFollowTheSpec()
    {
        QCOMPARE(ConnectorAccess::scopesFor(AccessLevel::ReadOnly),
                 (QStringList{u"cjp_config"_s, u"cjp_config_read"_s}));
        QCOMPARE(ConnectorAccess::scopesFor(AccessLevel::ReadWrite),
                 (QStringList{u"cjp_config"_s, u"cjp_config_read"_s, u"cjp_config_write"_s,
                              u"cjp_user"_s}));
        QCOMPARE(ConnectorAccess::scopesFor(AccessLevel::ReadOnly | AccessLevel::ReadWrite),
                 ConnectorAccess::scopesFor(AccessLevel::ReadWrite));
        QCOMPARE(ConnectorAccess::methodsFor(AccessLevel::ReadOnly), QStringList{u"GET"_s});
        QCOMPARE(ConnectorAccess::methodsFor(AccessLevel::ReadWrite),
                 (QStringList{u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s}));
    }
};

QTEST_GUILESS_MAIN(TestConnectorValidator)
#include "tst_connectorvalidator.moc"
