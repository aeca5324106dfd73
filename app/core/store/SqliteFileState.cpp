#include "app/core/store/SqliteFileState.h"

#include <QFile>
#include <QFileInfo>
#include <QList>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#endif

namespace {

// SQLite's unix VFS: eight lock bytes from offset 120 of the -shm file, then the DMS byte.
constexpr qint64 kDeadManSwitchByte = 128;

} // namespace

bool SqliteFileState::leftUncleanly(const QString &path)
{
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    if (!QFileInfo::exists(wal) && !QFileInfo::exists(shm))
        return false;
    return !QFileInfo::exists(shm) || !sharedMemoryInUse(shm);
}

void SqliteFileState::keepUncleanMark(const QString &path)
{
    QFile shm(path + QStringLiteral("-shm"));
    if (!shm.exists())
        (void)shm.open(QIODevice::WriteOnly | QIODevice::NewOnly);
}

bool SqliteFileState::sharedMemoryInUse(const QString &shmPath)
{
#ifdef Q_OS_LINUX
    struct stat status
    {};
    if (::stat(QFile::encodeName(shmPath).constData(), &status) != 0)
        return false;
    const QByteArray identity =
        QByteArray::number(major(status.st_dev), 16).rightJustified(2, '0') + ':' +
        QByteArray::number(minor(status.st_dev), 16).rightJustified(2, '0') + ':' +
        QByteArray::number(quint64(status.st_ino));
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return false; // cannot tell: check the file rather than trust it
    // "1: POSIX  ADVISORY  READ 12014 fe:00:10961091 128 128" (a waiter's line has "->" after
    // the number and is skipped with it, since it holds nothing yet).
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 8 || fields.at(1) == "->" || fields.at(5) != identity)
            continue;
        bool startOk = false;
        const qint64 start = fields.at(6).toLongLong(&startOk);
        bool endOk = false;
        const qint64 end = fields.at(7).toLongLong(&endOk);
        if (startOk && start <= kDeadManSwitchByte &&
            (fields.at(7) == "EOF" || (endOk && end >= kDeadManSwitchByte)))
            return true;
    }
    return false;
#else
    Q_UNUSED(shmPath)
    return false; // no portable way to ask: sidecar files always lead to a check
#endif
}
