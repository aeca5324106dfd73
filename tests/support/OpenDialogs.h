#pragma once

#include "app/core/service/AdminDirectory.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConnectorDialog.h"
#include "ui/help/HelpDialog.h"
#include "ui/help/KeyboardShortcutsDialog.h"
#include "ui/session/SignInDialog.h"

#include <memory>
#include <QDialog>
#include <QList>

// The dialogs of the window, open side by side (not modal) so a test can inspect them all.
struct OpenDialogs
{
    std::unique_ptr<ConnectorDialog> add;
    std::unique_ptr<ConnectorDialog> edit;
    std::unique_ptr<SignInDialog> signIn;
    std::unique_ptr<HelpDialog> help;
    std::unique_ptr<KeyboardShortcutsDialog> shortcuts;

    QList<QDialog *> all() const
    {
        return {add.get(), edit.get(), signIn.get(), help.get(), shortcuts.get()};
    }
};

inline OpenDialogs openDialogs(WindowFixture &f, TestStore &store, const Connector &connector)
{
    OpenDialogs d;
    d.add = std::make_unique<ConnectorDialog>(ConnectorDialog::Mode::Add, &f.window());
    d.edit = std::make_unique<ConnectorDialog>(ConnectorDialog::Mode::Edit, &f.window());
    d.edit->setConnector(connector);
    d.signIn = std::make_unique<SignInDialog>(*AdminDirectory(store.database()).admins(),
                                              store.owner().email, &f.window());
    d.help = std::make_unique<HelpDialog>(f.actions().allActions(), &f.window());
    d.shortcuts = std::make_unique<KeyboardShortcutsDialog>(f.actions().allActions(), &f.window());
    for (QDialog *dialog : d.all())
        dialog->show();
    return d;
}
