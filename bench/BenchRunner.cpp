#include "bench/BenchRunner.h"

#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/DemoDataGenerator.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/Database.h"
#include "bench/FirstPaintChild.h"
#include "bench/WidgetPerCardBaseline.h"
#include "ui/connectors/CardListView.h"
#include "ui/connectors/ConnectorCardDelegate.h"
#include "ui/connectors/ConnectorSectionView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTextStream>

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void settle()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

struct OpenStore
{
    std::unique_ptr<Database> database;
    std::unique_ptr<ConnectorService> service;
};

OpenStore openStore(const QString &path)
{
    OpenStore store;
    auto database = Database::open(path);
    if (!database)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(database.error().message()));
    store.database = std::move(database).value();
    AdminDirectory directory(*store.database);
    if (auto initialised = directory.ensureInitialised(); !initialised)
        qFatal("cannot initialise %s", qPrintable(path));
    auto admin = directory.defaultAdmin();
    store.service = std::make_unique<ConnectorService>(*store.database, *admin);
    return store;
}

// The two sections of the Connectors tab, side by side at a typical window size.
struct Sections
{
    QWidget window;
    ConnectorCardDelegate delegate;
    ConnectorSectionView *active;
    ConnectorSectionView *inactive;

    explicit Sections(ConnectorListModel &model)
    {
        auto *layout = new QHBoxLayout(&window);
        active = new ConnectorSectionView(ConnectorSectionView::StateFilter::ActiveOnly, model,
                                          &delegate, &window);
        inactive = new ConnectorSectionView(ConnectorSectionView::StateFilter::InactiveOnly, model,
                                            &delegate, &window);
        layout->addWidget(active);
        layout->addWidget(inactive);
        window.resize(1280, 800);
        window.show();
        settle();
    }

    void search(const QString &text)
    {
        active->setSearchText(text);
        inactive->setSearchText(text);
        settle();
    }
};

double paintViewport(QAbstractItemView *view)
{
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    view->viewport()->render(&image);
    return elapsedMs(timer);
}

} // namespace

BenchRunner::BenchRunner(Settings settings)
    : m_settings(std::move(settings))
{}

QString BenchRunner::prepareDatabase(int size, BenchFigures &figures)
{
    const QString path = m_dir.filePath(QStringLiteral("bench-%1.sqlite").arg(size));
    QFile::remove(path);
    OpenStore store = openStore(path);
    QElapsedTimer timer;
    timer.start();
    auto summary =
        DemoDataGenerator(*store.database).generate(store.service->actor(), size, size / 10);
    if (!summary)
        qFatal("demo data: %s", qPrintable(summary.error().message()));
    figures.add(QStringLiteral("generate_ms"), elapsedMs(timer));
    figures.setFlows(summary->flowsAdded);
    return path;
}

void BenchRunner::measureOpenAndLoad(const QString &path, BenchFigures &figures)
{
    for (int run = 0; run < m_settings.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        OpenStore store = openStore(path);
        ConnectorListModel model(*store.service);
        if (!model.reload())
            qFatal("model load failed");
        figures.add(QStringLiteral("open_load_ms"), elapsedMs(timer));
    }
}

void BenchRunner::measureConsole(const QString &path, BenchFigures &figures)
{
    for (int run = 0; run < m_settings.runs; ++run) {
        QProcess console;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        // The console's own start-up sequence in a fresh process, as people start it.
        console.start(QCoreApplication::applicationFilePath(),
                      FirstPaintChild::arguments(path, QStringLiteral("en")));
        double firstPaint = -1;
        QByteArray output;
        while (console.state() != QProcess::NotRunning || console.bytesAvailable()) {
            console.waitForReadyRead(100);
            output += console.readAllStandardOutput();
            if (firstPaint < 0 && output.contains("first-paint"))
                firstPaint = elapsedMs(timer);
            if (output.contains("peak-rss-kb"))
                break;
            if (timer.elapsed() > 120000)
                qFatal("the console did not report its first paint");
        }
        console.waitForFinished(30000);
        const QList<QByteArray> words = output.simplified().split(' ');
        const qsizetype rss = words.indexOf("peak-rss-kb");
        figures.add(QStringLiteral("first_paint_ms"), firstPaint);
        if (rss >= 0 && rss + 1 < words.size())
            figures.add(QStringLiteral("peak_rss_mb"), words.at(rss + 1).toDouble() / 1024.0);
    }
}

double BenchRunner::emptyFirstPaintMs()
{
    BenchFigures figures;
    const QString path = m_dir.filePath(QStringLiteral("bench-empty.sqlite"));
    {
        OpenStore store = openStore(path);
    }
    measureConsole(path, figures);
    return figures.median(QStringLiteral("first_paint_ms"));
}

void BenchRunner::measureViews(const QString &path, BenchFigures &figures)
{
    OpenStore store = openStore(path);
    ConnectorListModel model(*store.service);
    (void)model.reload();
    QElapsedTimer build;
    build.start();
    Sections sections(model);
    figures.add(QStringLiteral("sections_build_ms"), elapsedMs(build));
    for (int run = 0; run < m_settings.runs; ++run) {
        // One keystroke into an empty search field: the widest change a keystroke makes.
        QElapsedTimer timer;
        timer.start();
        sections.search(QStringLiteral("e"));
        figures.add(QStringLiteral("filter_ms"), elapsedMs(timer));
        sections.search(QString());
        figures.add(QStringLiteral("paint_ms"), paintViewport(sections.active->view()));
    }
}

void BenchRunner::measureMutations(const QString &path, BenchFigures &figures)
{
    OpenStore store = openStore(path);
    ConnectorListModel model(*store.service);
    (void)model.reload();
    Sections sections(model);
    ConnectorService &service = *store.service;
    // The store change with its audit row, and the model and section proxies following it (they
    // update synchronously from the service's signals); the repaint that follows is paint_ms.
    auto timed = [&figures](const QString &name, auto &&action) {
        QElapsedTimer timer;
        timer.start();
        const bool ok = action();
        figures.add(name, elapsedMs(timer));
        settle();
        if (!ok)
            qFatal("%s failed", qPrintable(name));
    };
    for (int run = 0; run < m_settings.runs; ++run) {
        QUuid id;
        timed(QStringLiteral("create_ms"), [&] {
            auto created = service.create({{},
                                           QStringLiteral("Benchmark connector %1").arg(run),
                                           AccessLevel::ReadOnly,
                                           true});
            id = created ? created->id : QUuid();
            return created.ok();
        });
        timed(QStringLiteral("deactivate_ms"), [&] { return service.deactivate(id).ok(); });
        timed(QStringLiteral("activate_ms"), [&] { return service.activate(id).ok(); });
        if (!service.deactivate(id))
            qFatal("deactivate before delete failed");
        settle();
        timed(QStringLiteral("delete_ms"), [&] { return service.remove(id).ok(); });
    }
}

void BenchRunner::timeCtl(const QString &path, const QStringList &arguments, const QString &figure,
                          BenchFigures &figures)
{
    for (int run = 0; run < m_settings.runs; ++run) {
        QProcess ctl;
        ctl.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        ctl.start(m_settings.ctlPath, QStringList{QStringLiteral("--database"), path} + arguments);
        if (!ctl.waitForFinished(300000) || ctl.exitCode() != 0)
            qFatal("connectorctl %s failed", qPrintable(arguments.join(u' ')));
        figures.add(figure, elapsedMs(timer));
    }
}

void BenchRunner::measureCtlList(const QString &path, BenchFigures &figures)
{
    timeCtl(path, {QStringLiteral("--json"), QStringLiteral("list")}, QStringLiteral("ctl_list_ms"),
            figures);
}

void BenchRunner::measureFlows(const QString &path, BenchFigures &figures)
{
    OpenStore store = openStore(path);
    FlowService flows(*store.service);
    auto all = flows.list();
    if (!all)
        qFatal("flows list failed");
    // A connector some flow uses: the where-used panel's question for one card.
    QUuid used;
    for (const Flow &flow : *all) {
        for (const HttpRequestActivity &activity : flow.activities) {
            if (!activity.connectorId.isNull()) {
                used = activity.connectorId;
                break;
            }
        }
        if (!used.isNull())
            break;
    }
    for (int run = 0; run < m_settings.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!flows.whereUsed(used))
            qFatal("where-used failed");
        figures.add(QStringLiteral("where_used_ms"), elapsedMs(timer));
        timer.restart();
        // The counts every card shows, for the whole organisation at once.
        if (!flows.usageCounts())
            qFatal("usage counts failed");
        figures.add(QStringLiteral("usage_counts_ms"), elapsedMs(timer));
    }
    timeCtl(path, {QStringLiteral("--json"), QStringLiteral("flows"), QStringLiteral("list")},
            QStringLiteral("flows_list_ms"), figures);
}

void BenchRunner::measureBaseline(const QString &path, BenchFigures &figures)
{
    OpenStore store = openStore(path);
    auto connectors = store.service->list();
    ConnectorListModel model(*store.service);
    (void)model.reload();
    for (int run = 0; run < m_settings.runs; ++run) {
        // Both approaches: build, lay out and paint the first screen of the same cards.
        QElapsedTimer timer;
        timer.start();
        {
            ConnectorCardDelegate delegate;
            ConnectorSectionView view(ConnectorSectionView::StateFilter::All, model, &delegate);
            view.resize(640, 800);
            view.show();
            settle();
            paintViewport(view.view());
            figures.addBaseline(QStringLiteral("delegate_build_ms"), elapsedMs(timer));
        }
        timer.restart();
        {
            WidgetPerCardBaseline widgets(*connectors);
            widgets.resize(640, 800);
            widgets.show();
            settle();
            QImage image(widgets.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
            widgets.viewport()->render(&image);
            figures.addBaseline(QStringLiteral("widgets_build_ms"), elapsedMs(timer));
        }
    }
    const double ratio = figures.baselineMedian(QStringLiteral("widgets_build_ms")) /
                         figures.baselineMedian(QStringLiteral("delegate_build_ms"));
    figures.addBaseline(QStringLiteral("ratio"), ratio);
}

BenchFigures BenchRunner::measure(int size)
{
    BenchFigures figures(size);
    QTextStream err(stderr);
    err << "-- " << size << " connectors and " << size / 10 << " flows: generating..." << Qt::endl;
    const QString path = prepareDatabase(size, figures);
    if (wanted(QStringLiteral("open"))) {
        err << "   open and load..." << Qt::endl;
        measureOpenAndLoad(path, figures);
    }
    if (wanted(QStringLiteral("console"))) {
        err << "   console start to first paint..." << Qt::endl;
        measureConsole(path, figures);
    }
    if (wanted(QStringLiteral("views"))) {
        err << "   filter and paint..." << Qt::endl;
        measureViews(path, figures);
    }
    if (wanted(QStringLiteral("mutations"))) {
        err << "   mutations..." << Qt::endl;
        measureMutations(path, figures);
    }
    if (wanted(QStringLiteral("ctl"))) {
        err << "   connectorctl list --json..." << Qt::endl;
        measureCtlList(path, figures);
    }
    if (wanted(QStringLiteral("flows"))) {
        err << "   flows: where-used, usage counts, connectorctl flows list --json..." << Qt::endl;
        measureFlows(path, figures);
    }
    if (m_settings.baseline && size <= 10000 && wanted(QStringLiteral("baseline"))) {
        err << "   widget-per-card baseline..." << Qt::endl;
        measureBaseline(path, figures);
    }
    return figures;
}
