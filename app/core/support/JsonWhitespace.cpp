#include "app/core/support/JsonWhitespace.h"

namespace {

// The four characters JSON allows between tokens (RFC 8259, section 2).
bool isJsonWhitespace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

QString JsonWhitespace::stripped(QString json)
{
    QChar *const data = json.data(); // detaches: the text is this function's own copy
    const qsizetype size = json.size();
    qsizetype out = 0;
    bool inString = false;
    for (qsizetype in = 0; in < size; ++in) {
        const char16_t c = data[in].unicode();
        if (inString) {
            data[out++] = c;
            if (c == u'\\' && in + 1 < size)
                data[out++] = data[++in]; // the escaped character, a quote included
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (isJsonWhitespace(c))
            continue;
        if (c == u'"')
            inString = true;
        data[out++] = c;
    }
    json.truncate(out);
    return json;
}
