// libFuzzer target: compiles the input as a JSON Path expression (UTF-8, invalid sequences
// included) and evaluates it against a small fixed document with tight limits. Any crash,
// sanitizer report or timeout is a bug; every outcome (value, not found, error) is acceptable.
//
//   build with Clang (tests/core/jsonpath/CMakeLists.txt adds -fsanitize=fuzzer), then
//   fuzz_jsonpath -max_total_time=60 tests/core/jsonpath/corpus

#include "app/core/jsonpath/JsonPath.h"

#include <cstddef>
#include <cstdint>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QJsonValue &fuzzDocument()
{
    static const QJsonValue document = QJsonDocument::fromJson(R"({
        "store": {
            "book": [
                {"category": "reference", "author": "Nigel Rees", "title": "Sayings", "price": 8.95, "tags": ["a", "b"]},
                {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword", "price": 12.99, "isbn": "0-1"},
                {"category": "fiction", "author": null, "title": "", "price": -1, "tags": []}
            ],
            "bicycle": {"color": "red", "price": 19.95, "nested": [[1, 2], [3, [4, {"deep": true}]]]}
        },
        "expensive": 10,
        "numbers": [1, 2.5, -3, 1e3, 0],
        "text": "a\nb"
    })")
                                           .object();
    return document;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString expression =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonPathLimits limits;
    limits.maxSteps = 200'000;
    limits.maxResults = 10'000;
    limits.maxRegexMilliseconds = 100;
    const JsonPathCompileResult compiled = JsonPath::compile(expression, limits);
    if (!compiled.ok()) {
        if (compiled.error().position < 0 || compiled.error().position > expression.size() ||
            compiled.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const JsonPathEvaluation result = compiled.path().evaluate(fuzzDocument());
    if (result.hasValue() && !compiled.path().isDefinite() && !result.value().isArray())
        __builtin_trap();
    return 0;
}
