#pragma once

#include "app/core/domain/Flow.h"
#include "app/core/support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Flow Designer's export format: reads the HTTP Request activities out of a flow's JSON and
// writes edited activities back into it. Only the properties of `http-request-v2` nodes that the
// console edits are ever rewritten, and only when their value changed, so an exported flow is the
// imported one plus the admin's edits, key for key.
class FlowDesignerFormat final
{
    Q_DECLARE_TR_FUNCTIONS(FlowDesignerFormat)

public:
    FlowDesignerFormat() = delete;

    static QString httpRequestActivityName();

    // `source` names the file (or "standard input") in the refusal when the JSON is not a flow.
    // Whether the flow read keeps the file's text (Flow::documentText) for the store: an import
    // that stores one file at a time saves serialising the document again; a caller that holds
    // many flows drops it.
    enum class SourceText
    {
        Drop,
        Keep,
    };
    static Result<Flow> read(const QByteArray &json, const QString &source,
                             SourceText sourceText = SourceText::Drop);
    static Result<Flow> fromDocument(const QJsonObject &document, const QString &source);
    static QByteArray write(const QJsonObject &document);

    // Every HTTP Request activity, main flow first, then each event flow in document order.
    static QList<HttpRequestActivity> activities(const QJsonObject &document);
    static HttpRequestActivity readActivity(const QJsonObject &node, const QString &eventFlow);
    // Writes the activity into the node it names (event flow + node id); false when there is no
    // such HTTP Request node.
    static bool writeActivity(QJsonObject &document, const HttpRequestActivity &activity);
};
