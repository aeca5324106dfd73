// File > Export connectors and File > Import connectors in the real window.
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/FlowService.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/widgets/FileDialog.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestTransfer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { MessageBox::clearHistory(); }

    void exportFromOneWindowImportIntoAnother()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"team.json"_s);
        TestStore source;
        const Connector kept =
            source.addConnector(u"Queue statistics"_s, AccessLevel::ReadWrite, false);
        source.addConnector(u"Звіти черги"_s);
        {
            WindowFixture f(source);
            FileDialog::setNextFileName(file);
            f.actions().exportConnectors()->trigger();
            QVERIFY(MessageBox::lastMessage()->text.contains(file));
        }

        TestStore target;
        WindowFixture f(target);
        QCOMPARE(f.window().model().rowCount(), 0);
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Import 2 connectors?"
        f.actions().importConnectors()->trigger();
        QCOMPARE(f.window().model().rowCount(), 2);
        QCOMPARE(WindowFixture::names(f.inactiveList()), QStringList{u"Queue statistics"_s});
        auto imported = target.service().find(kept.id);
        QVERIFY(imported.ok()); // the same ID
        QCOMPARE(imported->access, AccessLevels(AccessLevel::ReadWrite));
        QVERIFY(MessageBox::lastMessage()->text.contains(u"2"_s));

        // The same file again: every record clashes, the problems are listed, nothing changes.
        FileDialog::setNextFileName(file);
        f.actions().importConnectors()->trigger();
        QCOMPARE(MessageBox::lastMessage()->icon, QMessageBox::Warning);
        QVERIFY(MessageBox::lastMessage()->informativeText.contains(u"connectors[0]"_s));
        QVERIFY(MessageBox::lastMessage()->informativeText.contains(u"connectors[1]"_s));
        QCOMPARE(f.window().model().rowCount(), 2);
    }

    void exportAndImportCarryFlows()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"with-flows.json"_s);
        TestStore source;
        const Connector used = source.addConnector(u"Customer lookup"_s);
        const QJsonObject document{
            {u"name"_s, u"Main IVR"_s},
            {u"flowType"_s, u"flow"_s},
            {u"designerLayout"_s, QJsonObject{{u"zoom"_s, 2}}},
            {u"nodes"_s,
             QJsonArray{QJsonObject{
                 {u"id"_s, u"n1"_s},
                 {u"name"_s, u"LookUp"_s},
                 {u"properties"_s, QJsonObject{{u"activityName"_s, u"http-request-v2"_s},
                                               {u"connectorId"_s, used.idText()},
                                               {u"httpRequestPath"_s, u"/v1/customers"_s},
                                               {u"httpRequestMethod"_s, u"GET"_s}}}}}}};
        {
            FlowService flows(source.service());
            QVERIFY(flows.importFlows({*FlowDesignerFormat::fromDocument(document, {})}));
        }
        {
            WindowFixture f(source);
            FileDialog::setNextFileName(file);
            f.actions().exportConnectors()->trigger();
            QCOMPARE(MessageBox::lastMessage()->icon, QMessageBox::Information);
            QVERIFY2(MessageBox::lastMessage()->text.contains(u"1 flow"_s),
                     qPrintable(MessageBox::lastMessage()->text));
        }

        TestStore target;
        WindowFixture f(target);
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.actions().importConnectors()->trigger();
        QCOMPARE(MessageBox::lastMessage()->icon, QMessageBox::Information);
        QVERIFY2(MessageBox::lastMessage()->text.contains(u"1 flow"_s),
                 qPrintable(MessageBox::lastMessage()->text));
        auto flows = f.window().flowService().list();
        QVERIFY(flows);
        QCOMPARE(flows->size(), 1);
        QCOMPARE(flows->first().document, document); // unknown properties kept
        auto usages = f.window().flowService().whereUsed(used.id);
        QVERIFY(usages);
        QCOMPARE(usages->size(), 1);
    }

    void cancelledImportChangesNothing()
    {
        QTemporaryDir dir;
        TestStore source;
        source.addConnector(u"Callbacks"_s);
        const QString file = dir.filePath(u"one.json"_s);
        {
            WindowFixture f(source);
            FileDialog::setNextFileName(file);
            f.actions().exportConnectors()->trigger();
        }
        TestStore target;
        WindowFixture f(target);
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        f.actions().importConnectors()->trigger();
        QCOMPARE(target.service().list()->size(), 0);
        QCOMPARE(target.service().history()->size(), 0);
    }

    void aFileThatIsNotAnExportIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"notes.json"_s);
        QFile notes(file);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(R"({"name":"A flow","nodes":[]})");
        notes.close();
        TestStore store;
        WindowFixture f(store);
        FileDialog::setNextFileName(file);
        f.actions().importConnectors()->trigger();
        QCOMPARE(MessageBox::lastMessage()->icon, QMessageBox::Warning);
        QVERIFY(MessageBox::lastMessage()->informativeText.contains(u"not a connectors export"_s));
        QCOMPARE(store.service().list()->size(), 0);
    }

    void importFollowsTheRole()
    {
        TestStore store;
        store.addConnector(u"Existing"_s);
        const AdminAccount viewer =
            store.addAdmin(AdminRole::ExternalReadOnlyAdmin, u"viewer@partner.example.net"_s);
        WindowFixture f(store);
        QVERIFY(f.actions().importConnectors()->isEnabled());
        f.window().signInAs(viewer);
        QVERIFY(!f.actions().importConnectors()->isEnabled());
        QVERIFY(f.actions().importConnectors()->toolTip().contains(u"read-only"_s));
        QVERIFY(f.actions().exportConnectors()->isEnabled()); // reading is allowed
    }
};

QTEST_MAIN(TestTransfer)
#include "tst_transfer.moc"
