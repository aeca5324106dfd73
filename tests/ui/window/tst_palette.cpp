// Colours: WCAG 2.x contrast of every text/background pair the cards, the switch, the banner and
// the secondary labels use, for a light and a dark palette; and the window following a palette
// that changes while it is open.
#include "tests/support/PaletteTestSupport.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConnectorCardDelegate.h"
#include "ui/connectors/ConnectorDialog.h"
#include "ui/connectors/SetupCard.h"
#include "ui/widgets/ColourContrast.h"
#include "ui/widgets/IconFactory.h"
#include "ui/widgets/SwitchButton.h"
#include "ui/widgets/ThemeColours.h"

#include <QFrame>
#include <QLabel>

namespace {

QPalette paletteNamed(const QString &name)
{
    return name == QLatin1String("dark") ? darkPalette() : lightPalette();
}

// Checks pairs and keeps a readable log of the ratios measured.
class ContrastReport
{
public:
    explicit ContrastReport(QString scope)
        : m_scope(std::move(scope))
    {}

    void check(const QString &what, const QColor &foreground, const QColor &background,
               double minimum)
    {
        const double ratio = ColourContrast::ratio(foreground, background);
        const QString line = QStringLiteral("%1 | %2 | %3 on %4 | %5:1 (needs %6)")
                                 .arg(m_scope, what, foreground.name(), background.name())
                                 .arg(ratio, 0, 'f', 2)
                                 .arg(minimum, 0, 'f', 1);
        qInfo("%s", qPrintable(line));
        if (ratio < minimum)
            m_failures.append(line);
    }

    QStringList failures() const { return m_failures; }

private:
    QString m_scope;
    QStringList m_failures;
};

QColor darkestOpaquePixel(const QImage &image, bool lightest)
{
    QColor found;
    double best = lightest ? -1.0 : 2.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() < 250)
                continue;
            const double luminance = ColourContrast::relativeLuminance(colour);
            if (lightest ? luminance > best : luminance < best) {
                best = luminance;
                found = colour;
            }
        }
    }
    return found;
}

} // namespace

class TestPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }

    void contrastRatioFollowsWcag();
    void ensureReachesTheMinimum();
    void cardColoursMeetAa_data();
    void cardColoursMeetAa();
    void switchBannerAndLabelsMeetAa_data();
    void switchBannerAndLabelsMeetAa();
    void windowFollowsAPaletteChange();
};

void TestPalette::contrastRatioFollowsWcag()
{
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    QCOMPARE(qRound(ColourContrast::ratio(black, white) * 100), 2100);
    QCOMPARE(ColourContrast::ratio(white, black), ColourContrast::ratio(black, white));
    QCOMPARE(ColourContrast::ratio(white, white), 1.0);
    QCOMPARE(ColourContrast::relativeLuminance(white), 1.0);
    QCOMPARE(ColourContrast::relativeLuminance(black), 0.0);
    // Reference values: #767676 is the lightest grey that passes 4.5:1 on white, #777777 fails.
    QCOMPARE(qRound(ColourContrast::ratio(QColor(0x76, 0x76, 0x76), white) * 100), 454);
    QCOMPARE(qRound(ColourContrast::ratio(QColor(0x77, 0x77, 0x77), white) * 100), 448);
    // Pure red on white: 4.0:1.
    QCOMPARE(qRound(ColourContrast::ratio(QColor(Qt::red), white) * 10), 40);
}

void TestPalette::ensureReachesTheMinimum()
{
    const QColor white(Qt::white);
    const QColor paleGreen(0x8f, 0xd8, 0xb0);
    const QColor darker = ColourContrast::ensure(paleGreen, white, 4.5);
    QVERIFY(ColourContrast::ratio(darker, white) >= 4.5);
    QVERIFY(ColourContrast::ratio(darker, white) < 5.0); // no further than needed
    QVERIFY(darker.green() > darker.red());              // still green
    const QColor nearBlack(0x20, 0x20, 0x20);
    const QColor lighter = ColourContrast::ensure(QColor(0x1d, 0x80, 0x5f), nearBlack, 4.5);
    QVERIFY(ColourContrast::ratio(lighter, nearBlack) >= 4.5);
    // Already fine: unchanged.
    QCOMPARE(ColourContrast::ensure(QColor(Qt::black), white, 4.5), QColor(Qt::black));
    // Against several backgrounds at once.
    const QColor both =
        ColourContrast::ensure(QColor(0x80, 0x80, 0x80), {white, QColor(0xef, 0xef, 0xef)}, 4.5);
    QVERIFY(ColourContrast::ratio(both, QColor(0xef, 0xef, 0xef)) >= 4.5);
}

void TestPalette::cardColoursMeetAa_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("hovered");
    for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
        for (const bool active : {true, false}) {
            for (const bool selected : {false, true}) {
                const QString row = QStringLiteral("%1 %2%3").arg(
                    palette, active ? QStringLiteral("active") : QStringLiteral("inactive"),
                    selected ? QStringLiteral(" selected") : QString());
                QTest::newRow(qPrintable(row)) << palette << active << selected << false;
            }
        }
        QTest::newRow(qPrintable(palette + QStringLiteral(" hovered")))
            << palette << true << false << true;
    }
}

void TestPalette::cardColoursMeetAa()
{
    QFETCH(QString, palette);
    QFETCH(bool, active);
    QFETCH(bool, selected);
    QFETCH(bool, hovered);
    const QPalette p = paletteNamed(palette);
    const QColor surround = p.color(QPalette::Window);
    const auto c = ConnectorCardDelegate::colours(p, surround, active, selected, hovered);
    ContrastReport report(QString::fromUtf8(QTest::currentDataTag()));
    const double text = ColourContrast::NormalText;
    const double ui = ColourContrast::UiComponent;
    report.check(QStringLiteral("name, access, ID"), c.text, c.background, text);
    report.check(QStringLiteral("authorised by, ID label"), c.muted, c.background, text);
    report.check(QStringLiteral("state word"), c.state, c.background, text);
    report.check(QStringLiteral("scope chip text"), c.chipText, c.chipBackground, text);
    report.check(QStringLiteral("state stripe"), c.stripe, c.background, ui);
    report.check(QStringLiteral("focus ring on card"), c.focusRing, c.background, ui);
    report.check(QStringLiteral("focus ring on window"), c.focusRing, surround, ui);
    if (selected)
        report.check(QStringLiteral("selected border"), c.border, surround, ui);
    const auto knob = SwitchButton::colours(p, c.background, active, true);
    report.check(QStringLiteral("switch track"), knob.track, c.background, ui);
    report.check(QStringLiteral("switch knob"), knob.knob, knob.track, ui);
    QVERIFY2(report.failures().isEmpty(), qPrintable(report.failures().join(u'\n')));
}

void TestPalette::switchBannerAndLabelsMeetAa_data()
{
    QTest::addColumn<QString>("palette");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestPalette::switchBannerAndLabelsMeetAa()
{
    QFETCH(QString, palette);
    const QPalette p = paletteNamed(palette);
    const QColor window = p.color(QPalette::Window);
    const QColor base = p.color(QPalette::Base);
    ContrastReport report(palette);
    const double text = ColourContrast::NormalText;
    const double ui = ColourContrast::UiComponent;
    for (const bool on : {true, false}) {
        const auto detail = SwitchButton::colours(p, window, on, true);
        const QString state = on ? QStringLiteral("on") : QStringLiteral("off");
        report.check(QStringLiteral("detail switch track ") + state, detail.track, window, ui);
        report.check(QStringLiteral("detail switch knob ") + state, detail.knob, detail.track, ui);
    }
    report.check(QStringLiteral("read-only banner text"), ThemeColours::bannerText(p),
                 ThemeColours::bannerBackground(p), text);
    report.check(QStringLiteral("muted text on window"), ThemeColours::mutedText(p), window, text);
    report.check(QStringLiteral("muted text on base (setup card)"), ThemeColours::mutedText(p),
                 base, text);
    report.check(QStringLiteral("error text on window"), ThemeColours::errorText(p), window, text);
    report.check(QStringLiteral("error text on base"), ThemeColours::errorText(p), base, text);
    report.check(QStringLiteral("text on read-only ID field"), p.color(QPalette::Text), window,
                 text);
    report.check(QStringLiteral("bold headings"), p.color(QPalette::WindowText), window,
                 ColourContrast::LargeText);
    QVERIFY2(report.failures().isEmpty(), qPrintable(report.failures().join(u'\n')));
}

void TestPalette::windowFollowsAPaletteChange()
{
    const QPalette original = QApplication::palette();
    const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
    QApplication::setPalette(lightPalette());
    TestStore store;
    store.addConnector(QStringLiteral("Queue statistics"));
    WindowFixture f(store);
    ConnectorDialog dialog(ConnectorDialog::Mode::Add, &f.window());
    auto *breadcrumb = f.find<QLabel>(QStringLiteral("breadcrumb"));
    auto *setupCard = f.find<SetupCard>(QStringLiteral("setupCard"));
    auto *banner = f.page()->banner();
    auto *detailId = f.find<QLineEdit>(QStringLiteral("detailId"));
    auto *nameError = dialog.findChild<QLabel *>(QStringLiteral("nameError"));
    const auto expectFollows = [&](const QPalette &p) {
        QCOMPARE(breadcrumb->palette().color(QPalette::WindowText), ThemeColours::mutedText(p));
        QCOMPARE(setupCard->palette().color(QPalette::Window), p.color(QPalette::Base));
        QCOMPARE(banner->palette().color(QPalette::Window), ThemeColours::bannerBackground(p));
        QCOMPARE(banner->palette().color(QPalette::WindowText), ThemeColours::bannerText(p));
        QCOMPARE(detailId->palette().color(QPalette::Base), p.color(QPalette::Window));
        QCOMPARE(nameError->palette().color(QPalette::WindowText), ThemeColours::errorText(p));
        // The cards repaint from the new palette: the card's background is the new Base.
        CardListView *list = f.activeList();
        const QRect card = list->visualRect(list->model()->index(0, 0)).adjusted(8, 5, -8, -5);
        const QImage painted = list->viewport()->grab().toImage();
        const QColor inside = painted.pixelColor(card.right() - 4, card.bottom() - 4);
        const QColor expected =
            ConnectorCardDelegate::colours(p, p.color(QPalette::Window), true,
                                           f.browser()->currentId().isNull() ? false : true, false)
                .background;
        QVERIFY2(ColourContrast::ratio(inside, expected) < 1.1,
                 qPrintable(inside.name() + u' ' + expected.name()));
        // Icons are drawn in the palette's text colour when they are painted.
        const QImage icon = IconFactory::edit().pixmap(24, 24).toImage();
        const bool darkTheme = ColourContrast::relativeLuminance(p.color(QPalette::Window)) < 0.2;
        const QColor ink = darkestOpaquePixel(icon, darkTheme);
        QVERIFY2(ColourContrast::ratio(ink, p.color(QPalette::WindowText)) < 1.3,
                 qPrintable(ink.name()));
    };
    expectFollows(lightPalette());
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    expectFollows(darkPalette());
    QApplication::setPalette(lightPalette());
    QCoreApplication::processEvents();
    expectFollows(lightPalette());
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
