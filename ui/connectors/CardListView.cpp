#include "ui/connectors/CardListView.h"

#include <QKeyEvent>

CardListView::CardListView(QWidget *parent)
    : QListView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    viewport()->setAutoFillBackground(false);
}

void CardListView::selectRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
}

void CardListView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const int rows = model() ? model()->rowCount() : 0;
    const bool plain =
        event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (plain) {
        switch (event->key()) {
        case Qt::Key_Space:
            if (current.isValid())
                Q_EMIT toggleRequested(current);
            event->accept();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (current.isValid())
                Q_EMIT detailsRequested(current);
            event->accept();
            return;
        case Qt::Key_Delete:
            // Reaches the view only when the Delete action is disabled: say why.
            if (current.isValid())
                Q_EMIT deleteRequested(current);
            event->accept();
            return;
        case Qt::Key_Down:
            if (rows == 0 || (current.isValid() && current.row() == rows - 1)) {
                Q_EMIT leftBottom();
                event->accept();
                return;
            }
            if (!current.isValid()) {
                selectRow(0);
                event->accept();
                return;
            }
            break;
        case Qt::Key_Up:
            if (rows == 0 || (current.isValid() && current.row() == 0)) {
                Q_EMIT leftTop();
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
    }
    QListView::keyPressEvent(event);
}
