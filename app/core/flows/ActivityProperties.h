#pragma once

#include "app/core/domain/HttpRequestActivity.h"

#include <QJsonObject>

// An HTTP Request activity's `properties` object, read into and written from the console's
// HttpRequestActivity. The same code serves the activity in `process` (or an authoring-shape
// node) and the copy of its properties in the diagram widget that draws it.
//
// Flow Designer spells many keys three ways (`x`, `x:name`, `x_name`); a read takes the first
// spelling present, a write changes every spelling present, in the JSON type each had. Only
// the fields that differ between `before` and `after` are written, so everything else in the
// object is byte for byte what the export held.
class ActivityProperties final
{
public:
    ActivityProperties() = delete;

    // Which keys a write may add. The activity itself gets a key it lacks; a diagram widget,
    // which repeats only some of the activity's properties, gets only keys it already has.
    enum class Missing
    {
        Add,
        Skip,
    };

    static HttpRequestActivity read(const QJsonObject &properties);
    static void writeChanges(QJsonObject &properties, const HttpRequestActivity &before,
                             const HttpRequestActivity &after, Missing missing);
};
