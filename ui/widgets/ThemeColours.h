#pragma once

#include <functional>
#include <QColor>
#include <QList>
#include <QPalette>

class QWidget;

// Every colour the window adds to the system palette, derived from that palette so that light and
// dark themes both work, and pushed just far enough to meet WCAG AA contrast (see
// ColourContrast) against the backgrounds it is drawn on. Painting code asks here at paint time;
// widgets that carry a derived colour in their own palette use follow(), which recomputes it when
// the system palette changes while the window is open.
class ThemeColours final
{
public:
    ThemeColours() = delete;

    static QColor blend(const QColor &from, const QColor &to, qreal amount);

    // Secondary text (breadcrumb, hints, "Authorised by"): readable on Base and on Window.
    static QColor mutedText(const QPalette &palette);
    // Validation messages (FieldMessage): readable on windows, fields and tab pages.
    static QColor errorText(const QPalette &palette);
    // The word "Active" on a card.
    static QColor successText(const QPalette &palette, const QColor &background);
    // The switch track and the card stripe of an active connector, and of an inactive one: they
    // stand out from `background` by at least 3:1, as the boundary of a control must.
    static QColor activeAccent(const QPalette &palette, const QList<QColor> &backgrounds);
    static QColor inactiveAccent(const QPalette &palette, const QList<QColor> &backgrounds);
    // The keyboard focus ring and the border of the selected card.
    static QColor focusRing(const QPalette &palette, const QList<QColor> &backgrounds);
    // The knob of a switch on `track`: white when it stands out by 3:1, otherwise black or white,
    // whichever stands out more.
    static QColor knob(const QColor &track);
    // The scope chips on a card.
    static QColor chipBackground(const QPalette &palette, const QColor &cardBackground);
    static QColor chipText(const QPalette &palette, const QColor &chipBackground);
    // The read-only banner: an amber tint of the base colour, and text readable on it.
    static QColor bannerBackground(const QPalette &palette);
    static QColor bannerText(const QPalette &palette);

    // Sets `role` of the widget's palette (active and inactive groups; the disabled look stays
    // the style's) to `colour` computed from the widget's palette, now and whenever the palette
    // changes. `colour` must read roles the widget does not override itself.
    static void follow(QWidget *widget, QPalette::ColorRole role,
                       std::function<QColor(const QPalette &)> colour);
};
