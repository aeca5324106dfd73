#pragma once

#include <QColor>
#include <QIcon>

// The window's icons: SVG files from resources/icons (compiled in under :/icons/), rendered at
// every size they are used at, when they are painted. Their strokes are drawn in `currentColor`,
// which becomes the palette's text colour of that moment, so the glyphs follow a palette that
// changes while the window is open (dark themes included).
class IconFactory final
{
public:
    IconFactory() = delete;

    // The Webex Contact Center connector: a plug on a rounded tile in the product's teal; also
    // the application icon.
    static QIcon connector();
    static QIcon remove();
    static QIcon copy();
    static QIcon edit();
    static QIcon search();
    // In `colour`, or the palette's text colour when it is invalid.
    static QIcon lock(const QColor &colour = {});
    static QIcon denied();
    // A tab or a place that holds a field error, in the error colour.
    static QIcon fieldError();
    static QIcon signIn();

    // The SVG source of an icon, by its file name without ".svg"; empty when there is none.
    static QByteArray svgSource(const QString &name);
};
