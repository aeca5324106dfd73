#include "bench/FlowScaleBench.h"

#include "app/core/models/FlowTreeModel.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/ConsoleContext.h"
#include "app/core/service/DemoDataGenerator.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/Database.h"
#include "bench/ProcessProbe.h"
#include "tests/support/ExportShapeGenerator.h"
#include "ui/window/ConsoleActions.h"
#include "ui/window/MainWindow.h"

#include <cmath>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <vector>

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Ticks every few milliseconds on the GUI thread: the longest gap between two ticks is the
// longest time the window could not paint or take input.
class Heartbeat final
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(4);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longest = qMax(m_longest, elapsedMs(m_sinceTick));
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    // The longest stall since start(), the gap still open included.
    double stop()
    {
        m_timer.stop();
        return qMax(m_longest, elapsedMs(m_sinceTick));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
};

// Runs the event loop until `done` holds (checked every few ms) or `limitMs` passes.
template<typename Done> bool spinUntil(Done done, int limitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > limitMs)
            return false;
        // Wait in the event loop (not a busy poll), so a worker thread keeps its core.
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void spinFor(int ms)
{
    spinUntil([] { return false; }, ms);
}

struct OpenStore
{
    std::unique_ptr<Database> database;
    std::unique_ptr<ConnectorService> service;
    AdminAccount admin;
};

OpenStore openStore(const QString &path)
{
    OpenStore store;
    auto database = Database::open(path);
    if (!database)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(database.error().message()));
    store.database = std::move(database).value();
    AdminDirectory directory(*store.database);
    if (!directory.ensureInitialised())
        qFatal("cannot initialise %s", qPrintable(path));
    store.admin = *directory.defaultAdmin();
    store.service = std::make_unique<ConnectorService>(*store.database, store.admin);
    return store;
}

} // namespace

FlowScaleBench::FlowScaleBench(Settings settings)
    : m_settings(std::move(settings))
{}

QString FlowScaleBench::makeTemplateDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("template.sqlite"));
    OpenStore store = openStore(path);
    auto summary = DemoDataGenerator(*store.database)
                       .generate(store.service->actor(), m_settings.connectors, 0);
    if (!summary)
        qFatal("demo connectors: %s", qPrintable(summary.error().message()));
    auto connectors = store.service->list();
    if (!connectors)
        qFatal("cannot list the connectors");
    for (const Connector &connector : std::as_const(*connectors))
        m_connectors.append({connector.id.toString(QUuid::WithoutBraces), connector.name});
    return path;
}

QStringList FlowScaleBench::writeFlows(BenchFigures &figures)
{
    ExportShapeGenerator::Settings settings;
    settings.flows = m_settings.flows;
    for (const auto &[id, name] : std::as_const(m_connectors))
        settings.connectors.append({QUuid::fromString(id), name});
    const QString folder = m_dir.filePath(QStringLiteral("flows"));
    QDir().mkpath(folder);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QStringList files = ExportShapeGenerator(settings).writeAll(folder, &error);
    if (files.isEmpty())
        qFatal("cannot write the flows: %s", qPrintable(error));
    figures.add(QStringLiteral("scale.generate_files_ms"), elapsedMs(timer));
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFileInfo(file).size();
    figures.add(QStringLiteral("scale.files_mb"), double(bytes) / (1024.0 * 1024.0));
    return files;
}

QString FlowScaleBench::importOnce(const QString &templatePath, const QStringList &files, int run,
                                   BenchFigures &figures, QString &refusal)
{
    const QString path = m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(run));
    QFile::remove(path);
    if (!QFile::copy(templatePath, path))
        qFatal("cannot copy the template database");
    const ProcessProbe::Run ctl =
        ProcessProbe::run(m_settings.ctlPath,
                          QStringList{QStringLiteral("--database"), path, QStringLiteral("flows"),
                                      QStringLiteral("import")} +
                              files,
                          m_dir.filePath(QStringLiteral("ctl-errors.txt")));
    if (ctl.status != 0) {
        refusal = QString::fromUtf8(ctl.errors).trimmed().left(400);
        return {};
    }
    figures.add(QStringLiteral("scale.import_ms"), ctl.ms);
    figures.add(QStringLiteral("scale.import_peak_rss_mb"), ctl.peakRssMb);
    return path;
}

void FlowScaleBench::measureWhereUsed(const QString &path, BenchFigures &figures)
{
    OpenStore store = openStore(path);
    FlowService flows(*store.service);
    auto counts = flows.usageCounts();
    if (!counts || counts->isEmpty())
        qFatal("no connector is used");
    // The busiest connector: the longest answer.
    QUuid busiest;
    int most = -1;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        if (it.value().activities > most) {
            most = it.value().activities;
            busiest = it.key();
        }
    }
    figures.add(QStringLiteral("scale.where_used_rows"), most);
    for (int run = 0; run < qMax(5, m_settings.runs); ++run) {
        QElapsedTimer timer;
        timer.start();
        auto used = flows.whereUsed(busiest);
        if (!used || int(used->size()) != most)
            qFatal("where-used gave the wrong answer");
        figures.add(QStringLiteral("scale.where_used_ms"), elapsedMs(timer));
    }
}

void FlowScaleBench::measureFlowsTab(const QString &path, BenchFigures &figures)
{
    // The console's window (flows read in the background), then once as the tests build it
    // (flows read on the window's thread): the figure without the background load.
    for (int run = 0; run <= m_settings.runs; ++run) {
        const bool console = run < m_settings.runs;
        const QString prefix =
            console ? QStringLiteral("scale.") : QStringLiteral("scale.same_thread.");
        OpenStore store = openStore(path);
        ConsoleContext context(*store.database, store.admin, AccessTokenStore::Storage::MemoryOnly);
        MainWindow window(context, nullptr, nullptr,
                          console ? MainWindow::Loading::AfterFirstPaint
                                  : MainWindow::Loading::Immediate);
        window.resize(1280, 800);
        window.show();
        spinFor(300);
        FlowTreeModel &model = window.flowModel();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("flowSearchField"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("flowTree"));
        if (!search)
            qFatal("no flow search field");
        if (!tree)
            qFatal("no flow tree");
        const QAbstractItemModel *proxy = tree->model();

        Heartbeat heartbeat;
        heartbeat.start();
        QElapsedTimer timer;
        timer.start();
        QTimer::singleShot(0, &window, [&window] { window.actions().showFlows()->trigger(); });
        if (!spinUntil([&] { return proxy->rowCount() >= m_settings.flows; }, 120000))
            qFatal("the Flows tab did not show the flows");
        figures.add(prefix + QStringLiteral("tab_rows_ms"), elapsedMs(timer));
        spinFor(300);
        figures.add(prefix + QStringLiteral("tab_open_stall_ms"), heartbeat.stop());

        // One keystroke into the empty search field, then clearing it: the widest changes.
        const auto typed = [&](const QString &figure, auto &&action, auto &&done) {
            heartbeat.start();
            QElapsedTimer answer;
            answer.start();
            QTimer::singleShot(0, &window, action);
            if (!spinUntil(done, 120000))
                qFatal("the search did not answer");
            figures.add(figure + QStringLiteral("_answer_ms"), elapsedMs(answer));
            spinFor(300);
            figures.add(figure + QStringLiteral("_stall_ms"), heartbeat.stop());
        };
        if (!console)
            continue;
        typed(
            QStringLiteral("scale.filter"),
            [search] {
                QKeyEvent press(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
                QCoreApplication::sendEvent(search, &press);
            },
            [&] { return search->text() == u"b"; });
        typed(
            QStringLiteral("scale.clear"), [search] { search->clear(); },
            [&] { return proxy->rowCount() >= m_settings.flows; });
        Q_UNUSED(model);
    }
}

BenchFigures FlowScaleBench::measure()
{
    BenchFigures figures(m_settings.connectors);
    figures.setFlows(m_settings.flows);
    QTextStream err(stderr);
    err << "-- scale: " << m_settings.flows << " export-shape flows, " << m_settings.connectors
        << " connectors: writing the files..." << Qt::endl;
    const QString templatePath = makeTemplateDatabase();
    const QStringList files = writeFlows(figures);
    err << "   connectorctl flows import..." << Qt::endl;
    QString imported;
    QString refusal;
    for (int run = 0; run < qMin(m_settings.runs, 3); ++run) {
        imported = importOnce(templatePath, files, run, figures, refusal);
        if (imported.isEmpty())
            break;
    }
    if (imported.isEmpty()) {
        // Until the reader takes the export shape: the window's figures over the demo
        // generator's (authoring-shape, smaller) flows, so they can still be compared.
        err << "   the import was refused (" << refusal
            << "); the window's figures use the demo generator's flows instead" << Qt::endl;
        figures.add(QStringLiteral("scale.import_refused"), 1);
        imported = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QFile::copy(templatePath, imported);
        OpenStore store = openStore(imported);
        if (!DemoDataGenerator(*store.database)
                 .generate(store.service->actor(), 0, m_settings.flows))
            qFatal("demo flows failed");
    }
    err << "   where-used..." << Qt::endl;
    measureWhereUsed(imported, figures);
    err << "   the Flows tab: open and filter..." << Qt::endl;
    measureFlowsTab(imported, figures);
    return figures;
}

void FlowScaleBench::printTable(const BenchFigures &figures, QTextStream &out)
{
    struct Row
    {
        const char *name;
        const char *target;
    };
    const Row rows[] = {
        {"scale.files_mb", ""},
        {"scale.generate_files_ms", ""},
        {"scale.import_ms", "<= 15000"},
        {"scale.import_peak_rss_mb", "<= 300"},
        {"scale.where_used_rows", ""},
        {"scale.where_used_ms", "<= 5"},
        {"scale.tab_rows_ms", ""},
        {"scale.tab_open_stall_ms", "<= 100"},
        {"scale.filter_answer_ms", ""},
        {"scale.filter_stall_ms", "<= 100"},
        {"scale.clear_answer_ms", ""},
        {"scale.clear_stall_ms", "<= 100"},
        {"scale.same_thread.tab_rows_ms", ""},
        {"scale.same_thread.tab_open_stall_ms", ""},
    };
    out << QStringLiteral("Scale: %1 flows in the export shape, %2 connectors (median)\n")
               .arg(figures.flows())
               .arg(figures.size());
    if (figures.has(QStringLiteral("scale.import_refused")))
        out << "  (the import refused the export shape: window figures over demo flows)\n";
    out << QStringLiteral("%1%2%3\n")
               .arg(QStringLiteral("figure"), -28)
               .arg(QStringLiteral("median"), 12)
               .arg(QStringLiteral("target"), 12);
    for (const Row &row : rows) {
        const double value = figures.median(QLatin1String(row.name));
        out << QStringLiteral("%1%2%3\n")
                   .arg(QLatin1String(row.name), -28)
                   .arg(std::isnan(value) ? QStringLiteral("-") : QString::number(value, 'f', 2),
                        12)
                   .arg(QLatin1String(row.target), 12);
    }
}
