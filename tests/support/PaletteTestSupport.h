#pragma once

// The two palettes the colour tests check everything against: Fusion's light one, and a dark
// one as desktop themes build it.
#include <memory>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

inline QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// A dark palette as desktop themes build one (the values of KDE's Breeze Dark, rounded).
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabledText(0x6e, 0x71, 0x75);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, QColor(0x31, 0x36, 0x3b));
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, QColor(0xff, 0xff, 0xff));
        p.setColor(group, QPalette::Light, QColor(0x40, 0x46, 0x4c));
        p.setColor(group, QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
        p.setColor(group, QPalette::Mid, QColor(0x24, 0x27, 0x2a));
        p.setColor(group, QPalette::Dark, QColor(0x18, 0x1a, 0x1c));
        p.setColor(group, QPalette::Shadow, QColor(0x0e, 0x0f, 0x10));
        p.setColor(group, QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        p.setColor(group, QPalette::HighlightedText, text);
        p.setColor(group, QPalette::ToolTipBase, window);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
        p.setColor(group, QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    }
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, base);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x31, 0x36, 0x3b));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}
