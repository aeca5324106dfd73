#include "tests/support/TestStore.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// One administrator's console in its own thread with its own connection, renaming the same
// connector again and again from what it last read, retrying when told its copy is stale.
class Editor final : public QThread
{
public:
    Editor(QString location, AdminAccount admin, QUuid id, QString tag)
        : m_location(std::move(location))
        , m_admin(std::move(admin))
        , m_id(id)
        , m_tag(std::move(tag))
    {}

    int applied = 0;
    int stale = 0;
    QString failure;

protected:
    void run() override
    {
        auto database = Database::open(m_location);
        if (!database) {
            failure = database.error().message();
            return;
        }
        ConnectorService service(**database, m_admin);
        for (int i = 0; applied < 40 && i < 2000; ++i) {
            auto current = service.find(m_id);
            if (!current) {
                failure = current.error().message();
                return;
            }
            const ConnectorDraft draft{
                {}, u"%1 %2"_s.arg(m_tag).arg(applied), current->access, false};
            auto updated = service.update(m_id, draft, current->revision);
            if (updated) {
                ++applied;
            } else if (updated.error().code() == ErrorCode::StaleRevision ||
                       updated.error().code() == ErrorCode::DatabaseBusy) {
                ++stale;
            } else {
                failure = updated.error().message();
                return;
            }
        }
    }

private:
    QString m_location;
    AdminAccount m_admin;
    QUuid m_id;
    QString m_tag;
};

} // namespace

// Two writers on one database: every change either lands (and is counted, with its audit row) or
// is refused as stale; none overwrites another unseen.
class TestConcurrency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoWritersLoseNoUpdate()
    {
        TestStore store;
        const Connector shared = store.addConnector(u"Shared"_s, AccessLevel::ReadOnly, false);
        const AdminAccount taras =
            store.addAdmin(AdminRole::ContactCenterServiceAdmin, u"taras@example.com"_s);
        Editor first(store.path(), store.owner(), shared.id, u"first"_s);
        Editor second(store.path(), taras, shared.id, u"second"_s);
        first.start();
        second.start();
        QVERIFY(first.wait(120000));
        QVERIFY(second.wait(120000));
        QVERIFY2(first.failure.isEmpty(), qPrintable(first.failure));
        QVERIFY2(second.failure.isEmpty(), qPrintable(second.failure));
        QCOMPARE(first.applied, 40);
        QCOMPARE(second.applied, 40);

        auto final = store.service().find(shared.id);
        QVERIFY(final);
        // create (1) + deactivate (2) + every applied edit: no edit vanished.
        QCOMPARE(final->revision, 2 + first.applied + second.applied);
        auto history = store.service().history(shared.id);
        QCOMPARE(history->size(), 2 + first.applied + second.applied);
        qInfo("stale refusals: %d and %d", first.stale, second.stale);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
