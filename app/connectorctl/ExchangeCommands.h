#pragma once

#include <QCoreApplication>
#include <QStringList>

class CtlContext;

// connectorctl export [FILE] and import FILE: versioned JSON, all or nothing on import.
class ExchangeCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommands)

public:
    explicit ExchangeCommands(CtlContext &context);

    int exportTo(const QStringList &arguments);
    int importFrom(const QStringList &arguments);

private:
    CtlContext &m_context;
};
