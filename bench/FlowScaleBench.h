#pragma once

#include "bench/BenchFigures.h"

#include <QString>
#include <QTemporaryDir>
#include <QTextStream>

// The scale of a real organisation (issue 13): N flows of about 100 activities each in Flow
// Designer's export shape (ExportShapeGenerator, about 250 KB a file), imported with
// `connectorctl flows import` as a real process (time and peak RSS from wait4), where-used for
// the busiest connector, and the console's window opening the Flows tab over them and answering a
// filter keystroke, with the longest GUI-thread stall measured by an event-loop heartbeat.
class FlowScaleBench final
{
public:
    struct Settings
    {
        int flows = 1000;
        int connectors = 50;
        int runs = 3;
        QString ctlPath;
    };

    explicit FlowScaleBench(Settings settings);

    BenchFigures measure();
    // The figures beside their targets.
    static void printTable(const BenchFigures &figures, QTextStream &out);

private:
    QString makeTemplateDatabase();
    QStringList writeFlows(BenchFigures &figures);
    // Imports into a fresh copy of the template; returns the database path, or empty when the
    // import was refused (then `refusal` holds connectorctl's message).
    QString importOnce(const QString &templatePath, const QStringList &files, int run,
                       BenchFigures &figures, QString &refusal);
    void measureWhereUsed(const QString &path, BenchFigures &figures);
    void measureFlowsTab(const QString &path, BenchFigures &figures);

    Settings m_settings;
    QTemporaryDir m_dir;
    QList<QPair<QString, QString>> m_connectors; // id, name
};
