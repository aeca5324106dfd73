#include "ui/window/ShortcutCatalogue.h"

#include <QAction>

QString ShortcutCatalogue::plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&x" shows x; "&&" shows one ampersand
        plain.append(text.at(i));
    }
    plain = plain.trimmed();
    for (const QString &ellipsis : {QStringLiteral("..."), QStringLiteral("…")}) {
        if (plain.endsWith(ellipsis))
            plain.chop(ellipsis.size());
    }
    return plain.trimmed();
}

QString ShortcutCatalogue::keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts.append(key.toString(QKeySequence::NativeText));
    }
    return texts.join(QStringLiteral(", "));
}

QList<ShortcutCatalogue::Entry> ShortcutCatalogue::entries(const QList<QAction *> &actions)
{
    QList<Entry> list;
    for (const QAction *action : actions) {
        if (!action->shortcuts().isEmpty())
            list.append(
                {plainText(action->text()), keysText(action->shortcuts()), action->objectName()});
    }
    // What the card lists (CardListView) and every dialog do with plain keys.
    list.append({tr("Move to the previous or next connector card"),
                 keysText({QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)}),
                 {}});
    list.append(
        {tr("Open the details of the selected card"), keysText({QKeySequence(Qt::Key_Enter)}), {}});
    list.append({tr("Switch Active on the selected card (asks for confirmation)"),
                 keysText({QKeySequence(Qt::Key_Space)}),
                 {}});
    // What the Flows tab's tree (FlowTreeView) does with plain keys.
    list.append({tr("Edit the selected HTTP Request activity in the Flows tab"),
                 keysText({QKeySequence(Qt::Key_Enter)}),
                 {}});
    list.append({tr("Delete the selected flow in the Flows tab (asks for confirmation)"),
                 keysText({QKeySequence(Qt::Key_Delete)}),
                 {}});
    list.append({tr("Move to the next or previous control"),
                 keysText({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}),
                 {}});
    list.append({tr("Open a menu or press a button by its underlined letter"),
                 tr("Alt+underlined letter"),
                 {}});
    list.append(
        {tr("Close a dialog without changes"), keysText({QKeySequence(Qt::Key_Escape)}), {}});
    return list;
}
