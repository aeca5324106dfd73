#pragma once

#include "app/core/support/Result.h"

#include <functional>
#include <memory>
#include <QByteArray>
#include <QString>
#include <QStringList>

class Database;
class QFile;
class QIODevice;

// Every file the console reads or writes for people (imports, exports, JSON documents) goes
// through here, so no caller can forget a check:
// - a read takes only a regular file (a device such as /dev/zero or a FIFO may never end), or
//   standard input when the caller allows it and the path is "-"; it stops at a size limit and
//   never holds more than the limit plus one chunk;
// - a write never touches the open database's files (also through a symlink or a hard link),
//   replaces a regular file atomically (a new file beside the target, then renamed over the
//   target's own entry, so a failure never leaves half a file and a symlink swapped in after the
//   check is replaced, never followed) and writes a device or pipe directly once the opened file
//   is checked again, checking every byte; a failure carries the operating system's reason.
class SafeFile final
{
public:
    SafeFile() = delete;

    static constexpr qint64 MiB = 1024 * 1024;
    // A connectors-and-flows export of 100,000 connectors and 10,000 flows (the demo's largest
    // realistic set) is 133 MiB; twice that leaves room without letting a stray file exhaust
    // memory.
    static constexpr qint64 ExchangeLimit = 256 * MiB;
    // The same file read record by record (connectorctl import): memory no longer grows with the
    // file, so the limit only bounds how long a stray or hostile file can keep the reader busy.
    static constexpr qint64 StreamedExchangeLimit = 1024 * MiB;
    // A real Flow Designer export is at most a few MiB.
    static constexpr qint64 FlowFileLimit = 16 * MiB;
    // A response body evaluated with `connectorctl jsonpath`.
    static constexpr qint64 JsonDocumentLimit = 64 * MiB;

    static QString standardInputName() { return QStringLiteral("-"); }

    static Result<QByteArray> read(const QString &path, qint64 limit,
                                   bool allowStandardInput = false);
    // The same checks as read(), but the file is left open for a reader that streams it (which
    // must stop at `limit` itself: a file may grow while it is read).
    static Result<std::unique_ptr<QFile>> open(const QString &path, qint64 limit,
                                               bool allowStandardInput = false);
    // Reads an already open device (standard input, a pipe) up to the limit; `name` is shown in
    // errors.
    static Result<QByteArray> read(QIODevice &device, const QString &name, qint64 limit);

    // `database` may be null when no database is open.
    static Result<void> write(const QString &path, const QByteArray &bytes,
                              const Database *database);
    // Writes what `produce` writes to the device it is given, piece by piece, with the same
    // checks; `produce` returns false to give up (for a reason of its own, which the caller
    // keeps), and then nothing is left behind and the target is untouched.
    using Producer = std::function<bool(QIODevice &)>;
    static Result<void> write(const QString &path, const Producer &produce,
                              const Database *database);
    // The open SQLite database's files: the database and its -wal, -shm and -journal files.
    // Empty for a server database.
    static QStringList databaseFiles(const Database &database);
    // True when both paths name the same file: the same canonical path, the same device and
    // inode (a hard link), or the same location once the folders' symlinks are resolved (for a
    // file that does not exist yet).
    static bool sameFile(const QString &first, const QString &second);
};
