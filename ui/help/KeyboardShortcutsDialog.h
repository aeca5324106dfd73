#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

// Help > Keyboard shortcuts: every shortcut of the window in a two-column table (command, keys),
// generated from the actions (ShortcutCatalogue). It rebuilds itself when the language changes
// and whenever an action changes, so it always shows what the keys do now.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardShortcutsDialog)

public:
    KeyboardShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The rows as shown: command and keys.
    QList<QPair<QString, QString>> rows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QList<QAction *> m_actions;
    QLabel *m_intro;
    QTreeWidget *m_table;
    QDialogButtonBox *m_buttons;
};
