#include "ConnectorCardDelegate.h"

#include "DisplayText.h"
#include "SwitchButton.h"
#include "models/ConnectorListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {

constexpr int kOuterH = 8;
constexpr int kOuterV = 5;
constexpr int kPadding = 12;
constexpr int kLineGap = 5;
constexpr int kStripe = 5;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.15);
    return font;
}

QFont monoFont(const QFont &base)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(base.pointSizeF());
    return font;
}

// The rectangles of one card; paint, sizeHint and hit testing share them.
struct CardLayout
{
    QRect card;
    QRect title;
    QRect state;
    QRect track;
    QRect access;
    QRect id;
    QRect meta;
    int height = 0;
};

CardLayout layoutFor(const QRect &item, const QFont &font)
{
    const int line = QFontMetrics(font).height();
    const int titleLine = QFontMetrics(titleFont(font)).height();
    const int chipLine = line + 4;
    CardLayout layout;
    layout.height = 2 * kOuterV + 2 * kPadding + titleLine + chipLine + 2 * line + 3 * kLineGap;
    layout.card = QRect(item.left() + kOuterH, item.top() + kOuterV, item.width() - 2 * kOuterH,
                        layout.height - 2 * kOuterV);
    const int left = layout.card.left() + kStripe + kPadding;
    const int right = layout.card.right() - kPadding;
    int y = layout.card.top() + kPadding;
    const QSize track = SwitchButton::trackSize();
    layout.track = QRect(right - track.width(), y + (titleLine - track.height()) / 2,
                         track.width(), track.height());
    const int stateWidth = QFontMetrics(font).horizontalAdvance(DisplayText::activeState(false)) + 8;
    layout.state = QRect(layout.track.left() - stateWidth - 6, y, stateWidth, titleLine);
    layout.title = QRect(left, y, layout.state.left() - left - 8, titleLine);
    y += titleLine + kLineGap;
    layout.access = QRect(left, y, right - left, chipLine);
    y += chipLine + kLineGap;
    layout.id = QRect(left, y, right - left, line);
    y += line + kLineGap;
    layout.meta = QRect(left, y, right - left, line);
    return layout;
}

} // namespace

ConnectorCardDelegate::ConnectorCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ConnectorCardDelegate::setToggleAvailable(bool available, const QString &reason)
{
    m_toggleAvailable = available;
    m_toggleReason = reason;
}

QRect ConnectorCardDelegate::switchRect(const QRect &itemRect, const QFont &font)
{
    return layoutFor(itemRect, font).track;
}

QSize ConnectorCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &) const
{
    return {360, layoutFor(option.rect, option.font).height};
}

void ConnectorCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const CardLayout layout = layoutFor(option.rect, option.font);
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool active = index.data(ConnectorListModel::ActiveRole).toBool();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    QColor border = DisplayText::blend(palette.color(QPalette::Mid), base, 0.3);
    if (hovered)
        border = palette.color(QPalette::Mid);
    if (selected)
        border = highlight;
    painter->setPen(QPen(border, selected ? 2.0 : 1.0));
    painter->setBrush(selected ? DisplayText::blend(base, highlight, 0.08) : base);
    const QRectF card = QRectF(layout.card).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->drawRoundedRect(card, 6, 6);

    // A stripe says the state at a glance: green for active, grey for inactive.
    painter->setPen(Qt::NoPen);
    painter->setBrush(active ? QColor(0x1d, 0x80, 0x5f) : palette.color(QPalette::Mid));
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(card.left() + 1.5, card.top() + 1.5, kStripe, card.height() - 3),
                          2, 2);
    painter->drawPath(stripe);

    const QColor text = palette.color(QPalette::Text);
    const QColor muted = DisplayText::mutedText(palette);

    painter->setFont(titleFont(option.font));
    painter->setPen(text);
    const QString name = index.data(ConnectorListModel::NameRole).toString();
    painter->drawText(layout.title, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(name, Qt::ElideRight, layout.title.width()));

    painter->setFont(option.font);
    painter->setPen(active ? QColor(0x1d, 0x6b, 0x50) : muted);
    painter->drawText(layout.state, Qt::AlignRight | Qt::AlignVCenter,
                      DisplayText::activeState(active));
    SwitchButton::paintSwitch(*painter, layout.track, active, m_toggleAvailable, palette);

    paintScopes(painter, layout.access, option,
                index.data(ConnectorListModel::AccessTextRole).toString(),
                index.data(ConnectorListModel::ScopesRole).toStringList());

    painter->setPen(muted);
    const QString idLabel = tr("ID");
    const int labelWidth = painter->fontMetrics().horizontalAdvance(idLabel) + 8;
    painter->drawText(layout.id, Qt::AlignLeft | Qt::AlignVCenter, idLabel);
    painter->setPen(text);
    painter->setFont(monoFont(option.font));
    painter->drawText(layout.id.adjusted(labelWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(ConnectorListModel::IdTextRole).toString());

    painter->setFont(option.font);
    painter->setPen(muted);
    const QString authorisedBy = index.data(ConnectorListModel::AuthorizedByRole).toString();
    const QDateTime authorisedAt = index.data(ConnectorListModel::AuthorizedAtRole).toDateTime();
    const QString updatedBy = index.data(ConnectorListModel::UpdatedByRole).toString();
    const QDateTime updatedAt = index.data(ConnectorListModel::UpdatedAtRole).toDateTime();
    // Unchanged since it was authorised: say it once.
    const QString meta =
        updatedAt == authorisedAt && updatedBy == authorisedBy
            ? tr("Authorised by %1 · not changed since").arg(DisplayText::byOn(authorisedBy, authorisedAt))
            : tr("Authorised by %1 · Last change by %2")
                  .arg(DisplayText::byOn(authorisedBy, authorisedAt),
                       DisplayText::byOn(updatedBy, updatedAt));
    painter->drawText(layout.meta, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(meta, Qt::ElideRight, layout.meta.width()));
    painter->restore();
}

void ConnectorCardDelegate::paintScopes(QPainter *painter, const QRect &line,
                                        const QStyleOptionViewItem &option, const QString &access,
                                        const QStringList &scopes) const
{
    const QPalette &palette = option.palette;
    const QFontMetrics metrics(option.font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, access);
    int x = line.left() + metrics.horizontalAdvance(access) + 12;
    const QColor chip = DisplayText::blend(palette.color(QPalette::Base), QColor(0x00, 0x7e, 0x8a),
                                           0.14);
    for (const QString &scope : scopes) {
        const int width = metrics.horizontalAdvance(scope) + 14;
        if (x + width > line.right()) {
            painter->setPen(DisplayText::mutedText(palette));
            painter->drawText(QRect(x, line.top(), line.right() - x, line.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("…"));
            break;
        }
        const QRectF pill(x, line.top() + 1, width, line.height() - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(chip);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(pill, Qt::AlignCenter, scope);
        x += width + 6;
    }
}

bool ConnectorCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                        const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QRect hit = switchRect(option.rect, option.font).adjusted(-4, -4, 4, 4);
        if (mouse->button() == Qt::LeftButton && hit.contains(mouse->position().toPoint())) {
            // A disabled switch does nothing on click; its tooltip says why.
            if (m_toggleAvailable)
                Q_EMIT toggleRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool ConnectorCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip
        && switchRect(option.rect, option.font).adjusted(-4, -4, 4, 4).contains(event->pos())) {
        const bool active = index.data(ConnectorListModel::ActiveRole).toBool();
        QString tip = m_toggleReason;
        if (m_toggleAvailable)
            tip = active ? tr("Switch off to deactivate this connector (Space)")
                         : tr("Switch on to activate this connector (Space)");
        QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
