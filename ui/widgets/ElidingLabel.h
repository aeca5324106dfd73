#pragma once

#include <QLabel>

// A one-line label that may become narrower than its text: it then shows the text elided
// ("Доступ для читання…") instead of making its window wider than a small screen. text(), the
// accessible name and tooltips keep the whole text.
class ElidingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingLabel)

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    void setElideMode(Qt::TextElideMode mode) { m_mode = mode; }
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Qt::TextElideMode m_mode = Qt::ElideRight;
};
