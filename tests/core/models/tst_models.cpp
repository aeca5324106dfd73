#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/models/ConnectorFilterProxyModel.h"
#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/ChangeWatcher.h"
#include "tests/support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestModels final : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, 0).data(ConnectorListModel::NameRole).toString());
        return list;
    }

    // A Flow Designer export with one HTTP Request activity per connector in `main` and one per
    // connector in `events` (in its GLOBAL_EVENTS event flow).
    static Flow flowUsing(const QString &name, const QList<Connector> &main,
                          const QList<Connector> &events = {})
    {
        const auto nodes = [](const QList<Connector> &connectors, const QString &prefix) {
            QJsonArray list;
            for (int i = 0; i < connectors.size(); ++i) {
                list.append(QJsonObject{
                    {u"id"_s, prefix + QString::number(i)},
                    {u"name"_s, prefix + QString::number(i)},
                    {u"properties"_s, QJsonObject{{u"activityName"_s, u"http-request-v2"_s},
                                                  {u"connectorId"_s, connectors.at(i).idText()},
                                                  {u"httpRequestPath"_s, u"/v1/lookup"_s},
                                                  {u"httpRequestMethod"_s, u"GET"_s}}}});
            }
            return list;
        };
        const QJsonObject document{
            {u"name"_s, name},
            {u"nodes"_s, nodes(main, u"m"_s)},
            {u"eventFlows"_s,
             QJsonObject{{u"GLOBAL_EVENTS"_s, QJsonObject{{u"nodes"_s, nodes(events, u"e"_s)}}}}}};
        return *FlowDesignerFormat::fromDocument(document, name);
    }

    static QVariant flowsUsing(const ConnectorListModel &model, const QUuid &id)
    {
        return model.indexOf(id).data(ConnectorListModel::UsageFlowsRole);
    }
    static QVariant activitiesUsing(const ConnectorListModel &model, const QUuid &id)
    {
        return model.indexOf(id).data(ConnectorListModel::UsageActivitiesRole);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelFollowsEveryChangeMadeThroughTheService()
    {
        TestStore store;
        store.addConnector(u"Existing"_s);
        ConnectorListModel model(store.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        auto created = store.service().create({{}, u"New one"_s, AccessLevel::ReadWrite, true});
        QVERIFY(created);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex index = model.indexOf(created->id);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(ConnectorListModel::NameRole).toString(), u"New one"_s);
        QCOMPARE(index.data(ConnectorListModel::IdRole).value<QUuid>(), created->id);
        QCOMPARE(index.data(ConnectorListModel::IdTextRole).toString(), created->idText());
        QCOMPARE(index.data(ConnectorListModel::ScopesRole).toStringList().size(), 4);
        QCOMPARE(index.data(ConnectorListModel::AccessTextRole).toString(), u"Read-write access"_s);
        QCOMPARE(index.data(ConnectorListModel::AuthorizedByRole).toString(), store.owner().email);
        QVERIFY(index.data(ConnectorListModel::ActiveRole).toBool());
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(u"New one"_s));

        QVERIFY(store.service().deactivate(created->id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toModelIndex(), index);
        QVERIFY(!model.indexOf(created->id).data(ConnectorListModel::ActiveRole).toBool());
        QCOMPARE(model.indexOf(created->id).data(ConnectorListModel::RevisionRole).toInt(), 2);
        QCOMPARE(model.activeCount(), 1);

        QVERIFY(store.service().remove(created->id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.indexOf(created->id).isValid());
        // The row index stays right for the rows after a removed one.
        QCOMPARE(names(model), QStringList{u"Existing"_s});
    }

    void roleNamesCoverEveryRole()
    {
        TestStore store;
        ConnectorListModel model(store.service());
        const auto roles = model.roleNames();
        for (int role = ConnectorListModel::IdRole; role <= ConnectorListModel::UsageTextRole;
             ++role)
            QVERIFY2(roles.contains(role), qPrintable(QString::number(role)));
        QCOMPARE(roles.value(ConnectorListModel::NameRole), QByteArray("name"));
    }

    void proxySortsSearchesAndFiltersByState()
    {
        TestStore store;
        store.addConnector(u"beta reports"_s);
        store.addConnector(u"Alpha queue"_s, AccessLevel::ReadWrite);
        const Connector gamma = store.addConnector(u"Gamma roster"_s, AccessLevel::ReadOnly, false);
        store.addConnector(u"Ґанок"_s);
        ConnectorListModel model(store.service());
        ConnectorFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());

        QCOMPARE(names(proxy).mid(0, 3),
                 (QStringList{u"Alpha queue"_s, u"beta reports"_s, u"Gamma roster"_s}));

        proxy.setSearchText(u"  QUEUE "_s);
        QCOMPARE(names(proxy), QStringList{u"Alpha queue"_s});
        proxy.setSearchText(gamma.idText().left(8).toUpper());
        QCOMPARE(names(proxy), QStringList{u"Gamma roster"_s});
        proxy.setSearchText(u"cjp_config_write"_s);
        QCOMPARE(names(proxy), QStringList{u"Alpha queue"_s});
        proxy.setSearchText(u"ґан"_s);
        QCOMPARE(names(proxy), QStringList{u"Ґанок"_s});
        proxy.setSearchText(u"nothing like this"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText({});
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setStateFilter(ConnectorFilterProxyModel::StateFilter::InactiveOnly);
        QCOMPARE(names(proxy), QStringList{u"Gamma roster"_s});
        proxy.setStateFilter(ConnectorFilterProxyModel::StateFilter::ActiveOnly);
        QCOMPARE(proxy.rowCount(), 3);

        // A reactivated connector moves into the active filter without a reload.
        QVERIFY(store.service().activate(gamma.id));
        QCOMPARE(proxy.rowCount(), 4);
        // A new connector is sorted into place.
        proxy.setStateFilter(ConnectorFilterProxyModel::StateFilter::All);
        QVERIFY(store.service().create({{}, u"Aardvark"_s, AccessLevel::ReadOnly, true}));
        QCOMPARE(names(proxy).first(), u"Aardvark"_s);
    }

    void changesFromAnotherProcessAreNoticedAndKeepTheSelection()
    {
        TestStore store;
        const Connector keep = store.addConnector(u"Keep me selected"_s);
        const Connector doomed =
            store.addConnector(u"Doomed elsewhere"_s, AccessLevel::ReadOnly, false);
        const Connector edited =
            store.addConnector(u"Edited elsewhere"_s, AccessLevel::ReadOnly, false);
        ConnectorListModel model(store.service());
        ConnectorFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QItemSelectionModel selection(&proxy);
        selection.setCurrentIndex(proxy.mapFromSource(model.indexOf(keep.id)),
                                  QItemSelectionModel::ClearAndSelect);

        ChangeWatcher watcher(store.database());
        watcher.start(60000); // polled by hand below
        QVERIFY(!watcher.poll());
        // On SQLite our own change is not "elsewhere"; a server only tells that something changed.
        QVERIFY(store.service().deactivate(keep.id));
        if (TestStore::onServer())
            watcher.poll();
        else
            QVERIFY(!watcher.poll());

        // Another connection (as connectorctl would be) changes the file.
        auto other = Database::open(store.path());
        QVERIFY(other);
        ConnectorService elsewhere(**other, store.owner());
        QVERIFY(elsewhere.remove(doomed.id));
        QVERIFY(elsewhere.update(edited.id,
                                 {{}, u"Renamed elsewhere"_s, AccessLevel::ReadWrite, false}));
        QVERIFY(elsewhere.create({{}, u"Born elsewhere"_s, AccessLevel::ReadOnly, true}));

        QSignalSpy noticed(&watcher, &ChangeWatcher::changedElsewhere);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(watcher.poll());
        QCOMPARE(noticed.count(), 1);
        QVERIFY(model.refresh());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(names(proxy),
                 (QStringList{u"Born elsewhere"_s, u"Keep me selected"_s, u"Renamed elsewhere"_s}));
        QCOMPARE(selection.currentIndex().data(ConnectorListModel::IdRole).value<QUuid>(), keep.id);
        QVERIFY(selection.isSelected(selection.currentIndex()));
    }

    void usageCountsFollowTheFlows()
    {
        TestStore store;
        const Connector used = store.addConnector(u"Used"_s);
        const Connector unused = store.addConnector(u"Unused"_s);
        ConnectorListModel model(store.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        // Without a flow service the counts are not known, and nothing pretends they are 0.
        QVERIFY(!flowsUsing(model, used.id).isValid());
        QVERIFY(
            model.indexOf(used.id).data(ConnectorListModel::UsageTextRole).toString().isEmpty());

        FlowService flows(store.service());
        model.setFlowService(&flows);
        QCOMPARE(flowsUsing(model, used.id).toInt(), 0);
        QCOMPARE(model.indexOf(used.id).data(ConnectorListModel::UsageTextRole).toString(),
                 u"Not used by any flow"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(flows.importFlows(
            {flowUsing(u"Sales"_s, {used, used}), flowUsing(u"After hours"_s, {}, {used})}));
        QCOMPARE(flowsUsing(model, used.id).toInt(), 2);
        QCOMPARE(activitiesUsing(model, used.id).toInt(), 3);
        QCOMPARE(flowsUsing(model, unused.id).toInt(), 0);
        // Only the row whose counts changed is signalled, with the usage roles.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.indexOf(used.id));
        QVERIFY(
            changed.first().at(2).value<QList<int>>().contains(ConnectorListModel::UsageFlowsRole));
        QVERIFY(model.indexOf(used.id)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(
                        model.indexOf(used.id).data(ConnectorListModel::UsageTextRole).toString()));

        // Flows imported elsewhere (connectorctl) show after refresh(), as connector changes do.
        auto other = Database::open(store.path());
        QVERIFY(other);
        ConnectorService elsewhere(**other, store.owner());
        FlowService otherFlows(elsewhere);
        QVERIFY(otherFlows.importFlows({flowUsing(u"Outbound"_s, {unused})}));
        QCOMPARE(flowsUsing(model, unused.id).toInt(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.refresh());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(flowsUsing(model, unused.id).toInt(), 1);
        QCOMPARE(activitiesUsing(model, unused.id).toInt(), 1);

        model.setFlowService(nullptr);
        QVERIFY(!flowsUsing(model, used.id).isValid());
    }

    void reloadFailsClearlyWithoutAccess()
    {
        TestStore store;
        store.addConnector(u"Hidden"_s);
        const AdminAccount none = store.addAdmin(AdminRole::ReadOnlyAdmin, u"ro@example.com"_s);
        ConnectorService service(store.database(), none);
        ConnectorListModel model(service);
        auto reloaded = model.reload();
        QVERIFY(!reloaded);
        QCOMPARE(reloaded.error().code(), ErrorCode::RoleHasNoAccess);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
