#pragma once

#include <QColor>
#include <QList>

// WCAG 2.x contrast: relative luminance of sRGB colours and the contrast ratio between two, from
// 1:1 (same colour) to 21:1 (black on white). AA asks for 4.5 for normal text and 3 for large or
// bold headings and for the boundaries and states of controls.
class ColourContrast final
{
public:
    ColourContrast() = delete;

    static constexpr double NormalText = 4.5;
    static constexpr double LargeText = 3.0;
    static constexpr double UiComponent = 3.0;

    static double relativeLuminance(const QColor &colour);
    static double ratio(const QColor &a, const QColor &b);
    // `foreground` moved towards black or white (whichever the backgrounds call for) just far
    // enough to reach `minimum` against every background; unchanged when it already does.
    static QColor ensure(const QColor &foreground, const QList<QColor> &backgrounds,
                         double minimum);
    static QColor ensure(const QColor &foreground, const QColor &background, double minimum);
};
