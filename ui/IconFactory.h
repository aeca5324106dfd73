#pragma once

#include <QColor>
#include <QIcon>

// The window's icons, drawn with QPainter at every size they are used at, when they are painted.
// Drawing them keeps the console free of an image-format plugin (Debian's Qt has no SVG plugin
// unless qt6-svg-plugins is installed) and lets the glyphs take the palette's text colour, also
// after the palette changes.
class IconFactory final
{
public:
    IconFactory() = delete;

    // The Webex Contact Center connector: a plug on a rounded tile in the product's teal.
    static QIcon connector();
    static QIcon remove();
    static QIcon copy();
    static QIcon edit();
    static QIcon search();
    // In `colour`, or the palette's text colour when it is invalid.
    static QIcon lock(const QColor &colour = {});
    static QIcon denied();
    static QIcon signIn();
};
