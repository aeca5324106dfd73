#pragma once

#include "bench/BenchFigures.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class ConnectorService;
class Database;

// Measures one database size: generate it (connectors, and one flow using them for every ten),
// then every figure of the performance issue, each `runs` times. Everything runs offscreen; the
// console's start (this program again, as a FirstPaintChild) and connectorctl run as real
// processes.
class BenchRunner final
{
public:
    struct Settings
    {
        int runs = 3;
        QString ctlPath;
        bool baseline = true;
        // Which groups to measure: open, console, views, mutations, ctl, flows, baseline;
        // empty = all.
        QStringList only;
    };

    explicit BenchRunner(Settings settings);

    BenchFigures measure(int size);
    // The console's start-to-first-paint time with an empty database: the yardstick of the
    // first-paint target.
    double emptyFirstPaintMs();

private:
    bool wanted(const QString &group) const
    {
        return m_settings.only.isEmpty() || m_settings.only.contains(group);
    }
    QString prepareDatabase(int size, BenchFigures &figures);
    void measureOpenAndLoad(const QString &path, BenchFigures &figures);
    void measureConsole(const QString &path, BenchFigures &figures);
    void measureViews(const QString &path, BenchFigures &figures);
    void measureMutations(const QString &path, BenchFigures &figures);
    void measureCtlList(const QString &path, BenchFigures &figures);
    void measureFlows(const QString &path, BenchFigures &figures);
    // connectorctl with these arguments on the database, timed into `figure`, `runs` times.
    void timeCtl(const QString &path, const QStringList &arguments, const QString &figure,
                 BenchFigures &figures);
    void measureBaseline(const QString &path, BenchFigures &figures);

    Settings m_settings;
    QTemporaryDir m_dir;
};
