#include "app/core/models/FlowTreeModel.h"
#include "app/core/service/FlowService.h"
#include "tests/support/ExportShapeGenerator.h"
#include "tests/support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The Flows tab's background load (FlowTreeModel::reloadInBackground): on an SQLite file the
// flows are read on a second connection in a worker thread and arrive in one reset, the model
// says it is loading meanwhile, and a change made during the load is not lost. On a server the
// load happens at once.
class TestFlowTreeLoading final : public QObject
{
    Q_OBJECT

private:
    static QStringList writeFlows(const QTemporaryDir &dir, const Connector &connector, int count,
                                  quint64 seed = 13)
    {
        ExportShapeGenerator::Settings settings;
        settings.flows = count;
        settings.activitiesPerFlow = 20;
        settings.httpRequestsPerFlow = 3;
        settings.connectors = {{connector.id, connector.name}};
        settings.seed = seed;
        return ExportShapeGenerator(settings).writeAll(dir.path());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsArriveFromTheBackground()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector records = store.addConnector(u"Records"_s);
        QTemporaryDir dir;
        QVERIFY(flows.importFiles(writeFlows(dir, records, 5)).ok());

        FlowTreeModel model(flows, store.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &FlowTreeModel::loadFinished);
        QSignalSpy failed(&model, &FlowTreeModel::loadFailed);
        const bool background = model.reloadInBackground();
        QCOMPARE(background, !TestStore::onServer());
        if (background) {
            QVERIFY(model.isLoading());
            QCOMPARE(model.rowCount(), 0);
            QVERIFY(finished.wait(20000));
        }
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!model.isLoading());
        QVERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 5);
        // Every flow with its HTTP Request activities (main flow and GLOBAL_EVENTS), checked.
        for (int row = 0; row < 5; ++row) {
            const QModelIndex flow = model.index(row, 0);
            QCOMPARE(model.rowCount(flow), 4);
            QCOMPARE(flow.data(FlowTreeModel::ActivityCountRole).toInt(), 4);
        }
    }

    void aChangeDuringTheLoadIsKept()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector records = store.addConnector(u"Records"_s);
        QTemporaryDir dir;
        const QStringList files = writeFlows(dir, records, 4);
        QVERIFY(flows.importFiles(files.mid(0, 3)).ok());

        FlowTreeModel model(flows, store.service());
        QSignalSpy finished(&model, &FlowTreeModel::loadFinished);
        const bool background = model.reloadInBackground();
        // Another flow arrives while the worker may already have read the store.
        QVERIFY(flows.importFiles(files.mid(3)).ok());
        if (background)
            QVERIFY(finished.wait(20000));
        QTRY_COMPARE(model.rowCount(), 4);
        QVERIFY(!model.isLoading());
    }
};

QTEST_GUILESS_MAIN(TestFlowTreeLoading)
#include "tst_flowtreeloading.moc"
