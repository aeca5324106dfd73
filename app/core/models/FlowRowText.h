#pragma once

#include "app/core/domain/Flow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// How the Flows tab shows a flow's row beyond its version words (those are FlowVersions', the one
// place every version sentence lives): tool tips, spoken text, last change, subflows and the
// search. Translated when called, so a language change shows at the next read.
class FlowRowText final
{
    Q_DECLARE_TR_FUNCTIONS(FlowRowText)

public:
    FlowRowText() = delete;

    // What the version means for calls, its tags and Flow Designer's flow ID, one per line.
    static QString toolTip(const Flow &flow);
    // When Flow Designer last changed this version, in UTC; invalid when the export has no date.
    static QDateTime lastModified(const Flow &flow);
    // The same in the display format (Timestamps::toDisplay); a date the console cannot read is
    // shown as the export wrote it.
    static QString lastModifiedText(const Flow &flow);
    // Why a subflow takes no calls of its own; empty for any other flow.
    static QString subflowToolTip(const Flow &flow);
    // A flow row for screen readers: name, type, version, last change, activities and status.
    static QString spokenFlow(const Flow &flow, const QString &typeText, int activityCount,
                              const QString &status);
    // Words a search matches besides the shown text, so "live", "subflow" and "draft" find their
    // flows in every language: the type and tags as the export wrote them and the English words.
    static QStringList searchWords(const Flow &flow);
};
