#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/store/AccessTokenStore.h"

#include <memory>

class ChangeWatcher;
class ConnectorService;
class Database;
class FlowService;

// What one console window works with, built once by whoever starts it (the console's main()
// through ConsoleStartup, the benchmark's first-paint child through the same class, the GUI tests
// through their fixture) and handed to the window, which builds none of it itself: the connector
// and flow services over one open database for the signed-in administrator, the watcher that
// notices other programs' commits, and the access-token store with its secret storage. So the
// choice that matters outside the process (the person's keyring or memory only) is made by the
// caller, not by the window guessing whether it runs under a test.
//
// The database is not owned: it must outlive the context, and the context the window.
class ConsoleContext final
{
    Q_DISABLE_COPY_MOVE(ConsoleContext)

public:
    // `admin` is the account bound to the person (an invalid one when nobody could be
    // identified: the window then shows why). `secrets` is SystemKeyring for the console and
    // MemoryOnly for tests, which must never read or write the person's keyring.
    ConsoleContext(const Database &database, const AdminAccount &admin,
                   AccessTokenStore::Storage secrets);
    ~ConsoleContext();

    const Database &database() const { return m_database; }
    ConnectorService &connectors() const { return *m_connectors; }
    FlowService &flows() const { return *m_flows; }
    ChangeWatcher &changeWatcher() const { return *m_watcher; }
    AccessTokenStore &accessTokens() const { return *m_tokens; }

private:
    const Database &m_database;
    // In dependency order: the flow service uses the connector service, so it is destroyed first.
    std::unique_ptr<ConnectorService> m_connectors;
    std::unique_ptr<FlowService> m_flows;
    std::unique_ptr<ChangeWatcher> m_watcher;
    std::unique_ptr<AccessTokenStore> m_tokens;
};
