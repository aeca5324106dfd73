#include "ui/widgets/ElidingLabel.h"

#include <QPainter>
#include <QStyle>

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize ElidingLabel::minimumSizeHint() const
{
    // A few characters and the ellipsis: enough to recognise the field.
    const QSize full = QLabel::minimumSizeHint();
    const QMargins margins = contentsMargins();
    const int few = fontMetrics().horizontalAdvance(QStringLiteral("Www\u2026")) + margins.left() +
                    margins.right();
    return {qMin(full.width(), few), full.height()};
}

void ElidingLabel::paintEvent(QPaintEvent *event)
{
    const QRect area = contentsRect();
    if (fontMetrics().horizontalAdvance(text()) <= area.width()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    const QString shown = fontMetrics().elidedText(text(), m_mode, area.width());
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), shown,
                          foregroundRole());
}
