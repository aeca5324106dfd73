#pragma once

#include <QAbstractButton>

// The Active switch. It always shows the stored state: a click (or Space) asks for the other state
// through toggleRequested() instead of flipping it, because every change is confirmed first and
// may be refused by the core. The window sets the state back from the model afterwards.
class SwitchButton final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwitchButton)

public:
    explicit SwitchButton(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The track and knob on `background`, derived from the palette: an enabled track stands out
    // from the background, and the knob from the track, by at least 3:1 (WCAG AA for controls).
    struct Colours
    {
        QColor track;
        QColor knob;
    };
    static Colours colours(const QPalette &palette, const QColor &background, bool on,
                           bool enabled);
    // Shared with the card delegate so both switches look the same.
    static void paintSwitch(QPainter &painter, const QRectF &track, bool on, bool enabled,
                            const QPalette &palette, const QColor &background);
    static QSize trackSize() { return {38, 20}; }

Q_SIGNALS:
    void toggleRequested(bool wantedState);

protected:
    void paintEvent(QPaintEvent *event) override;
    void nextCheckState() override;
    bool hitButton(const QPoint &pos) const override;
};
