#include "ui/widgets/DisplayText.h"

#include "app/core/support/Timestamps.h"
#include "ui/widgets/ThemeColours.h"

QString DisplayText::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return tr("unknown time");
    return Timestamps::toDisplay(at);
}

QString DisplayText::scopes(const QStringList &scopes)
{
    return scopes.join(QStringLiteral(", "));
}

QString DisplayText::byOn(const QString &who, const QDateTime &at)
{
    return tr("%1 on %2").arg(who, dateTime(at));
}

QString DisplayText::activeState(bool active)
{
    return active ? tr("Active") : tr("Inactive");
}

QColor DisplayText::blend(const QColor &from, const QColor &to, qreal amount)
{
    return ThemeColours::blend(from, to, amount);
}

void DisplayText::styleReadOnly(QWidget *field)
{
    ThemeColours::follow(field, QPalette::Base,
                         [](const QPalette &palette) { return palette.color(QPalette::Window); });
}

void DisplayText::styleMuted(QWidget *label)
{
    ThemeColours::follow(label, QPalette::WindowText, &ThemeColours::mutedText);
}

QColor DisplayText::mutedText(const QPalette &palette)
{
    return ThemeColours::mutedText(palette);
}
