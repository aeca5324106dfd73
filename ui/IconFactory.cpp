#include "IconFactory.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <functional>
#include <utility>

namespace {

using Drawing = std::function<void(QPainter &, const QColor &)>;

// Every glyph is drawn on a 24 x 24 design grid and scaled to the pixmap size. The disabled
// variant is drawn in the palette's disabled text colour, so a disabled button is plainly so.
QIcon paintIcon(const Drawing &draw, QColor colour = {})
{
    const QPalette palette = QApplication::palette();
    if (!colour.isValid())
        colour = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64, 96}) {
        for (const auto &[mode, ink] : {std::pair{QIcon::Normal, colour},
                                        std::pair{QIcon::Disabled, disabled}}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 24.0, size / 24.0);
            if (mode == QIcon::Disabled)
                painter.setOpacity(0.55);
            draw(painter, ink);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

QPen strokePen(const QColor &colour, qreal width = 1.8)
{
    return QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

} // namespace

QColor IconFactory::accent()
{
    return QColor(0x00, 0x7e, 0x8a);
}

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

QIcon IconFactory::lock()
{
    return paintIcon([](QPainter &p, const QColor &colour) {
        p.setPen(strokePen(colour, 1.8));
        p.setBrush(Qt::NoBrush);
        QPainterPath shackle;
        shackle.moveTo(8, 11);
        shackle.lineTo(8, 8);
        shackle.cubicTo(8, 3.5, 16, 3.5, 16, 8);
        shackle.lineTo(16, 11);
        p.drawPath(shackle);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(5.5, 11, 13, 9.5), 2, 2);
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
        QColor(0xb0, 0x2a, 0x2a));
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
