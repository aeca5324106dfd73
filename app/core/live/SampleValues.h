#pragma once

#include "app/core/domain/HttpRequestActivity.h"

#include <QList>
#include <QString>
#include <QStringList>

// Sample values for the flow variables an HTTP Request activity names as `{{Variable}}` (Flow
// Designer fills them from the call at run time). A test request has no call, so the person gives
// a value per variable; they replace the placeholders in the path or URL, the query parameters,
// the header values and the body of the request that is sent, never in the activity itself.
class SampleValues final
{
public:
    SampleValues() = delete;

    // They are remembered per flow in the settings: small, so a flow with odd data cannot grow
    // the settings file without end. Rows past the count are dropped, longer texts cut.
    static constexpr int kMaxRows = 50;
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxValueLength = 4000;

    // The variable names of every `{{...}}` in the request, each once, in the order they appear.
    static QStringList placeholders(const HttpRequestActivity &activity);
    // The activity with each `{{name}}` (spaces inside the braces allowed) that has a row with a
    // non-empty name replaced by that row's value; others stay as they are.
    static HttpRequestActivity substitute(const HttpRequestActivity &activity,
                                          const QList<NameValue> &values);
    // Empty rows dropped, names trimmed, and the limits above applied.
    static QList<NameValue> bounded(const QList<NameValue> &values);
};
