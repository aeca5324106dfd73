#pragma once

#include <QString>

// JSON text without the whitespace between its tokens: what QJsonDocument's compact form would
// hold, for text it has already accepted, in one pass and without building a document. An
// export from Flow Designer is indented; stored as it came it would take about 2.5 times the
// room, and every whole read would pay for it.
class JsonWhitespace final
{
public:
    JsonWhitespace() = delete;

    // `json` must be valid JSON (strings are not checked, only stepped over).
    static QString stripped(QString json);
};
