#pragma once

// What a person can read of a window's labels, measured on the window as painted: the contrast of
// each label's text with the colour actually behind it (WCAG 2.x, 4.5:1 for normal text), and
// whether its whole text fits the room it was given (wrapped, never cut off).
#include "ui/widgets/ColourContrast.h"
#include "ui/widgets/FieldMessage.h"

#include <cmath>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextDocument>
#include <QTextLayout>

namespace Readability {

// The colour most of `rect` (in `root`'s coordinates) is painted in: the background, since text
// covers only a small part of a label.
inline QColor backgroundBehind(const QImage &painted, const QRect &rect)
{
    const qreal ratio = painted.devicePixelRatio();
    const QRect pixels(QPoint(qFloor(rect.left() * ratio), qFloor(rect.top() * ratio)),
                       QPoint(qCeil(rect.right() * ratio), qCeil(rect.bottom() * ratio)));
    QHash<QRgb, int> counts;
    const QRect inside = pixels.intersected(painted.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[painted.pixel(x, y)];
    }
    QRgb most = 0;
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            most = it.key();
        }
    }
    return QColor::fromRgb(most);
}

// Empty when the label's whole text fits its contents rectangle as the label lays it out;
// otherwise what is cut off.
inline QString truncation(const QLabel *label)
{
    const QRect room = label->contentsRect();
    const int width = room.width() - 2 * label->margin() - qMax(0, label->indent());
    int needed = 0;
    int widest = 0;
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(label->text());
        if (label->wordWrap())
            document.setTextWidth(width);
        needed = qCeil(document.size().height());
        widest = label->wordWrap() ? 0 : qCeil(document.idealWidth());
    } else {
        QString text = label->text();
        text.replace(u'\n', QChar::LineSeparator);
        if (label->buddy()) // "&Name:" shows as "Name:" with N underlined
            text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
        QTextLayout layout(text, label->font());
        QTextOption option;
        // FieldMessage breaks inside long words; a plain QLabel only between words, or not at all.
        option.setWrapMode(qobject_cast<const FieldMessage *>(label)
                               ? QTextOption::WrapAtWordBoundaryOrAnywhere
                           : label->wordWrap() ? QTextOption::WordWrap
                                               : QTextOption::NoWrap);
        layout.setTextOption(option);
        qreal y = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(label->wordWrap() ? width : 100000);
            y += line.height();
            widest = qMax(widest, qCeil(line.naturalTextWidth()));
        }
        layout.endLayout();
        needed = qCeil(y);
    }
    QStringList cut;
    // One pixel of rounding either way.
    if (needed > room.height() + 1)
        cut.append(QStringLiteral("needs %1 px of height, has %2").arg(needed).arg(room.height()));
    if (widest > width + 1)
        cut.append(QStringLiteral("needs %1 px of width, has %2").arg(widest).arg(width));
    return cut.join(QStringLiteral("; "));
}

// Every visible label under `root` (a top-level window, shown) whose text is hard to read or
// cut off, with the measurements; `checked` counts the labels looked at.
inline QStringList unreadableLabels(QWidget *root, int *checked = nullptr)
{
    const QImage painted = root->grab().toImage();
    QStringList problems;
    int count = 0;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().trimmed().isEmpty() || !label->isEnabled())
            continue;
        ++count;
        const QString name = QStringLiteral("%1 \"%2\"")
                                 .arg(label->objectName().isEmpty()
                                          ? QString::fromLatin1(label->metaObject()->className())
                                          : label->objectName(),
                                      label->text().left(40));
        const QColor ink = label->palette().color(QPalette::Active, label->foregroundRole());
        const QRect area(label->mapTo(root, QPoint(0, 0)), label->size());
        // A label a scroll area shows only in part (a long form on a small screen) is scrolled
        // into view first: what is behind it is what the person sees once they scroll there.
        QImage seen = painted;
        if (label->visibleRegion().boundingRect() != label->rect()) {
            for (QWidget *up = label->parentWidget(); up && up != root; up = up->parentWidget()) {
                if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
                    scroll->ensureWidgetVisible(label, 0, 0);
                    break;
                }
            }
            seen = root->grab().toImage();
        }
        const QRect shown(label->mapTo(root, label->visibleRegion().boundingRect().topLeft()),
                          label->visibleRegion().boundingRect().size());
        const QColor behind = backgroundBehind(seen, shown.isEmpty() ? area : shown);
        const double ratio = ColourContrast::ratio(ink, behind);
        if (ratio < ColourContrast::NormalText)
            problems.append(QStringLiteral("%1: %2 on %3 is %4:1")
                                .arg(name, ink.name(), behind.name())
                                .arg(ratio, 0, 'f', 2));
        if (const QString cut = truncation(label); !cut.isEmpty())
            problems.append(QStringLiteral("%1: cut off (%2)").arg(name, cut));
    }
    if (checked)
        *checked = count;
    return problems;
}

} // namespace Readability
