// Filters: Jayway's operators, logic, existence checks, root references and the comparisons that
// depend on how Jayway types values (string against number, JSON literal against document).

#include "tests/core/jsonpath/JsonPathTestSupport.h"

#include <QTest>

using jsonpathtest::outcome;

namespace {

QJsonValue document(const QString &name)
{
    if (const QJsonValue shared = jsonpathtest::sharedDocument(name); !shared.isUndefined())
        return shared;
    if (name == u"mixed")
        return jsonpathtest::parseDocument(
            uR"([1, "two", 3.5, null, true, {"k": "v"}, [9], "1", ""])"_s);
    if (name == u"text")
        return QJsonArray{u"a\nb"_s, u"A"_s, u"é"_s, u"10.5"_s};
    if (name == u"pairs")
        return jsonpathtest::parseDocument(
            uR"([{"a": 1, "b": "RE"}, {"a": 1, "b": "x"}, {"a": 2, "b": "re"}])"_s);
    if (name == u"scan")
        return jsonpathtest::parseDocument(
            uR"([{"a": {"b": 1}, "b": 2, "id": 1}, {"a": {"c": 1}, "b": 2, "id": 2}, {"x": [{"b": 1}], "id": 3}])"_s);
    if (name == u"booleans")
        return jsonpathtest::parseDocument(uR"([true, false, 1, "true"])"_s);
    qFatal("unknown document %s", qPrintable(name));
}

} // namespace

class TestJsonPathFilters : public QObject
{
    Q_OBJECT

private slots:
    void filters_data();
    void filters();
    void rootPathsAreEvaluatedOncePerEvaluation();
};

void TestJsonPathFilters::filters_data()
{
    QTest::addColumn<QString>("documentName");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");

    const auto row = jsonpathtest::addOutcomeRow;
    const QString people = u"people"_s;
    const QString mixed = u"mixed"_s;
    const QString store = u"store"_s;

    // Comparison operators. Numbers compare by value: 1 == 1.0 == 1e0.
    row("equal", people, u"$[?(@.id == 1)].name"_s, uR"(["alpha"])"_s);
    row("equal to a decimal", people, u"$[?(@.id == 1.0)].name"_s, uR"(["alpha"])"_s);
    row("equal to an exponent", people, u"$[?(@.id == 1e0)].name"_s, uR"(["alpha"])"_s);
    row("equal negative", people, u"$[?(@.score == -1)].name"_s, uR"(["gamma"])"_s);
    row("not equal", people, u"$[?(@.id != 1)].name"_s, uR"(["beta","gamma","Delta"])"_s);
    row("less", people, u"$[?(@.id < 3)].name"_s, uR"(["alpha","beta"])"_s);
    row("less or equal", people, u"$[?(@.score <= 7)].name"_s, uR"(["beta","gamma"])"_s);
    row("greater", people, u"$[?(@.score > 7.5)].name"_s, uR"(["alpha"])"_s);
    row("greater or equal", people, u"$[?(@.id>= 3)].name"_s, uR"(["gamma","Delta"])"_s);
    row("no blanks", people, u"$[?(@.id==2)].name"_s, uR"(["beta"])"_s);
    row("blanks everywhere", people, u"$[ ?( @.name == 'alpha' ) ]"_s + u".id"_s, u"[1]"_s);
    row("double quotes", people, u"$[?(@.name == \"alpha\")].id"_s, u"[1]"_s);
    row("bracket path in filter", people, u"$[?(@['name'] == 'alpha')].id"_s, u"[1]"_s);
    row("path on both sides", people, u"$[?(@.score > @.id)].name"_s, uR"(["alpha","beta"])"_s);
    row("strings compare by UTF-16 code units", people, u"$[?(@.name < 'b')].id"_s, u"[1,4]"_s);
    row("string greater or equal", people, u"$[?(@.name >= 'beta')].id"_s, u"[2,3]"_s);
    row("number against string never orders", people, u"$[?(@.id < 'b')].id"_s, u"[]"_s);
    row("escaped quote in a literal", people, u"$[?(@.name == 'al\\'pha')].id"_s, u"[]"_s);

    // Jayway compares a string with a number by their texts (NumberNode/StringNode.equals).
    row("number equals its text", people, u"$[?(@.id == '1')].name"_s, uR"(["alpha"])"_s);
    row("type-safe equal refuses a string", people, u"$[?(@.id === '1')].name"_s, u"[]"_s);
    row("type-safe equal", people, u"$[?(@.id === 1)].name"_s, uR"(["alpha"])"_s);
    row("type-safe not equal", people, u"$[?(@.id !== 1)].name"_s,
        uR"(["beta","gamma","Delta"])"_s);
    row("a string element equals a number", mixed, u"$[?(@ == 1)]"_s, uR"([1,"1"])"_s);
    row("a number element equals a string", mixed, u"$[?(@ == '1')]"_s, uR"([1,"1"])"_s);
    row("type-safe keeps the number", mixed, u"$[?(@ === 1)]"_s, u"[1]"_s);
    // The text comparison is asymmetric: a document string meets the literal's own text "10.50",
    // while a document number is compared by value.
    row("string against decimal literal compares texts", u"text"_s, u"$[?(@ == 10.50)]"_s, u"[]"_s);
    row("string against equal text", u"text"_s, u"$[?(@ == 10.5)]"_s, uR"(["10.5"])"_s);
    row("number against longer text", people, u"$[?(@.score == '10.50')].id"_s, u"[1]"_s);

    row("equal string", mixed, u"$[?(@ == 'two')]"_s, uR"(["two"])"_s);
    row("equal null", mixed, u"$[?(@ == null)]"_s, u"[null]"_s);
    row("equal true", mixed, u"$[?(@ == true)]"_s, u"[true]"_s);
    row("not equal true", mixed, u"$[?(@ != true)]"_s,
        uR"([1,"two",3.5,null,{"k":"v"},[9],"1",""])"_s);
    row("numbers only order numbers", mixed, u"$[?(@ > 0)]"_s, u"[1,3.5]"_s);
    row("array equals JSON literal", mixed, u"$[?(@ == [9])]"_s, u"[[9]]"_s);
    row("document array equals literal", people, u"$[?(@.tags == ['x','y'])].id"_s, u"[1]"_s);
    row("document array equals double-quoted literal", people, u"$[?(@.tags == [\"x\"])].id"_s,
        u"[4]"_s);
    // Jayway keeps a JSON literal as its source text; on the left of == it never equals anything.
    row("JSON literal on the left never equals", people, u"$[?(['x','y'] == @.tags)].id"_s,
        u"[]"_s);
    row("element path", people, u"$[?(@.tags[0] == 'x')].id"_s, u"[1,4]"_s);
    row("indefinite path yields a list, not a value", people, u"$[?(@.tags[*] == 'x')].id"_s,
        u"[]"_s);
    row("nested path", people, u"$[?(@.nested.id == 40)].name"_s, uR"(["Delta"])"_s);

    // Missing members are "undefined": equal to nothing, unequal to everything.
    row("missing equals nothing", people, u"$[?(@.missing == 1)].id"_s, u"[]"_s);
    row("missing differs from everything", people, u"$[?(@.missing != 1)].id"_s, u"[1,2,3,4]"_s);
    row("missing is not null", people, u"$[?(@.missing == null)].id"_s, u"[]"_s);
    row("missing does not order", people, u"$[?(@.missing > 1)].id"_s, u"[]"_s);
    row("missing is not in a list", people, u"$[?(@.missing nin [1])].id"_s, u"[1,2,3,4]"_s);

    // Existence checks: a member that is present, even null, exists.
    row("exists", people, u"$[?(@.extra)].id"_s, u"[3,4]"_s);
    row("does not exist", people, u"$[?(!@.extra)].id"_s, u"[1,2]"_s);
    row("null is not missing", people, u"$[?(@.extra == null)].id"_s, u"[3]"_s);
    row("null differs from a value", people, u"$[?(@.extra != null)].id"_s, u"[1,2,4]"_s);
    row("nested existence", people, u"$[?(@.nested.name)].id"_s, u"[4]"_s);
    row("item itself exists", people, u"$[?(@)].id"_s, u"[1,2,3,4]"_s);
    row("member of an object in a list", mixed, u"$[?(@.k)]"_s, uR"([{"k":"v"}])"_s);
    // An indefinite existence check only asks whether the path can be walked.
    row("indefinite existence check", people, u"$[?(@.tags[?(@ == 'y')])].id"_s, u"[1,2,3,4]"_s);
    // Jayway checks existence with Option.REQUIRE_PROPERTIES, so a deep scan in an existence check
    // needs the name on every object it meets.
    row("deep scan existence needs the name everywhere", u"scan"_s, u"$[?(@..b)].id"_s, u"[1]"_s);
    row("wildcard existence", u"scan"_s, u"$[?(@.*)].id"_s, u"[1,2,3]"_s);
    // Jayway evaluates an existence check against the item even when it starts with '$'.
    row("root path existence reads the item", people, u"$[?($.nested)].id"_s, u"[4]"_s);
    // '!' before a path only negates an existence check; in a comparison Jayway ignores it.
    row("negation ignored in a comparison", people, u"$[?(!@.id == 1)].name"_s, uR"(["alpha"])"_s);

    // Logic: && binds tighter than ||; ! and parentheses.
    row("and", people, u"$[?(@.id == 1 && @.name == 'alpha')].id"_s, u"[1]"_s);
    row("or", people, u"$[?(@.id == 1 || @.id == 2)].name"_s, uR"(["alpha","beta"])"_s);
    row("and before or", people, u"$[?(@.id == 1 || @.id == 2 && @.name == 'x')].id"_s, u"[1]"_s);
    row("parentheses", people, u"$[?((@.id == 1 || @.id == 2) && @.name == 'beta')].name"_s,
        uR"(["beta"])"_s);
    row("not", people, u"$[?(!(@.id == 1))].name"_s, uR"(["beta","gamma","Delta"])"_s);
    row("double not", people, u"$[?(!!(@.id == 1))].name"_s, uR"(["alpha"])"_s);
    row("not of a conjunction", store,
        u"$.store.book[?(!(@.price < 10 && @.category == 'fiction'))].title"_s,
        uR"(["Sayings of the Century","Sword of Honour","The Lord of the Rings"])"_s);
    row("existence within logic", people, u"$[?(@.extra && (@.id == 1 || @.id == 3))].id"_s,
        u"[3]"_s);
    row("and with existence first", people, u"$[?((@.id == 3 || @.id == 1) && @.extra)].id"_s,
        u"[3]"_s);
    row("README and", store, u"$.store.book[?(@.price < 10 && @.category == 'fiction')].title"_s,
        uR"(["Moby Dick"])"_s);
    row("README or", store, u"$.store.book[?(@.category == 'reference' || @.price > 10)].title"_s,
        uR"(["Sayings of the Century","Sword of Honour","The Lord of the Rings"])"_s);
    row("issue example", u"pairs"_s, u"$[?(@.a == 1 && @.b =~ /re/i)]"_s,
        uR"([{"a":1,"b":"RE"}])"_s);

    // Regular expressions must match the whole value, as Java's Matcher.matches().
    row("regex", people, u"$[?(@.name =~ /^a.*/)].id"_s, u"[1]"_s);
    row("regex ignore case", people, u"$[?(@.name =~ /ALPHA/i)].id"_s, u"[1]"_s);
    row("regex must match whole value", people, u"$[?(@.name =~ /al/)].id"_s, u"[]"_s);
    row("regex alternatives", people, u"$[?(@.name =~ /^(alpha|beta)$/)].id"_s, u"[1,2]"_s);
    row("regex character class", people, u"$[?(@.name =~ /.*a$/)].id"_s, u"[1,2,3,4]"_s);
    row("regex on numbers and booleans", mixed, u"$[?(@ =~ /t.*/)]"_s, uR"(["two",true])"_s);
    row("regex on number text", mixed, u"$[?(@ =~ /1/)]"_s, uR"([1,"1"])"_s);
    row("regex on decimal text", mixed, u"$[?(@ =~ /3\\.5/)]"_s, u"[3.5]"_s);
    row("regex on the left", mixed, u"$[?(/t.*/ =~ @)]"_s, uR"(["two",true])"_s);
    row("regex on a list matches any element", people, u"$[?(@.tags =~ /y/)].id"_s, u"[1,3]"_s);
    row("regex against regex", mixed, u"$[?(/a/ =~ /a/)]"_s, u"[]"_s);
    row("regex dot does not match newline", u"text"_s, u"$[?(@ =~ /a.b/)]"_s, u"[]"_s);
    row("regex flag s", u"text"_s, u"$[?(@ =~ /a.b/s)]"_s, uR"(["a\nb"])"_s);
    row("regex flag x", u"text"_s, u"$[?(@ =~ / A /x)]"_s, uR"(["A"])"_s);
    row("regex escaped slash", u"text"_s, u"$[?(@ =~ /a\\/b/)]"_s, u"[]"_s);

    // size and empty: strings by length, arrays by element count.
    row("size of array", people, u"$[?(@.tags size 2)].id"_s, u"[1]"_s);
    row("size zero", people, u"$[?(@.tags size 0)].id"_s, u"[2]"_s);
    row("size of string", people, u"$[?(@.name size 5)].id"_s, u"[1,3,4]"_s);
    row("size needs a number", people, u"$[?(@.tags size '2')].id"_s, u"[]"_s);
    row("size of mixed values", mixed, u"$[?(@ size 1)]"_s, uR"([[9],"1"])"_s);
    row("empty array", people, u"$[?(@.tags empty true)].id"_s, u"[2]"_s);
    row("non-empty array", people, u"$[?(@.tags empty false)].id"_s, u"[1,3,4]"_s);
    row("non-empty string", people, u"$[?(@.name empty false)].id"_s, u"[1,2,3,4]"_s);
    row("empty needs a boolean", people, u"$[?(@.tags empty 1)].id"_s, u"[]"_s);
    // Jayway casts an object to a Collection for "empty" and fails the whole read.
    row("empty on an object fails", mixed, u"$[?(@ empty true)]"_s, u"error"_s);

    // Lists.
    row("in", people, u"$[?(@.id in [1,3])].name"_s, uR"(["alpha","gamma"])"_s);
    row("nin", people, u"$[?(@.id nin [1,3])].name"_s, uR"(["beta","Delta"])"_s);
    row("in strings", people, u"$[?(@.name in ['alpha','beta'])].id"_s, u"[1,2]"_s);
    row("operator names ignore case", people, u"$[?(@.name IN ['alpha'])].id"_s, u"[1]"_s);
    row("in empty list", people, u"$[?(@.id in [])].name"_s, u"[]"_s);
    row("in mixes strings and numbers", mixed, u"$[?(@ in [1, 'two'])]"_s, uR"([1,"two","1"])"_s);
    row("in a document list", people, u"$[?('inner' in @..name)].id"_s, u"[4]"_s);
    row("in a root list", people, u"$[?(@.name in $[*].nested.name)].id"_s, u"[]"_s);
    row("in a non-list rejects", people, u"$[?(@.id in 'abc')].id"_s, u"[]"_s);
    // nin is "not in", but a right side that is not even JSON rejects the item either way.
    row("nin a non-list rejects", people, u"$[?(@.id nin 'abc')].id"_s, u"[]"_s);
    row("nin a JSON object accepts", people, u"$[?(@.id nin {'a': 1})].id"_s, u"[1,2,3,4]"_s);
    row("list with nested arrays fails", people, u"$[?(@.id in [[1], 2])].id"_s, u"error"_s);
    row("contains in a list", people, u"$[?(@.tags contains 'y')].id"_s, u"[1,3]"_s);
    row("contains in a string", people, u"$[?(@.name contains 'amm')].id"_s, u"[3]"_s);
    row("anyof", people, u"$[?(@.tags anyof ['x'])].id"_s, u"[1,4]"_s);
    row("noneof", people, u"$[?(@.tags noneof ['x'])].id"_s, u"[2,3]"_s);
    row("subsetof", people, u"$[?(@.tags subsetof ['x','y'])].id"_s, u"[1,2,3,4]"_s);
    row("subsetof smaller set", people, u"$[?(@.tags subsetof ['y'])].id"_s, u"[2,3]"_s);
    row("subsetof needs a list on the left", people, u"$[?(@.name subsetof ['alpha'])].id"_s,
        u"[]"_s);
    row("README subsetof", u"pairs"_s, u"$[?(@.b subsetof ['x'])]"_s, u"[]"_s);

    // Operators an inline filter cannot feed: Jayway rejects every item.
    row("all", people, u"$[?(@.tags all ['x'])].id"_s, u"[]"_s);
    row("matches", people, u"$[?(@.name matches 'x')].id"_s, u"[]"_s);
    row("type", people, u"$[?(@.name type 1)].id"_s, u"[]"_s);
    // exists compares two booleans; a non-boolean side rejects the item.
    row("exists operator", u"booleans"_s, u"$[?(@ exists true)]"_s, u"[true]"_s);
    row("exists operator false", u"booleans"_s, u"$[?(@ exists false)]"_s, u"[false]"_s);
    row("exists operator without boolean fails", u"booleans"_s, u"$[?(@ exists 1)]"_s, u"error"_s);

    // Root references and functions inside filters.
    row("root value", people, u"$[?(@.id == $[0].id)].name"_s, uR"(["alpha"])"_s);
    row("root value with bracket", people, u"$[?(@.score > $[1]['score'])].name"_s,
        uR"(["alpha"])"_s);
    row("root condition", people, u"$[?($[0].id == 1)].id"_s, u"[1,2,3,4]"_s);
    row("function in filter", people, u"$[?(@.tags.length() > 0)].id"_s, u"[1,3,4]"_s);
    row("function and comparison", people, u"$[?(@.tags.length() > 1 && @.score > 0)].name"_s,
        uR"(["alpha"])"_s);
    row("function on a missing member", people, u"$[?(@.missing.length() == 0)].id"_s, u"[]"_s);

    // Where filters apply.
    row("two filters in a row", people, u"$[?(@.id == 1)][?(@.id == 1)].name"_s, uR"(["alpha"])"_s);
    row("filter then index", people, u"$[?(@.id == 1)].tags[1]"_s, uR"(["y"])"_s);
    row("filter under deep scan", people, u"$..[?(@.id > 3)].name"_s, uR"(["Delta","inner"])"_s);
    row("deep scan filter tests containers", mixed, u"$..[?(@ == 1)]"_s, u"[]"_s);
    row("filter on a scalar after a wildcard", people, u"$[*].name[?(@ == 'x')]"_s, u"[]"_s);
    row("filter on a scalar in a definite position fails", people, u"$[0].name[?(@ == 'x')]"_s,
        u"error"_s);
    row("filter inside a filter path on a scalar rejects", people,
        u"$[?(@.name[?(@ == 1)] size 0)].id"_s, u"[]"_s);
}

void TestJsonPathFilters::filters()
{
    QFETCH(QString, documentName);
    QFETCH(QString, expression);
    QFETCH(QString, expected);

    QCOMPARE(outcome(expression, document(documentName)), expected);
}

void TestJsonPathFilters::rootPathsAreEvaluatedOncePerEvaluation()
{
    // "$..big" would cost a walk of the whole document per item; it is evaluated once. With a
    // budget too small for one walk per item, the evaluation still succeeds.
    QJsonArray items;
    QJsonArray big;
    for (int i = 0; i < 2000; ++i) {
        items.append(QJsonObject{{u"v"_s, i}});
        big.append(i);
    }
    const QJsonObject document{{u"items"_s, items}, {u"big"_s, big}};
    JsonPathLimits limits;
    limits.maxSteps = 200'000;
    QCOMPARE(outcome(u"$.items[?(@.v > $.big.length())]"_s, document, limits), u"[]"_s);
    QCOMPARE(outcome(u"$.items[?(@.v == $.big[-1])].v"_s, document, limits), u"[1999]"_s);
    // Comparing against a whole list per item is real work, and it counts.
    QCOMPARE(outcome(u"$.items[?(@.v in $.big)].v"_s, document, limits), u"error"_s);
}

QTEST_GUILESS_MAIN(TestJsonPathFilters)
#include "tst_jsonpath_filters.moc"
