// Compiling Jayway JsonPath expressions: what is accepted, how it normalises, which paths are
// definite, and where and why invalid expressions are refused.

#include "tests/core/jsonpath/JsonPathTestSupport.h"

#include <QTest>

class TestJsonPathParser : public QObject
{
    Q_OBJECT

private slots:
    void acceptsJaywaySyntax_data();
    void acceptsJaywaySyntax();
    void rejectsInvalidExpressions_data();
    void rejectsInvalidExpressions();
    void errorMessageIsOneSentenceNamingThePosition_data();
    void errorMessageIsOneSentenceNamingThePosition();
    void relativePathsReportPositionsInTheOriginalText();
    void expressionLengthIsBounded();
    void nestingDepthIsBounded();
    void pathSegmentsAreBounded();
    void regexLengthIsBounded();
    void compiledPathKeepsItsExpression();
};

void TestJsonPathParser::acceptsJaywaySyntax_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("definite");

    QTest::newRow("root") << u"$"_s << u"$"_s << true;
    QTest::newRow("current item") << u"@"_s << u"@"_s << true;
    QTest::newRow("dot property") << u"$.prop"_s << u"$['prop']"_s << true;
    QTest::newRow("name starting with a digit") << u"$.1prop"_s << u"$['1prop']"_s << true;
    QTest::newRow("name starting with @") << u"$.@prop"_s << u"$['@prop']"_s << true;
    QTest::newRow("name with a dash") << u"$.a-b"_s << u"$['a-b']"_s << true;
    QTest::newRow("non-ASCII name") << u"$.ünï"_s << u"$['ünï']"_s << true;
    QTest::newRow("chain") << u"$.aaa.bbb.ccc"_s << u"$['aaa']['bbb']['ccc']"_s << true;
    QTest::newRow("bracket property") << u"$['prop']"_s << u"$['prop']"_s << true;
    QTest::newRow("bracket with blanks") << u"$[  '@prop'  ]"_s << u"$['@prop']"_s << true;
    QTest::newRow("double-quoted name keeps its quotes")
        << u"$[\"prop\"]"_s << u"$[\"prop\"]"_s << true;
    QTest::newRow("escaped quote") << u"$['it\\'s']"_s << u"$['it's']"_s << true;
    QTest::newRow("other quote inside") << u"$[\"it's\"]"_s << u"$[\"it's\"]"_s << true;
    QTest::newRow("unicode escape") << u"$['\\u00fcn']"_s << u"$['ün']"_s << true;
    QTest::newRow("empty name") << u"$['']"_s << u"$['']"_s << true;
    QTest::newRow("two names last merge, definite") << u"$['a', 'b']"_s << u"$['a','b']"_s << true;
    QTest::newRow("two names in the middle branch")
        << u"$['a','b'].c"_s << u"$['a','b']['c']"_s << false;
    QTest::newRow("dot wildcard") << u"$.*"_s << u"$[*]"_s << false;
    QTest::newRow("bracket wildcard") << u"$[ * ]"_s << u"$[*]"_s << false;
    QTest::newRow("wildcard after property") << u"$.prop[*]"_s << u"$['prop'][*]"_s << false;
    QTest::newRow("index") << u"$[1]"_s << u"$[1]"_s << true;
    QTest::newRow("negative index") << u"$[-1]"_s << u"$[-1]"_s << true;
    QTest::newRow("index union") << u"$[ 1 , 2 , 3 ]"_s << u"$[1,2,3]"_s << false;
    QTest::newRow("slice from") << u"$[-1:]"_s << u"$[-1:]"_s << false;
    QTest::newRow("slice between") << u"$[1:2]"_s << u"$[1:2]"_s << false;
    QTest::newRow("slice to") << u"$[:2]"_s << u"$[:2]"_s << false;
    QTest::newRow("slice step is ignored") << u"$[1:2:3]"_s << u"$[1:2]"_s << false;
    QTest::newRow("deep scan") << u"$..['prop']..[*]"_s << u"$..['prop']..[*]"_s << false;
    QTest::newRow("deep scan index") << u"$..[0]"_s << u"$..[0]"_s << false;
    QTest::newRow("dot before bracket") << u"$.['a']"_s << u"$['a']"_s << true;
    QTest::newRow("filter") << u"$[?(@.foo == 'bar')]"_s << u"$[?]"_s << false;
    QTest::newRow("filter, double quotes") << u"$[?(@.foo == \"bar\")]"_s << u"$[?]"_s << false;
    QTest::newRow("filter with blanks") << u"$[ ?( @.a == 1 ) ]"_s << u"$[?]"_s << false;
    QTest::newRow("and, or, not, parentheses")
        << u"$[?(!(@.price < 10 && @.category == 'fiction') || (@.a && !@.b))]"_s << u"$[?]"_s
        << false;
    QTest::newRow("regex with flags")
        << u"$..book[?(@.author =~ /.*REES/i)]"_s << u"$..['book'][?]"_s << false;
    QTest::newRow("regex containing && and (")
        << u"$[?(@.m =~ /&&|\\(it/)]"_s << u"$[?]"_s << false;
    QTest::newRow("string containing ] and &&")
        << u"$[?(@.m == '] && it')]"_s << u"$[?]"_s << false;
    QTest::newRow("root reference in filter")
        << u"$..book[?(@.price <= $['expensive'])]"_s << u"$..['book'][?]"_s << false;
    QTest::newRow("filter inside a filter path")
        << u"$[?(@.a[?(@.b == 1)])]"_s << u"$[?]"_s << false;
    QTest::newRow("every operator")
        << u"$[?(@.a == 1 || @.a != 1 || @.a === 1 || @.a !== 1 || @.a < 1 || @.a <= 1 || @.a > 1 "
           u"|| @.a >= 1"
           " || @.a =~ /x/ || @.a in [1] || @.a nin [1] || @.a subsetof [1] || @.a anyof [1] || "
           "@.a noneof [1]"
           " || @.a size 1 || @.a empty true || @.a contains 1 || @.a NIN [2])]"_s
        << u"$[?]"_s << false;
    QTest::newRow("relative path") << u"store.book"_s << u"$['store']['book']"_s << true;
    QTest::newRow("relative bracket") << u"[0].name"_s << u"$[0]['name']"_s << true;
    QTest::newRow("trailing blanks") << u"$.a   "_s << u"$['a']"_s << true;
    QTest::newRow("function") << u"$.length()"_s << u"$.length()"_s << true;
    QTest::newRow("function with blank arguments")
        << u"$.a.length( )"_s << u"$['a'].length()"_s << true;
    QTest::newRow("function after wildcard is indefinite")
        << u"$[*].length()"_s << u"$[*].length()"_s << false;
    QTest::newRow("deep scan then function becomes a call")
        << u"$..book.length()"_s << u"$.length()"_s << true;
    QTest::newRow("chained functions")
        << u"$.numbers.append(1, 2).avg()"_s << u"$['numbers'].append(...).avg()"_s << true;
    QTest::newRow("path and JSON arguments")
        << u"$.sum(5, $.a.max(), {\"x\": [1, 2]}, \"s\", -1.5)"_s << u"$.sum(...)"_s << true;
    QTest::newRow("property after bracket without dot (Jayway reads it)")
        << u"$['a']bc"_s << u"$['a']['bc']"_s << true;
}

void TestJsonPathParser::acceptsJaywaySyntax()
{
    QFETCH(QString, expression);
    QFETCH(QString, normalized);
    QFETCH(bool, definite);

    const JsonPathCompileResult compiled = JsonPath::compile(expression);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
    QCOMPARE(compiled.path().normalized(), normalized);
    QCOMPARE(compiled.path().isDefinite(), definite);
    QCOMPARE(compiled.path().expression(), expression);
}

void TestJsonPathParser::rejectsInvalidExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<qsizetype>("position");

    QTest::newRow("empty") << u""_s << qsizetype(0);
    QTest::newRow("blank") << u"   "_s << qsizetype(0);
    QTest::newRow("leading space (Jayway reads it as a relative name)")
        << u" $.a"_s << qsizetype(0);
    QTest::newRow("root followed by a name") << u"$X"_s << qsizetype(1);
    QTest::newRow("ends with a dot") << u"$."_s << qsizetype(1);
    QTest::newRow("ends with a dot after a name") << u"$.prop."_s << qsizetype(6);
    QTest::newRow("ends with a deep scan") << u"$.."_s << qsizetype(2);
    QTest::newRow("ends with a deep scan after a name") << u"$.prop.."_s << qsizetype(7);
    QTest::newRow("three dots") << u"$...a"_s << qsizetype(3);
    QTest::newRow("blank in a dot name") << u"$.foo bar"_s << qsizetype(5);
    QTest::newRow("lone bracket") << u"$["_s << qsizetype(1);
    QTest::newRow("bare word in brackets") << u"$[a b]"_s << qsizetype(1);
    QTest::newRow("unclosed name") << u"$['a"_s << qsizetype(2);
    QTest::newRow("unclosed bracket") << u"$['a'"_s << qsizetype(5);
    QTest::newRow("names without comma") << u"$['a' 'b']"_s << qsizetype(6);
    QTest::newRow("empty last name") << u"$['a',]"_s << qsizetype(6);
    QTest::newRow("mixed quotes (Jayway drops the second)") << u"$['a',\"b\"]"_s << qsizetype(6);
    QTest::newRow("bad unicode escape") << u"$['\\u12G4']"_s << qsizetype(3);
    QTest::newRow("trailing comma in indexes") << u"$[1,]"_s << qsizetype(2);
    QTest::newRow("letter in index") << u"$[1a]"_s << qsizetype(2);
    QTest::newRow("two indexes without comma") << u"$[1 2]"_s << qsizetype(2);
    QTest::newRow("double minus") << u"$[--1]"_s << qsizetype(2);
    QTest::newRow("index beyond 32 bits") << u"$[99999999999]"_s << qsizetype(2);
    QTest::newRow("slice without bounds") << u"$[:]"_s << qsizetype(2);
    QTest::newRow("slice with only a step") << u"$[::2]"_s << qsizetype(2);
    QTest::newRow("slice with blanks") << u"$[1 :2]"_s << qsizetype(2);
    QTest::newRow("unclosed wildcard") << u"$[*"_s << qsizetype(3);
    QTest::newRow("ignored trailing character (Jayway drops it)") << u"$['a']x"_s << qsizetype(6);
    QTest::newRow("ignored trailing bracket") << u"$.a["_s << qsizetype(3);
    QTest::newRow("extra closing bracket") << u"$[?(@.a == 1)]]"_s << qsizetype(14);
    QTest::newRow("filter placeholder") << u"$[?]"_s << qsizetype(1);
    QTest::newRow("filter without parenthesis") << u"$[?@.a]"_s << qsizetype(3);
    QTest::newRow("unclosed filter") << u"$[?(@.a]"_s << qsizetype(3);
    QTest::newRow("filter without closing bracket") << u"$[?(@.a == 1)"_s << qsizetype(13);
    QTest::newRow("junk after filter") << u"$[?(@.a == 1) x]"_s << qsizetype(14);
    QTest::newRow("missing right operand") << u"$[?(@.a == )]"_s << qsizetype(11);
    QTest::newRow("unknown operator") << u"$[?(@.a foo 1)]"_s << qsizetype(8);
    QTest::newRow("type operator needs a class") << u"$[?(@.name type string)]"_s << qsizetype(16);
    QTest::newRow("unclosed string") << u"$[?(@.a == 'x)]"_s << qsizetype(11);
    QTest::newRow("unclosed regex") << u"$[?(@.a =~ /x)]"_s << qsizetype(11);
    QTest::newRow("invalid regex") << u"$[?(@.a =~ /(/)]"_s << qsizetype(13);
    QTest::newRow("unknown regex flag") << u"$[?(@.a =~ /x/z)]"_s << qsizetype(14);
    QTest::newRow("lone literal") << u"$[?(1)]"_s << qsizetype(5);
    QTest::newRow("negated literal") << u"$[?(!1)]"_s << qsizetype(6);
    QTest::newRow("unclosed JSON literal") << u"$[?(@.a in [1,)]"_s << qsizetype(11);
    QTest::newRow("invalid JSON literal") << u"$[?(@.a in [1, {\"a\": ]])]"_s << qsizetype(21);
    QTest::newRow("dangling and") << u"$[?(@.a == 1 && )]"_s << qsizetype(16);
    QTest::newRow("two comparisons without operator") << u"$[?(@.a == 1 @.b)]"_s << qsizetype(13);
    QTest::newRow("unbalanced parentheses") << u"$[?((@.a == 1)]"_s << qsizetype(3);
    QTest::newRow("invalid number") << u"$[?(@.a == 1.2.3)]"_s << qsizetype(11);
    QTest::newRow("misspelt true") << u"$[?(@.a == tru)]"_s << qsizetype(11);
    QTest::newRow("misspelt null") << u"$[?(@.a == nul)]"_s << qsizetype(11);
    QTest::newRow("invalid path inside filter") << u"$[?(@.a..)]"_s << qsizetype(8);
    QTest::newRow("unknown function") << u"$.foo()"_s << qsizetype(2);
    QTest::newRow("misspelt function") << u"$.items.lenght()"_s << qsizetype(8);
    QTest::newRow("unclosed function") << u"$.a.length("_s << qsizetype(10);
    QTest::newRow("unclosed function string") << u"$.concat(\"a)"_s << qsizetype(8);
    QTest::newRow("empty function argument") << u"$.sum(1,)"_s << qsizetype(8);
    QTest::newRow("argument that is neither path nor JSON") << u"$.sum(true)"_s << qsizetype(6);
    QTest::newRow("invalid path argument") << u"$.sum($.a.)"_s << qsizetype(9);
    QTest::newRow("name after a no-argument call")
        << u"$.store.book.first().title"_s << qsizetype(20);
    QTest::newRow("function right after a deep scan") << u"$..length()"_s << qsizetype(3);
}

void TestJsonPathParser::rejectsInvalidExpressions()
{
    QFETCH(QString, expression);
    QFETCH(qsizetype, position);

    const JsonPathCompileResult compiled = JsonPath::compile(expression);
    QVERIFY2(!compiled.ok(), qPrintable(expression));
    QVERIFY(!compiled.path().isValid());
    QCOMPARE(compiled.error().position, position);
    QVERIFY(!compiled.error().message.isEmpty());
}

void TestJsonPathParser::errorMessageIsOneSentenceNamingThePosition_data()
{
    rejectsInvalidExpressions_data();
}

void TestJsonPathParser::errorMessageIsOneSentenceNamingThePosition()
{
    QFETCH(QString, expression);
    QFETCH(qsizetype, position);

    const QString message = JsonPath::compile(expression).error().message;
    QVERIFY2(message.contains(u"position "_s + QString::number(position)), qPrintable(message));
    QVERIFY2(message.front().isUpper(), qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
}

void TestJsonPathParser::relativePathsReportPositionsInTheOriginalText()
{
    // Jayway compiles "a.b c" as "$.a.b c"; the position must still point into what was typed.
    const JsonPathCompileResult compiled = JsonPath::compile(u"a.b c"_s);
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().position, qsizetype(3));
}

void TestJsonPathParser::expressionLengthIsBounded()
{
    JsonPathLimits limits;
    limits.maxExpressionLength = 100;
    QVERIFY(JsonPath::compile(u"$.a"_s + QString(90, u'b'), limits).ok());
    const JsonPathCompileResult tooLong = JsonPath::compile(u"$.a"_s + QString(200, u'b'), limits);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().position, qsizetype(100));
}

void TestJsonPathParser::nestingDepthIsBounded()
{
    JsonPathLimits limits;
    limits.maxNestingDepth = 10;
    const auto nested = [](int depth) {
        return u"$[?("_s + QString(depth, u'(') + u"@.a == 1"_s + QString(depth, u')') + u")]"_s;
    };
    QVERIFY(JsonPath::compile(nested(5), limits).ok());
    const JsonPathCompileResult tooDeep = JsonPath::compile(nested(20), limits);
    QVERIFY(!tooDeep.ok());
    QVERIFY(tooDeep.error().message.contains(u"10"_s));

    // Filters within filter paths and function arguments count as well.
    QString filters = u"@.a"_s;
    for (int i = 0; i < 20; ++i)
        filters = u"@.x[?("_s + filters + u")]"_s;
    QVERIFY(!JsonPath::compile(u"$[?("_s + filters + u")]"_s, limits).ok());
    QString calls = u"$.a"_s;
    for (int i = 0; i < 20; ++i)
        calls = u"$.sum("_s + calls + u")"_s;
    QVERIFY(!JsonPath::compile(calls, limits).ok());
}

void TestJsonPathParser::pathSegmentsAreBounded()
{
    JsonPathLimits limits;
    limits.maxPathSegments = 50;
    QVERIFY(JsonPath::compile(u"$"_s + QString(u".a"_s).repeated(50), limits).ok());
    QVERIFY(!JsonPath::compile(u"$"_s + QString(u".a"_s).repeated(51), limits).ok());
}

void TestJsonPathParser::regexLengthIsBounded()
{
    JsonPathLimits limits;
    limits.maxRegexLength = 20;
    QVERIFY(JsonPath::compile(u"$[?(@.a =~ /"_s + QString(20, u'x') + u"/)]"_s, limits).ok());
    const JsonPathCompileResult tooLong =
        JsonPath::compile(u"$[?(@.a =~ /"_s + QString(21, u'x') + u"/)]"_s, limits);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().position, qsizetype(11));
}

void TestJsonPathParser::compiledPathKeepsItsExpression()
{
    const JsonPath empty;
    QVERIFY(!empty.isValid());
    QVERIFY(empty.evaluate(QJsonObject()).isError());

    const JsonPath path = JsonPath::compile(u"$.store.book[0].title"_s).path();
    const JsonPath copy = path; // cheap, shares the compiled form
    QCOMPARE(copy.expression(), u"$.store.book[0].title"_s);
    QVERIFY(copy.isDefinite());
    QVERIFY(!copy.isFunctionPath());
    QVERIFY(JsonPath::compile(u"$.a.length()"_s).path().isFunctionPath());
}

QTEST_GUILESS_MAIN(TestJsonPathParser)
#include "tst_jsonpath_parser.moc"
