#pragma once

#include "app/core/domain/HttpRequestActivity.h"

#include <optional>
#include <QByteArray>
#include <QList>

// The HTTP Request activities of one flow as compact JSON, stored beside the flow's document so
// that listing flows reads a few kilobytes per flow instead of parsing every export (a real one
// is about 250 KB). It is a cache of what FlowDesignerFormat reads out of the document: written
// on every save, and a listing falls back to the document when it is missing or unreadable.
class ActivityListCodec final
{
public:
    ActivityListCodec() = delete;

    static QByteArray encode(const QList<HttpRequestActivity> &activities);
    // nullopt when `json` is not what encode() writes.
    static std::optional<QList<HttpRequestActivity>> decode(const QByteArray &json);
};
