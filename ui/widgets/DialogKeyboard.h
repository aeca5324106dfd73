#pragma once

#include <QChar>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QWidget;

// Keyboard access of dialogs: the tab order of a form, and underlined letters (mnemonics).
class DialogKeyboard final
{
public:
    DialogKeyboard() = delete;

    // The lower-case mnemonic letter of a button or label text ("Sign &in" -> 'i'), or a null
    // QChar.
    static QChar mnemonic(const QString &text);

    // Sets the tab order: `fields` as given, then the buttons of `buttons` as they are laid out
    // (left to right), whatever order the platform's button layout puts them in. The box must be
    // created after the fields (as a form's buttons are), so that it follows them in the chain.
    static void setTabOrder(const QList<QWidget *> &fields, QDialogButtonBox *buttons);

    // Qt's standard buttons (OK, Cancel, Close) carry Qt's translated text without a mnemonic:
    // give each one a letter that no other button or labelled field of the window uses, now and
    // again after every language change (the box retranslates its standard buttons then).
    static void completeMnemonics(QDialogButtonBox *buttons);
};
