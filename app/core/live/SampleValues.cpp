#include "app/core/live/SampleValues.h"

#include <QHash>
#include <QRegularExpression>

namespace {

// Flow Designer's expressions: `{{NewPhoneContact.ANI}}`, `{{ Global_Language }}`.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*([^{}\s]+)\s*\}\})"));
    return pattern;
}

QStringList requestTexts(const HttpRequestActivity &activity)
{
    QStringList texts = {activity.authenticated ? activity.path : activity.url};
    for (const NameValue &row : activity.queryParameters)
        texts << row.name << row.value;
    for (const NameValue &row : activity.headers)
        texts << row.value;
    texts << activity.body;
    return texts;
}

QString replaced(const QString &text, const QHash<QString, QString> &values)
{
    QString result;
    qsizetype from = 0;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.cend())
            continue;
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += *value;
        from = match.capturedEnd();
    }
    if (from == 0)
        return text;
    result += QStringView(text).mid(from);
    return result;
}

} // namespace

QStringList SampleValues::placeholders(const HttpRequestActivity &activity)
{
    QStringList names;
    for (const QString &text : requestTexts(activity)) {
        auto matches = placeholderPattern().globalMatch(text);
        while (matches.hasNext()) {
            const QString name = matches.next().captured(1);
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

HttpRequestActivity SampleValues::substitute(const HttpRequestActivity &activity,
                                             const QList<NameValue> &values)
{
    QHash<QString, QString> byName;
    for (const NameValue &row : bounded(values))
        byName.insert(row.name, row.value);
    if (byName.isEmpty())
        return activity;
    HttpRequestActivity result = activity;
    result.path = replaced(activity.path, byName);
    result.url = replaced(activity.url, byName);
    for (NameValue &row : result.queryParameters) {
        row.name = replaced(row.name, byName);
        row.value = replaced(row.value, byName);
    }
    for (NameValue &row : result.headers)
        row.value = replaced(row.value, byName);
    result.body = replaced(activity.body, byName);
    return result;
}

QList<NameValue> SampleValues::bounded(const QList<NameValue> &values)
{
    QList<NameValue> kept;
    for (const NameValue &row : values) {
        const QString name = row.name.trimmed().left(kMaxNameLength);
        if (name.isEmpty())
            continue;
        kept.append({name, row.value.left(kMaxValueLength)});
        if (kept.size() == kMaxRows)
            break;
    }
    return kept;
}
