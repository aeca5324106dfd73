#pragma once

#include "app/core/support/Result.h"

#include <functional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class CtlContext;
class QCommandLineParser;

// connectorctl's connector commands: list, show, add, edit, deactivate, activate, delete,
// history. Each returns the process exit code.
class ConnectorCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorCommands)

public:
    explicit ConnectorCommands(CtlContext &context);

    // Each takes the command's parsed arguments (see CtlRegistry for their options).
    int list(const QCommandLineParser &parser);
    int show(const QCommandLineParser &parser);
    int add(const QCommandLineParser &parser);
    int edit(const QCommandLineParser &parser);
    int setActive(const QCommandLineParser &parser, bool active);
    int remove(const QCommandLineParser &parser);
    int history(const QCommandLineParser &parser);

private:
    // Reads the rows by calling its argument once per row; the store's failure, if any.
    using RowSource =
        std::function<Result<void>(const std::function<void(const QStringList &)> &row)>;
    // An aligned table of any length: two reads of one snapshot, measured, then printed; `empty`
    // when there are no rows, and the count of connectors at the end when `countConnectors`.
    int printTable(const QStringList &headers, const RowSource &rows, const QString &empty,
                   bool countConnectors);
    // The same records as a JSON array written element by element.
    using ObjectSource =
        std::function<Result<void>(const std::function<void(const QJsonObject &)> &object)>;
    int printJsonArray(const ObjectSource &objects);

    CtlContext &m_context;
};
