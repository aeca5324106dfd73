#include "app/core/service/ConsoleContext.h"

#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/ChangeWatcher.h"

ConsoleContext::ConsoleContext(const Database &database, const AdminAccount &admin,
                               AccessTokenStore::Storage secrets)
    : m_database(database)
    , m_connectors(std::make_unique<ConnectorService>(database, admin))
    , m_flows(std::make_unique<FlowService>(*m_connectors))
    , m_watcher(std::make_unique<ChangeWatcher>(database))
    , m_tokens(std::make_unique<AccessTokenStore>(AccessTokenStore::defaultServiceName(), secrets))
{}

ConsoleContext::~ConsoleContext() = default;
