#pragma once

#include <QRect>
#include <QSize>

class QHeaderView;
class QScrollArea;
class QWidget;

// Windows and dialogs that fit the screen they open on, down to 1024x768 and to 1280x800 at
// 150 % scale (853x533 device-independent pixels): sizes come from the content and are bounded
// by QScreen::availableGeometry(), leaving room for the window frame the window system adds, and
// long content scrolls instead of pushing buttons off the screen.
class ScreenFit final
{
public:
    ScreenFit() = delete;

    // Room a window manager's frame and title bar take, before the window is shown and its real
    // frame is known.
    static QSize frameAllowance();
    // The available geometry of the screen `widget` is on (or its parent's, or the primary).
    static QRect availableArea(const QWidget *widget);
    // The largest size a top-level window's contents may have on that screen.
    static QSize usableSize(const QWidget *window);
    // Resizes a top-level window to `preferred`, made smaller where the screen is, and moves it
    // so that its frame lies inside the available area.
    static void resizeWithin(QWidget *window, const QSize &preferred);
    // `content` in a frameless scroll area: it scrolls when the window is lower (or narrower)
    // than the content wants, instead of the window growing past the screen.
    static QScrollArea *scrollable(QWidget *content, QWidget *parent);
    // Widens a header section to its header text in the current language ("Output variable",
    // "Вихідна змінна"), so the header is never cut off.
    static void fitHeaderSection(QHeaderView *header, int section);
};
