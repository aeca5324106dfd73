#include "app/core/store/Database.h"
#include "app/core/store/SafeFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The one reader and writer of files the console is given: bounded reads of regular files only,
// atomic writes that never replace the open database's files.
class TestSafeFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void readsARegularFileUpToTheLimit()
    {
        const QString path = m_dir.filePath(u"small.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[1, 2, 3]");
        file.close();
        auto read = SafeFile::read(path, 9);
        QVERIFY(read);
        QCOMPARE(*read, QByteArray("[1, 2, 3]"));
        auto refused = SafeFile::read(path, 8);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::FileTooLarge);
        QVERIFY(refused.error().message().contains(path));
        QCOMPARE(SafeFile::read(m_dir.filePath(u"missing"_s), 10).error().code(),
                 ErrorCode::FileReadFailed);
    }

    void refusesDevicesFoldersAndPipes()
    {
        const QString fifo = m_dir.filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {u"/dev/zero"_s, m_dir.path(), fifo}) {
            auto refused = SafeFile::read(path, SafeFile::JsonDocumentLimit);
            QVERIFY2(!refused, qPrintable(path));
            QCOMPARE(refused.error().code(), ErrorCode::FileNotRegular);
        }
        // "-" is a file name unless the caller allows standard input.
        QCOMPARE(SafeFile::read(u"-"_s, 10).error().code(), ErrorCode::FileReadFailed);
    }

    void aDeviceIsReadOnlyUpToTheLimit()
    {
        QByteArray endless(1000, 'x');
        QBuffer buffer(&endless);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(SafeFile::read(buffer, u"-"_s, 999).error().code(), ErrorCode::FileTooLarge);
        buffer.seek(0);
        QCOMPARE(SafeFile::read(buffer, u"-"_s, 1000)->size(), 1000);
    }

    void neverWritesTheDatabaseFiles()
    {
        const QString path = m_dir.filePath(u"store.sqlite"_s);
        auto database = Database::open(path);
        QVERIFY(database);
        const QString symlink = m_dir.filePath(u"alias.sqlite"_s);
        QVERIFY(QFile::link(path, symlink));
        const QString hardLink = m_dir.filePath(u"hard.sqlite"_s);
        QCOMPARE(
            ::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()),
            0);
        for (const QString &target :
             {path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s, symlink, hardLink,
              m_dir.path() + u"/./store.sqlite"_s}) {
            auto refused = SafeFile::write(target, "{}", database->get());
            QVERIFY2(!refused, qPrintable(target));
            QCOMPARE(refused.error().code(), ErrorCode::FileIsDatabase);
        }
        QVERIFY(SafeFile::write(m_dir.filePath(u"export.json"_s), "{}", database->get()));
    }

    // The check above passes for a path that becomes a symlink to the database only afterwards
    // (another process swaps it in): the write itself must not follow a final symlink. It
    // replaces the symlink's own entry with a regular file, so the file it pointed to, here
    // standing in for the database, stays byte-identical.
    void aWriteReplacesAFinalSymlinkAndNeverItsTarget()
    {
        const QString victim = m_dir.filePath(u"victim.sqlite"_s);
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
        file.close();
        const QString symlink = m_dir.filePath(u"swapped.json"_s);
        QVERIFY(QFile::link(victim, symlink));
        QVERIFY(SafeFile::write(symlink, "{\"exported\": true}", nullptr));
        QCOMPARE(*SafeFile::read(victim, 100), QByteArray("SQLite format 3"));
        QVERIFY(!QFileInfo(symlink).isSymLink());
        QCOMPARE(*SafeFile::read(symlink, 100), QByteArray("{\"exported\": true}"));
        // A regular file is replaced in place and keeps its permissions.
        QVERIFY(QFile::setPermissions(symlink, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(SafeFile::write(symlink, "[]", nullptr));
        QCOMPARE(*SafeFile::read(symlink, 100), QByteArray("[]"));
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(symlink).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, 0600u);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Hidden | QDir::Files).filter(u"swapped"_s),
                 QStringList{u"swapped.json"_s});
    }

    void aFailedWriteSaysWhy()
    {
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("needs /dev/full");
        auto full = SafeFile::write(u"/dev/full"_s, QByteArray(100000, 'x'), nullptr);
        QVERIFY(!full);
        QCOMPARE(full.error().code(), ErrorCode::FileWriteFailed);
        QVERIFY2(full.error().message().contains(u"No space left on device"_s),
                 qPrintable(full.error().message()));
        auto folder = SafeFile::write(m_dir.filePath(u"none/x.json"_s), "{}", nullptr);
        QVERIFY(!folder);
        QVERIFY(!folder.error().message().contains(u"Unknown error"_s));
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
