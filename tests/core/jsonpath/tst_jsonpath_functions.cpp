// Jayway's path functions: aggregates, length(), keys(), concat(), append(), first(), last(),
// index(), their arguments, and how a deep scan before a function changes what it sees.

#include "app/core/jsonpath/JsonPathNumber.h"
#include "tests/core/jsonpath/JsonPathTestSupport.h"

#include <limits>
#include <QTest>

using jsonpathtest::outcome;

namespace {

QJsonValue series()
{
    return jsonpathtest::parseDocument(uR"({
        "empty": [],
        "numbers": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        "text": ["a", "b", "c", "d", "e", "f"],
        "negatives": [-3, -1],
        "mixed": [1, "2", 3.5, null, true],
        "one": [7],
        "obj": {"b": 1, "a": 2},
        "s": "abc",
        "n": 5,
        "nested": [[1, 2], [3]]
    })"_s);
}

} // namespace

class TestJsonPathFunctions : public QObject
{
    Q_OBJECT

private slots:
    void functions_data();
    void functions();
    void aggregatesYieldDoublesAndLengthAnInteger();
    void maxOfNegativeNumbersIsJaywaysMinValue();
    void numbersReadAsJavaWritesThem_data();
    void numbersReadAsJavaWritesThem();
    void decimalLiterals_data();
    void decimalLiterals();
};

void TestJsonPathFunctions::functions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const QString &expression, const QString &expected) {
        QTest::newRow(name) << expression << expected;
    };

    // Aggregates over the numbers of an array.
    row("avg", u"$.numbers.avg()"_s, u"5.5"_s);
    row("sum", u"$.numbers.sum()"_s, u"55"_s);
    row("max", u"$.numbers.max()"_s, u"10"_s);
    row("min", u"$.numbers.min()"_s, u"1"_s);
    row("stddev (population)", u"$.numbers.stddev()"_s, u"2.8722813232690143"_s);
    row("stddev of one number", u"$.one.stddev()"_s, u"0"_s);
    row("min of negatives", u"$.negatives.min()"_s, u"-3"_s);
    row("aggregates skip non-numbers", u"$.mixed.sum()"_s, u"4.5"_s);
    row("aggregate of no numbers fails", u"$.empty.sum()"_s, u"error"_s);
    row("aggregate of text fails", u"$.text.avg()"_s, u"error"_s);
    row("aggregate of a scalar fails", u"$.n.sum()"_s, u"error"_s);

    // Arguments: JSON numbers, paths (evaluated against the root) and arrays of numbers.
    row("path arguments", u"$.numbers.sum($.numbers.min(), $.numbers.max())"_s, u"66"_s);
    row("arguments only", u"$.avg($.numbers.min(), $.numbers.max())"_s, u"5.5"_s);
    row("JSON and path arguments", u"$.sum(5, 3, $.numbers.max(), 2)"_s, u"20"_s);
    row("single literal", u"$.sum(5)"_s, u"5"_s);
    row("negative literal", u"$.sum(-5, 2.5)"_s, u"-2.5"_s);
    row("array argument contributes its numbers", u"$.sum($.numbers)"_s, u"55"_s);
    row("object argument is not a number", u"$.sum({\"a\": 1})"_s, u"error"_s);
    row("missing path argument", u"$.sum($.missing)"_s, u"not-found"_s);
    row("max with argument", u"$.numbers.max(-20)"_s, u"10"_s);

    // length() and its alias size().
    row("length of array", u"$.numbers.length()"_s, u"10"_s);
    row("size of array", u"$.text.size()"_s, u"6"_s);
    row("length of object", u"$.obj.length()"_s, u"2"_s);
    row("length of empty array", u"$.empty.length()"_s, u"0"_s);
    row("length of a string is null", u"$.s.length()"_s, u"null"_s);
    row("length of a number is null", u"$.n.length()"_s, u"null"_s);
    row("length of the root", u"$.length()"_s, u"10"_s);
    // length(path) counts what the path matches with a wildcard appended. Jayway decides that
    // "$.text" is definite before appending it, keeps only the last match ("f"), and falls back
    // to counting the current value: the root's ten members.
    row("length with a definite path argument", u"$.length($.text)"_s, u"10"_s);
    row("length with a deep scan argument", u"$.length($..text)"_s, u"6"_s);

    // A deep scan followed by a function: Jayway calls the function once, with every match as
    // its argument, instead of once per match.
    row("deep scan then length", u"$..text.length()"_s, u"6"_s);
    row("deep scan of arrays then sum fails: the matches are not flattened", u"$..numbers.sum()"_s,
        u"error"_s);
    row("deep scan of scalars then sum", u"$..n.sum()"_s, u"5"_s);
    row("deep scan of scalars then length", u"$..n.length()"_s, u"0"_s);
    row("deep scan drops written arguments", u"$..n.sum(100)"_s, u"5"_s);
    // Without a leading deep scan, a function after a wildcard runs per match.
    row("function per match", u"$.nested[*].sum()"_s, u"[3,3]"_s);
    row("function per match fails on a scalar", u"$.numbers[0:3].sum()"_s, u"error"_s);
    row("length per match", u"$.nested[*].length()"_s, u"[2,1]"_s);

    // keys()
    row("keys of object", u"$.obj.keys()"_s, uR"(["a","b"])"_s);
    row("keys of array is null", u"$.numbers.keys()"_s, u"null"_s);

    // concat()
    row("concat strings of an array", u"$.text.concat()"_s, uR"("abcdef")"_s);
    row("concat with arguments", u"$.text.concat(\"-\", \"ghijk\")"_s, uR"("abcdef-ghijk")"_s);
    row("concat skips non-strings of the array", u"$.mixed.concat()"_s, uR"("2")"_s);
    row("concat an array argument as text", u"$.text.concat($.nested)"_s,
        uR"("abcdef[1, 2][3]")"_s);
    row("concat skips a scalar number argument", u"$.text.concat(1)"_s, uR"("abcdef")"_s);
    row("concat escaped quote", u"$.text.concat(\"a\\\"b\")"_s, uR"("abcdefa\"b")"_s);
    row("concat on a non-array", u"$.concat(\"x\", $.s)"_s, uR"("xabc")"_s);

    // append()
    row("append", u"$.text.append(\"g\")"_s, uR"(["a","b","c","d","e","f","g"])"_s);
    row("append then avg", u"$.numbers.append(11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 0).avg()"_s,
        u"10"_s);
    row("append text then sum ignores it", u"$.numbers.append(\"0\", \"11\").sum()"_s, u"55"_s);
    row("append then length", u"$.numbers.append(1).length()"_s, u"11"_s);
    row("append an object", u"$.empty.append({\"a\": 1})"_s, uR"([{"a":1}])"_s);
    row("append to a non-array", u"$.s.append(1)"_s, uR"("abc")"_s);

    // first(), last(), index()
    row("first", u"$.numbers.first()"_s, u"1"_s);
    row("last", u"$.numbers.last()"_s, u"10"_s);
    row("index", u"$.numbers.index(1)"_s, u"2"_s);
    row("index zero", u"$.numbers.index(0)"_s, u"1"_s);
    row("index from the end", u"$.numbers.index(-1)"_s, u"10"_s);
    row("index near the start", u"$.numbers.index(-9)"_s, u"2"_s);
    row("first text", u"$.text.first()"_s, uR"("a")"_s);
    row("last text", u"$.text.last()"_s, uR"("f")"_s);
    row("first of one", u"$.one.first()"_s, u"7"_s);
    // Jayway requires a negative index to land after the first element.
    row("last of one element fails", u"$.one.last()"_s, u"error"_s);
    row("index back to the first fails", u"$.numbers.index(-10)"_s, u"error"_s);
    row("index past the end fails", u"$.numbers.index(10)"_s, u"error"_s);
    row("first of empty fails", u"$.empty.first()"_s, u"error"_s);
    row("first of a string fails", u"$.s.first()"_s, u"error"_s);
    row("index without argument fails", u"$.numbers.index()"_s, u"error"_s);
}

void TestJsonPathFunctions::functions()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);

    QCOMPARE(outcome(expression, series()), expected);
}

void TestJsonPathFunctions::aggregatesYieldDoublesAndLengthAnInteger()
{
    const JsonPathEvaluation sum =
        JsonPath::compile(u"$.numbers.sum()"_s).path().evaluate(series());
    QVERIFY(sum.isDefinite());
    QCOMPARE(sum.value().toDouble(), 55.0);
    const JsonPathEvaluation length =
        JsonPath::compile(u"$.numbers.length()"_s).path().evaluate(series());
    QCOMPARE(length.value().toInteger(), 10);
    QCOMPARE(length.value().toVariant().typeId(), QMetaType::LongLong);
}

void TestJsonPathFunctions::maxOfNegativeNumbersIsJaywaysMinValue()
{
    // Jayway's max() starts from Double.MIN_VALUE, the smallest positive double.
    const JsonPathEvaluation max =
        JsonPath::compile(u"$.negatives.max()"_s).path().evaluate(series());
    QVERIFY(max.hasValue());
    QCOMPARE(max.value().toDouble(), std::numeric_limits<double>::denorm_min());
}

// Where Jayway turns a number into text (concat(), a number meeting a string or a regex in a
// filter), the text is Java's: Integer.toString or Double.toString, then BigDecimal's form.
void TestJsonPathFunctions::numbersReadAsJavaWritesThem_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("javaText");
    QTest::addColumn<QString>("filterText");

    QTest::newRow("integer") << 10.0 << u"10"_s << u"10"_s;
    QTest::newRow("negative integer") << -3.0 << u"-3"_s << u"-3"_s;
    QTest::newRow("decimal") << 8.95 << u"8.95"_s << u"8.95"_s;
    QTest::newRow("small decimal") << 0.001 << u"0.001"_s << u"0.001"_s;
    QTest::newRow("below 10^-3") << 0.0001 << u"1.0E-4"_s << u"0.00010"_s;
    QTest::newRow("from 10^7 a double is scientific")
        << 12345678.9 << u"1.23456789E7"_s << u"12345678.9"_s;
    QTest::newRow("beyond a long") << 1e20 << u"1.0E20"_s << u"1.0E+20"_s;
    QTest::newRow("negative decimal") << -0.5 << u"-0.5"_s << u"-0.5"_s;
    QTest::newRow("shortest digits")
        << 0.1 + 0.2 << u"0.30000000000000004"_s << u"0.30000000000000004"_s;
}

void TestJsonPathFunctions::numbersReadAsJavaWritesThem()
{
    QFETCH(double, value);
    QFETCH(QString, javaText);
    QFETCH(QString, filterText);

    QCOMPARE(jsonpath::number::javaText(value), javaText);
    QCOMPARE(jsonpath::number::filterText(value), filterText);
}

void TestJsonPathFunctions::decimalLiterals_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("bigDecimalText");

    QTest::newRow("integer") << u"12"_s << true << 12.0 << u"12"_s;
    QTest::newRow("trailing zero kept") << u"1.50"_s << true << 1.5 << u"1.50"_s;
    QTest::newRow("leading point") << u".5"_s << true << 0.5 << u"0.5"_s;
    QTest::newRow("trailing point") << u"5."_s << true << 5.0 << u"5"_s;
    QTest::newRow("exponent") << u"1e2"_s << true << 100.0 << u"1E+2"_s;
    QTest::newRow("negative exponent") << u"-2.5E-3"_s << true << -0.0025 << u"-0.0025"_s;
    QTest::newRow("tiny") << u"1e-9"_s << true << 1e-9 << u"1E-9"_s;
    QTest::newRow("two points") << u"1.2.3"_s << false << 0.0 << QString();
    QTest::newRow("lone minus") << u"-"_s << false << 0.0 << QString();
    QTest::newRow("exponent without digits") << u"1e"_s << false << 0.0 << QString();
    QTest::newRow("blank") << u" 1"_s << false << 0.0 << QString();
    QTest::newRow("hexadecimal") << u"0x10"_s << false << 0.0 << QString();
}

void TestJsonPathFunctions::decimalLiterals()
{
    QFETCH(QString, literal);
    QFETCH(bool, valid);
    QFETCH(double, value);
    QFETCH(QString, bigDecimalText);

    const std::optional<double> parsed = jsonpath::number::parseDecimal(literal);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(*parsed, value);
    QCOMPARE(jsonpath::number::bigDecimalText(literal), bigDecimalText);
}

QTEST_GUILESS_MAIN(TestJsonPathFunctions)
#include "tst_jsonpath_functions.moc"
