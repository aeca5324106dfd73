#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;

// The keyboard shortcuts of the window as people read them, in the current language: built from
// the actions themselves (their text without the mnemonic, their keys in the platform's notation)
// and the keys the card lists and dialogs understand, so the list cannot drift from what the keys
// do. Help > Keyboard shortcuts and Help > Help contents show it.
class ShortcutCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutCatalogue)

public:
    ShortcutCatalogue() = delete;

    struct Entry
    {
        QString command;
        QString keys;
        // The action's objectName; empty for the keys of the cards and dialogs.
        QString actionName;
    };

    // Every action in `actions` that has a shortcut, in that order, then the card and dialog keys.
    static QList<Entry> entries(const QList<QAction *> &actions);
    // "Deac&tivate connector..." -> "Deactivate connector".
    static QString plainText(const QString &text);
    static QString keysText(const QList<QKeySequence> &keys);
};
