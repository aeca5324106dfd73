#include "bench/StreamBench.h"

#include "bench/ProcessProbe.h"

#include <cmath>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

StreamBench::StreamBench(Settings settings)
    : m_settings(std::move(settings))
{}

void StreamBench::ctl(const QString &figure, const QStringList &arguments, BenchFigures &figures,
                      const QString &outputFile)
{
    const ProcessProbe::Run run =
        ProcessProbe::run(m_settings.ctlPath, arguments,
                          m_dir.filePath(QStringLiteral("ctl-errors.txt")), outputFile);
    if (run.status != 0)
        qFatal("connectorctl %s failed (%d): %s", qPrintable(arguments.join(u' ')), run.status,
               run.errors.left(400).constData());
    figures.add(figure + QStringLiteral("_ms"), run.ms);
    figures.add(figure + QStringLiteral("_peak_rss_mb"), run.peakRssMb);
}

BenchFigures StreamBench::measure()
{
    BenchFigures figures(m_settings.connectors);
    figures.setFlows(m_settings.flows);
    QTextStream err(stderr);
    const QString database = m_dir.filePath(QStringLiteral("stream.sqlite"));
    const auto on = [](const QString &path) {
        return QStringList{QStringLiteral("--database"), path};
    };
    err << "-- stream: connectorctl demo --connectors " << m_settings.connectors << " --flows "
        << m_settings.flows << "..." << Qt::endl;
    ctl(QStringLiteral("stream.demo"),
        on(database) + QStringList{QStringLiteral("demo"), QStringLiteral("--connectors"),
                                   QString::number(m_settings.connectors),
                                   QStringLiteral("--flows"), QString::number(m_settings.flows)},
        figures);

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        err << "   sqlite3 is not installed (scripts/setup.sh lists it): no ratio" << Qt::endl;
    const QString exported = m_dir.filePath(QStringLiteral("export.json"));
    for (int run = 0; run < m_settings.runs; ++run) {
        err << "   run " << run + 1 << " of " << m_settings.runs
            << ": list, history, export, import..." << Qt::endl;
        // The same rows, in the same order, from the same file.
        if (!sqlite3.isEmpty()) {
            const ProcessProbe::Run baseline = ProcessProbe::run(
                sqlite3,
                {QStringLiteral("-json"), database,
                 QStringLiteral("SELECT * FROM connectors ORDER BY name_key, id")},
                m_dir.filePath(QStringLiteral("sqlite3-errors.txt")));
            if (baseline.status != 0)
                qFatal("sqlite3 failed: %s", baseline.errors.left(400).constData());
            figures.add(QStringLiteral("stream.sqlite3_json_ms"), baseline.ms);
            figures.add(QStringLiteral("stream.sqlite3_json_peak_rss_mb"), baseline.peakRssMb);
        }
        ctl(QStringLiteral("stream.list_json"),
            on(database) + QStringList{QStringLiteral("--json"), QStringLiteral("list")}, figures);
        ctl(QStringLiteral("stream.list_text"), on(database) + QStringList{QStringLiteral("list")},
            figures);
        ctl(QStringLiteral("stream.history_json"),
            on(database) + QStringList{QStringLiteral("--json"), QStringLiteral("history")},
            figures);
        QFile::remove(exported);
        ctl(QStringLiteral("stream.export"),
            on(database) + QStringList{QStringLiteral("export"), exported}, figures);
        const QString target = m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(run));
        ctl(QStringLiteral("stream.import"),
            on(target) + QStringList{QStringLiteral("import"), exported}, figures);
        QFile::remove(target);
    }
    figures.add(QStringLiteral("stream.export_file_mb"),
                double(QFileInfo(exported).size()) / (1024.0 * 1024.0));
    const double ratio = figures.median(QStringLiteral("stream.list_json_ms")) /
                         figures.median(QStringLiteral("stream.sqlite3_json_ms"));
    if (!std::isnan(ratio))
        figures.add(QStringLiteral("stream.list_json_vs_sqlite3"), ratio);
    return figures;
}

void StreamBench::printTable(const BenchFigures &figures, QTextStream &out)
{
    struct Row
    {
        const char *name;
        const char *target;
    };
    const Row rows[] = {
        {"stream.demo_ms", "<= 4000"},
        {"stream.demo_peak_rss_mb", ""},
        {"stream.sqlite3_json_ms", ""},
        {"stream.sqlite3_json_peak_rss_mb", ""},
        {"stream.list_json_ms", ""},
        {"stream.list_json_vs_sqlite3", "<= 3"},
        {"stream.list_json_peak_rss_mb", "<= 50"},
        {"stream.list_text_ms", ""},
        {"stream.list_text_peak_rss_mb", ""},
        {"stream.history_json_ms", ""},
        {"stream.history_json_peak_rss_mb", ""},
        {"stream.export_file_mb", ""},
        {"stream.export_ms", "<= 3000"},
        {"stream.export_peak_rss_mb", "<= 100"},
        {"stream.import_ms", "<= 5000"},
        {"stream.import_peak_rss_mb", "<= 150"},
    };
    out << QStringLiteral("Stream: %1 connectors, %2 flows (median; demo runs once)\n")
               .arg(figures.size())
               .arg(figures.flows());
    out << QStringLiteral("%1%2%3\n")
               .arg(QStringLiteral("figure"), -34)
               .arg(QStringLiteral("median"), 12)
               .arg(QStringLiteral("target"), 12);
    for (const Row &row : rows) {
        const double value = figures.median(QLatin1String(row.name));
        out << QStringLiteral("%1%2%3\n")
                   .arg(QLatin1String(row.name), -34)
                   .arg(std::isnan(value) ? QStringLiteral("-") : QString::number(value, 'f', 2),
                        12)
                   .arg(QLatin1String(row.target), 12);
    }
}
