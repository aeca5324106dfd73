#pragma once

#include <QObject>

class QWidget;

// Keeps a small form dialog exactly as tall as its contents at its current width: when a field
// message appears the dialog grows so that nothing is cut off, and when the message goes the
// dialog shrinks back, leaving no blank space behind. The width stays the person's. Only for
// dialogs without a part that could use spare height (a list, a text editor).
class DialogHeightFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogHeightFitter)

public:
    // Fits `dialog` from now on; owned by it.
    static void install(QWidget *dialog);

    // The height the dialog's layout needs at the dialog's width.
    static int wantedHeight(QWidget *dialog);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DialogHeightFitter(QWidget *dialog);
    void fit();

    QWidget *m_dialog;
    bool m_pending = false;
};
