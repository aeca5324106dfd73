#include "app/core/flows/FlowDesignerFormat.h"

#include "app/core/flows/ActivityProperties.h"
#include "app/core/flows/FlowDocument.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/support/JsonDuplicateKeys.h"
#include "app/core/support/JsonWhitespace.h"
#include "app/core/support/StrictUtf8.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

const QLatin1String kProperties("properties");

// The longest Flow Designer ID or version text the console keeps: real ones are UUIDs or
// 24-digit object IDs; anything longer is not an ID and would only bloat messages and lists.
constexpr qsizetype kMaxIdLength = 128;

// An activity's type, wherever the shape puts it: `properties.activityId` in the export shape,
// `properties.activityName` (also seen in exports) or the node's `activityType` when authoring.
bool isHttpRequestActivity(const QJsonObject &activity)
{
    const QString wanted = FlowDesignerFormat::httpRequestActivityName();
    const QJsonObject p = activity.value(kProperties).toObject();
    return p.value(QLatin1String("activityName")).toString() == wanted ||
           p.value(QLatin1String("activityId")).toString() == wanted ||
           activity.value(QLatin1String("activityType")).toString() == wanted;
}

// A top-level ID (`flowId`, version `id`) as text; numbers are accepted as Flow Designer's JSON
// may carry them.
QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    return value.toString().trimmed();
}

bool isPlainId(const QString &id)
{
    return id.size() <= kMaxIdLength && std::none_of(id.cbegin(), id.cend(), [](QChar c) {
               return !c.isPrint() || c.isSpace();
           });
}

// Flow Designer's version number: a whole number from 0 up, as a JSON number or as text.
// Anything else (negative, fractional, too large, not a number) is no version at all.
std::optional<int> versionNumber(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number <= std::numeric_limits<int>::max() &&
            std::floor(number) == number)
            return int(number);
        return std::nullopt;
    }
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const int number = value.toString().trimmed().toInt(&ok);
    if (ok && number >= 0)
        return number;
    return std::nullopt;
}

// The tags naming this version: a list of ids ("Live") or of tag objects {id, displayName,
// flowVersionId}. A tag object naming another version (its flowVersionId is not this one's)
// says nothing about this version's tags, but a Live one says which version is Live.
QStringList tagsOf(const QJsonValue &value, const QString &versionId, QString *liveVersionId)
{
    QStringList tags;
    for (const QJsonValue &item : value.toArray()) {
        QString tag;
        if (item.isString()) {
            tag = item.toString();
        } else {
            const QJsonObject object = item.toObject();
            const QString forVersion = idText(object.value(QLatin1String("flowVersionId")));
            tag = object.value(QLatin1String("id")).toString();
            if (tag.isEmpty())
                tag = object.value(QLatin1String("displayName")).toString();
            if (tag.trimmed().compare(QLatin1String("Live"), Qt::CaseInsensitive) == 0 &&
                !forVersion.isEmpty() && isPlainId(forVersion))
                *liveVersionId = forVersion;
            if (!forVersion.isEmpty() && !versionId.isEmpty() && forVersion != versionId)
                continue;
        }
        tag = tag.trimmed();
        if (!tag.isEmpty() && isPlainId(tag) && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace

QString FlowDesignerFormat::httpRequestActivityName()
{
    return QStringLiteral("http-request-v2");
}

Result<Flow> FlowDesignerFormat::read(const QByteArray &json, const QString &source,
                                      SourceText sourceText)
{
    // Decoding is the check that the bytes are UTF-8; the text is kept when asked for.
    auto text = StrictUtf8::decode(json, source);
    if (!text)
        return text.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("the file is not valid JSON (%1 at byte %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)});
    }
    if (!document.isObject()) {
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("its top level is not a JSON object.")});
    }
    // QJsonDocument keeps the last of two equal keys; a flow that says two things is refused.
    if (const auto duplicate = JsonDuplicateKeys::find(json)) {
        const QString where =
            duplicate->path.isEmpty() ? tr("the top-level object") : duplicate->path;
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("the key \"%1\" appears more than once in %2 (again at "
                                     "byte %3).")
                                      .arg(duplicate->key, where)
                                      .arg(duplicate->offset)});
    }
    if (const auto lone = JsonDuplicateKeys::findLoneSurrogate(json)) {
        const QString where = lone->key.isEmpty() ? lone->path : lone->key;
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("%1 holds half of a surrogate pair (a \\uD800-\\uDFFF "
                                     "escape without its partner, in the string at byte %2).")
                                      .arg(where.isEmpty() ? tr("a value") : where)
                                      .arg(lone->offset)});
    }
    auto flow = fromDocument(document.object(), source);
    if (flow && sourceText == SourceText::Keep)
        flow.value().documentText = JsonWhitespace::stripped(std::move(text).value());
    return flow;
}

Result<Flow> FlowDesignerFormat::fromDocument(const QJsonObject &document, const QString &source)
{
    const QString name = document.value(QLatin1String("name")).toString().trimmed();
    if (name.isEmpty()) {
        return CoreError(ErrorCode::FlowFileInvalid, {source, tr("it has no flow \"name\".")});
    }
    const std::optional<FlowShape> shape = FlowDocument::shapeOf(document);
    if (!shape) {
        return CoreError(ErrorCode::FlowFileInvalid,
                         {source, tr("it is neither of Flow Designer's flow shapes: expected a "
                                     "\"process\" with an \"activities\" object (an export from "
                                     "Flow Designer) or a \"nodes\" list of activities (the "
                                     "authoring shape).")});
    }
    if (const QString problem = FlowDocument::structureProblem(document, *shape);
        !problem.isEmpty())
        return CoreError(ErrorCode::FlowFileInvalid, {source, problem});

    Flow flow;
    flow.name = name;
    flow.shape = *shape;
    flow.flowType = document.value(QLatin1String("flowType")).toString();
    flow.description = document.value(QLatin1String("description")).toString();
    flow.flowKey = idText(document.value(QLatin1String("flowId")));
    // In the authoring shape a top-level `id` is not a version object.
    if (*shape == FlowShape::Export)
        flow.versionId = idText(document.value(QLatin1String("id")));
    for (const auto &[key, value] : {std::pair(QLatin1String("flowId"), flow.flowKey),
                                     std::pair(QLatin1String("id"), flow.versionId)}) {
        if (!isPlainId(value)) {
            return CoreError(ErrorCode::FlowFileInvalid,
                             {source, tr("its \"%1\" is not a Flow Designer ID (at most %2 "
                                         "characters, no spaces or control characters).")
                                          .arg(key)
                                          .arg(kMaxIdLength)});
        }
    }
    const QJsonValue tags = document.value(QLatin1String("tags"));
    flow.tagsStated = tags.isArray();
    flow.tags = tagsOf(tags, flow.versionId, &flow.liveVersionId);
    if (!flow.liveVersionId.isEmpty() && flow.liveVersionId == flow.versionId && !flow.isLive())
        flow.tags.append(QStringLiteral("Live"));
    // Version facts only for a flow Flow Designer identifies (FlowVersions::hasVersionFacts):
    // a `version` in a file that names no Flow Designer flow (the authoring shape has none of
    // its own) is not a version the console speaks of, in text or in JSON.
    if (FlowVersions::hasVersionFacts(flow)) {
        const QJsonValue version = document.value(QLatin1String("version"));
        const std::optional<int> number = versionNumber(version);
        if (!number) {
            return CoreError(
                ErrorCode::FlowFileInvalid,
                {source,
                 tr("its \"version\" is %1, but a Flow Designer version is a "
                    "whole number from 0 to %2.")
                     .arg(QString::fromUtf8(
                              QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1)
                              .left(40),
                          QString::number(std::numeric_limits<int>::max()))});
        }
        flow.version = *number;
    }
    flow.lastModified = document.value(QLatin1String("lastModifiedDate")).toString().left(64);
    flow.document = document;
    flow.activities = activities(document);
    return flow;
}

QByteArray FlowDesignerFormat::write(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QList<HttpRequestActivity> FlowDesignerFormat::activities(const QJsonObject &document)
{
    QList<HttpRequestActivity> found;
    const std::optional<FlowShape> shape = FlowDocument::shapeOf(document);
    if (!shape)
        return found;
    FlowDocument::forEachActivity(document, *shape, [&found](const FlowDocument::Site &site) {
        if (isHttpRequestActivity(site.activity)) {
            HttpRequestActivity activity = readActivity(site.activity, site.eventFlow);
            activity.nodeId = site.activityId;
            found.append(activity);
        }
    });
    return found;
}

HttpRequestActivity FlowDesignerFormat::readActivity(const QJsonObject &node,
                                                     const QString &eventFlow)
{
    HttpRequestActivity activity = ActivityProperties::read(node.value(kProperties).toObject());
    activity.nodeId = node.value(QLatin1String("id")).toVariant().toString();
    activity.nodeName = node.value(QLatin1String("name")).toString();
    activity.eventFlow = eventFlow;
    return activity;
}

bool FlowDesignerFormat::writeActivity(QJsonObject &document, const HttpRequestActivity &activity)
{
    const std::optional<FlowShape> shape = FlowDocument::shapeOf(document);
    if (!shape)
        return false;
    // Read first, so that the widget's copy gets exactly the changes the activity gets.
    std::optional<HttpRequestActivity> before;
    FlowDocument::editActivity(document, *shape, activity.eventFlow, activity.nodeId,
                               isHttpRequestActivity, [&](QJsonObject &object, bool isWidget) {
                                   if (!isWidget && isHttpRequestActivity(object))
                                       before = readActivity(object, activity.eventFlow);
                               });
    if (!before)
        return false;
    return FlowDocument::editActivity(
        document, *shape, activity.eventFlow, activity.nodeId, isHttpRequestActivity,
        [&](QJsonObject &object, bool isWidget) {
            QJsonObject properties = object.value(kProperties).toObject();
            ActivityProperties::writeChanges(properties, *before, activity,
                                             isWidget ? ActivityProperties::Missing::Skip
                                                      : ActivityProperties::Missing::Add);
            if (!isWidget || object.contains(kProperties))
                object.insert(kProperties, properties);
            if (before->nodeName == activity.nodeName)
                return;
            // A widget labels the activity with its name; rename both where they said the same.
            const QLatin1String nameKey = isWidget ? QLatin1String("label") : QLatin1String("name");
            if (!isWidget || object.value(nameKey).toString() == before->nodeName)
                object.insert(nameKey, activity.nodeName);
        });
}
