#include "app/core/domain/AccessLevel.h"
#include "app/core/support/StrictUtf8.h"
#include "app/core/validation/ConnectorValidator.h"

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
        // Every bidi control, not only embeddings, overrides and isolates.
        for (const char16_t mark : {u'\u200E', u'\u200F', u'\u061C', u'\u202A', u'\u2066'})
            QTest::addRow("bidi control U+%04X", unsigned(mark))
                << u"Reports"_s + QChar(mark) + u"x"_s << false
                << ErrorCode::NameHasControlCharacters;
        // Names that show nothing.
        for (const char16_t invisible :
             {u'\u200B', u'\u3164', u'\u2800', u'\u180E', u'\uE000', u'\u00AD', u'\u2060'})
            QTest::addRow("only U+%04X", unsigned(invisible))
                << QString(3, QChar(invisible)) << false << ErrorCode::NameInvisible;
        QTest::newRow("invisible and spaces")
            << u"\u200B \u3164 \u2800"_s << false << ErrorCode::NameInvisible;
        QTest::newRow("a lone combining mark") << u"\u0301"_s << false << ErrorCode::NameInvisible;
        QTest::newRow("visible with a private-use symbol")
            << u"Queue \uE000"_s << true << ErrorCode::NameRequired;
        // Length counts the name as stored (NFC): e + combining acute is one character.
        QTest::newRow("80 after NFC")
            << u"e\u0301"_s.repeated(80) << true << ErrorCode::NameRequired;
        QTest::newRow("81 after NFC")
            << u"e\u0301"_s.repeated(81) << false << ErrorCode::NameTooLong;
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
            QCOMPARE(error->field(), ErrorField::Name);
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

    // Names a person cannot tell apart share a key (NFKC, full case folding, default-ignorable
    // removal, white space collapsed).
    void nameKeyIsConfusableAware_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("zero-width space") << u"Pla\u200Bin"_s << u"Plain"_s;
        QTest::newRow("soft hyphen") << u"Pla\u00ADin"_s << u"Plain"_s;
        QTest::newRow("combining grapheme joiner") << u"Pla\u034Fin"_s << u"Plain"_s;
        QTest::newRow("word joiner") << u"Pla\u2060in"_s << u"Plain"_s;
        QTest::newRow("variation selector") << u"Plain\uFE0F"_s << u"Plain"_s;
        QTest::newRow("no-break space") << u"Queue\u00A0A"_s << u"Queue A"_s;
        QTest::newRow("two spaces") << u"Queue  A"_s << u"queue a"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"STRASSE"_s;
        QTest::newRow("fi ligature") << u"\uFB01le"_s << u"file"_s;
        QTest::newRow("fullwidth") << u"\uFF30lain"_s << u"Plain"_s;
        // Every character the validator calls invisible is dropped from the key too.
        QTest::newRow("braille blank") << u"Pla\u2800in"_s << u"Plain"_s;
        QTest::newRow("interlinear annotation") << u"Pla\uFFF9in"_s << u"Plain"_s;
        QTest::newRow("private use") << u"Pla\uE000in"_s << u"Plain"_s;
        QTest::newRow("private use plane 15") << u"Pla\U000F0000in"_s << u"Plain"_s;
        QTest::newRow("hangul filler") << u"Pla\u115Fin"_s << u"Plain"_s;
        QTest::newRow("halfwidth hangul filler") << u"Pla\uFFA0in"_s << u"Plain"_s;
    }

    // One predicate decides both: whatever makes a name "invisible only" is absent from its key.
    void invisibleCharactersAreAbsentFromTheKey()
    {
        for (char32_t codePoint = 0; codePoint <= 0x10FFFF; ++codePoint) {
            if (!ConnectorValidator::isInvisible(codePoint) ||
                ConnectorValidator::isForbiddenCharacter(codePoint) || QChar::isSpace(codePoint))
                continue;
            const QString name = u"Pla"_s + QString::fromUcs4(&codePoint, 1) + u"in"_s;
            if (ConnectorValidator::nameKey(name) != u"plain"_s)
                QFAIL(qPrintable(u"U+%1 stays in the key"_s.arg(uint(codePoint), 4, 16)));
        }
    }

    void nameKeyIsConfusableAware()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(ConnectorValidator::nameKey(a), ConnectorValidator::nameKey(b));
    }

    void strictUtf8RefusesInvalidBytesNamingTheField()
    {
        QCOMPARE(StrictUtf8::decode("Stra\xc3\x9f"
                                    "e",
                                    u"--name"_s)
                     .value(),
                 u"Straße"_s);
        for (const QByteArray &bad :
             {QByteArray("Plain\xff"), QByteArray("\xc3"), QByteArray("\xed\xa0\x80"),
              QByteArray("a\xc0\xaf"
                         "b")}) {
            const auto decoded = StrictUtf8::decode(bad, u"--name"_s);
            QVERIFY2(!decoded, bad.toHex().constData());
            QCOMPARE(decoded.error().code(), ErrorCode::TextNotUtf8);
            QCOMPARE(decoded.error().field(), ErrorField::None);
            QCOMPARE(decoded.error().arguments().first(), u"--name"_s);
            QVERIFY2(decoded.error().message().startsWith(u"--name: "_s),
                     qPrintable(decoded.error().message()));
        }
        QCOMPARE(StrictUtf8::firstInvalidByte("Plain\xff"), 5);
        QCOMPARE(StrictUtf8::firstInvalidByte("Plain"), -1);
    }

    void accessAndConsent()
    {
        auto noAccess = ConnectorValidator::checkAccess({});
        QVERIFY(noAccess);
        QCOMPARE(noAccess->code(), ErrorCode::AccessRequired);
        QCOMPARE(noAccess->field(), ErrorField::Access);
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
        QCOMPARE(problems.at(0).field(), ErrorField::Name);
        QCOMPARE(problems.at(1).field(), ErrorField::Access);
        QCOMPARE(problems.at(2).field(), ErrorField::Consent);
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
