#pragma once

#include <QString>

// Whether an SQLite file in WAL mode was left behind by a connection that did not close it.
// SQLite deletes the -wal and -shm files when the last connection closes cleanly, and every open
// connection holds a shared lock on the -shm file's "dead man switch" byte. Sidecar files that no
// connection holds were therefore left by a crash, a power cut, or someone removing part of the
// set (a deleted -wal leaves the -shm behind): only then is the whole file worth checking, so a
// clean open of a large database never pays for the check.
class SqliteFileState final
{
public:
    SqliteFileState() = delete;

    static bool leftUncleanly(const QString &path);
    // Leaves an empty -shm file (which SQLite resets on the next open) so that a file found
    // damaged stays marked after the connection that found it closed and removed its sidecars.
    static void keepUncleanMark(const QString &path);

private:
    // True when some process (this one included) holds a lock on the -shm file's DMS byte. Read
    // from /proc/locks, because opening the -shm file to ask with fcntl would, on closing,
    // release the locks this process's own SQLite connections hold on it.
    static bool sharedMemoryInUse(const QString &shmPath);
};
