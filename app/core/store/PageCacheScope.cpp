#include "app/core/store/PageCacheScope.h"

#include "app/core/store/Database.h"

#include <QString>

PageCacheScope::PageCacheScope(const Database &database, int mebibytes)
    : m_database(database)
{
    if (m_database.backend() != Database::Backend::Sqlite)
        return;
    // PRAGMA takes no bound parameters; the size is an integer of ours. Negative means KiB.
    m_active =
        bool(m_database.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(mebibytes * 1024)));
}

PageCacheScope::~PageCacheScope()
{
    if (m_active)
        (void)m_database.execute(QStringLiteral("PRAGMA cache_size = -2000")); // the default
}
