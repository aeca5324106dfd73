#include "ui/widgets/FieldMessage.h"

#include "ui/widgets/IconFactory.h"
#include "ui/widgets/ThemeColours.h"

#include <cmath>
#include <QPainter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextLayout>

namespace {

// The tab widget whose page holds `widget`, and that page; {nullptr, nullptr} outside tabs.
std::pair<QTabWidget *, QWidget *> enclosingTab(QWidget *widget)
{
    QWidget *child = widget;
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<QStackedWidget *>(parent)) {
            if (auto *tabs = qobject_cast<QTabWidget *>(parent->parentWidget());
                tabs && tabs->indexOf(child) >= 0)
                return {tabs, child};
        }
        child = parent;
    }
    return {nullptr, nullptr};
}

QString withoutMnemonic(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

} // namespace

FieldMessage::FieldMessage(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    ThemeColours::follow(this, QPalette::WindowText, &ThemeColours::errorText);
    hide();
}

FieldMessage::~FieldMessage() = default;

void FieldMessage::setField(QWidget *field)
{
    m_field = field;
    if (m_field)
        m_field->setAccessibleDescription(text());
}

void FieldMessage::setMessages(const QStringList &messages)
{
    setMessage(messages.join(u'\n'));
}

void FieldMessage::setMessage(const QString &message)
{
    const bool changed = message != text();
    if (changed) {
        setText(message);
        updateGeometry();
    }
    setVisible(!message.isEmpty());
    if (m_field && m_field->accessibleDescription() != message)
        m_field->setAccessibleDescription(message);
    // Also when nothing changed here: the row may have been shown or hidden since.
    markEnclosingTab();
    if (changed)
        Q_EMIT messageChanged(message);
}

void FieldMessage::markEnclosingTab()
{
    if (QTabWidget *tabs = enclosingTab(this).first)
        markTabs(tabs);
}

void FieldMessage::markTabs(QTabWidget *tabs)
{
    for (int index = 0; index < tabs->count(); ++index) {
        QWidget *page = tabs->widget(index);
        bool hasError = false;
        for (const FieldMessage *message : page->findChildren<FieldMessage *>()) {
            if (message->hasMessage() && message->isVisibleTo(page)) {
                hasError = true;
                break;
            }
        }
        // The icon for the eye (the error colour and an exclamation mark), the name for the ear;
        // the tab's own text stays the dialog's, which retranslates it.
        tabs->setTabIcon(index, hasError ? IconFactory::fieldError() : QIcon());
        tabs->setTabToolTip(index,
                            hasError ? tr("Something on this tab needs correcting.") : QString());
        tabs->tabBar()->setAccessibleTabName(
            index, hasError ? tr("%1 (needs correcting)").arg(withoutMnemonic(tabs->tabText(index)))
                            : QString());
    }
}

int FieldMessage::layOut(QTextLayout &layout, int width) const
{
    QString shown = text();
    shown.replace(u'\n', QChar::LineSeparator);
    layout.setText(shown);
    layout.setFont(font());
    QTextOption option(QStyle::visualAlignment(layoutDirection(), alignment()));
    // A word longer than the line (a URL, a path) breaks too, rather than running off the edge.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(layoutDirection());
    layout.setTextOption(option);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax(1, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return int(std::ceil(y));
}

int FieldMessage::heightForWidth(int width) const
{
    if (!hasMessage())
        return 0;
    const QMargins margins = contentsMargins();
    QTextLayout layout;
    return layOut(layout, width - margins.left() - margins.right()) + margins.top() +
           margins.bottom();
}

QSize FieldMessage::sizeHint() const
{
    if (!hasMessage())
        return {0, 0};
    // The whole message on one line: a form layout that asks the height for the width it would
    // like (QFormLayout does) then gets the height for the width it really gives, never more
    // lines than the message takes, so no blank space is left under it.
    int longest = 0;
    for (const QString &line : text().split(u'\n'))
        longest = qMax(longest, fontMetrics().horizontalAdvance(line));
    const QMargins margins = contentsMargins();
    return {longest + 1 + margins.left() + margins.right(), heightForWidth(longest + 1)};
}

QSize FieldMessage::minimumSizeHint() const
{
    if (!hasMessage())
        return {0, 0};
    // Narrow, since any word can break; the height is then heightForWidth's at the real width.
    return {fontMetrics().averageCharWidth() * 8, fontMetrics().height()};
}

void FieldMessage::paintEvent(QPaintEvent *)
{
    if (!hasMessage())
        return;
    const QRect area = contentsRect();
    QTextLayout layout;
    layOut(layout, area.width());
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    layout.draw(&painter, area.topLeft());
}
