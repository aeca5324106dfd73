#include "app/core/store/SafeFile.h"

#include "app/core/store/Database.h"

#include <cerrno>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// QFileDevice says "Unknown error" for some failures that errno does know (ENOSPC on a flush).
QString reason(const QFileDevice &file, int savedErrno)
{
    const QString text = file.errorString();
    if (savedErrno != 0 && (text.isEmpty() || text == QLatin1String("Unknown error")))
        return qt_error_string(savedErrno);
    return text;
}

// Where a path would be once its folder's symlinks are resolved: the file itself may not exist.
QString resolvedLocation(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : folder + u'/' + info.fileName();
}

Result<QByteArray> tooLarge(const QString &name, qint64 limit)
{
    return CoreError(ErrorCode::FileTooLarge, {name, QString::number(limit / SafeFile::MiB)});
}

#ifdef Q_OS_UNIX
// True when the open file is one of the open database's files (the same device and inode).
bool isDatabaseFile(const struct stat &opened, const Database *database)
{
    if (!database)
        return false;
    for (const QString &own : SafeFile::databaseFiles(*database)) {
        struct stat status = {};
        if (::stat(QFile::encodeName(own).constData(), &status) == 0 &&
            status.st_dev == opened.st_dev && status.st_ino == opened.st_ino)
            return true;
    }
    return false;
}

// Writes every byte; 0, or the errno of the failure.
int writeAll(int descriptor, QByteArrayView bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t wrote =
            ::write(descriptor, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return wrote < 0 ? errno : EIO;
        done += wrote;
    }
    return 0;
}

// An open descriptor as a device for SafeFile::Producer: every byte is written at once, and the
// first failure's errno is kept (later writes fail too).
class DescriptorOutput final : public QIODevice
{
public:
    explicit DescriptorOutput(int descriptor)
        : m_descriptor(descriptor)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    int failure() const { return m_failure; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_failure == 0)
            m_failure = writeAll(m_descriptor, QByteArrayView(data, size));
        return m_failure == 0 ? size : -1;
    }

private:
    int m_descriptor;
    int m_failure = 0;
};

// What `produce` writes, written to the descriptor: 0, the errno of the write that failed, or
// ECANCELED when `produce` gave up.
int produceInto(int descriptor, const SafeFile::Producer &produce)
{
    DescriptorOutput output(descriptor);
    const bool produced = produce(output);
    if (output.failure() != 0)
        return output.failure();
    return produced ? 0 : ECANCELED;
}

// True when `name` in the open folder is one of the database's own entries: a folder swapped
// for a symlink after the check must not let the rename replace the database.
bool isDatabaseEntry(int folder, const QString &name, const Database *database)
{
    struct stat opened = {};
    if (!database || ::fstat(folder, &opened) != 0)
        return false;
    for (const QString &own : SafeFile::databaseFiles(*database)) {
        const QFileInfo info(own);
        struct stat status = {};
        if (info.fileName() == name &&
            ::stat(QFile::encodeName(info.absolutePath()).constData(), &status) == 0 &&
            status.st_dev == opened.st_dev && status.st_ino == opened.st_ino)
            return true;
    }
    return false;
}

// Writes a new file in the target's folder and renames it over the target's entry. An existing
// regular file keeps its permissions; a new one gets the usual 0666 less the umask.
Result<void> replaceEntry(const QString &path, const SafeFile::Producer &produce,
                          const Database *database)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (name.isEmpty() || name == u"." || name == u"..")
        return CoreError(ErrorCode::FileWriteFailed, {shown(path), qt_error_string(EISDIR)});
    const int folder = ::open(QFile::encodeName(info.absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0)
        return CoreError(ErrorCode::FileWriteFailed, {shown(path), qt_error_string(errno)});
    const auto fail = [&](int error) -> Result<void> {
        ::close(folder);
        return CoreError(ErrorCode::FileWriteFailed, {shown(path), qt_error_string(error)});
    };
    if (isDatabaseEntry(folder, name, database)) {
        ::close(folder);
        return CoreError(ErrorCode::FileIsDatabase, {shown(path), shown(path)});
    }
    const QByteArray entry = QFile::encodeName(name);
    struct stat existing = {};
    const bool keepMode =
        ::fstatat(folder, entry.constData(), &existing, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISREG(existing.st_mode);
    QByteArray temporary;
    int descriptor = -1;
    for (int attempt = 0; attempt < 100 && descriptor < 0; ++attempt) {
        temporary = '.' + entry + '.' +
                    QByteArray::number(QRandomGenerator::global()->generate(), 36) + ".tmp";
        descriptor =
            ::openat(folder, temporary.constData(),
                     O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, keepMode ? 0600 : 0666);
        if (descriptor < 0 && errno != EEXIST)
            return fail(errno);
    }
    if (descriptor < 0)
        return fail(EEXIST);
    int failure = produceInto(descriptor, produce);
    if (failure == 0 && keepMode && ::fchmod(descriptor, existing.st_mode & 07777) != 0)
        failure = errno;
    if (failure == 0 && ::fsync(descriptor) != 0)
        failure = errno;
    if (::close(descriptor) != 0 && failure == 0)
        failure = errno;
    if (failure == 0 && ::renameat(folder, temporary.constData(), folder, entry.constData()) != 0)
        failure = errno;
    if (failure != 0) {
        ::unlinkat(folder, temporary.constData(), 0);
        return fail(failure);
    }
    ::close(folder);
    return {};
}
#endif

} // namespace

Result<QByteArray> SafeFile::read(QIODevice &device, const QString &name, qint64 limit)
{
    QByteArray bytes;
    // A regular file says its size: one allocation instead of growing 64 KB at a time. The
    // size is only a hint (the file may grow while read); the limit still decides.
    if (const auto *file = qobject_cast<const QFileDevice *>(&device); file && file->size() > 0)
        bytes.reserve(qMin(file->size(), limit) + 1);
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    for (;;) {
        errno = 0;
        const qint64 got = device.read(chunk.data(), chunk.size());
        if (got < 0) {
            const int saved = errno;
            const auto *file = qobject_cast<const QFileDevice *>(&device);
            return CoreError(ErrorCode::FileReadFailed,
                             {name, file ? reason(*file, saved) : device.errorString()});
        }
        if (got == 0)
            break; // a file's read blocks until there is data, so nothing means the end
        if (bytes.size() + got > limit)
            return tooLarge(name, limit);
        bytes.append(chunk.constData(), got);
    }
    return bytes;
}

Result<std::unique_ptr<QFile>> SafeFile::open(const QString &path, qint64 limit,
                                              bool allowStandardInput)
{
    auto file = std::make_unique<QFile>();
    if (allowStandardInput && path == standardInputName()) {
        if (!file->open(stdin, QIODevice::ReadOnly))
            return CoreError(ErrorCode::FileReadFailed, {path, file->errorString()});
        return file;
    }
#ifdef Q_OS_UNIX
    // Open without blocking (a FIFO would wait for a writer), then ask the open file what it is,
    // so it cannot be swapped between the check and the read.
    const QByteArray native = QFile::encodeName(path);
    const int descriptor = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return CoreError(ErrorCode::FileReadFailed, {shown(path), qt_error_string(errno)});
    struct stat status = {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(descriptor);
        return CoreError(ErrorCode::FileNotRegular, {shown(path)});
    }
    if (status.st_size > limit) {
        ::close(descriptor);
        return CoreError(ErrorCode::FileTooLarge, {shown(path), QString::number(limit / MiB)});
    }
    if (!file->open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return CoreError(ErrorCode::FileReadFailed, {shown(path), file->errorString()});
    }
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return CoreError(ErrorCode::FileNotRegular, {shown(path)});
    if (info.size() > limit)
        return CoreError(ErrorCode::FileTooLarge, {shown(path), QString::number(limit / MiB)});
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly))
        return CoreError(ErrorCode::FileReadFailed, {shown(path), file->errorString()});
#endif
    return file;
}

Result<QByteArray> SafeFile::read(const QString &path, qint64 limit, bool allowStandardInput)
{
    auto file = open(path, limit, allowStandardInput);
    if (!file)
        return file.error();
    // The size may still grow while it is read: the reader stops at the limit all the same.
    const bool standardInput = allowStandardInput && path == standardInputName();
    return read(**file, standardInput ? path : shown(path), limit);
}

QStringList SafeFile::databaseFiles(const Database &database)
{
    if (database.backend() != Database::Backend::Sqlite)
        return {};
    const QString path = database.filePath();
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

bool SafeFile::sameFile(const QString &first, const QString &second)
{
    if (resolvedLocation(first) == resolvedLocation(second))
        return true;
#ifdef Q_OS_UNIX
    struct stat a = {};
    struct stat b = {};
    if (::stat(QFile::encodeName(first).constData(), &a) == 0 &&
        ::stat(QFile::encodeName(second).constData(), &b) == 0)
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
#endif
    return false;
}

Result<void> SafeFile::write(const QString &path, const QByteArray &bytes, const Database *database)
{
    return write(
        path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); },
        database);
}

Result<void> SafeFile::write(const QString &path, const Producer &produce, const Database *database)
{
    if (database) {
        for (const QString &own : databaseFiles(*database)) {
            if (sameFile(path, own))
                return CoreError(ErrorCode::FileIsDatabase, {shown(path), shown(own)});
        }
    }
#ifdef Q_OS_UNIX
    // The check above looks at the path; another process may swap a symlink in afterwards. So a
    // device or pipe is checked again once open, and anything else is written to a new file
    // beside the target and renamed over the target's own entry: a rename never follows a final
    // symlink, so a swapped-in symlink is replaced, never the file it points to.
    const QByteArray native = QFile::encodeName(path);
    struct stat status = {};
    if (::stat(native.constData(), &status) == 0 && !S_ISREG(status.st_mode) &&
        !S_ISDIR(status.st_mode)) {
        const int descriptor = ::open(native.constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (descriptor < 0)
            return CoreError(ErrorCode::FileWriteFailed, {shown(path), qt_error_string(errno)});
        struct stat opened = {};
        if (::fstat(descriptor, &opened) == 0 && !S_ISREG(opened.st_mode) &&
            !isDatabaseFile(opened, database)) {
            const int failure = produceInto(descriptor, produce);
            ::close(descriptor);
            if (failure != 0)
                return CoreError(ErrorCode::FileWriteFailed,
                                 {shown(path), qt_error_string(failure)});
            return {};
        }
        // Swapped for a regular file since the check: never write through this descriptor.
        ::close(descriptor);
    }
    return replaceEntry(path, produce, database);
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        // A device or a pipe (/dev/stdout, a FIFO) cannot be replaced by a rename: write it
        // directly and check that every byte arrived.
        QFile device(path);
        errno = 0;
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return CoreError(ErrorCode::FileWriteFailed, {shown(path), reason(device, errno)});
        errno = 0;
        if (!produce(device) || !device.flush())
            return CoreError(ErrorCode::FileWriteFailed, {shown(path), reason(device, errno)});
        return {};
    }
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return CoreError(ErrorCode::FileWriteFailed, {shown(path), reason(file, errno)});
    errno = 0;
    if (!produce(file) || !file.flush()) {
        const int saved = errno;
        file.cancelWriting();
        return CoreError(ErrorCode::FileWriteFailed, {shown(path), reason(file, saved)});
    }
    errno = 0;
    if (!file.commit())
        return CoreError(ErrorCode::FileWriteFailed, {shown(path), reason(file, errno)});
    return {};
#endif
}
