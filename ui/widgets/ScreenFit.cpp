#include "ui/widgets/ScreenFit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QStyleOptionHeader>
#include <QWidget>

namespace {

// Once a window is shown its real frame and position are known (a dialog is centred on its
// parent just before): it is moved, and if need be shrunk, to lie inside the available area.
class ShowWatcher final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto *window = static_cast<QWidget *>(watched);
            ScreenFit::resizeWithin(window, window->size());
        }
        return QObject::eventFilter(watched, event);
    }
};

// Keeps a scroll area's content at least as tall as its layout needs at the viewport's width.
// QScrollArea sizes a resizable widget from its minimum size, which for wrapped labels in a form
// is one line each: rows would be cut through the middle instead of the area scrolling.
class HeightForWidthKeeper final : public QObject
{
public:
    HeightForWidthKeeper(QScrollArea *area, QWidget *content)
        : QObject(area)
        , m_content(content)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            QLayout *layout = m_content->layout();
            const int width = static_cast<QWidget *>(watched)->width();
            if (layout && layout->hasHeightForWidth())
                m_content->setMinimumHeight(layout->totalHeightForWidth(width));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_content;
};

} // namespace

QSize ScreenFit::frameAllowance()
{
    return {16, 40};
}

QRect ScreenFit::availableArea(const QWidget *widget)
{
    // A dialog not shown yet is on its parent's screen.
    const QWidget *anchor =
        widget && !widget->isVisible() && widget->parentWidget() ? widget->parentWidget() : widget;
    QScreen *screen = anchor ? anchor->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
}

QSize ScreenFit::usableSize(const QWidget *window)
{
    QSize frame = frameAllowance();
    if (window->isVisible()) {
        // The real frame once the window system has one.
        const QSize real = window->frameGeometry().size() - window->geometry().size();
        if (real.width() > 0 || real.height() > 0)
            frame = real;
    }
    return availableArea(window).size() - frame;
}

void ScreenFit::resizeWithin(QWidget *window, const QSize &preferred)
{
    const QString watcherName = QStringLiteral("screenFitWatcher");
    if (!window->findChild<QObject *>(watcherName, Qt::FindDirectChildrenOnly)) {
        auto *watcher = new ShowWatcher(window);
        watcher->setObjectName(watcherName);
        window->installEventFilter(watcher);
    }
    if (window->isMaximized() || window->isFullScreen())
        return;
    const QSize usable = usableSize(window);
    window->resize(preferred.boundedTo(usable).expandedTo(window->minimumSize()));
    const QRect area = availableArea(window);
    const QSize frame = window->frameGeometry().size();
    QRect placed(window->frameGeometry().topLeft(), frame);
    // Keep it where it is if it fits there; otherwise move it inside.
    if (!area.contains(placed)) {
        placed.moveLeft(qBound(area.left(), placed.left(), area.right() - frame.width() + 1));
        placed.moveTop(qBound(area.top(), placed.top(), area.bottom() - frame.height() + 1));
        window->move(placed.topLeft());
    }
}

QScrollArea *ScreenFit::scrollable(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(content->objectName() + QStringLiteral("Scroll"));
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // The fields inside take the keyboard focus (and scroll into view); the area itself does not.
    area->setFocusPolicy(Qt::NoFocus);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The page's own background, not the scroll area's base colour.
    area->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    area->viewport()->installEventFilter(new HeightForWidthKeeper(area, content));
    return area;
}

void ScreenFit::fitHeaderSection(QHeaderView *header, int section)
{
    if (!header->model())
        return;
    QStyleOptionHeader option;
    option.initFrom(header);
    option.section = section;
    option.text = header->model()->headerData(section, header->orientation()).toString();
    const int wanted = header->style()
                           ->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header)
                           .width();
    if (header->sectionSize(section) < wanted)
        header->resizeSection(section, wanted);
}
