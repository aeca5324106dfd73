#pragma once

#include "app/core/domain/Flow.h"
#include "app/core/service/FlowService.h"
#include "app/core/support/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

class CtlContext;
class QCommandLineParser;

// connectorctl's flow commands: `flows list|show|import|export` and `where-used`. Each returns
// the process exit code.
class FlowCommands final
{
    Q_DECLARE_TR_FUNCTIONS(FlowCommands)

public:
    explicit FlowCommands(CtlContext &context);

    // Each takes the command's parsed arguments (see CtlRegistry for their options).
    int list(const QCommandLineParser &parser);
    int show(const QCommandLineParser &parser);
    int importFiles(const QCommandLineParser &parser);
    int exportFlow(const QCommandLineParser &parser);
    int whereUsed(const QCommandLineParser &parser);

private:
    // One line of `flows import` (or its dry run) and the versions it folded in.
    static QString outcomeText(const FlowImportOutcome &outcome, bool dryRun);
    static QJsonObject storedJson(const Flow &stored);
    // The current name of every connector the flow's activities name that still exists.
    Result<QHash<QUuid, QString>> connectorNames(const Flow &flow) const;

    CtlContext &m_context;
};
