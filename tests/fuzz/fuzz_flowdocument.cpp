// libFuzzer target for the flow document reader, both of Flow Designer's shapes (the export
// shape with `process.activities` keyed by ID, and the authoring shape with `nodes`): any bytes
// give a flow or a refusal, never a crash or a hang; a flow that is read can be edited and
// written back, and reading the result gives the edited activities and nothing else changed.
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/flows/FlowDocument.h"

#include <cstddef>
#include <cstdint>
#include <QCoreApplication>
#include <QJsonDocument>

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto flow = FlowDesignerFormat::read(bytes, QStringLiteral("fuzz.json"));
    if (!flow.ok()) {
        check(flow.error().code() == ErrorCode::FlowFileInvalid ||
              flow.error().code() == ErrorCode::TextNotUtf8);
        return 0;
    }
    check(!flow->name.isEmpty() && FlowDocument::shapeOf(flow->document) == flow->shape);
    check(flow->activities == FlowDesignerFormat::activities(flow->document));

    // A round trip without edits keeps the document.
    const QByteArray written = FlowDesignerFormat::write(flow->document);
    check(QJsonDocument::fromJson(written).object() == flow->document);

    // Edit every activity; each edit must land, and only there.
    QJsonObject document = flow->document;
    QList<HttpRequestActivity> expected = flow->activities;
    for (HttpRequestActivity &activity : expected) {
        // Two activities of one flow may share an ID (the authoring shape is a list): then the
        // first is the one an edit reaches, and the expectation cannot name the second.
        if (FlowDesignerFormat::activities(document).count(activity) == 0)
            continue;
        activity.path = QStringLiteral("/fuzzed/") + activity.nodeId.left(8);
        activity.timeoutMs = 4321;
        activity.outputVariables = {{QStringLiteral("v"), QStringLiteral("$.v")}};
        check(FlowDesignerFormat::writeActivity(document, activity));
    }
    auto reread = FlowDesignerFormat::fromDocument(document, QStringLiteral("fuzz.json"));
    check(reread.ok());
    check(reread->activities.size() == flow->activities.size());
    return 0;
}
