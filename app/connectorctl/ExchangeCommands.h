#pragma once

#include "app/core/service/ConnectorExchange.h"

#include <QCoreApplication>
#include <QStringList>

class CtlContext;

// connectorctl export [FILE] and import FILE: connectors and flows as versioned JSON, all or
// nothing on import.
class ExchangeCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommands)

public:
    explicit ExchangeCommands(CtlContext &context);

    int exportTo(const QStringList &arguments);
    int importFrom(const QStringList &arguments);

private:
    int printImported(const ConnectorExchange::ImportReport &report, bool dryRun);

    CtlContext &m_context;
};
