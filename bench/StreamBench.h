#pragma once

#include "bench/BenchFigures.h"

#include <QString>
#include <QTemporaryDir>
#include <QTextStream>

// The long paths of connectorctl at the scale of issue 16 (100,000 connectors, 10,000 flows):
// `demo` making the data, `--json list` beside `sqlite3 -json` over the same file in the same
// run, `list`, `--json history`, `export` and `import` of that export into an empty database,
// each as a real process with its time and peak RSS.
class StreamBench final
{
public:
    struct Settings
    {
        int connectors = 100000;
        int flows = 10000;
        int runs = 3;
        QString ctlPath;
    };

    explicit StreamBench(Settings settings);

    BenchFigures measure();
    // The figures beside their targets.
    static void printTable(const BenchFigures &figures, QTextStream &out);

private:
    // Runs connectorctl with `arguments`; adds `<figure>_ms` and `<figure>_peak_rss_mb` unless
    // it failed, which ends the benchmark with its message.
    void ctl(const QString &figure, const QStringList &arguments, BenchFigures &figures,
             const QString &outputFile = {});

    Settings m_settings;
    QTemporaryDir m_dir;
};
