#include "ui/widgets/DialogHeightFitter.h"

#include "ui/widgets/ScreenFit.h"

#include <QEvent>
#include <QLayout>
#include <QTimer>
#include <QWidget>

DialogHeightFitter::DialogHeightFitter(QWidget *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
    dialog->installEventFilter(this);
}

void DialogHeightFitter::install(QWidget *dialog)
{
    new DialogHeightFitter(dialog);
}

int DialogHeightFitter::wantedHeight(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return dialog->height();
    layout->activate();
    const int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    return qMax(wanted, layout->totalMinimumSize().height());
}

bool DialogHeightFitter::eventFilter(QObject *watched, QEvent *event)
{
    // A message shown, hidden or rewrapped asks for a new layout; a new width rewraps. Fitted
    // once the events of the moment are handled, so several changes cost one resize.
    const bool relevant = event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show ||
                          event->type() == QEvent::Resize;
    if (watched == m_dialog && relevant && !m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, &DialogHeightFitter::fit);
    }
    return false;
}

void DialogHeightFitter::fit()
{
    m_pending = false;
    if (!m_dialog->isVisible())
        return;
    const int wanted = wantedHeight(m_dialog);
    // Never taller than the screen: there the form scrolls or the window manager clips it.
    if (m_dialog->height() != wanted)
        ScreenFit::resizeWithin(m_dialog, QSize(m_dialog->width(), wanted));
}
