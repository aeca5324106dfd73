// Databases written before schema version 4 are re-keyed with the confusable-aware name key when
// they are upgraded, and two names that now clash are both kept and reported.
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/store/Database.h"
#include "app/core/store/NameKeyMigration.h"
#include "app/core/validation/ConnectorValidator.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestNameKeys final : public QObject
{
    Q_OBJECT

private:
    // A connector row as a console before the new key would have stored it.
    static QString insertOldRow(const Database &database, const QString &name,
                                const QString &oldKey, const QString &createdAt)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery query(database.connection());
        query.prepare(u"INSERT INTO connectors (id, name, name_key, access, active, "
                      "authorized_by, authorized_at, created_by, created_at, updated_by, "
                      "updated_at) VALUES (?, ?, ?, 1, 0, 'olena@example.com', ?, "
                      "'olena@example.com', ?, 'olena@example.com', ?)"_s);
        for (const QString &value : {id, name, oldKey, createdAt, createdAt, createdAt})
            query.addBindValue(value);
        if (!query.exec())
            qFatal("insert failed");
        return id;
    }

    static QString storedKey(const Database &database, const QString &table, const QString &id)
    {
        QSqlQuery query(database.connection());
        query.prepare(u"SELECT name_key FROM %1 WHERE id = ?"_s.arg(table));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : u"<none>"_s;
    }

    // A database at schema version 3, the last before the new key rule.
    static Result<std::unique_ptr<Database>> openAtVersion3(const QString &path)
    {
        Database::Options options;
        options.targetVersion = 3;
        return Database::open(path, options);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openingReKeysAndKeepsBothOfAClash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old-keys.sqlite"_s);
        QString plain, zeroWidth, strasse, flowId;
        {
            auto database = openAtVersion3(path);
            QVERIFY(database);
            plain = insertOldRow(**database, u"Plain"_s, u"plain"_s, u"2025-01-01T00:00:00.000Z"_s);
            zeroWidth = insertOldRow(**database, u"Pla\u200Bin"_s, u"pla\u200Bin"_s,
                                     u"2025-02-01T00:00:00.000Z"_s);
            strasse =
                insertOldRow(**database, u"Straße"_s, u"straße"_s, u"2025-03-01T00:00:00.000Z"_s);
            flowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QSqlQuery query((*database)->connection());
            query.prepare(u"INSERT INTO flows VALUES (?, 'Main\u00A0IVR', 'main\u00A0ivr', 'flow', "
                          "'', '{}', 'olena@example.com', '2025-01-01T00:00:00.000Z', "
                          "'olena@example.com', '2025-01-01T00:00:00.000Z', 1)"_s);
            query.addBindValue(flowId);
            QVERIFY(query.exec());
        }

        // The clash is reported when the database is upgraded; nothing is lost.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"Pla.in.*Plain.*same name; both are kept"_s));
        auto database = Database::open(path);
        QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
        const Database &db = **database;
        QCOMPARE(storedKey(db, u"connectors"_s, plain), u"plain"_s);
        QCOMPARE(storedKey(db, u"connectors"_s, zeroWidth),
                 NameKeyMigration::clashKey(u"plain"_s, zeroWidth));
        QCOMPARE(storedKey(db, u"connectors"_s, strasse), u"strasse"_s);
        QCOMPARE(storedKey(db, u"flows"_s, flowId), u"main ivr"_s);

        // Running again changes nothing and reports the same clash (it is idempotent).
        auto again = NameKeyMigration::rekey(db);
        QVERIFY(again);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().id, zeroWidth);
        QCOMPARE(again->first().keptId, plain);
        QCOMPARE(again->first().table, u"connectors"_s);
        QCOMPARE(storedKey(db, u"connectors"_s, zeroWidth),
                 NameKeyMigration::clashKey(u"plain"_s, zeroWidth));

        // The new keys guard uniqueness: STRASSE and ﬁle-style look-alikes are refused.
        AdminDirectory directory(db);
        QVERIFY(directory.ensureInitialised());
        ConnectorService service(db, *directory.defaultAdmin());
        const auto twin = service.create({{}, u"STRASSE"_s, AccessLevel::ReadOnly, true});
        QVERIFY(!twin);
        QCOMPARE(twin.error().code(), ErrorCode::NameDuplicate);
        const auto hidden = service.create({{}, u"P\u00ADlain"_s, AccessLevel::ReadOnly, true});
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().code(), ErrorCode::NameDuplicate);
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM connectors"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 3);
    }

    void aReadOnlyOpenDoesNotWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ro.sqlite"_s);
        QString id;
        {
            auto database = openAtVersion3(path);
            QVERIFY(database);
            id = insertOldRow(**database, u"Straße"_s, u"straße"_s, u"2025-01-01T00:00:00.000Z"_s);
        }
        // It cannot be upgraded read-only, so it is refused, and its keys stay as they were.
        Database::Options options;
        options.readOnly = true;
        QVERIFY(!Database::open(path, options));
        auto database = openAtVersion3(path);
        QVERIFY(database);
        QCOMPARE(storedKey(**database, u"connectors"_s, id), u"straße"_s);
    }
};

QTEST_GUILESS_MAIN(TestNameKeys)
#include "tst_namekeys.moc"
