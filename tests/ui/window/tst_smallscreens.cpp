// The window and every dialog on a small screen, in English and Ukrainian: 1024x768 at 100 % and
// 1280x800 at 150 % (853x533 device-independent pixels). The offscreen platform is given that
// screen (its JSON configuration) and QT_SCALE_FACTOR before the application starts; CTest runs
// this program once per screen (SMALL_SCREEN=WIDTHxHEIGHT[@SCALE]). Each window must fit the
// available area with its frame, must not be squeezed below its minimum size, and every visible
// button, and the status bar, must be on the screen and not cut off (a button in a scrolled page
// counts as reachable through its scroll area).
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/FlowService.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/ReadabilityChecks.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConfirmationTexts.h"
#include "ui/flows/FlowsPage.h"
#include "ui/flows/FlowTreeView.h"

#include <QAbstractScrollArea>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace {

struct ScreenSpec
{
    QSize pixels{1280, 800};
    double scale = 1.5;
};

ScreenSpec screenSpec()
{
    ScreenSpec spec;
    const QString text = qEnvironmentVariable("SMALL_SCREEN", u"1280x800@1.5"_s);
    const QStringList sizeAndScale = text.split(u'@');
    const QStringList size = sizeAndScale.first().split(u'x');
    if (size.size() == 2)
        spec.pixels = QSize(size.at(0).toInt(), size.at(1).toInt());
    spec.scale = sizeAndScale.size() > 1 ? sizeAndScale.at(1).toDouble() : 1.0;
    return spec;
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = UiTest::shown(button->text());
    return u"%1 \"%2\" (%3)"_s.arg(widget->objectName(), text,
                                   QString::fromLatin1(widget->metaObject()->className()));
}

QRect globalRect(const QWidget *widget)
{
    return {widget->mapToGlobal(QPoint(0, 0)), widget->size()};
}

// Where `widget` can be seen: its rectangle, or for something inside a scrolled page the
// viewport it scrolls in, clipped by every parent up to its window.
bool reachable(const QWidget *widget, QRect *shownRect)
{
    QRect rect = globalRect(widget);
    QRect clipped = rect;
    const QWidget *previous = widget;
    for (const QWidget *parent = widget->parentWidget(); parent && !previous->isWindow();
         parent = parent->parentWidget()) {
        const auto *scroll = qobject_cast<const QAbstractScrollArea *>(parent);
        // Scrolled content is reached by scrolling: what must be whole is the viewport.
        if (scroll && previous == scroll->viewport())
            rect = clipped = globalRect(previous);
        clipped &= globalRect(parent);
        previous = parent;
    }
    *shownRect = clipped;
    return clipped == rect;
}

} // namespace

class TestSmallScreens final : public QObject
{
    Q_OBJECT

public:
    explicit TestSmallScreens(const ScreenSpec &spec)
        : m_spec(spec)
    {}

private:
    ScreenSpec m_spec;
    TranslationLoader m_translations;

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

    // Everything wrong with how `window` sits on the screen; empty when it fits.
    static QStringList problems(QWidget *window)
    {
        QCoreApplication::processEvents();
        if (window->layout())
            window->layout()->activate();
        QStringList found;
        const QRect area = available();
        const QString name = window->objectName();
        if (!area.contains(window->frameGeometry()))
            found << u"%1: frame %2,%3 %4x%5 is not inside the screen's %6x%7"_s.arg(name)
                         .arg(window->frameGeometry().x())
                         .arg(window->frameGeometry().y())
                         .arg(window->frameGeometry().width())
                         .arg(window->frameGeometry().height())
                         .arg(area.width())
                         .arg(area.height());
        const QSize frame = window->frameGeometry().size() - window->size();
        const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
        if (minimum.width() + frame.width() > area.width() ||
            minimum.height() + frame.height() > area.height())
            found << u"%1: minimum size %2x%3 does not fit the screen's %4x%5"_s.arg(name)
                         .arg(minimum.width())
                         .arg(minimum.height())
                         .arg(area.width())
                         .arg(area.height());
        if (window->width() < minimum.width() || window->height() < minimum.height())
            found << u"%1: squeezed to %2x%3, below its minimum %4x%5"_s.arg(name)
                         .arg(window->width())
                         .arg(window->height())
                         .arg(minimum.width())
                         .arg(minimum.height());
        QList<QWidget *> controls;
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
            controls << button;
        for (QStatusBar *bar : window->findChildren<QStatusBar *>())
            controls << bar;
        for (QWidget *control : std::as_const(controls)) {
            if (!control->isVisible() || control->window() != window)
                continue;
            QRect shown;
            if (!reachable(control, &shown))
                found << u"%1: %2 is cut off (%3x%4 of %5x%6 shown)"_s.arg(name, describe(control))
                             .arg(shown.width())
                             .arg(shown.height())
                             .arg(control->width())
                             .arg(control->height());
            else if (!area.contains(shown))
                found << u"%1: %2 at %3,%4 is off the screen"_s.arg(name, describe(control))
                             .arg(shown.x())
                             .arg(shown.y());
        }
        return found;
    }

    // Checks a dialog opened by `open` (a modal exec()), on each of its tabs.
    static QStringList modalProblems(const std::function<void()> &open)
    {
        QStringList found;
        bool seen = false;
        UiTest::onNextModal([&found, &seen](QWidget *dialog) {
            seen = true;
            const auto tabs = dialog->findChildren<QTabWidget *>();
            QTabWidget *outer = tabs.isEmpty() ? nullptr : tabs.first();
            const int pages = outer && outer->window() == dialog ? outer->count() : 1;
            for (int page = 0; page < pages; ++page) {
                if (pages > 1)
                    outer->setCurrentIndex(page);
                found << problems(dialog);
            }
            if (auto *box = qobject_cast<QDialog *>(dialog))
                box->done(QDialog::Rejected);
        });
        open();
        if (!seen)
            found << u"no dialog opened"_s;
        return found;
    }

    // A store with connectors whose names are long, one inactive selected, and a flow using them.
    static void fill(TestStore &store, FlowService &flows)
    {
        const Connector stats = store.addConnector(
            u"Queue statistics for the EMEA support centres"_s, AccessLevel::ReadOnly);
        const Connector routing =
            store.addConnector(u"Routing and callbacks"_s, AccessLevel::ReadWrite, false);
        auto parsed = FlowDesignerFormat::fromDocument(
            FlowSamples::supportLine(stats.id, stats.name, routing.id, routing.name), u"t"_s);
        QVERIFY(parsed.ok());
        QVERIFY(flows.importFlows({*parsed}).ok());
        store.addAdmin(AdminRole::SupportBasicAdmin, u"helpdesk.night.shift@example.com"_s);
        store.addAdmin(AdminRole::PartnerReadOnlyAdmin, u"partner.readonly.auditor@example.com"_s);
    }

    // The detail panel's fields that wrap onto more lines than the panel gives them room for:
    // a value cut through the middle of a line.
    static QStringList cutLabels(QWidget *panel)
    {
        QApplication::processEvents();
        QStringList cut;
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            if (const QString what = Readability::truncation(label); !what.isEmpty())
                cut << QStringLiteral("%1 \"%2\": %3")
                           .arg(label->objectName(), label->text(), what);
        }
        return cut;
    }

    void useLanguage(const QString &language) { UiTest::useLanguage(m_translations, language); }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initEnvironment();
        // The screen this run was given, in device-independent pixels.
        const QSize expected = (QSizeF(m_spec.pixels) / m_spec.scale).toSize();
        const QSize actual = QGuiApplication::primaryScreen()->geometry().size();
        QVERIFY2(qAbs(actual.width() - expected.width()) <= 1 &&
                     qAbs(actual.height() - expected.height()) <= 1,
                 qPrintable(u"screen %1x%2, expected %3x%4"_s.arg(actual.width())
                                .arg(actual.height())
                                .arg(expected.width())
                                .arg(expected.height())));
    }
    void cleanupTestCase() { m_translations.load(u"en"_s); }
    void init() { MessageBox::clearHistory(); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("uk") << u"uk"_s;
    }

    void mainWindowFits_data() { languages_data(); }
    void mainWindowFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        TestStore store;
        FlowService flows(store.service());
        fill(store, flows);
        WindowFixture f(store, &m_translations);
        // The inactive connector: its Edit and Delete buttons show.
        f.inactiveList()->setCurrentIndex(f.inactiveList()->model()->index(0, 0));
        QVERIFY(f.detail()->connector().has_value());
        QStringList found = problems(&f.window());
        found << cutLabels(f.detail());
        f.actions().showFlows()->trigger();
        found << problems(&f.window());
        // Made as small as it goes, nothing is cut through or squeezed: the details scroll.
        f.actions().showConnectors()->trigger();
        f.window().resize(f.window().minimumSizeHint());
        found << problems(&f.window()) << cutLabels(f.detail());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void dialogsFit_data() { languages_data(); }
    void dialogsFit()
    {
        QFETCH(QString, language);
        useLanguage(language);
        TestStore store;
        FlowService flows(store.service());
        fill(store, flows);
        WindowFixture f(store, &m_translations);
        f.inactiveList()->setCurrentIndex(f.inactiveList()->model()->index(0, 0));
        ConsoleActions &a = f.actions();
        QStringList found;
        for (QAction *action : {a.add(), a.edit(), a.signIn(), a.liveTestSettings(), a.about(),
                                a.helpContents(), a.keyboardShortcuts()}) {
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
            found << modalProblems([action] { action->trigger(); });
        }
        // The activity editor, from the Flows tab, on each of its tabs.
        a.showFlows()->trigger();
        FlowsPage *page = f.window().flowsPage();
        const QAbstractItemModel *model = page->view()->model();
        page->view()->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
        QVERIFY(a.editActivity()->isEnabled());
        found << modalProblems([&a] { a.editActivity()->trigger(); });
        // A confirmation with the spec's long warning.
        const Connector connector = *f.detail()->connector();
        found << modalProblems([&f, &connector] {
            MessageBox::createConfirmation(&f.window(), ConfirmationTexts::remove(connector))
                ->exec();
        });
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

int main(int argc, char *argv[])
{
    const ScreenSpec spec = screenSpec();
    // The offscreen platform's screen, from a configuration file made for this run.
    const QString config = QDir::temp().filePath(
        u"tst_smallscreens-%1.json"_s.arg(QCoreApplication::applicationPid()));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(QStringLiteral(R"({"screens": [{"name": "Small", "x": 0, "y": 0, "width": %1,
        "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                   .arg(spec.pixels.width())
                   .arg(spec.pixels.height())
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    if (spec.scale != 1.0)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(spec.scale));
    int result = 0;
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    {
        QApplication app(argc, argv);
        TestSmallScreens test(spec);
        result = QTest::qExec(&test, argc, argv);
    }
    QFile::remove(config);
    return result;
}

#include "tst_smallscreens.moc"
