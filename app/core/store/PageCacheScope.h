#pragma once

#include <QtGlobal>

class Database;

// A larger SQLite page cache while it lives, for one long write (an import, the demo data):
// rows land in the id and name indexes at random places, and with SQLite's default cache of
// about 2 MiB a long write reads and writes the same pages again and again, so its time grows
// faster than its rows. The cache only grows as pages are used; the default comes back at the
// end. Nothing on PostgreSQL, whose server keeps its own.
class PageCacheScope final
{
public:
    explicit PageCacheScope(const Database &database, int mebibytes = 64);
    ~PageCacheScope();
    Q_DISABLE_COPY_MOVE(PageCacheScope)

private:
    const Database &m_database;
    bool m_active = false;
};
