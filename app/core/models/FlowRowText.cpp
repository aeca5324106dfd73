#include "app/core/models/FlowRowText.h"

#include "app/core/flows/FlowVersions.h"
#include "app/core/support/Timestamps.h"

QString FlowRowText::toolTip(const Flow &flow)
{
    if (!FlowVersions::hasVersionFacts(flow))
        return {};
    QStringList lines{FlowVersions::meaningText(flow)};
    if (!flow.tags.isEmpty())
        lines.append(tr("Tags: %1").arg(flow.tags.join(QStringLiteral(", "))));
    const QString modified = lastModifiedText(flow);
    if (!modified.isEmpty())
        lines.append(tr("Last modified in Flow Designer: %1").arg(modified));
    if (!flow.flowKey.isEmpty())
        lines.append(tr("Flow Designer flow ID: %1").arg(flow.flowKey));
    return lines.join(u'\n');
}

QDateTime FlowRowText::lastModified(const Flow &flow)
{
    return flow.lastModified.isEmpty() ? QDateTime()
                                       : Timestamps::fromStorage(flow.lastModified.trimmed());
}

QString FlowRowText::lastModifiedText(const Flow &flow)
{
    const QDateTime at = lastModified(flow);
    return at.isValid() ? Timestamps::toDisplay(at) : flow.lastModified.trimmed();
}

QString FlowRowText::subflowToolTip(const Flow &flow)
{
    if (!flow.isSubflow())
        return {};
    return tr("A subflow: it takes no calls of its own; flows that call it run its activities.");
}

QString FlowRowText::spokenFlow(const Flow &flow, const QString &typeText, int activityCount,
                                const QString &status)
{
    QStringList parts = {tr("Flow %1").arg(flow.name)};
    if (!typeText.isEmpty())
        parts.append(typeText);
    if (const QString version = FlowVersions::spokenText(flow); !version.isEmpty())
        parts.append(version);
    if (const QString modified = lastModifiedText(flow); !modified.isEmpty())
        parts.append(tr("last modified %1").arg(modified));
    parts.append(tr("%n HTTP Request activity(s)", nullptr, activityCount));
    parts.append(status);
    return parts.join(QStringLiteral(", "));
}

QStringList FlowRowText::searchWords(const Flow &flow)
{
    QStringList words = flow.tags;
    if (!flow.flowType.isEmpty())
        words.append(flow.flowType);
    if (flow.isSubflow())
        words.append(QStringLiteral("Subflow"));
    if (FlowVersions::hasVersionFacts(flow)) {
        words.append(flow.isLive() ? QStringLiteral("Live") : QStringLiteral("Draft"));
        if (flow.version > 0)
            words.append(QStringLiteral("v%1").arg(flow.version));
    }
    return words;
}
