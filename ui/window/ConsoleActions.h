#pragma once

#include <optional>
#include <QKeySequence>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QWidget;

// Every command of the window as a QAction with its shortcut, and the menus that show them. The
// window enables and disables them (with the reason as tooltip) after every change of selection,
// state or signed-in administrator.
class ConsoleActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleActions)

public:
    explicit ConsoleActions(QWidget *window);

    QAction *signIn() const { return m_signIn; }
    QAction *quit() const { return m_quit; }
    QAction *exportConnectors() const { return m_export; }
    QAction *importConnectors() const { return m_import; }
    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *find() const { return m_find; }
    QAction *copyId() const { return m_copyId; }
    QAction *add() const { return m_add; }
    QAction *edit() const { return m_edit; }
    QAction *toggleActive() const { return m_toggleActive; }
    QAction *remove() const { return m_remove; }
    QAction *reload() const { return m_reload; }
    QAction *nextCard() const { return m_nextCard; }
    QAction *previousCard() const { return m_previousCard; }
    QAction *switchLanguage() const { return m_switchLanguage; }
    QAction *helpContents() const { return m_helpContents; }
    QAction *keyboardShortcuts() const { return m_keyboardShortcuts; }
    QAction *about() const { return m_about; }
    QAction *importFlows() const { return m_importFlows; }
    QAction *exportFlow() const { return m_exportFlow; }
    QAction *editActivity() const { return m_editActivity; }
    QAction *deleteFlow() const { return m_deleteFlow; }
    QAction *liveTestSettings() const { return m_liveTestSettings; }
    QAction *showConnectors() const { return m_showConnectors; }
    QAction *showFlows() const { return m_showFlows; }
    QActionGroup *languages() const { return m_languages; }
    QAction *languageAction(const QString &language) const;

    // The actions a card's context menu offers.
    QList<QAction *> cardActions() const;
    // Every command, in menu order; Help > Keyboard shortcuts lists the shortcuts of these.
    QList<QAction *> allActions() const;

    void buildMenus(QMenuBar *menuBar);
    // What Undo and Redo would do, e.g. "Add "Queue stats"", or empty.
    void setUndoRedoDescriptions(const QString &undo, const QString &redo);
    // The toggle reads Deactivate or Activate after the current connector's state.
    void setCurrentActive(std::optional<bool> active);
    // Enables the action, or disables it with `reason` as its tooltip.
    static void setAllowed(QAction *action, const QString &reason, const QString &enabledTip = {});

    void retranslate();

private:
    QAction *create(const QString &objectName);
    // The platform's keys for `key`, or `fallback` where the platform has none (Quit has no
    // standard key on some platforms).
    static void setStandardShortcut(QAction *action, QKeySequence::StandardKey key,
                                    const QKeySequence &fallback);

    QWidget *m_window;
    QAction *m_signIn;
    QAction *m_quit;
    QAction *m_export;
    QAction *m_import;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_find;
    QAction *m_copyId;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_toggleActive;
    QAction *m_remove;
    QAction *m_reload;
    QAction *m_nextCard;
    QAction *m_previousCard;
    QAction *m_switchLanguage;
    QAction *m_helpContents;
    QAction *m_keyboardShortcuts;
    QAction *m_about;
    QAction *m_importFlows;
    QAction *m_exportFlow;
    QAction *m_editActivity;
    QAction *m_deleteFlow;
    QAction *m_liveTestSettings;
    QAction *m_showConnectors;
    QAction *m_showFlows;
    QActionGroup *m_languages;
    QAction *m_english;
    QAction *m_ukrainian;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_connectorMenu = nullptr;
    QMenu *m_flowMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QString m_undoDescription;
    QString m_redoDescription;
    std::optional<bool> m_currentActive;
};
