#pragma once

#include <QStyledItemDelegate>

// Paints one connector as a card: name, state and Active switch, access level and its scopes,
// the connector ID, who authorised it and when, the last change, and how many flows use it. No
// widget per card: the list stays fast with thousands of connectors. Screen readers get the model's
// Qt::AccessibleTextRole for each card through the view.
class ConnectorCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorCardDelegate)

public:
    explicit ConnectorCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Whether the painted Active switches may be used; `reason` is the tooltip when not.
    void setToggleAvailable(bool available, const QString &reason);

    // Where the Active switch of a card painted in `itemRect` is, in view coordinates.
    static QRect switchRect(const QRect &itemRect, const QFont &font);
    // Where the keyboard focus ring of the current card is drawn: outside the card's border, all
    // round it, the where-used line included when the card has one (`withUsage`).
    static QRect focusRingRect(const QRect &itemRect, const QFont &font, bool withUsage = false);

    // Every colour a card is painted with, derived from the view's palette. `surround` is what
    // shows around the cards (the focus ring sits on it). Text reaches 4.5:1 against the card,
    // the stripe, the selected border and the focus ring 3:1 (tested for light and dark palettes).
    struct Colours
    {
        QColor background;
        QColor border;
        QColor text;
        QColor muted;
        QColor state;
        QColor stripe;
        QColor chipBackground;
        QColor chipText;
        QColor focusRing;
    };
    static Colours colours(const QPalette &palette, const QColor &surround, bool active,
                           bool selected, bool hovered);
    // The card's "Authorised by ... · Last change by ..." line, as painted.
    static QString metaText(const QModelIndex &index);
    // The card's where-used line, e.g. "Used by 2 flows · 3 activities"; empty (and no line is
    // painted) when the model does not know the counts.
    static QString usageText(const QModelIndex &index);

Q_SIGNALS:
    void toggleRequested(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    void paintScopes(QPainter *painter, const QRect &line, const QStyleOptionViewItem &option,
                     const Colours &colours, const QString &access,
                     const QStringList &scopes) const;

    bool m_toggleAvailable = true;
    QString m_toggleReason;
};
