#pragma once

#include "app/core/domain/Flow.h"
#include "app/core/support/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class CtlContext;

// connectorctl's flow commands: `flows list|show|import|export` and `where-used`. Each returns
// the process exit code.
class FlowCommands final
{
    Q_DECLARE_TR_FUNCTIONS(FlowCommands)

public:
    explicit FlowCommands(CtlContext &context);

    int flows(const QStringList &arguments);
    int whereUsed(const QStringList &arguments);

private:
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int importFiles(const QStringList &arguments);
    int exportFlow(const QStringList &arguments);

    // The current name of every connector the flow's activities name that still exists.
    Result<QHash<QUuid, QString>> connectorNames(const Flow &flow) const;

    CtlContext &m_context;
};
