#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/FlowService.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/TestStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

// An HTTP Request activity whose connector is inactive, through FlowService over a real store
// (SQLite, and PostgreSQL in the _postgres run): deactivation stops call routing, so the activity
// is flagged; but deactivating is a normal step of editing a connector, so the activity's other
// fields can still be edited and saved.
class TestFlowInactive final : public QObject
{
    Q_OBJECT

private:
    static Flow importOne(FlowService &flows, const QJsonObject &document)
    {
        auto flow = FlowDesignerFormat::fromDocument(document, u"test"_s);
        if (!flow)
            return {};
        auto imported = flows.importFlows({*flow});
        if (!imported) {
            qWarning() << imported.error().message();
            return {};
        }
        return imported->first().flow;
    }

    static QList<ErrorCode> codes(const QList<CoreError> &errors)
    {
        QList<ErrorCode> list;
        for (const CoreError &error : errors)
            list.append(error.code());
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void problemsFlagAnInactiveConnectorUntilItIsReactivated()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Connector search = store.addConnector(u"Search"_s);
        const Flow flow = importOne(
            flows, FlowSamples::supportLine(teams.id, teams.name, search.id, search.name));
        QVERIFY(flow.isValid());
        QVERIFY(flows.problems(flow)->at(0).isEmpty());

        QVERIFY(store.service().deactivate(teams.id).ok());
        auto problems = flows.problems(flow);
        QVERIFY(problems.ok());
        QCOMPARE(codes(problems->at(0)), QList<ErrorCode>{ErrorCode::ActivityConnectorInactive});
        QVERIFY(problems->at(0).first().message().contains(u"\"Teams\""_s));
        QVERIFY(problems->at(1).isEmpty()); // the event flow's activity uses Search
        // Listing many flows reads the same flag.
        auto each = flows.problemsOfEach({flow});
        QVERIFY(each.ok());
        QCOMPARE(codes(each->first().at(0)),
                 QList<ErrorCode>{ErrorCode::ActivityConnectorInactive});
        // The activity being edited is checked the same way.
        QCOMPARE(codes(*flows.problems(flow.activities.at(0))),
                 QList<ErrorCode>{ErrorCode::ActivityConnectorInactive});

        QVERIFY(store.service().activate(teams.id).ok());
        QVERIFY(flows.problems(flow)->at(0).isEmpty());
    }

    void anActivityWhoseConnectorIsInactiveCanStillBeSaved()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s, AccessLevel::ReadOnly, false);
        const Flow flow =
            importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));
        QVERIFY(flow.isValid());

        HttpRequestActivity edited = flow.activities.at(0);
        edited.path = u"/organization/{orgId}/v2/team/{teamId}"_s;
        edited.retryAttempts = 3;
        auto saved = flows.updateActivity(flow.id, edited, flow.revision);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message()));
        QCOMPARE(saved->revision, flow.revision + 1);
        auto stored = flows.find(flow.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->activities.at(0).path, edited.path);
        QCOMPARE(stored->activities.at(0).retryAttempts, 3);
        QCOMPARE(stored->activities.at(0).connectorId, teams.id);
        // Saved, and still flagged: calls through it fail until the connector is reactivated.
        QCOMPARE(codes(flows.problems(*stored)->at(0)),
                 QList<ErrorCode>{ErrorCode::ActivityConnectorInactive});

        // A rule that blocks still refuses the save, inactive connector or not.
        edited.method = u"POST"_s; // the connector is read-only
        auto refused = flows.updateActivity(flow.id, edited, saved->revision);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::ActivityMethodNotAllowed);
        QCOMPARE(flows.find(flow.id)->revision, saved->revision);
    }

    void choosingAnInactiveConnectorIsAllowedAndFlagged()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const Connector spare = store.addConnector(u"Spare"_s, AccessLevel::ReadOnly, false);
        const Flow flow =
            importOne(flows, FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name));
        HttpRequestActivity edited = flow.activities.at(0);
        edited.connectorId = spare.id;
        edited.connectorName = spare.name;
        auto saved = flows.updateActivity(flow.id, edited, flow.revision);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message()));
        QCOMPARE(flows.whereUsed(spare.id)->size(), 1);
        const QList<CoreError> problems = flows.problems(*saved)->at(0);
        QCOMPARE(codes(problems), QList<ErrorCode>{ErrorCode::ActivityConnectorInactive});
        QVERIFY(problems.first().message().contains(u"\"Spare\""_s));
    }
};

QTEST_GUILESS_MAIN(TestFlowInactive)
#include "tst_flowinactive.moc"
