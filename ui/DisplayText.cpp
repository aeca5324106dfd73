#include "DisplayText.h"

#include <QLocale>

QString DisplayText::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return tr("unknown time");
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
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
    const auto mix = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(mix(from.redF(), to.redF())),
                            float(mix(from.greenF(), to.greenF())),
                            float(mix(from.blueF(), to.blueF())));
}

void DisplayText::styleReadOnly(QWidget *field)
{
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    field->setPalette(palette);
}

QColor DisplayText::mutedText(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.35);
}
