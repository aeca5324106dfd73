#pragma once

#include <QColor>
#include <QIcon>

// The window's icons, drawn with QPainter at every size they are used at. Drawing them keeps the
// console free of an image-format plugin (Debian's Qt has no SVG plugin unless qt6-svg-plugins is
// installed) and lets the glyphs take the palette's text colour.
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
    static QIcon lock();
    static QIcon denied();
    static QIcon signIn();

    static QColor accent();
};
