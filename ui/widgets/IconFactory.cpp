#include "ui/widgets/IconFactory.h"

#include "ui/widgets/ThemeColours.h"

#include <functional>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>
#include <utility>

// The resources live in a static library, so nothing references them until we do.
static void initialiseIconResources()
{
    Q_INIT_RESOURCE(connector_console);
}

namespace {

using Ink = std::function<QColor(const QPalette &)>;

// Renders one SVG at the size and in the colour of the moment it is painted. `currentColor` is
// replaced textually (Qt SVG's support for it depends on the `color` property chain), so any
// stroke or fill the file marks so takes the ink; fixed colours (the connector tile) stay. The
// disabled variant uses the palette's disabled text colour and is paler, so a disabled button
// is plainly so.
class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(QByteArray source, Ink ink)
        : m_source(std::move(source))
        , m_ink(std::move(ink))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor ink = m_ink ? m_ink(palette) : palette.color(QPalette::Active, QPalette::WindowText);
        painter->save();
        if (mode == QIcon::Disabled) {
            ink = palette.color(QPalette::Disabled, QPalette::WindowText);
            painter->setOpacity(0.55);
        }
        QByteArray svg = m_source;
        svg.replace("currentColor", ink.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // Sharp on high-density screens: rendered at the device pixel size.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_source, m_ink); }
    QString key() const override { return QStringLiteral("ConsoleSvg"); }

private:
    QByteArray m_source;
    Ink m_ink;
};

QIcon svgIcon(const QString &name, Ink ink = {})
{
    return QIcon(new SvgIconEngine(IconFactory::svgSource(name), std::move(ink)));
}

} // namespace

QByteArray IconFactory::svgSource(const QString &name)
{
    // Read once per icon: the files are small and painted often.
    static QHash<QString, QByteArray> cache;
    if (const auto found = cache.constFind(name); found != cache.constEnd())
        return *found;
    initialiseIconResources();
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    const QByteArray source = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    cache.insert(name, source);
    return source;
}

QIcon IconFactory::connector()
{
    return svgIcon(QStringLiteral("connector-console"));
}

QIcon IconFactory::remove()
{
    return svgIcon(QStringLiteral("remove"));
}

QIcon IconFactory::copy()
{
    return svgIcon(QStringLiteral("copy"));
}

QIcon IconFactory::edit()
{
    return svgIcon(QStringLiteral("edit"));
}

QIcon IconFactory::search()
{
    return svgIcon(QStringLiteral("search"));
}

QIcon IconFactory::lock(const QColor &colour)
{
    return svgIcon(QStringLiteral("lock"), [colour](const QPalette &palette) {
        return colour.isValid() ? colour : palette.color(QPalette::WindowText);
    });
}

QIcon IconFactory::denied()
{
    return svgIcon(QStringLiteral("denied"), &ThemeColours::errorText);
}

QIcon IconFactory::fieldError()
{
    return svgIcon(QStringLiteral("field-error"), &ThemeColours::errorText);
}

QIcon IconFactory::signIn()
{
    return svgIcon(QStringLiteral("sign-in"));
}
