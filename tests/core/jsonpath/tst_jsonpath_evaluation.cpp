// Evaluating paths: navigation, deep scan, indexes, slices, unions, definite versus indefinite
// results and "path not found", with the Jayway behaviours that surprise.

#include "tests/core/jsonpath/JsonPathTestSupport.h"

#include <QTest>

using jsonpathtest::outcome;

namespace {

QJsonValue document(const QString &name)
{
    if (const QJsonValue shared = jsonpathtest::sharedDocument(name); !shared.isUndefined())
        return shared;
    if (name == u"nested")
        // Keys already in alphabetical order, so QJsonObject's member order is the document's.
        return jsonpathtest::parseDocument(
            uR"({"a": {"b": [{"c": 1, "d": 2}], "e": {"f": 3}}, "g": 4, "matrix": [[1, 2], [3, 4], [5, [6, 7]]]})"_s);
    if (name == u"special") {
        return QJsonObject{{u"a b"_s, 1},
                           {u"a.b"_s, 2},
                           {u"it's"_s, 3},
                           {u"quo\"te"_s, 4},
                           {u"\u00fcn\u00ef"_s, 5},
                           {u""_s, 6},
                           {u"$"_s, 7},
                           {u"@"_s, 8},
                           {u"*"_s, 9},
                           {u"[0]"_s, 10},
                           {u"1"_s, 11},
                           {u"x"_s, QJsonObject{{u"y z"_s, QJsonObject{{u"w"_s, 12}}}}},
                           {u"tab\tkey"_s, 13}};
    }
    if (name == u"number")
        return 42;
    if (name == u"string")
        return u"text"_s;
    if (name == u"null")
        return QJsonValue::Null;
    qFatal("unknown document %s", qPrintable(name));
}

} // namespace

class TestJsonPathEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data();
    void evaluates();
    void definitePathYieldsTheValueItself();
    void indefinitePathYieldsAnArray();
    void notFoundIsAnOutcomeNotAnError();
    void evaluationErrorsAreReported();
    void pathCanBeEvaluatedAgainstManyDocuments();
    void documentIsNotModified();
};

void TestJsonPathEvaluation::evaluates_data()
{
    QTest::addColumn<QString>("documentName");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");

    const auto row = jsonpathtest::addOutcomeRow;
    const QString store = u"store"_s;

    // The examples of Jayway's README.
    row("authors of all books", store, u"$.store.book[*].author"_s,
        uR"(["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"])"_s);
    row("all authors", store, u"$..author"_s,
        uR"(["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"])"_s);
    row("third book", store, u"$..book[2].title"_s, uR"(["Moby Dick"])"_s);
    row("second to last book", store, u"$..book[-2].title"_s, uR"(["Moby Dick"])"_s);
    row("first two books", store, u"$..book[0,1].title"_s,
        uR"(["Sayings of the Century","Sword of Honour"])"_s);
    row("books until index 2", store, u"$..book[:2].title"_s,
        uR"(["Sayings of the Century","Sword of Honour"])"_s);
    row("books from 1 until 2", store, u"$..book[1:2].title"_s, uR"(["Sword of Honour"])"_s);
    row("last two books", store, u"$..book[-2:].title"_s,
        uR"(["Moby Dick","The Lord of the Rings"])"_s);
    row("books from index 2", store, u"$..book[2:].title"_s,
        uR"(["Moby Dick","The Lord of the Rings"])"_s);
    row("books with an ISBN", store, u"$..book[?(@.isbn)].title"_s,
        uR"(["Moby Dick","The Lord of the Rings"])"_s);
    row("cheap books", store, u"$.store.book[?(@.price < 10)].title"_s,
        uR"(["Sayings of the Century","Moby Dick"])"_s);
    row("not expensive books", store, u"$..book[?(@.price <= $['expensive'])].title"_s,
        uR"(["Sayings of the Century","Moby Dick"])"_s);
    row("regex ignoring case", store, u"$..book[?(@.author =~ /.*REES/i)].title"_s,
        uR"(["Sayings of the Century"])"_s);
    row("number of books", store, u"$..book.length()"_s, u"4"_s);

    // Dot and bracket notation, definite paths.
    row("dot notation", store, u"$.store.book[0].title"_s, uR"("Sayings of the Century")"_s);
    row("bracket notation", store, u"$['store']['book'][0]['title']"_s,
        uR"("Sayings of the Century")"_s);
    row("double-quoted brackets", store, u"$[\"store\"][\"bicycle\"][\"color\"]"_s, uR"("red")"_s);
    row("relative path", store, u"store.bicycle.color"_s, uR"("red")"_s);
    row("@ at the top reads the document", store, u"@.store.bicycle.color"_s, uR"("red")"_s);
    row("root", u"number"_s, u"$"_s, u"42"_s);
    row("number member", store, u"$.expensive"_s, u"10"_s);
    row("null member", u"people"_s, u"$[2].extra"_s, u"null"_s);

    // Indexes, unions and slices, as Jayway does them.
    row("negative index", store, u"$.store.book[-1].title"_s, uR"("The Lord of the Rings")"_s);
    row("most negative index", store, u"$.store.book[-4].author"_s, uR"("Nigel Rees")"_s);
    row("union keeps the written order", store, u"$.store.book[1,0].title"_s,
        uR"(["Sword of Honour","Sayings of the Century"])"_s);
    row("union repeats", store, u"$.store.book[0,0].title"_s,
        uR"(["Sayings of the Century","Sayings of the Century"])"_s);
    row("union skips missing indexes", store, u"$.store.book[0,9].title"_s,
        uR"(["Sayings of the Century"])"_s);
    row("union with negative index", store, u"$.store.book[-1,0].author"_s,
        uR"(["J. R. R. Tolkien","Nigel Rees"])"_s);
    row("empty slice", store, u"$.store.book[3:1]"_s, u"[]"_s);
    row("zero-width slice", store, u"$.store.book[2:2]"_s, u"[]"_s);
    row("slice to a negative end", store, u"$.store.book[:-1].price"_s, u"[8.95,12.99,8.99]"_s);
    row("slice beyond the end", store, u"$.store.book[:10].price"_s, u"[8.95,12.99,8.99,22.99]"_s);
    row("slice from before the start", store, u"$.store.book[-10:].price"_s,
        u"[8.95,12.99,8.99,22.99]"_s);
    row("slice step ignored", store, u"$.store.book[1:2:3].price"_s, u"[12.99]"_s);
    // Jayway hands each index of [from:to] to the negative-index rule instead of normalising the
    // start, so a negative start wraps around.
    row("slice with negative start wraps", store, u"$.store.book[-2:3].price"_s,
        u"[8.99,22.99,8.95,12.99,8.99]"_s);
    row("slice with negative bounds", store, u"$.store.book[-5:-1].price"_s,
        u"[8.95,12.99,8.99]"_s);
    row("slice of an empty array", u"people"_s, u"$[1].tags[0:5]"_s, u"[]"_s);

    // Several names.
    row("names on the last token merge", store, u"$.store.bicycle['color','price']"_s,
        uR"({"color":"red","price":19.95})"_s);
    row("merge skips missing names", store, u"$.store.bicycle['color','missing']"_s,
        uR"({"color":"red"})"_s);
    row("merge of nothing is an empty object", store, u"$.store.bicycle['x','y']"_s, u"{}"_s);
    row("names in the middle branch", store, u"$.store['bicycle','book'].color"_s, uR"(["red"])"_s);

    // Wildcards. QJsonObject orders members by key, so object members come in key order here,
    // where Jayway keeps the document's order.
    row("wildcard over an object", store, u"$.store.bicycle.*"_s, uR"(["red",19.95])"_s);
    row("wildcard over an array", u"people"_s, u"$[*].id"_s, u"[1,2,3,4]"_s);
    row("wildcard then name", store, u"$.store.*.price"_s, u"[19.95]"_s);
    row("wildcard over a scalar", store, u"$.expensive.*"_s, u"[]"_s);
    row("nested wildcards", u"people"_s, u"$[*].tags[*]"_s, uR"(["x","y","y","x"])"_s);
    row("index under wildcard", u"people"_s, u"$[*].tags[0]"_s, uR"(["x","y","x"])"_s);

    // Deep scan: every level, depth first, in document order.
    const QString nested = u"nested"_s;
    row("deep scan everything", nested, u"$..*"_s,
        uR"([{"b":[{"c":1,"d":2}],"e":{"f":3}},4,[[1,2],[3,4],[5,[6,7]]],[{"c":1,"d":2}],{"f":3},{"c":1,"d":2},1,2,3,)"
        uR"([1,2],[3,4],[5,[6,7]],1,2,3,4,5,[6,7],6,7])"_s);
    row("deep scan name", nested, u"$..c"_s, u"[1]"_s);
    row("deep scan below a name", nested, u"$.a..f"_s, u"[3]"_s);
    row("deep scan twice", nested, u"$..b..c"_s, u"[1]"_s);
    row("deep scan index", nested, u"$.matrix..[1]"_s, u"[[3,4],2,4,[6,7],7]"_s);
    row("deep scan index then name", u"people"_s, u"$..tags[0]"_s, uR"(["x","y","x"])"_s);
    row("deep scan names every level", u"people"_s, u"$..name"_s,
        uR"(["alpha","beta","gamma","Delta","inner"])"_s);
    row("deep scan finds nothing", store, u"$..missing"_s, u"[]"_s);
    row("deep scan of a scalar", u"number"_s, u"$..*"_s, u"[]"_s);
    // Since Jayway 2.7 a deep scan hands array elements straight to the token after "[i]" and
    // keeps a leaf only for element i, so "$..[0].c" works...
    row("deep scan index then leaf name", nested, u"$..[0].c"_s, u"[1]"_s);
    row("deep scan index picks that element", store, u"$..[2].author"_s,
        uR"(["Herman Melville"])"_s);
    // ...but the same filter drops every leaf behind a wildcard, several indexes or a slice
    // (json-path/JsonPath PR #1084, still open for 2.10).
    row("Jayway drops results of $..*.name", nested, u"$..*.c"_s, u"[]"_s);
    row("Jayway drops results of $..[i,j].name", store, u"$..[0,2].author"_s, u"[]"_s);
    row("Jayway drops results of $..[i:j].name", store, u"$..[1:2].author"_s, u"[]"_s);
    // Members of objects reached through an array are dropped, array elements are kept.
    row("Jayway drops part of $..*.*", nested, u"$..*.*"_s,
        uR"([[{"c":1,"d":2}],{"f":3},[1,2],[3,4],[5,[6,7]],{"c":1,"d":2},3,1,2,3,4,5,[6,7],6,7])"_s);

    // Filters on objects test the object itself.
    row("filter on an object", store, u"$.store.bicycle[?(@.color == 'red')].price"_s,
        u"[19.95]"_s);
    row("filter on the root object", store, u"$[?(@.expensive)].expensive"_s, u"[10]"_s);
    row("deep scan filter", store, u"$..[?(@.price > 10)].title"_s,
        uR"(["Sword of Honour","The Lord of the Rings"])"_s);

    // Unusual names.
    const QString special = u"special"_s;
    row("name with a blank", special, u"$['a b']"_s, u"1"_s);
    row("name with a dot", special, u"$['a.b']"_s, u"2"_s);
    row("dot means nesting", special, u"$.a.b"_s, u"not-found"_s);
    row("escaped single quote", special, u"$['it\\'s']"_s, u"3"_s);
    row("single quote inside double quotes", special, u"$[\"it's\"]"_s, u"3"_s);
    row("double quote inside single quotes", special, u"$['quo\"te']"_s, u"4"_s);
    row("escaped double quote", special, u"$[\"quo\\\"te\"]"_s, u"4"_s);
    row("unicode escape", special, u"$['\\u00fcn\\u00ef']"_s, u"5"_s);
    row("non-ASCII dot name", special, u"$.ünï"_s, u"5"_s);
    row("empty name", special, u"$['']"_s, u"6"_s);
    row("dollar as a name", special, u"$.$"_s, u"7"_s);
    row("at sign as a name", special, u"$['@']"_s, u"8"_s);
    row("star in quotes is a name", special, u"$['*']"_s, u"9"_s);
    row("brackets in a name", special, u"$['[0]']"_s, u"10"_s);
    row("digit as a dot name", special, u"$.1"_s, u"11"_s);
    row("digit as a bracket name", special, u"$['1']"_s, u"11"_s);
    row("index on an object", special, u"$[1]"_s, u"not-found"_s);
    row("nested name with a blank", special, u"$.x['y z'].w"_s, u"12"_s);
    row("tab is part of a dot name", special, u"$.tab\tkey"_s, u"13"_s);
    row("merge with empty name", special, u"$['a','']"_s, uR"({"":6})"_s);

    // Definite paths that match nothing are "not found"; indefinite ones yield [].
    row("missing name", store, u"$.store.missing"_s, u"not-found"_s);
    row("missing parent", store, u"$.missing.child"_s, u"not-found"_s);
    row("index past the end", store, u"$.store.book[4]"_s, u"not-found"_s);
    row("negative index past the start", store, u"$.store.book[-5]"_s, u"not-found"_s);
    row("name on an array", store, u"$.store.book.title"_s, u"not-found"_s);
    row("name on a string", store, u"$.store.bicycle.color.shade"_s, u"not-found"_s);
    row("index on an object", store, u"$.store.bicycle[0]"_s, u"not-found"_s);
    row("index on null", u"people"_s, u"$[2].extra[0]"_s, u"not-found"_s);
    row("name on a scalar document", u"number"_s, u"$.a"_s, u"not-found"_s);
    row("index on a string document", u"string"_s, u"$[0]"_s, u"not-found"_s);
    row("name on a null document", u"null"_s, u"$.a"_s, u"not-found"_s);
    // An indefinite path whose definite start already fails is "not found" too, as in Jayway.
    row("slice on an object", store, u"$.store.bicycle[0:1]"_s, u"not-found"_s);
    row("wildcard then missing name", store, u"$.store.book[*].missing"_s, u"[]"_s);
    row("filter matching nothing", store, u"$.store.book[?(@.price > 100)]"_s, u"[]"_s);
    row("missing name after wildcard on arrays", u"people"_s, u"$[*].nested.id"_s, u"[40]"_s);
}

void TestJsonPathEvaluation::evaluates()
{
    QFETCH(QString, documentName);
    QFETCH(QString, expression);
    QFETCH(QString, expected);

    QCOMPARE(outcome(expression, document(documentName)), expected);
}

void TestJsonPathEvaluation::definitePathYieldsTheValueItself()
{
    const JsonPathEvaluation result =
        JsonPath::compile(u"$.store.book[1]"_s).path().evaluate(jsonpathtest::storeDocument());
    QVERIFY(result.hasValue());
    QVERIFY(result.isDefinite());
    QVERIFY(result.value().isObject());
    QCOMPARE(result.value()[u"author"_s].toString(), u"Evelyn Waugh"_s);
    QVERIFY(result.message().isEmpty());
}

void TestJsonPathEvaluation::indefinitePathYieldsAnArray()
{
    const JsonPathEvaluation single = JsonPath::compile(u"$.store.bicycle[?(@.color)]"_s)
                                          .path()
                                          .evaluate(jsonpathtest::storeDocument());
    QVERIFY(single.hasValue());
    QVERIFY(!single.isDefinite());
    QVERIFY(single.value().isArray());
    QCOMPARE(single.value().toArray().size(), 1);

    const JsonPathEvaluation none =
        JsonPath::compile(u"$..nothing"_s).path().evaluate(jsonpathtest::storeDocument());
    QVERIFY(none.hasValue());
    QCOMPARE(none.value(), QJsonValue(QJsonArray()));
}

void TestJsonPathEvaluation::notFoundIsAnOutcomeNotAnError()
{
    const JsonPathEvaluation result =
        JsonPath::compile(u"$.store.book[0].isbn"_s).path().evaluate(jsonpathtest::storeDocument());
    QVERIFY(result.isNotFound());
    QVERIFY(!result.isError());
    QVERIFY(!result.hasValue());
    QVERIFY(result.value().isUndefined());
    QVERIFY2(result.message().contains(u"$['store']['book'][0]['isbn']"_s),
             qPrintable(result.message()));

    const JsonPathEvaluation parent =
        JsonPath::compile(u"$.nope.isbn"_s).path().evaluate(jsonpathtest::storeDocument());
    QVERIFY(parent.isNotFound());
    QVERIFY2(parent.message().contains(u"$['nope']"_s), qPrintable(parent.message()));
}

void TestJsonPathEvaluation::evaluationErrorsAreReported()
{
    // A filter applied to a string in a definite position is an InvalidPathException in Jayway.
    const JsonPathEvaluation filterOnString =
        JsonPath::compile(u"$.store.bicycle.color[?(@ == 'red')]"_s)
            .path()
            .evaluate(jsonpathtest::storeDocument());
    QVERIFY(filterOnString.isError());
    QVERIFY(!filterOnString.message().isEmpty());

    // A function applied to each match separately: sum() of a single number has no array to sum.
    const JsonPathEvaluation perMatch = JsonPath::compile(u"$.store.book[*].price.sum()"_s)
                                            .path()
                                            .evaluate(jsonpathtest::storeDocument());
    QVERIFY(perMatch.isError());
    QVERIFY(perMatch.message().contains(u"sum()"_s));
}

void TestJsonPathEvaluation::pathCanBeEvaluatedAgainstManyDocuments()
{
    const JsonPath path = JsonPath::compile(u"$..[0].c"_s).path();
    const QJsonValue first = jsonpathtest::parseDocument(uR"({"x": [{"c": 1}]})"_s);
    const QJsonValue second = jsonpathtest::parseDocument(uR"({"y": {"c": 2}, "z": [{"c": 3}]})"_s);
    // Jayway's tokens remember a deep-scan index across reads; here every evaluation starts afresh.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(path.evaluate(first).value(), QJsonValue(QJsonArray{1}));
        QCOMPARE(path.evaluate(second).value(), QJsonValue(QJsonArray{3}));
    }
}

void TestJsonPathEvaluation::documentIsNotModified()
{
    // Jayway's append() writes into the document; here the document stays as it was.
    const QJsonValue before = jsonpathtest::parseDocument(uR"({"n": [1, 2]})"_s);
    const QJsonValue copy = before;
    QCOMPARE(outcome(u"$.n.append(3)"_s, before), u"[1,2,3]"_s);
    QCOMPARE(before, copy);
    QCOMPARE(outcome(u"$.n"_s, before), u"[1,2]"_s);
}

QTEST_GUILESS_MAIN(TestJsonPathEvaluation)
#include "tst_jsonpath_evaluation.moc"
