// Sample values for flow variables in a test request: which placeholders an activity names, how
// they are replaced (only in what is sent), and the bounds that keep the remembered values small.
#include "app/core/live/SampleValues.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSampleValues final : public QObject
{
    Q_OBJECT

private:
    static HttpRequestActivity contactLookup()
    {
        HttpRequestActivity activity;
        activity.path = u"/v1/contacts/{{NewPhoneContact.ANI}}/calls"_s;
        activity.url = u"https://example.com/{{NotUsed}}"_s; // not sent: authenticated
        activity.queryParameters = {{u"lang"_s, u"{{ Global_Language }}"_s}};
        activity.headers = {{u"X-Caller"_s, u"{{NewPhoneContact.ANI}}"_s}};
        activity.body = u"{\"ani\": \"{{NewPhoneContact.ANI}}\", \"dnis\": \"{{DNIS}}\"}"_s;
        return activity;
    }

private Q_SLOTS:
    void placeholdersAreListedOnceInOrder()
    {
        QCOMPARE(SampleValues::placeholders(contactLookup()),
                 (QStringList{u"NewPhoneContact.ANI"_s, u"Global_Language"_s, u"DNIS"_s}));
        HttpRequestActivity plain;
        plain.path = u"/v2/team"_s;
        QVERIFY(SampleValues::placeholders(plain).isEmpty());
    }

    void valuesReplaceThePlaceholdersTheyName()
    {
        const HttpRequestActivity original = contactLookup();
        const HttpRequestActivity sent =
            SampleValues::substitute(original, {{u"NewPhoneContact.ANI"_s, u"+14155550100"_s},
                                                {u"Global_Language"_s, u"uk"_s}});
        QCOMPARE(sent.path, u"/v1/contacts/+14155550100/calls"_s);
        QCOMPARE(sent.queryParameters.first().value, u"uk"_s);
        QCOMPARE(sent.headers.first().value, u"+14155550100"_s);
        // A variable without a value stays as it is, so the request shows what is missing.
        QCOMPARE(sent.body, u"{\"ani\": \"+14155550100\", \"dnis\": \"{{DNIS}}\"}"_s);
        QCOMPARE(SampleValues::substitute(original, {}), original);
        // An empty value is a value: the placeholder goes.
        QCOMPARE(SampleValues::substitute(original, {{u"DNIS"_s, QString()}}).body,
                 u"{\"ani\": \"{{NewPhoneContact.ANI}}\", \"dnis\": \"\"}"_s);
    }

    void valuesAreBounded()
    {
        QList<NameValue> many;
        for (int i = 0; i < SampleValues::kMaxRows + 10; ++i)
            many.append({u"v%1"_s.arg(i), QString(SampleValues::kMaxValueLength + 5, u'x')});
        many.prepend({u"   "_s, u"dropped"_s});
        const QList<NameValue> kept = SampleValues::bounded(many);
        QCOMPARE(kept.size(), SampleValues::kMaxRows);
        QCOMPARE(kept.first().name, u"v0"_s);
        QCOMPARE(kept.first().value.size(), SampleValues::kMaxValueLength);
        QCOMPARE(SampleValues::bounded({{QString(500, u'n'), u"1"_s}}).first().name.size(),
                 SampleValues::kMaxNameLength);
    }
};

QTEST_GUILESS_MAIN(TestSampleValues)
#include "tst_samplevalues.moc"
