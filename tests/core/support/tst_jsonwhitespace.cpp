#include "app/core/support/JsonWhitespace.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The text an import stores for a flow: the file's JSON without the whitespace between its
// tokens, saying exactly what the file said (strings untouched, however they are escaped).
class TestJsonWhitespace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stripped_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("indented") << u"{\n  \"name\": \"Main IVR\",\r\n\t\"nodes\": [ 1, 2 ]\n}\n"_s
                                  << u"{\"name\":\"Main IVR\",\"nodes\":[1,2]}"_s;
        QTest::newRow("spaces in strings")
            << u"{ \"a b\" : \" two  spaces \\t \" }"_s << u"{\"a b\":\" two  spaces \\t \"}"_s;
        QTest::newRow("escaped quote") << u"{ \"say\": \"he said \\\" hi \\\" \" , \"x\" : 1 }"_s
                                       << u"{\"say\":\"he said \\\" hi \\\" \",\"x\":1}"_s;
        QTest::newRow("escaped backslash before the closing quote")
            << u"[ \"C:\\\\ \" , \" d \" ]"_s << u"[\"C:\\\\ \",\" d \"]"_s;
        QTest::newRow("other spaces are text")
            << u"{\"nbsp\": \"a\u00a0b\", \"ideographic\": \"\u3000\"}"_s
            << u"{\"nbsp\":\"a\u00a0b\",\"ideographic\":\"\u3000\"}"_s;
        QTest::newRow("already compact")
            << u"{\"a\":[true,null,-1.5e3]}"_s << u"{\"a\":[true,null,-1.5e3]}"_s;
    }

    void stripped()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const QString result = JsonWhitespace::stripped(json);
        QCOMPARE(result, expected);
        // The same document either way.
        QCOMPARE(QJsonDocument::fromJson(result.toUtf8()), QJsonDocument::fromJson(json.toUtf8()));
    }

    void theCallersTextIsNotChanged()
    {
        const QString json = u"{ \"a\" : 1 }"_s;
        const QString kept = json;
        QCOMPARE(JsonWhitespace::stripped(json), u"{\"a\":1}"_s);
        QCOMPARE(json, kept);
    }
};

QTEST_GUILESS_MAIN(TestJsonWhitespace)
#include "tst_jsonwhitespace.moc"
