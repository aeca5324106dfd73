#include "ui/widgets/ThemeColours.h"

#include "ui/widgets/ColourContrast.h"

#include <QEvent>
#include <QWidget>

namespace {

// Hues the window adds; their lightness is adjusted per palette.
const QColor kGreen(0x1d, 0x80, 0x5f);
const QColor kRed(0xb3, 0x26, 0x1e);
const QColor kTeal(0x00, 0x7e, 0x8a);
const QColor kAmber(0xf5, 0xb7, 0x00);

// Applies a derived palette colour now and after every palette change of its widget.
class PaletteFollower final : public QObject
{
public:
    PaletteFollower(QWidget *widget, QPalette::ColorRole role,
                    std::function<QColor(const QPalette &)> colour)
        : QObject(widget)
        , m_widget(widget)
        , m_role(role)
        , m_colour(std::move(colour))
    {
        widget->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Setting the colour sends PaletteChange again; the second pass finds nothing to change.
        if (watched == m_widget && event->type() == QEvent::PaletteChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        QPalette palette = m_widget->palette();
        bool changed = false;
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            QPalette source = palette;
            source.setCurrentColorGroup(group);
            const QColor colour = m_colour(source);
            if (palette.color(group, m_role) != colour) {
                palette.setColor(group, m_role, colour);
                changed = true;
            }
        }
        if (changed)
            m_widget->setPalette(palette);
    }

    QWidget *m_widget;
    QPalette::ColorRole m_role;
    std::function<QColor(const QPalette &)> m_colour;
};

} // namespace

QColor ThemeColours::blend(const QColor &from, const QColor &to, qreal amount)
{
    const auto mix = [amount](qreal a, qreal b) {
        return a + (b - a) * amount;
    };
    return QColor::fromRgbF(float(mix(from.redF(), to.redF())),
                            float(mix(from.greenF(), to.greenF())),
                            float(mix(from.blueF(), to.blueF())));
}

QColor ThemeColours::mutedText(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor muted = blend(palette.color(QPalette::Text), base, 0.35);
    return ColourContrast::ensure(muted, {base, palette.color(QPalette::Window)},
                                  ColourContrast::NormalText);
}

QColor ThemeColours::errorText(const QPalette &palette)
{
    // Every surface a message is drawn on: dialogs (Window), fields and cards (Base), and tab
    // pages, which styles paint as a lightened Button (Fusion's tab frame), bounded by Light.
    return ColourContrast::ensure(kRed,
                                  {palette.color(QPalette::Window), palette.color(QPalette::Base),
                                   palette.color(QPalette::Button), palette.color(QPalette::Light)},
                                  ColourContrast::NormalText);
}

QColor ThemeColours::successText(const QPalette &, const QColor &background)
{
    return ColourContrast::ensure(kGreen, background, ColourContrast::NormalText);
}

QColor ThemeColours::activeAccent(const QPalette &, const QList<QColor> &backgrounds)
{
    return ColourContrast::ensure(kGreen, backgrounds, ColourContrast::UiComponent);
}

QColor ThemeColours::inactiveAccent(const QPalette &palette, const QList<QColor> &backgrounds)
{
    return ColourContrast::ensure(palette.color(QPalette::Mid), backgrounds,
                                  ColourContrast::UiComponent);
}

QColor ThemeColours::focusRing(const QPalette &palette, const QList<QColor> &backgrounds)
{
    return ColourContrast::ensure(palette.color(QPalette::Highlight), backgrounds,
                                  ColourContrast::UiComponent);
}

QColor ThemeColours::knob(const QColor &track)
{
    // White, as switches usually are, wherever it stands out from the track enough.
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    if (ColourContrast::ratio(white, track) >= ColourContrast::UiComponent)
        return white;
    return ColourContrast::ratio(white, track) >= ColourContrast::ratio(black, track) ? white
                                                                                      : black;
}

QColor ThemeColours::chipBackground(const QPalette &, const QColor &cardBackground)
{
    return blend(cardBackground, kTeal, 0.16);
}

QColor ThemeColours::chipText(const QPalette &palette, const QColor &chipBackground)
{
    return ColourContrast::ensure(palette.color(QPalette::Text), chipBackground,
                                  ColourContrast::NormalText);
}

QColor ThemeColours::bannerBackground(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), kAmber, 0.22);
}

QColor ThemeColours::bannerText(const QPalette &palette)
{
    return ColourContrast::ensure(palette.color(QPalette::Text), bannerBackground(palette),
                                  ColourContrast::NormalText);
}

void ThemeColours::follow(QWidget *widget, QPalette::ColorRole role,
                          std::function<QColor(const QPalette &)> colour)
{
    new PaletteFollower(widget, role, std::move(colour));
}
