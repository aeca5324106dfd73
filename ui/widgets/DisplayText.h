#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <QWidget>

// How the window writes values for people: local short dates, scope lists, "who on when".
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    DisplayText() = delete;

    static QString dateTime(const QDateTime &at);
    static QString scopes(const QStringList &scopes);
    static QString byOn(const QString &who, const QDateTime &at);
    static QString activeState(bool active);

    // Secondary text: between the text and base colours, pushed to WCAG AA contrast on Base and
    // Window for any palette (ThemeColours::mutedText).
    static QColor mutedText(const QPalette &palette);
    static QColor blend(const QColor &from, const QColor &to, qreal amount);
    // A read-only line edit that still lets people select and copy, drawn on the window colour
    // so it does not invite typing. Follows the palette when it changes at run time.
    static void styleReadOnly(QWidget *field);
    // A label in the secondary text colour, following the palette too.
    static void styleMuted(QWidget *label);
};
