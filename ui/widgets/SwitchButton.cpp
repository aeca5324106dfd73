#include "ui/widgets/SwitchButton.h"

#include "ui/widgets/ThemeColours.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace {
constexpr int kTextGap = 8;
}

SwitchButton::SwitchButton(QWidget *parent)
    : QAbstractButton(parent)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(this, &QAbstractButton::clicked, this,
            [this] { Q_EMIT toggleRequested(!isChecked()); });
}

void SwitchButton::nextCheckState()
{
    // Deliberately empty: the state only changes when the window reports the stored state.
}

bool SwitchButton::hitButton(const QPoint &pos) const
{
    return rect().contains(pos);
}

QSize SwitchButton::sizeHint() const
{
    const QSize track = trackSize();
    const int textWidth =
        text().isEmpty()
            ? 0
            : kTextGap + fontMetrics().horizontalAdvance(QString(text()).remove(QChar(u'&')));
    return {track.width() + textWidth + 4, qMax(track.height(), fontMetrics().height()) + 6};
}

QSize SwitchButton::minimumSizeHint() const
{
    return sizeHint();
}

SwitchButton::Colours SwitchButton::colours(const QPalette &palette, const QColor &background,
                                            bool on, bool enabled)
{
    Colours colours;
    colours.track = on ? ThemeColours::activeAccent(palette, {background})
                       : ThemeColours::inactiveAccent(palette, {background});
    colours.knob = ThemeColours::knob(colours.track);
    if (!enabled) {
        // Disabled controls are exempt from the contrast rule; they fade into the background.
        colours.track = ThemeColours::blend(colours.track, background, 0.55);
        colours.knob = ThemeColours::blend(colours.knob, background, 0.4);
    }
    return colours;
}

void SwitchButton::paintSwitch(QPainter &painter, const QRectF &track, bool on, bool enabled,
                               const QPalette &palette, const QColor &background)
{
    const Colours c = colours(palette, background, on, enabled);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(c.track);
    const qreal radius = track.height() / 2.0;
    painter.drawRoundedRect(track, radius, radius);
    const qreal knob = track.height() - 4;
    const qreal x = on ? track.right() - knob - 2 : track.left() + 2;
    painter.setBrush(c.knob);
    painter.drawEllipse(QRectF(x, track.top() + 2, knob, knob));
    painter.restore();
}

void SwitchButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QSize size = trackSize();
    const QRectF track(2, (height() - size.height()) / 2.0, size.width(), size.height());
    // Drawn straight on the parent's window colour (no background of its own).
    paintSwitch(painter, track, isChecked(), isEnabled(), palette(),
                palette().color(QPalette::Window));

    if (!text().isEmpty()) {
        const QRect textRect(int(track.right()) + kTextGap, 0,
                             width() - int(track.right()) - kTextGap, height());
        style()->drawItemText(&painter, textRect,
                              Qt::AlignVCenter | Qt::AlignLeft | Qt::TextShowMnemonic, palette(),
                              isEnabled(), text(), QPalette::WindowText);
    }
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(0, 1, 0, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}
