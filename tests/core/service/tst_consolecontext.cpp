// What a console window is given to work with: services acting for the person it was built for
// and sharing that person (Act as... switches connectors and flows at once), a watcher that sees
// another program's commit to the same database, and secrets that, in memory, never claim to
// outlive the session. Runs on both backends.
#include "app/core/service/ConnectorService.h"
#include "app/core/service/ConsoleContext.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/ChangeWatcher.h"
#include "tests/support/TestStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConsoleContext final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void servicesActForTheSamePerson();
    void watcherSeesAnotherProgramsCommit();
    void memorySecretsSayTheTokenIsForgotten();
};

void TestConsoleContext::servicesActForTheSamePerson()
{
    TestStore store;
    const AdminAccount helpdesk =
        store.addAdmin(AdminRole::SupportBasicAdmin, u"helpdesk@example.com"_s);
    ConsoleContext context(store.database(), helpdesk, AccessTokenStore::Storage::MemoryOnly);
    QCOMPARE(context.connectors().actor().email, helpdesk.email);
    // A read-only role changes neither connectors nor flows...
    QVERIFY(!context.connectors().create({{}, u"Queue statistics"_s, AccessLevel::ReadOnly, true}));
    QVERIFY(!context.flows().sessionPolicy().changeFlows().allowed());
    // ...and once the window acts as the owner, both services do.
    context.connectors().setActor(store.owner());
    QVERIFY(context.flows().sessionPolicy().changeFlows().allowed());
    QVERIFY(context.connectors().create({{}, u"Queue statistics"_s, AccessLevel::ReadOnly, true}));
}

void TestConsoleContext::watcherSeesAnotherProgramsCommit()
{
    TestStore store;
    ConsoleContext context(store.database(), store.owner(), AccessTokenStore::Storage::MemoryOnly);
    context.changeWatcher().start(60000); // polled by hand below
    QVERIFY(!context.changeWatcher().poll());

    // Another program (connectorctl, a second console) on its own connection.
    auto other = Database::open(store.path());
    QVERIFY(other.ok());
    QVERIFY(ConnectorService(**other, store.owner())
                .create({{}, u"Team roster"_s, AccessLevel::ReadOnly, true}));
    QSignalSpy changed(&context.changeWatcher(), &ChangeWatcher::changedElsewhere);
    QVERIFY(context.changeWatcher().poll());
    QCOMPARE(changed.count(), 1);
}

void TestConsoleContext::memorySecretsSayTheTokenIsForgotten()
{
    TestStore store;
    ConsoleContext context(store.database(), store.owner(), AccessTokenStore::Storage::MemoryOnly);
    AccessTokenStore &tokens = context.accessTokens();
    QVERIFY(!tokens.isPersistent());
    QVERIFY2(tokens.persistenceExplanation().contains(u"forgotten when the console closes"_s),
             qPrintable(tokens.persistenceExplanation()));
    QSignalSpy written(&tokens, &AccessTokenStore::tokenWritten);
    tokens.write(u"access-token/org/olena@example.com"_s, u"secret"_s);
    QVERIFY(written.wait(5000));
    QCOMPARE(written.first().at(1).toBool(), false);
    QCOMPARE(tokens.cachedToken(u"access-token/org/olena@example.com"_s), u"secret"_s);
}

QTEST_MAIN(TestConsoleContext)
#include "tst_consolecontext.moc"
