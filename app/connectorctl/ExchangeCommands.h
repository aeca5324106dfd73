#pragma once

#include "app/core/service/ConnectorExchange.h"

#include <QCoreApplication>

class CtlContext;
class QCommandLineParser;

// connectorctl export [FILE] and import FILE: connectors and flows as versioned JSON, all or
// nothing on import.
class ExchangeCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommands)

public:
    explicit ExchangeCommands(CtlContext &context);

    // Each takes the command's parsed arguments (see CtlRegistry for their options).
    int exportTo(const QCommandLineParser &parser);
    int importFrom(const QCommandLineParser &parser);

private:
    int printImported(const ConnectorExchange::ImportReport &report, bool dryRun);

    CtlContext &m_context;
};
