// connector-bench: the performance figures of the console for 1,000, 10,000 and 100,000
// connectors (with a tenth as many flows using them), as medians of several runs, printed as a
// table and optionally written as JSON.
#include "app/core/support/ProgramIdentity.h"
#include "bench/BenchRunner.h"
#include "bench/FirstPaintChild.h"
#include "bench/FlowScaleBench.h"
#include "bench/StreamBench.h"

#include <cmath>
#include <optional>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

namespace {

QString cell(double value, int decimals = 1)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}

void printTable(const QList<BenchFigures> &all, double emptyFirstPaint)
{
    QTextStream out(stdout);
    const QStringList rows = {
        QStringLiteral("generate_ms"),       QStringLiteral("open_load_ms"),
        QStringLiteral("first_paint_ms"),    QStringLiteral("peak_rss_mb"),
        QStringLiteral("sections_build_ms"), QStringLiteral("filter_ms"),
        QStringLiteral("paint_ms"),          QStringLiteral("create_ms"),
        QStringLiteral("deactivate_ms"),     QStringLiteral("activate_ms"),
        QStringLiteral("delete_ms"),         QStringLiteral("ctl_list_ms"),
        QStringLiteral("where_used_ms"),     QStringLiteral("usage_counts_ms"),
        QStringLiteral("flows_list_ms")};
    out << QStringLiteral("%1").arg(QStringLiteral("figure (median)"), -22);
    for (const BenchFigures &figures : all)
        out << QStringLiteral("%1").arg(figures.size(), 12);
    out << '\n';
    out << QStringLiteral("%1").arg(QStringLiteral("flows using them"), -22);
    for (const BenchFigures &figures : all)
        out << QStringLiteral("%1").arg(figures.flows(), 12);
    out << '\n';
    for (const QString &row : rows) {
        out << QStringLiteral("%1").arg(row, -22);
        for (const BenchFigures &figures : all)
            out << QStringLiteral("%1").arg(cell(figures.median(row), 2), 12);
        out << '\n';
    }
    for (const QString &row : {QStringLiteral("delegate_build_ms"),
                               QStringLiteral("widgets_build_ms"), QStringLiteral("ratio")}) {
        out << QStringLiteral("%1").arg(QStringLiteral("baseline.") + row, -22);
        for (const BenchFigures &figures : all)
            out << QStringLiteral("%1").arg(cell(figures.baselineMedian(row), 2), 12);
        out << '\n';
    }
    out << QStringLiteral("empty database first_paint_ms: %1\n").arg(cell(emptyFirstPaint, 2));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    // The benchmark's own settings file: a window it starts never reads or moves the person's.
    QCoreApplication::setOrganizationName(ProgramIdentity::organisationName());
    QCoreApplication::setApplicationName(QStringLiteral("connector-bench"));
    if (FirstPaintChild::isRequested(QCoreApplication::arguments()))
        return FirstPaintChild::run(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Performance figures of the connectors console."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("sizes"), QStringLiteral("Comma-separated connector counts."),
         QStringLiteral("list"), QStringLiteral("1000,10000,100000")},
        {QStringLiteral("runs"), QStringLiteral("Runs per figure (the median is reported)."),
         QStringLiteral("n"), QStringLiteral("5")},
        {QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to <file>."),
         QStringLiteral("file")},
        {QStringLiteral("only"),
         QStringLiteral("Measure only these groups: open, console, views, mutations, ctl, "
                        "flows, baseline, scale, stream (comma-separated)."),
         QStringLiteral("groups")},
        {QStringLiteral("scale-flows"),
         QStringLiteral("Export-shape flows of the scale group (about 250 KB each)."),
         QStringLiteral("n"), QStringLiteral("1000")},
        {QStringLiteral("stream-connectors"),
         QStringLiteral("Connectors of the stream group (its flows: a tenth as many)."),
         QStringLiteral("n"), QStringLiteral("100000")},
    });
    parser.process(application);

    const QDir binaries(QCoreApplication::applicationDirPath());
    BenchRunner::Settings settings;
    settings.runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    settings.ctlPath = binaries.filePath(QStringLiteral("connectorctl"));
    settings.only = parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);
    BenchRunner runner(settings);

    // The scale group measures one generated organisation, not the connector sizes.
    const bool scale = settings.only.isEmpty() || settings.only.contains(QStringLiteral("scale"));
    const bool stream = settings.only.isEmpty() || settings.only.contains(QStringLiteral("stream"));
    // The scale and stream groups measure one generated organisation, not the connector sizes.
    QStringList sizedGroups = settings.only;
    sizedGroups.removeAll(QStringLiteral("scale"));
    sizedGroups.removeAll(QStringLiteral("stream"));
    const bool sized = settings.only.isEmpty() || !sizedGroups.isEmpty();
    QList<BenchFigures> all;
    double emptyFirstPaint = std::nan("");
    if (sized) {
        for (const QString &size :
             parser.value(QStringLiteral("sizes")).split(u',', Qt::SkipEmptyParts))
            all.append(runner.measure(size.toInt()));
        emptyFirstPaint = runner.emptyFirstPaintMs();
    }
    std::optional<BenchFigures> scaleFigures;
    if (scale) {
        FlowScaleBench::Settings scaleSettings;
        scaleSettings.flows = qMax(1, parser.value(QStringLiteral("scale-flows")).toInt());
        scaleSettings.runs = settings.runs;
        scaleSettings.ctlPath = settings.ctlPath;
        scaleFigures = FlowScaleBench(scaleSettings).measure();
    }

    std::optional<BenchFigures> streamFigures;
    if (stream) {
        StreamBench::Settings streamSettings;
        streamSettings.connectors =
            qMax(10, parser.value(QStringLiteral("stream-connectors")).toInt());
        streamSettings.flows = streamSettings.connectors / 10;
        streamSettings.runs = qMin(settings.runs, 3);
        streamSettings.ctlPath = settings.ctlPath;
        streamFigures = StreamBench(streamSettings).measure();
    }

    QTextStream(stdout) << QStringLiteral("Machine: %1, %2 cores, Qt %3, %4 runs each\n")
                               .arg(QSysInfo::prettyProductName())
                               .arg(QThread::idealThreadCount())
                               .arg(QString::fromLatin1(qVersion()))
                               .arg(settings.runs);
    if (sized)
        printTable(all, emptyFirstPaint);
    if (scaleFigures) {
        QTextStream out(stdout);
        FlowScaleBench::printTable(*scaleFigures, out);
    }
    if (streamFigures) {
        QTextStream out(stdout);
        StreamBench::printTable(*streamFigures, out);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject sizes;
        for (const BenchFigures &figures : all)
            sizes.insert(QString::number(figures.size()), figures.toJson());
        QJsonObject report{{QStringLiteral("runs"), settings.runs},
                           {QStringLiteral("empty_first_paint_ms"), emptyFirstPaint},
                           {QStringLiteral("sizes"), sizes}};
        if (scaleFigures)
            report.insert(QStringLiteral("scale"), scaleFigures->toJson());
        if (streamFigures)
            report.insert(QStringLiteral("stream"), streamFigures->toJson());
        QFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QJsonDocument(report).toJson());
    }
    return 0;
}
