// Hostile input: deep documents, huge documents, pathological and malformed expressions, odd
// characters and random garbage. Every case must end in a value, "not found" or a clean error -
// never a crash, a hang or unbounded memory. No timing is asserted.

#include "tests/core/jsonpath/JsonPathTestSupport.h"

#include <atomic>
#include <QRandomGenerator>
#include <QTest>
#include <thread>
#include <vector>

using jsonpathtest::outcome;

namespace {

QJsonValue nestedArrays(int depth)
{
    QJsonValue value = QJsonArray{u"bottom"_s};
    for (int i = 0; i < depth; ++i)
        value = QJsonArray{value};
    return value;
}

QJsonValue nestedObjects(int depth)
{
    QJsonValue value = u"bottom"_s;
    for (int i = 0; i < depth; ++i)
        value = QJsonObject{{u"a"_s, value}, {u"n"_s, i}};
    return value;
}

QJsonArray records(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(QJsonObject{
            {u"id"_s, i}, {u"name"_s, u"n%1"_s.arg(i)}, {u"tags"_s, QJsonArray{i % 7, u"t"_s}}});
    return array;
}

qsizetype resultCount(const JsonPathEvaluation &result)
{
    return result.hasValue() && result.value().isArray() ? result.value().toArray().size() : -1;
}

JsonPathEvaluation evaluate(const QString &expression, const QJsonValue &document,
                            const JsonPathLimits &limits = {})
{
    const JsonPathCompileResult compiled = JsonPath::compile(expression, limits);
    if (!compiled.ok())
        return JsonPathEvaluation::failed(u"compile: "_s + compiled.error().message);
    return compiled.path().evaluate(document);
}

// Checks the invariants every outcome must satisfy.
void verifyWellFormed(const QString &expression, const QJsonValue &document,
                      const JsonPathLimits &limits)
{
    const JsonPathCompileResult compiled = JsonPath::compile(expression, limits);
    if (!compiled.ok()) {
        QVERIFY2(compiled.error().position >= 0 && compiled.error().position <= expression.size(),
                 qPrintable(expression));
        QVERIFY2(!compiled.error().message.isEmpty(), qPrintable(expression));
        return;
    }
    const JsonPathEvaluation result = compiled.path().evaluate(document);
    switch (result.status()) {
    case JsonPathEvaluation::Status::Value:
        QVERIFY(!result.value().isUndefined());
        if (!compiled.path().isDefinite())
            QVERIFY2(result.value().isArray(), qPrintable(expression));
        break;
    case JsonPathEvaluation::Status::NotFound:
    case JsonPathEvaluation::Status::Error:
        QVERIFY2(!result.message().isEmpty(), qPrintable(expression));
        break;
    }
}

} // namespace

class TestJsonPathHostile : public QObject
{
    Q_OBJECT

private slots:
    void deeplyNestedArrays();
    void deeplyNestedObjects();
    void deeplyNestedExpressionsAreRefused_data();
    void deeplyNestedExpressionsAreRefused();
    void hugeDocument();
    void pathologicalExpressionsStopAtTheStepLimit_data();
    void pathologicalExpressionsStopAtTheStepLimit();
    void resultSizeIsBounded();
    void hugeSliceBoundsAreCheap();
    void catastrophicRegexIsBounded();
    void regexMatchLimitIsAnError();
    void hugeStrings();
    void oddCharactersInExpressions_data();
    void oddCharactersInExpressions();
    void randomGarbageNeverCrashes();
    void mutatedValidExpressionsNeverCrash();
    void concurrentEvaluation();
};

void TestJsonPathHostile::deeplyNestedArrays()
{
    const QJsonValue document = nestedArrays(10'000);
    QCOMPARE(resultCount(evaluate(u"$..*"_s, document)), 10'001);
    QCOMPARE(resultCount(evaluate(u"$..[0]"_s, document)), 10'001);
    QCOMPARE(resultCount(evaluate(u"$..missing"_s, document)), 0);
    QCOMPARE(resultCount(evaluate(u"$..[?(@ == 'bottom')]"_s, document)), 0);
    QCOMPARE(outcome(u"$"_s + QString(u"[0]"_s).repeated(200) + u".length()"_s, document), u"1"_s);
    // A filter walking the whole depth from every item is bounded by the step limit.
    JsonPathLimits limits;
    limits.maxSteps = 1'000'000;
    QVERIFY(evaluate(u"$..[?(@..[0])]"_s, document, limits).isError());
}

void TestJsonPathHostile::deeplyNestedObjects()
{
    const QJsonValue document = nestedObjects(10'000);
    QCOMPARE(resultCount(evaluate(u"$..a"_s, document)), 10'000);
    QCOMPARE(resultCount(evaluate(u"$..n"_s, document)), 10'000);
    QCOMPARE(resultCount(evaluate(u"$..[?(@.n == 5)].n"_s, document)), 1);
    QCOMPARE(outcome(u"$"_s + QString(u".a"_s).repeated(200) + u".n"_s, document), u"9799"_s);
    QCOMPARE(outcome(u"$"_s + QString(u".a"_s).repeated(200) + u".x"_s, document), u"not-found"_s);
}

void TestJsonPathHostile::deeplyNestedExpressionsAreRefused_data()
{
    QTest::addColumn<QString>("expression");
    const int depth = 5'000;
    QTest::newRow("parentheses") << u"$[?("_s + QString(depth, u'(') + u"@.a == 1"_s +
                                        QString(depth, u')') + u")]"_s;
    QTest::newRow("unbalanced parentheses") << u"$[?("_s + QString(depth, u'(') + u"@.a"_s;
    QTest::newRow("negations") << u"$[?("_s + QString(depth, u'!') + u"(@.a))]"_s;
    QString filters = u"@.a"_s;
    for (int i = 0; i < depth / 10; ++i)
        filters = u"@.b[?("_s + filters + u")]"_s;
    QTest::newRow("filters in filters") << u"$[?("_s + filters + u")]"_s;
    QTest::newRow("JSON literal") << u"$[?(@.a in "_s + QString(depth, u'[') +
                                         QString(depth, u']') + u")]"_s;
    QString calls = u"$.a"_s;
    for (int i = 0; i < depth / 10; ++i)
        calls = u"$.sum("_s + calls + u")"_s;
    QTest::newRow("function arguments") << calls;
    QTest::newRow("JSON argument")
        << u"$.sum("_s + QString(depth, u'{') + QString(depth, u'}') + u")"_s;
    QTest::newRow("path segments") << u"$"_s + QString(u"[0]"_s).repeated(depth);
}

void TestJsonPathHostile::deeplyNestedExpressionsAreRefused()
{
    QFETCH(QString, expression);
    const JsonPathCompileResult compiled = JsonPath::compile(expression);
    QVERIFY(!compiled.ok());
    QVERIFY(compiled.error().position >= 0 && compiled.error().position <= expression.size());
}

void TestJsonPathHostile::hugeDocument()
{
    const QJsonValue document = records(200'000);
    QCOMPARE(resultCount(evaluate(u"$[*].id"_s, document)), 200'000);
    QCOMPARE(resultCount(evaluate(u"$..id"_s, document)), 200'000);
    QCOMPARE(outcome(u"$[?(@.id >= 199998)].name"_s, document), uR"(["n199998","n199999"])"_s);
    QCOMPARE(outcome(u"$[-1].id"_s, document), u"199999"_s);
    QCOMPARE(outcome(u"$.length()"_s, document), u"200000"_s);
    QCOMPARE(outcome(u"$..tags.length()"_s, document), u"400000"_s);
    QCOMPARE(outcome(u"$[199999:].tags[?(@ == 't')]"_s, document), uR"(["t"])"_s);
    QCOMPARE(resultCount(evaluate(u"$[?(@.tags[0] == 3)]"_s, document)), 28'571);
}

void TestJsonPathHostile::pathologicalExpressionsStopAtTheStepLimit_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("repeated deep scans") << u"$..*..*..*..*"_s;
    QTest::newRow("repeated deep wildcards") << u"$..[*]..[*]..[*]"_s;
    QTest::newRow("deep scan against deep scan") << u"$..[?(@.id in $..id)]"_s;
    QTest::newRow("subtree walk in every filter") << u"$..[?(@..id)]..[?(@..name)]..*"_s;
}

void TestJsonPathHostile::pathologicalExpressionsStopAtTheStepLimit()
{
    QFETCH(QString, expression);
    QJsonArray document;
    for (int i = 0; i < 200; ++i)
        document.append(
            QJsonObject{{u"id"_s, i}, {u"name"_s, u"n"_s}, {u"children"_s, records(20)}});
    JsonPathLimits limits;
    limits.maxSteps = 300'000;
    const JsonPathEvaluation result = evaluate(expression, document, limits);
    QVERIFY2(result.isError(), qPrintable(jsonpathtest::compact(result.value()).left(200)));
    QVERIFY2(result.message().contains(u"300000"_s), qPrintable(result.message()));
}

void TestJsonPathHostile::resultSizeIsBounded()
{
    JsonPathLimits limits;
    limits.maxResults = 1'000;
    const QJsonValue document = records(2'000);
    QVERIFY(evaluate(u"$[*].id"_s, document, limits).isError());
    QCOMPARE(resultCount(evaluate(u"$[0:1000].id"_s, document, limits)), 1'000);
    QVERIFY(
        evaluate(u"$[0"_s + QString(u",0"_s).repeated(1'000) + u"]"_s, document, limits).isError());
}

void TestJsonPathHostile::hugeSliceBoundsAreCheap()
{
    const QJsonValue document = records(10);
    QCOMPARE(resultCount(evaluate(u"$[-2147483648:2147483647].id"_s, document)), 20);
    QCOMPARE(resultCount(evaluate(u"$[0:2147483647].id"_s, document)), 10);
    QCOMPARE(resultCount(evaluate(u"$[:-2147483648]"_s, document)), 0);
    QCOMPARE(outcome(u"$[2147483647]"_s, document), u"not-found"_s);
    QCOMPARE(outcome(u"$[-2147483648]"_s, document), u"not-found"_s);
}

void TestJsonPathHostile::catastrophicRegexIsBounded()
{
    QJsonArray document;
    for (int i = 0; i < 200; ++i)
        document.append(QString(28 + i % 5, u'a') + u'c');
    JsonPathLimits limits;
    limits.maxRegexMilliseconds = 300;
    // PCRE2 caps each match; the time budget caps the sum. Either way it ends.
    const JsonPathEvaluation result = evaluate(u"$[?(@ =~ /(a+)+b/)]"_s, document, limits);
    QVERIFY(result.isError() || resultCount(result) == 0);

    // The budget is enforced (deterministically with no time allowed at all).
    limits.maxRegexMilliseconds = 0;
    const JsonPathEvaluation noTime = evaluate(u"$[?(@ =~ /a+c/)]"_s, document, limits);
    QVERIFY(noTime.isError());
    QVERIFY(noTime.message().contains(u"ms"_s));
}

void TestJsonPathHostile::regexMatchLimitIsAnError()
{
    // PCRE2 stops this pattern on 48 characters at its match limit; that is not "no match".
    const QJsonObject document{{u"a"_s, QJsonArray{QJsonObject{{u"s"_s, QString(48, u'a')}}}}};
    const JsonPathEvaluation result = evaluate(u"$.a[?(@.s =~ /(a|aa)+c|.*b/)]"_s, document);
    QVERIFY2(result.isError(), qPrintable(outcome(u"$.a[?(@.s =~ /(a|aa)+c|.*b/)]"_s, document)));
    QVERIFY2(result.message().contains(u"match limit"_s), qPrintable(result.message()));
    // The same pattern still answers where PCRE2 can decide.
    const QJsonObject small{{u"a"_s, QJsonArray{QJsonObject{{u"s"_s, u"aab"_s}}}}};
    QCOMPARE(resultCount(evaluate(u"$.a[?(@.s =~ /(a|aa)+c|.*b/)]"_s, small)), 1);
    const QJsonObject noMatch{{u"a"_s, QJsonArray{QJsonObject{{u"s"_s, u"aaa"_s}}}}};
    QCOMPARE(resultCount(evaluate(u"$.a[?(@.s =~ /(a|aa)+c|.*b/)]"_s, noMatch)), 0);
}

void TestJsonPathHostile::hugeStrings()
{
    const QString huge(8 * 1024 * 1024, u'x');
    const QJsonArray document{huge, u"short"_s};
    QCOMPARE(outcome(u"$[?(@ size 5)]"_s, document), uR"(["short"])"_s);
    QCOMPARE(resultCount(evaluate(u"$[?(@ =~ /x*/)]"_s, document)), 1);
    QCOMPARE(outcome(u"$[?(@ contains 'y')]"_s, document), u"[]"_s);
    // Matching a long string costs steps in proportion to its length.
    JsonPathLimits limits;
    limits.maxSteps = 10'000;
    QVERIFY(evaluate(u"$[?(@ =~ /x*/)]"_s, document, limits).isError());
}

void TestJsonPathHostile::oddCharactersInExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    // Invalid bytes decode to U+FFFD; the text then reads as a relative property name.
    QTest::newRow("invalid UTF-8 bytes") << QString::fromUtf8("\xff\xfe\xfd") << u"not-found"_s;
    QTest::newRow("truncated UTF-8 in a name") << QString::fromUtf8("$.\xc3") << uR"(not-found)"_s;
    QTest::newRow("encoded surrogate") << QString::fromUtf8("$['\xed\xa0\x80']") << u"not-found"_s;
    QTest::newRow("lone surrogate") << u"$['"_s + QChar(0xD800) + u"']"_s << u"not-found"_s;
    QTest::newRow("NUL in a name") << u"$.a"_s + QChar(u'\0') + u"b"_s << u"not-found"_s;
    QTest::newRow("NUL in a filter") << u"$[?(@ == '"_s + QChar(u'\0') + u"')]"_s << u"[]"_s;
    QTest::newRow("emoji value") << u"$[?(@ == '😀')]"_s << uR"(["😀"])"_s;
    QTest::newRow("emoji name") << u"$[0].😀"_s << u"not-found"_s;
    QTest::newRow("control characters") << u"$[?(@ =~ /\u0001\u0002/)]"_s << u"[]"_s;
    QTest::newRow("right-to-left mark") << u"$\u200F.a"_s << u"invalid@1"_s;
    QTest::newRow("line breaks") << u"$\n.a"_s << u"invalid@1"_s;
    QTest::newRow("only a BOM") << u"\uFEFF"_s << u"not-found"_s;
}

void TestJsonPathHostile::oddCharactersInExpressions()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const QJsonArray document{u"😀"_s, u"x"_s};
    QCOMPARE(outcome(expression, document), expected);
}

void TestJsonPathHostile::randomGarbageNeverCrashes()
{
    static const char16_t *const pieces[] = {
        u"$",   u"@",    u".",     u"..",    u"[",    u"]",        u"(",    u")",
        u"?",   u"*",    u"'",     u"\"",    u",",    u":",        u"-",    u"0",
        u"1",   u"9",    u"a",     u"b",     u"==",   u"!=",       u"<",    u">=",
        u"=~",  u"/",    u"/i",    u"&&",    u"||",   u"!",        u" ",    u"in",
        u"nin", u"size", u"empty", u"true",  u"null", u"length()", u"sum(", u"{",
        u"}",   u"\\",   u"\\u00", u"\t",    u"é",    u"😀",        u"[?(",  u")]",
        u"['",  u"']",   u"[*]",   u"[0:2]", u"[-1]", u"e5",       u".5",
    };
    QRandomGenerator random(20240607);
    const QJsonValue document = jsonpathtest::storeDocument();
    JsonPathLimits limits;
    limits.maxSteps = 100'000;
    for (int iteration = 0; iteration < 10'000; ++iteration) {
        QString expression;
        const int length = int(random.bounded(1, 24));
        for (int i = 0; i < length; ++i)
            expression += QString::fromUtf16(pieces[random.bounded(int(std::size(pieces)))]);
        verifyWellFormed(expression, document, limits);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestJsonPathHostile::mutatedValidExpressionsNeverCrash()
{
    const QStringList seeds{
        u"$.store.book[?(@.price < 10 && @.category == 'fiction')].title"_s,
        u"$..book[?(@.author =~ /.*REES/i)]"_s,
        u"$['store']['book'][0,1]['title']"_s,
        u"$.store.book[-2:].price.sum()"_s,
        u"$..book[?(@.price <= $['expensive'])].length()"_s,
        u"$.numbers.sum($.numbers.min(), 3, {\"a\": [1]}, \"x\")"_s,
        u"$[?(!(@.tags subsetof ['x','y']) || @.id in [1,2] || @.n size 3)]"_s,
    };
    static const QString alphabet = u"$@.[]()?*'\",:-0123456789abc=!<>~/&| \\{}"_s;
    QRandomGenerator random(77);
    const QJsonValue document = jsonpathtest::storeDocument();
    JsonPathLimits limits;
    limits.maxSteps = 100'000;
    for (int iteration = 0; iteration < 5'000; ++iteration) {
        QString expression = seeds[random.bounded(int(seeds.size()))];
        const int mutations = int(random.bounded(1, 4));
        for (int m = 0; m < mutations && !expression.isEmpty(); ++m) {
            const qsizetype at = random.bounded(int(expression.size()));
            const QChar replacement = alphabet[random.bounded(int(alphabet.size()))];
            switch (random.bounded(3)) {
            case 0:
                expression.remove(at, 1);
                break;
            case 1:
                expression.insert(at, replacement);
                break;
            default:
                expression[at] = replacement;
                break;
            }
        }
        verifyWellFormed(expression, document, limits);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestJsonPathHostile::concurrentEvaluation()
{
    // A compiled path is immutable: several threads may evaluate it at once.
    const JsonPath path =
        JsonPath::compile(u"$..book[?(@.author =~ /.*r.*/i && @.price > 8)].title"_s).path();
    const QJsonValue document = jsonpathtest::storeDocument();
    const JsonPathEvaluation expected = path.evaluate(document);
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 300; ++i) {
                if (path.evaluate(document).value() != expected.value())
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestJsonPathHostile)
#include "tst_jsonpath_hostile.moc"
