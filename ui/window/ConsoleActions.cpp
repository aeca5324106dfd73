#include "ui/window/ConsoleActions.h"

#include "ui/widgets/IconFactory.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

ConsoleActions::ConsoleActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_signIn(create(QStringLiteral("actionSignIn")))
    , m_quit(create(QStringLiteral("actionQuit")))
    , m_export(create(QStringLiteral("actionExport")))
    , m_import(create(QStringLiteral("actionImport")))
    , m_undo(create(QStringLiteral("actionUndo")))
    , m_redo(create(QStringLiteral("actionRedo")))
    , m_find(create(QStringLiteral("actionFind")))
    , m_copyId(create(QStringLiteral("actionCopyId")))
    , m_add(create(QStringLiteral("actionAdd")))
    , m_edit(create(QStringLiteral("actionEdit")))
    , m_toggleActive(create(QStringLiteral("actionToggleActive")))
    , m_remove(create(QStringLiteral("actionDelete")))
    , m_reload(create(QStringLiteral("actionReload")))
    , m_nextCard(create(QStringLiteral("actionNextCard")))
    , m_previousCard(create(QStringLiteral("actionPreviousCard")))
    , m_switchLanguage(create(QStringLiteral("actionSwitchLanguage")))
    , m_helpContents(create(QStringLiteral("actionHelp")))
    , m_keyboardShortcuts(create(QStringLiteral("actionKeyboardShortcuts")))
    , m_about(create(QStringLiteral("actionAbout")))
    , m_importFlows(create(QStringLiteral("actionImportFlows")))
    , m_exportFlow(create(QStringLiteral("actionExportFlow")))
    , m_editActivity(create(QStringLiteral("actionEditActivity")))
    , m_deleteFlow(create(QStringLiteral("actionDeleteFlow")))
    , m_liveTestSettings(create(QStringLiteral("actionLiveTestSettings")))
    , m_showConnectors(create(QStringLiteral("actionShowConnectors")))
    , m_showFlows(create(QStringLiteral("actionShowFlows")))
    , m_languages(new QActionGroup(this))
    , m_english(create(QStringLiteral("actionLanguageEnglish")))
    , m_ukrainian(create(QStringLiteral("actionLanguageUkrainian")))
{
    // Standard keys where the platform has them; elsewhere Ctrl+Shift+letter of the command, and
    // Alt+arrows for the cards, which a list leaves free (plain and Ctrl+arrows move in the list).
    setStandardShortcut(m_quit, QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
    // Exporting writes a copy elsewhere, as Save As does; importing opens a file.
    setStandardShortcut(m_export, QKeySequence::SaveAs,
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    setStandardShortcut(m_import, QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O));
    m_quit->setMenuRole(QAction::QuitRole);
    setStandardShortcut(m_undo, QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z));
    setStandardShortcut(m_redo, QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    // Ctrl+Y redoes in most desktop programs, whatever the platform's own binding is.
    if (!m_redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        m_redo->setShortcuts(m_redo->shortcuts() << QKeySequence(Qt::CTRL | Qt::Key_Y));
    setStandardShortcut(m_find, QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F));
    setStandardShortcut(m_add, QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N));
    setStandardShortcut(m_remove, QKeySequence::Delete, QKeySequence(Qt::Key_Delete));
    setStandardShortcut(m_reload, QKeySequence::Refresh, QKeySequence(Qt::Key_F5));
    setStandardShortcut(m_helpContents, QKeySequence::HelpContents, QKeySequence(Qt::Key_F1));
    m_signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_toggleActive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_nextCard->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_previousCard->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_switchLanguage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_keyboardShortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_about->setMenuRole(QAction::AboutRole);
    // The flow commands: Shift added to their connector counterparts where those have a key
    // (Open, Save As -> Export), F2 as in file managers for "edit the selected item", and
    // Shift+Delete because plain Delete deletes connectors (the flow tree takes plain Delete
    // itself while it has the focus).
    m_importFlows->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_exportFlow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_editActivity->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteFlow->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_liveTestSettings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    // The integration tabs in the order they show, as browsers number their tabs.
    m_showConnectors->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showFlows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_liveTestSettings->setMenuRole(QAction::NoRole);
    m_editActivity->setIcon(IconFactory::edit());
    m_deleteFlow->setIcon(IconFactory::remove());

    m_signIn->setIcon(IconFactory::signIn());
    m_copyId->setIcon(IconFactory::copy());
    m_add->setIcon(IconFactory::connector());
    m_edit->setIcon(IconFactory::edit());
    m_remove->setIcon(IconFactory::remove());
    m_find->setIcon(IconFactory::search());

    m_english->setData(QStringLiteral("en"));
    m_ukrainian->setData(QStringLiteral("uk"));
    for (QAction *language : {m_english, m_ukrainian}) {
        language->setCheckable(true);
        m_languages->addAction(language);
    }
    retranslate();
}

QAction *ConsoleActions::create(const QString &objectName)
{
    auto *action = new QAction(m_window);
    action->setObjectName(objectName);
    // Shortcuts work wherever the focus is in the window, including in the detail panel.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

void ConsoleActions::setStandardShortcut(QAction *action, QKeySequence::StandardKey key,
                                         const QKeySequence &fallback)
{
    // The platform's bindings, without the keys of old Sun keyboards (F13-F35: X11 binds Undo to
    // F14, Copy to F16, ...) that no keyboard in use has and that only clutter the shortcut list.
    QList<QKeySequence> keys;
    for (const QKeySequence &binding : QKeySequence::keyBindings(key)) {
        const int pressed = binding.isEmpty() ? 0 : binding[0].key();
        if (pressed < Qt::Key_F13 || pressed > Qt::Key_F35)
            keys.append(binding);
    }
    if (keys.isEmpty())
        keys.append(fallback);
    action->setShortcuts(keys);
}

QAction *ConsoleActions::languageAction(const QString &language) const
{
    return language == QLatin1String("uk") ? m_ukrainian : m_english;
}

QList<QAction *> ConsoleActions::cardActions() const
{
    return {m_toggleActive, m_edit, m_remove, m_copyId};
}

QList<QAction *> ConsoleActions::allActions() const
{
    return {m_signIn,
            m_export,
            m_import,
            m_importFlows,
            m_quit,
            m_undo,
            m_redo,
            m_find,
            m_copyId,
            m_add,
            m_edit,
            m_toggleActive,
            m_remove,
            m_reload,
            m_exportFlow,
            m_editActivity,
            m_deleteFlow,
            m_liveTestSettings,
            m_showConnectors,
            m_showFlows,
            m_nextCard,
            m_previousCard,
            m_switchLanguage,
            m_helpContents,
            m_keyboardShortcuts,
            m_about};
}

void ConsoleActions::buildMenus(QMenuBar *menuBar)
{
    m_fileMenu = menuBar->addMenu(QString());
    m_fileMenu->addAction(m_signIn);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addAction(m_importFlows);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_editMenu->addAction(m_copyId);

    m_connectorMenu = menuBar->addMenu(QString());
    m_connectorMenu->addAction(m_add);
    m_connectorMenu->addAction(m_edit);
    m_connectorMenu->addAction(m_toggleActive);
    m_connectorMenu->addAction(m_remove);
    m_connectorMenu->addSeparator();
    m_connectorMenu->addAction(m_reload);

    m_flowMenu = menuBar->addMenu(QString());
    m_flowMenu->addAction(m_importFlows);
    m_flowMenu->addAction(m_exportFlow);
    m_flowMenu->addSeparator();
    m_flowMenu->addAction(m_editActivity);
    m_flowMenu->addAction(m_deleteFlow);
    m_flowMenu->addSeparator();
    m_flowMenu->addAction(m_liveTestSettings);

    m_viewMenu = menuBar->addMenu(QString());
    m_viewMenu->addAction(m_showConnectors);
    m_viewMenu->addAction(m_showFlows);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_nextCard);
    m_viewMenu->addAction(m_previousCard);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_switchLanguage);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_english);
    m_languageMenu->addAction(m_ukrainian);

    m_helpMenu = menuBar->addMenu(QString());
    m_helpMenu->addAction(m_helpContents);
    m_helpMenu->addAction(m_keyboardShortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    retranslate();
}

void ConsoleActions::setUndoRedoDescriptions(const QString &undo, const QString &redo)
{
    m_undoDescription = undo;
    m_redoDescription = redo;
    retranslate();
}

void ConsoleActions::setCurrentActive(std::optional<bool> active)
{
    m_currentActive = active;
    retranslate();
}

void ConsoleActions::setAllowed(QAction *action, const QString &reason, const QString &enabledTip)
{
    action->setEnabled(reason.isEmpty());
    const QString tip = reason.isEmpty() ? enabledTip : reason;
    action->setToolTip(tip.isEmpty() ? QString(action->text()).remove(QChar(u'&')) : tip);
    action->setStatusTip(reason);
}

void ConsoleActions::retranslate()
{
    m_signIn->setText(tr("&Act as..."));
    m_quit->setText(tr("&Quit"));
    m_export->setText(tr("&Export connectors..."));
    m_import->setText(tr("I&mport connectors..."));
    m_undo->setText(m_undoDescription.isEmpty() ? tr("&Undo")
                                                : tr("&Undo %1").arg(m_undoDescription));
    m_redo->setText(m_redoDescription.isEmpty() ? tr("&Redo")
                                                : tr("&Redo %1").arg(m_redoDescription));
    m_find->setText(tr("&Find connectors"));
    m_copyId->setText(tr("&Copy connector ID"));
    m_add->setText(tr("&Add connector..."));
    m_edit->setText(tr("&Edit connector..."));
    // The detail panel's Edit button shows this; Alt+E is the Edit menu's, so D underlined.
    m_edit->setIconText(tr("E&dit connector"));
    if (!m_currentActive)
        m_toggleActive->setText(tr("Switch Ac&tive..."));
    else
        m_toggleActive->setText(*m_currentActive ? tr("Deac&tivate connector...")
                                                 : tr("Ac&tivate connector..."));
    m_remove->setText(tr("&Delete connector..."));
    m_reload->setText(tr("Re&load"));
    m_nextCard->setText(tr("&Next connector"));
    m_previousCard->setText(tr("&Previous connector"));
    m_switchLanguage->setText(tr("&Switch language"));
    m_switchLanguage->setStatusTip(tr("Switches the window between English and Ukrainian"));
    m_helpContents->setText(tr("&Help contents"));
    m_keyboardShortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About"));
    m_importFlows->setText(tr("Import &flows..."));
    m_exportFlow->setText(tr("E&xport flow..."));
    m_editActivity->setText(tr("&Edit activity..."));
    m_deleteFlow->setText(tr("&Delete flow..."));
    m_liveTestSettings->setText(tr("Test request &settings..."));
    m_liveTestSettings->setStatusTip(
        tr("The API region and your access token for Send test request"));
    m_showConnectors->setText(tr("&Connectors tab"));
    m_showFlows->setText(tr("&Flows tab"));
    m_english->setText(tr("&English"));
    m_ukrainian->setText(QStringLiteral("&Українська"));
    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File"));
        m_editMenu->setTitle(tr("&Edit"));
        m_connectorMenu->setTitle(tr("&Connector"));
        m_flowMenu->setTitle(tr("Flo&w"));
        m_viewMenu->setTitle(tr("&View"));
        m_languageMenu->setTitle(tr("&Language"));
        m_helpMenu->setTitle(tr("&Help"));
    }
}
