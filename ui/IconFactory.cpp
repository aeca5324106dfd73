#include "IconFactory.h"

#include "ThemeColours.h"

#include <functional>
#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <utility>

namespace {

using Drawing = std::function<void(QPainter &, const QColor &)>;
using Ink = std::function<QColor(const QPalette &)>;

// Every glyph is drawn on a 24 x 24 design grid, at the size asked for and at the time it is
// asked for, in the palette's text colour of that moment: icons follow a palette that changes
// while the window is open. The disabled variant uses the palette's disabled text colour, so a
// disabled button is plainly so.
class GlyphIconEngine final : public QIconEngine
{
public:
    GlyphIconEngine(Drawing draw, Ink ink)
        : m_draw(std::move(draw))
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
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        m_draw(*painter, ink);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    // Sharp on high-density screens: drawn at the device pixel size.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine *clone() const override { return new GlyphIconEngine(m_draw, m_ink); }
    QString key() const override { return QStringLiteral("ConsoleGlyph"); }

private:
    Drawing m_draw;
    Ink m_ink;
};

QIcon paintIcon(const Drawing &draw, Ink ink = {})
{
    return QIcon(new GlyphIconEngine(draw, std::move(ink)));
}

QPen strokePen(const QColor &colour, qreal width = 1.8)
{
    return QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

} // namespace

QIcon IconFactory::connector()
{
    return paintIcon([](QPainter &p, const QColor &) {
        QLinearGradient tile(0, 0, 24, 24);
        tile.setColorAt(0, QColor(0x00, 0xa0, 0xb0));
        tile.setColorAt(1, QColor(0x00, 0x6a, 0x8e));
        p.setPen(Qt::NoPen);
        p.setBrush(tile);
        p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
        const QColor white(Qt::white);
        p.setPen(strokePen(white, 1.8));
        p.setBrush(Qt::NoBrush);
        // Prongs, body and cable of a plug.
        p.drawLine(QPointF(9.5, 4.5), QPointF(9.5, 8));
        p.drawLine(QPointF(14.5, 4.5), QPointF(14.5, 8));
        p.setBrush(white);
        QPainterPath body;
        body.moveTo(6.5, 8);
        body.lineTo(17.5, 8);
        body.lineTo(17.5, 11);
        body.cubicTo(17.5, 14, 15, 15.5, 12, 15.5);
        body.cubicTo(9, 15.5, 6.5, 14, 6.5, 11);
        body.closeSubpath();
        p.drawPath(body);
        p.setBrush(Qt::NoBrush);
        QPainterPath cable;
        cable.moveTo(12, 15.5);
        cable.cubicTo(12, 19, 15, 19.5, 18, 19.5);
        p.drawPath(cable);
    });
}

QIcon IconFactory::remove()
{
    return paintIcon([](QPainter &p, const QColor &colour) {
        p.setPen(strokePen(colour));
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(4, 6.5), QPointF(20, 6.5));
        p.drawLine(QPointF(9.5, 6.5), QPointF(10, 3.5));
        p.drawLine(QPointF(10, 3.5), QPointF(14, 3.5));
        p.drawLine(QPointF(14, 3.5), QPointF(14.5, 6.5));
        QPainterPath bin;
        bin.moveTo(6, 6.5);
        bin.lineTo(7.2, 20);
        bin.lineTo(16.8, 20);
        bin.lineTo(18, 6.5);
        p.drawPath(bin);
        p.drawLine(QPointF(10, 10), QPointF(10.3, 16.5));
        p.drawLine(QPointF(14, 10), QPointF(13.7, 16.5));
    });
}

QIcon IconFactory::copy()
{
    return paintIcon([](QPainter &p, const QColor &colour) {
        p.setPen(strokePen(colour, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(8.5, 8.5, 11, 12), 2, 2);
        QPainterPath back;
        back.moveTo(5.5, 16.5);
        back.lineTo(4.5, 16.5);
        back.lineTo(4.5, 4.5);
        back.lineTo(15.5, 4.5);
        back.lineTo(15.5, 5.5);
        p.drawPath(back);
    });
}

QIcon IconFactory::edit()
{
    return paintIcon([](QPainter &p, const QColor &colour) {
        p.setPen(strokePen(colour, 1.6));
        p.setBrush(Qt::NoBrush);
        QPainterPath pencil;
        pencil.moveTo(4.5, 19.5);
        pencil.lineTo(5.5, 15);
        pencil.lineTo(15.5, 5);
        pencil.lineTo(19, 8.5);
        pencil.lineTo(9, 18.5);
        pencil.closeSubpath();
        p.drawPath(pencil);
        p.drawLine(QPointF(13.5, 7), QPointF(17, 10.5));
    });
}

QIcon IconFactory::search()
{
    return paintIcon([](QPainter &p, const QColor &colour) {
        p.setPen(strokePen(colour, 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(10, 10), 5.5, 5.5);
        p.drawLine(QPointF(14.2, 14.2), QPointF(19.5, 19.5));
    });
}

QIcon IconFactory::lock(const QColor &colour)
{
    return paintIcon(
        [](QPainter &p, const QColor &ink) {
            p.setPen(strokePen(ink, 1.8));
            p.setBrush(Qt::NoBrush);
            QPainterPath shackle;
            shackle.moveTo(8, 11);
            shackle.lineTo(8, 8);
            shackle.cubicTo(8, 3.5, 16, 3.5, 16, 8);
            shackle.lineTo(16, 11);
            p.drawPath(shackle);
            p.setBrush(ink);
            p.drawRoundedRect(QRectF(5.5, 11, 13, 9.5), 2, 2);
        },
        [colour](const QPalette &palette) {
            return colour.isValid() ? colour : palette.color(QPalette::WindowText);
        });
}

QIcon IconFactory::denied()
{
    return paintIcon(
        [](QPainter &p, const QColor &colour) {
            p.setPen(strokePen(colour, 2.2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
            p.drawLine(QPointF(6, 18), QPointF(18, 6));
        },
        &ThemeColours::errorText);
}

QIcon IconFactory::signIn()
{
    return paintIcon([](QPainter &p, const QColor &colour) {
        p.setPen(strokePen(colour, 1.8));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(12, 8), 3.8, 3.8);
        QPainterPath shoulders;
        shoulders.moveTo(4.5, 20);
        shoulders.cubicTo(4.5, 14.5, 19.5, 14.5, 19.5, 20);
        p.drawPath(shoulders);
    });
}
