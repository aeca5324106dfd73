#include "ui/connectors/ConnectorCardDelegate.h"

#include "app/core/models/ConnectorListModel.h"
#include "ui/widgets/ColourContrast.h"
#include "ui/widgets/DisplayText.h"
#include "ui/widgets/SwitchButton.h"
#include "ui/widgets/ThemeColours.h"

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
    QRect usage; // empty when the usage counts are not known
    int height = 0;
};

// `withUsage`: the card has the where-used line under the meta line.
CardLayout layoutFor(const QRect &item, const QFont &font, bool withUsage = false)
{
    const int line = QFontMetrics(font).height();
    const int titleLine = QFontMetrics(titleFont(font)).height();
    const int chipLine = line + 4;
    CardLayout layout;
    layout.height = 2 * kOuterV + 2 * kPadding + titleLine + chipLine + 2 * line + 3 * kLineGap;
    if (withUsage)
        layout.height += line + kLineGap;
    layout.card = QRect(item.left() + kOuterH, item.top() + kOuterV, item.width() - 2 * kOuterH,
                        layout.height - 2 * kOuterV);
    const int left = layout.card.left() + kStripe + kPadding;
    const int right = layout.card.right() - kPadding;
    int y = layout.card.top() + kPadding;
    const QSize track = SwitchButton::trackSize();
    layout.track = QRect(right - track.width(), y + (titleLine - track.height()) / 2, track.width(),
                         track.height());
    const int stateWidth =
        QFontMetrics(font).horizontalAdvance(DisplayText::activeState(false)) + 8;
    layout.state = QRect(layout.track.left() - stateWidth - 6, y, stateWidth, titleLine);
    layout.title = QRect(left, y, layout.state.left() - left - 8, titleLine);
    y += titleLine + kLineGap;
    layout.access = QRect(left, y, right - left, chipLine);
    y += chipLine + kLineGap;
    layout.id = QRect(left, y, right - left, line);
    y += line + kLineGap;
    layout.meta = QRect(left, y, right - left, line);
    if (withUsage) {
        y += line + kLineGap;
        layout.usage = QRect(left, y, right - left, line);
    }
    return layout;
}

} // namespace

ConnectorCardDelegate::ConnectorCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ConnectorCardDelegate::setToggleAvailable(bool available, const QString &reason)
{
    m_toggleAvailable = available;
    m_toggleReason = reason;
}

QRect ConnectorCardDelegate::switchRect(const QRect &itemRect, const QFont &font)
{
    return layoutFor(itemRect, font).track;
}

QRect ConnectorCardDelegate::focusRingRect(const QRect &itemRect, const QFont &font, bool withUsage)
{
    return layoutFor(itemRect, font, withUsage).card.adjusted(-3, -3, 3, 3);
}

ConnectorCardDelegate::Colours ConnectorCardDelegate::colours(const QPalette &palette,
                                                              const QColor &surround, bool active,
                                                              bool selected, bool hovered)
{
    Colours c;
    const QColor base = palette.color(QPalette::Base);
    c.background =
        selected ? ThemeColours::blend(base, palette.color(QPalette::Highlight), 0.08) : base;
    c.focusRing = ThemeColours::focusRing(palette, {c.background, surround});
    // The border of an unselected card only groups its lines (the text identifies the card);
    // the selected one is a state and stands out like the focus ring.
    c.border = selected  ? c.focusRing
               : hovered ? palette.color(QPalette::Mid)
                         : ThemeColours::blend(palette.color(QPalette::Mid), base, 0.3);
    c.text = ColourContrast::ensure(palette.color(QPalette::Text), c.background,
                                    ColourContrast::NormalText);
    c.muted = ColourContrast::ensure(ThemeColours::mutedText(palette), c.background,
                                     ColourContrast::NormalText);
    c.state = active ? ThemeColours::successText(palette, c.background) : c.muted;
    c.stripe = active ? ThemeColours::activeAccent(palette, {c.background})
                      : ThemeColours::inactiveAccent(palette, {c.background});
    c.chipBackground = ThemeColours::chipBackground(palette, c.background);
    c.chipText = ThemeColours::chipText(palette, c.chipBackground);
    return c;
}

QSize ConnectorCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    return {360, layoutFor(option.rect, option.font, !usageText(index).isEmpty()).height};
}

QString ConnectorCardDelegate::usageText(const QModelIndex &index)
{
    return index.data(ConnectorListModel::UsageTextRole).toString();
}

void ConnectorCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QString usage = usageText(index);
    const CardLayout layout = layoutFor(option.rect, option.font, !usage.isEmpty());
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool active = index.data(ConnectorListModel::ActiveRole).toBool();
    // The list does not fill its viewport: the window colour shows between the cards.
    const QColor surround = palette.color(QPalette::Window);
    const Colours c = colours(palette, surround, active, selected, hovered);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(c.border, selected ? 2.0 : 1.0));
    painter->setBrush(c.background);
    const QRectF card = QRectF(layout.card).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->drawRoundedRect(card, 6, 6);

    // The current card of the focused list: a ring outside the border, so the keyboard focus is
    // visible whether or not the card is also selected. Around the card as painted (usage line
    // and all), or its lower edge would strike through the last line.
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        painter->setPen(QPen(c.focusRing, 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(focusRingRect(option.rect, option.font, !usage.isEmpty()))
                                     .adjusted(1, 1, -1, -1),
                                 8, 8);
    }

    // A stripe says the state at a glance: green for active, grey for inactive.
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.stripe);
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(card.left() + 1.5, card.top() + 1.5, kStripe, card.height() - 3),
                          2, 2);
    painter->drawPath(stripe);

    painter->setFont(titleFont(option.font));
    painter->setPen(c.text);
    const QString name = index.data(ConnectorListModel::NameRole).toString();
    painter->drawText(
        layout.title, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(name, Qt::ElideRight, layout.title.width()));

    painter->setFont(option.font);
    painter->setPen(c.state);
    painter->drawText(layout.state, Qt::AlignRight | Qt::AlignVCenter,
                      DisplayText::activeState(active));
    SwitchButton::paintSwitch(*painter, layout.track, active, m_toggleAvailable, palette,
                              c.background);

    paintScopes(painter, layout.access, option, c,
                index.data(ConnectorListModel::AccessTextRole).toString(),
                index.data(ConnectorListModel::ScopesRole).toStringList());

    painter->setPen(c.muted);
    const QString idLabel = tr("ID");
    const int labelWidth = painter->fontMetrics().horizontalAdvance(idLabel) + 8;
    painter->drawText(layout.id, Qt::AlignLeft | Qt::AlignVCenter, idLabel);
    painter->setPen(c.text);
    painter->setFont(monoFont(option.font));
    painter->drawText(layout.id.adjusted(labelWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(ConnectorListModel::IdTextRole).toString());

    painter->setFont(option.font);
    painter->setPen(c.muted);
    painter->drawText(
        layout.meta, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(metaText(index), Qt::ElideRight, layout.meta.width()));
    if (!usage.isEmpty()) {
        // Unused connectors stay muted; one in use says so in the text colour, since deactivating
        // or deleting it affects those flows.
        const bool used = index.data(ConnectorListModel::UsageActivitiesRole).toInt() > 0;
        painter->setPen(used ? c.text : c.muted);
        painter->drawText(
            layout.usage, Qt::AlignLeft | Qt::AlignVCenter,
            painter->fontMetrics().elidedText(usage, Qt::ElideRight, layout.usage.width()));
    }
    painter->restore();
}

QString ConnectorCardDelegate::metaText(const QModelIndex &index)
{
    const QString authorisedBy = index.data(ConnectorListModel::AuthorizedByRole).toString();
    const QDateTime authorisedAt = index.data(ConnectorListModel::AuthorizedAtRole).toDateTime();
    const QString updatedBy = index.data(ConnectorListModel::UpdatedByRole).toString();
    const QDateTime updatedAt = index.data(ConnectorListModel::UpdatedAtRole).toDateTime();
    // Unchanged since it was authorised: say it once.
    return updatedAt == authorisedAt && updatedBy == authorisedBy
               ? tr("Authorised by %1 · no changes since")
                     .arg(DisplayText::byOn(authorisedBy, authorisedAt))
               : tr("Authorised by %1 · Last change by %2")
                     .arg(DisplayText::byOn(authorisedBy, authorisedAt),
                          DisplayText::byOn(updatedBy, updatedAt));
}

void ConnectorCardDelegate::paintScopes(QPainter *painter, const QRect &line,
                                        const QStyleOptionViewItem &option, const Colours &c,
                                        const QString &access, const QStringList &scopes) const
{
    const QFontMetrics metrics(option.font);
    painter->setPen(c.text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, access);
    int x = line.left() + metrics.horizontalAdvance(access) + 12;
    for (const QString &scope : scopes) {
        const int width = metrics.horizontalAdvance(scope) + 14;
        if (x + width > line.right()) {
            painter->setPen(c.muted);
            painter->drawText(QRect(x, line.top(), line.right() - x, line.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("…"));
            break;
        }
        const QRectF pill(x, line.top() + 1, width, line.height() - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(c.chipBackground);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(c.chipText);
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
    if (event && event->type() == QEvent::ToolTip &&
        switchRect(option.rect, option.font).adjusted(-4, -4, 4, 4).contains(event->pos())) {
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
