// The window's icons come from the SVG files in resources/icons: each renders, at the smallest
// and largest size a desktop asks for, in a light and a dark palette, with its glyph in the
// palette's text colour (so it stays visible in both), and the application icon keeps its tile.
#include "tests/support/PaletteTestSupport.h"
#include "ui/widgets/ColourContrast.h"
#include "ui/widgets/IconFactory.h"

#include <functional>
#include <QApplication>
#include <QImage>
#include <QSvgRenderer>
#include <QtTest>

namespace {

struct Coverage
{
    double opaque = 0;  // share of pixels at least half opaque
    QColor dominantInk; // the most opaque pixels' mean colour
};

Coverage coverageOf(const QImage &image)
{
    Coverage result;
    qint64 opaque = 0, red = 0, green = 0, blue = 0, solid = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() >= 128)
                ++opaque;
            if (colour.alpha() >= 250) {
                ++solid;
                red += colour.red();
                green += colour.green();
                blue += colour.blue();
            }
        }
    }
    result.opaque = double(opaque) / double(image.width() * image.height());
    if (solid > 0)
        result.dominantInk = QColor(int(red / solid), int(green / solid), int(blue / solid));
    return result;
}

using IconMaker = std::function<QIcon()>;

const QList<QPair<QString, IconMaker>> &glyphs()
{
    static const QList<QPair<QString, IconMaker>> list = {
        {QStringLiteral("remove"),
         [] {
             return IconFactory::remove();
         }},
        {QStringLiteral("copy"),
         [] {
             return IconFactory::copy();
         }},
        {QStringLiteral("edit"),
         [] {
             return IconFactory::edit();
         }},
        {QStringLiteral("search"),
         [] {
             return IconFactory::search();
         }},
        {QStringLiteral("lock"),
         [] {
             return IconFactory::lock();
         }},
        {QStringLiteral("sign-in"),
         [] {
             return IconFactory::signIn();
         }},
    };
    return list;
}

} // namespace

class TestIcons final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QApplication::setPalette(lightPalette()); }

    void everySvgIsValid_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &glyph : glyphs())
            QTest::newRow(qPrintable(glyph.first)) << glyph.first;
        QTest::newRow("denied") << QStringLiteral("denied");
        QTest::newRow("field-error") << QStringLiteral("field-error");
        QTest::newRow("connector-console") << QStringLiteral("connector-console");
    }

    void everySvgIsValid()
    {
        QFETCH(QString, name);
        const QByteArray source = IconFactory::svgSource(name);
        QVERIFY2(!source.isEmpty(), qPrintable(name + QStringLiteral(" is not in the resources")));
        QSvgRenderer renderer(source);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 24, 24));
        QVERIFY(IconFactory::svgSource(QStringLiteral("no-such-icon")).isEmpty());
    }

    void glyphsTakeThePaletteInk_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("size");
        for (const auto &glyph : glyphs()) {
            for (const bool dark : {false, true}) {
                for (const int size : {16, 256}) {
                    QTest::addRow("%s %s %d", qPrintable(glyph.first), dark ? "dark" : "light",
                                  size)
                        << glyph.first << dark << size;
                }
            }
        }
    }

    void glyphsTakeThePaletteInk()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        QFETCH(int, size);
        const QPalette palette = dark ? darkPalette() : lightPalette();
        QApplication::setPalette(palette);
        IconMaker make;
        for (const auto &glyph : glyphs())
            if (glyph.first == name)
                make = glyph.second;
        const QImage image = make().pixmap(size, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        const Coverage coverage = coverageOf(image);
        // A glyph of strokes covers a few percent of its square: never nothing, never all.
        QVERIFY2(coverage.opaque > 0.04 && coverage.opaque < 0.6,
                 qPrintable(QString::number(coverage.opaque)));
        QVERIFY(coverage.dominantInk.isValid());
        const QColor text = palette.color(QPalette::WindowText);
        QVERIFY2(ColourContrast::ratio(coverage.dominantInk, text) < 1.3,
                 qPrintable(coverage.dominantInk.name() + u' ' + text.name()));
        // And so it stands out from the window behind it.
        QVERIFY(ColourContrast::ratio(coverage.dominantInk, palette.color(QPalette::Window)) > 4.5);
    }

    void lockTakesTheColourItIsGiven()
    {
        const QColor banner(0x7a, 0x4d, 0x00);
        const Coverage coverage = coverageOf(IconFactory::lock(banner).pixmap(64, 64).toImage());
        QVERIFY2(ColourContrast::ratio(coverage.dominantInk, banner) < 1.1,
                 qPrintable(coverage.dominantInk.name()));
    }

    void disabledIconsArePaler()
    {
        QApplication::setPalette(lightPalette());
        const QIcon icon = IconFactory::edit();
        const Coverage normal = coverageOf(icon.pixmap(48, 48, QIcon::Normal).toImage());
        const Coverage disabled = coverageOf(icon.pixmap(48, 48, QIcon::Disabled).toImage());
        QVERIFY(disabled.opaque > 0.0);
        // Painted at 55 % opacity, nothing of it is solid any more.
        QVERIFY(!disabled.dominantInk.isValid());
        QVERIFY(normal.dominantInk.isValid());
    }

    void applicationIconKeepsItsTileInEveryPalette_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("size");
        for (const bool dark : {false, true})
            for (const int size : {16, 256})
                QTest::addRow("%s %d", dark ? "dark" : "light", size) << dark << size;
    }

    void applicationIconKeepsItsTileInEveryPalette()
    {
        QFETCH(bool, dark);
        QFETCH(int, size);
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        const QImage image = IconFactory::connector().pixmap(size, size).toImage();
        // The rounded tile fills most of the square, and its middle left edge is teal.
        QVERIFY2(coverageOf(image).opaque > 0.7,
                 qPrintable(QString::number(coverageOf(image).opaque)));
        const QColor edge = image.pixelColor(size / 8, size / 2);
        QVERIFY2(edge.alpha() > 250 && edge.green() > edge.red() + 60 &&
                     edge.blue() > edge.red() + 60,
                 qPrintable(edge.name()));
    }

    void deniedTakesTheErrorColour()
    {
        QApplication::setPalette(lightPalette());
        const Coverage coverage = coverageOf(IconFactory::denied().pixmap(64, 64).toImage());
        QVERIFY(coverage.dominantInk.isValid());
        // Red dominates: it is the error colour, not the text colour.
        QVERIFY2(coverage.dominantInk.red() > coverage.dominantInk.green() + 60,
                 qPrintable(coverage.dominantInk.name()));
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
