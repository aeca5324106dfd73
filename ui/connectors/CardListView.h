#pragma once

#include <QListView>

// A list of connector cards. Beyond QListView it gives the keyboard its meaning on cards: Space
// asks to switch Active, Enter opens the details, Delete asks to delete, and the arrow keys run on
// into the next or previous section when they pass the last or first card.
class CardListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardListView)

public:
    explicit CardListView(QWidget *parent = nullptr);

    void selectRow(int row);

Q_SIGNALS:
    void toggleRequested(const QModelIndex &index);
    void detailsRequested(const QModelIndex &index);
    void deleteRequested(const QModelIndex &index);
    void leftBottom();
    void leftTop();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
