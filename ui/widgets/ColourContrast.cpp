#include "ui/widgets/ColourContrast.h"

#include <algorithm>
#include <cmath>

namespace {

double linear(float channel)
{
    // sRGB to linear light, as WCAG 2.x defines it (with the corrected 0.04045 threshold).
    const double c = channel;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor towards(const QColor &from, const QColor &to, double amount)
{
    const auto mix = [amount](float a, float b) {
        return float(a + (b - a) * amount);
    };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()),
                            mix(from.blueF(), to.blueF()));
}

double worstRatio(const QColor &foreground, const QList<QColor> &backgrounds)
{
    double worst = 21.0;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, ColourContrast::ratio(foreground, background));
    return worst;
}

} // namespace

double ColourContrast::relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double ColourContrast::ratio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ColourContrast::ensure(const QColor &foreground, const QColor &background, double minimum)
{
    return ensure(foreground, QList<QColor>{background}, minimum);
}

QColor ColourContrast::ensure(const QColor &foreground, const QList<QColor> &backgrounds,
                              double minimum)
{
    if (backgrounds.isEmpty() || worstRatio(foreground, backgrounds) >= minimum)
        return foreground;
    // Light backgrounds call for darker ink, dark ones for lighter; try the likelier way first.
    double luminance = 0;
    for (const QColor &background : backgrounds)
        luminance += relativeLuminance(background);
    luminance /= double(backgrounds.size());
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QList<QColor> ways =
        luminance > 0.18 ? QList<QColor>{black, white} : QList<QColor>{white, black};
    QColor best = foreground;
    double bestRatio = worstRatio(foreground, backgrounds);
    for (const QColor &end : ways) {
        for (int step = 1; step <= 40; ++step) {
            const QColor candidate = towards(foreground, end, step / 40.0);
            const double reached = worstRatio(candidate, backgrounds);
            if (reached >= minimum)
                return candidate;
            if (reached > bestRatio) {
                best = candidate;
                bestRatio = reached;
            }
        }
    }
    return best;
}
