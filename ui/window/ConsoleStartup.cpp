#include "ui/window/ConsoleStartup.h"

#include "app/core/service/AdminDirectory.h"
#include "app/core/service/ConsoleContext.h"
#include "app/core/service/Session.h"
#include "app/core/store/Database.h"
#include "ui/window/MainWindow.h"

ConsoleStartup::ConsoleStartup() = default;

ConsoleStartup::~ConsoleStartup() = default;

Result<void> ConsoleStartup::start(const QString &location, TranslationLoader *translations)
{
    auto database = Database::open(location);
    if (!database)
        return database.error();
    m_database = std::move(database).value();
    if (auto initialised = AdminDirectory(*m_database).ensureInitialised(); !initialised)
        return initialised.error();
    // The person is the account bound to the OS user or database login, never a chosen one; an
    // unbound login still gets the window, showing the access-denied page with the reason.
    auto admin = Session::resolve(*m_database);
    if (!admin && !admin.error().isRuleRefusal())
        return admin.error();
    m_context = std::make_unique<ConsoleContext>(*m_database, admin ? *admin : AdminAccount(),
                                                 AccessTokenStore::Storage::SystemKeyring);
    m_window = std::make_unique<MainWindow>(*m_context, translations, nullptr,
                                            MainWindow::Loading::AfterFirstPaint);
    if (!admin)
        m_window->refuseIdentity(admin.error().message());
    return {};
}
