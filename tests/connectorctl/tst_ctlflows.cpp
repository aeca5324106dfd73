#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/Database.h"
#include "tests/connectorctl/CtlFixture.h"

using namespace Qt::StringLiterals;

// connectorctl as a script sees it: importing, showing and exporting flows, where-used.
class TestCtlFlows final : public QObject, private CtlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { useNewDatabase(); }

    void flowsImportListShowAndFlags()
    {
        const QString readOnly = addConnector(u"Read only"_s);
        const QString readWrite = addConnector(u"Read write"_s, {u"read-write"_s});
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString good = writeFlow(flowDocument(u"Main IVR"_s, {{readWrite, u"POST"_s}}));
        const QString flagged =
            writeFlow(flowDocument(u"Callbacks"_s, {{readOnly, u"POST"_s}, {unknown, u"GET"_s}}));

        const Run imported = ctl({u"flows"_s, u"import"_s, good, flagged});
        QCOMPARE(imported.exitCode, 0); // a flagged activity is not a failure
        QVERIFY2(imported.out.contains(u"imported \"Main IVR\""_s), qPrintable(imported.out));
        QVERIFY(imported.out.contains(u"imported \"Callbacks\""_s));
        QVERIFY2(imported.out.contains(u"read-only access"_s), qPrintable(imported.out));
        QVERIFY(imported.out.contains(u"no connector with the ID %1"_s.arg(unknown)));

        const Run listed = ctl({u"--json"_s, u"flows"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray flows = listed.json().array();
        QCOMPARE(flows.size(), 2);
        const QJsonObject callbacks = flows.at(0).toObject(); // sorted by name
        // The keys scripts read; the version facts came later (null or 0 for this file).
        QCOMPARE(callbacks.keys(),
                 (QStringList{u"activities"_s, u"flowKey"_s, u"flowType"_s, u"id"_s,
                              u"lastModified"_s, u"name"_s, u"problems"_s, u"shape"_s, u"slot"_s,
                              u"subflow"_s, u"tags"_s, u"version"_s, u"versionId"_s}));
        QCOMPARE(callbacks.value(u"name"_s).toString(), u"Callbacks"_s);
        QCOMPARE(callbacks.value(u"flowType"_s).toString(), u"flow"_s);
        QCOMPARE(callbacks.value(u"activities"_s).toInt(), 2);
        QCOMPARE(callbacks.value(u"problems"_s).toInt(), 2);
        QCOMPARE(flows.at(1).toObject().value(u"problems"_s).toInt(), 0);
        const Run table = ctl({u"flows"_s, u"list"_s});
        QVERIFY(table.out.contains(u"Main IVR"_s));
        QVERIFY(table.out.contains(u"2 flow"_s));

        const Run shown = ctl({u"flows"_s, u"show"_s, u"callbacks"_s}); // any case
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(u"\"Read only\""_s));
        QVERIFY(shown.out.contains(u"%1 (missing"_s.arg(unknown)));
        QVERIFY(shown.out.contains(u"customerId = $.data[0].id"_s));
        QVERIFY(shown.out.contains(u"POST"_s));
        QVERIFY(shown.out.contains(u"/v1/customers"_s));
        QVERIFY(shown.out.contains(u"main flow"_s));
        const QString id = callbacks.value(u"id"_s).toString();
        const Run shownJson = ctl({u"--json"_s, u"flows"_s, u"show"_s, id.left(8)});
        QCOMPARE(shownJson.exitCode, 0);
        const QJsonArray activities = shownJson.json().object().value(u"activities"_s).toArray();
        QCOMPARE(activities.size(), 2);
        QCOMPARE(activities.at(0).toObject().value(u"connectorName"_s).toString(), u"Read only"_s);
        QCOMPARE(activities.at(0)
                     .toObject()
                     .value(u"problems"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"rule"_s)
                     .toString(),
                 u"activity.method-not-allowed"_s);
        QCOMPARE(activities.at(1).toObject().value(u"connectorMissing"_s).toBool(), true);

        // The same name again replaces the flow and keeps its ID.
        const Run again = ctl({u"--json"_s, u"flows"_s, u"import"_s, flagged});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().array().first().toObject().value(u"outcome"_s).toString(),
                 u"replaced"_s);
        QCOMPARE(again.json().array().first().toObject().value(u"id"_s).toString(), id);
        QVERIFY(ctl({u"flows"_s, u"import"_s, good}).out.contains(u"replaced \"Main IVR\""_s));
    }

    void aFileThatIsNotAFlowIsRefusedByName()
    {
        const QString good = writeFlow(flowDocument(u"Good"_s, {}));
        const QString notes = writeFile(u"notes.json"_s, R"({"title":"not a flow"})");
        const Run run = ctl({u"flows"_s, u"import"_s, good, notes});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(notes), qPrintable(run.err));
        QVERIFY(run.err.contains(u"[flow.file-invalid]"_s));
        QVERIFY(run.out.isEmpty());
        // All or nothing: the good file was not imported either.
        QCOMPARE(ctl({u"--json"_s, u"flows"_s, u"list"_s}).json().array().size(), 0);
        const QString garbage = writeFile(u"garbage.json"_s, "{{{");
        const Run invalid = ctl({u"flows"_s, u"import"_s, garbage});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY(invalid.err.contains(garbage));
    }

    void flowExportEqualsTheImportedJson()
    {
        const QString connector = addConnector(u"Lookup"_s);
        const QJsonObject document = flowDocument(u"Round trip"_s, {{connector, u"GET"_s}});
        QCOMPARE(ctl({u"flows"_s, u"import"_s, writeFlow(document)}).exitCode, 0);

        const Run printed = ctl({u"flows"_s, u"export"_s, u"Round trip"_s});
        QCOMPARE(printed.exitCode, 0);
        QCOMPARE(printed.json().object(), document);

        const QString file = m_dir.filePath(u"exported-%1.json"_s.arg(m_counter));
        const Run written = ctl({u"flows"_s, u"export"_s, u"round TRIP"_s, file});
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.err.contains(file));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(exported.readAll()).object(), document);

        const Run missing = ctl({u"flows"_s, u"export"_s, u"No such flow"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"[flow.not-found]"_s));
        const Run unwritable =
            ctl({u"flows"_s, u"export"_s, u"Round trip"_s, m_dir.filePath(u"no/dir/x.json"_s)});
        QCOMPARE(unwritable.exitCode, 4);
    }

    void whereUsedKeepsActivitiesOfADeletedConnector()
    {
        const QString used = addConnector(u"Used"_s);
        const QString idle = addConnector(u"Idle"_s);
        QCOMPARE(ctl({u"flows"_s, u"import"_s,
                      writeFlow(flowDocument(u"Uses it"_s, {{used, u"GET"_s}, {used, u"GET"_s}}))})
                     .exitCode,
                 0);
        const Run before = ctl({u"--json"_s, u"where-used"_s, used.left(8)});
        QCOMPARE(before.exitCode, 0);
        const QJsonObject report = before.json().object();
        QCOMPARE(report.value(u"connectorId"_s).toString(), used);
        QCOMPARE(report.value(u"connectorName"_s).toString(), u"Used"_s);
        QCOMPARE(report.value(u"flows"_s).toInt(), 1);
        QCOMPARE(report.value(u"activities"_s).toInt(), 2);
        const QJsonObject usage = report.value(u"usages"_s).toArray().first().toObject();
        QCOMPARE(usage.value(u"flowName"_s).toString(), u"Uses it"_s);
        QCOMPARE(usage.value(u"nodeName"_s).toString(), u"Request1"_s);
        QCOMPARE(usage.value(u"eventFlow"_s).toString(), QString());
        QVERIFY(ctl({u"where-used"_s, idle}).out.contains(u"used by no flow"_s));

        QCOMPARE(ctl({u"deactivate"_s, used}).exitCode, 0);
        QCOMPARE(ctl({u"delete"_s, used}).exitCode, 0);
        const Run after = ctl({u"where-used"_s, used});
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(after.out.contains(u"not in this database"_s), qPrintable(after.out));
        QVERIFY(after.out.contains(u"Request1"_s));
        QVERIFY(after.out.contains(u"Uses it"_s));
        QCOMPARE(ctl({u"--json"_s, u"where-used"_s, used})
                     .json()
                     .object()
                     .value(u"activities"_s)
                     .toInt(),
                 2);
        QVERIFY(ctl({u"flows"_s, u"show"_s, u"Uses it"_s}).out.contains(u"missing"_s));
    }

    void flowsShowFlagsAnInactiveConnector()
    {
        const QString routing = addConnector(u"Routing"_s, {u"read-write"_s});
        const QString lookup = addConnector(u"Lookup"_s);
        QCOMPARE(
            ctl({u"flows"_s, u"import"_s,
                 writeFlow(flowDocument(u"Inbound"_s, {{routing, u"POST"_s}, {lookup, u"GET"_s}}))})
                .exitCode,
            0);
        QCOMPARE(ctl({u"deactivate"_s, routing}).exitCode, 0);

        const Run shown = ctl({u"flows"_s, u"show"_s, u"Inbound"_s});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(u"\"Routing\" (inactive: calls fail here)"_s),
                 qPrintable(shown.out));
        QVERIFY(shown.out.contains(u"Problem:"_s));
        QVERIFY(shown.out.contains(u"Connector inactive: calls fail here. The connector "
                                   u"\"Routing\" is inactive"_s));
        QVERIFY(!shown.out.contains(u"\"Lookup\" (inactive"_s));

        const Run json = ctl({u"--json"_s, u"flows"_s, u"show"_s, u"Inbound"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject flow = json.json().object();
        QCOMPARE(flow.value(u"problems"_s).toInt(), 1);
        const QJsonArray activities = flow.value(u"activities"_s).toArray();
        const QJsonObject inactive = activities.at(0).toObject();
        QCOMPARE(inactive.value(u"connectorName"_s).toString(), u"Routing"_s);
        QCOMPARE(inactive.value(u"connectorInactive"_s), QJsonValue(true));
        QCOMPARE(inactive.value(u"connectorMissing"_s), QJsonValue(false));
        const QJsonObject problem = inactive.value(u"problems"_s).toArray().first().toObject();
        QCOMPARE(problem.value(u"rule"_s).toString(), u"activity.connector-inactive"_s);
        // A warning: a save of the activity is not refused for it.
        QCOMPARE(problem.value(u"blocking"_s), QJsonValue(false));
        QVERIFY(problem.value(u"message"_s).toString().contains(u"calls fail here"_s));
        QCOMPARE(activities.at(1).toObject().value(u"connectorInactive"_s), QJsonValue(false));
        QVERIFY(activities.at(1).toObject().value(u"problems"_s).toArray().isEmpty());

        // Reactivated, the flag is gone.
        QCOMPARE(ctl({u"activate"_s, routing}).exitCode, 0);
        const QJsonObject again =
            ctl({u"--json"_s, u"flows"_s, u"show"_s, u"Inbound"_s}).json().object();
        QCOMPARE(again.value(u"problems"_s).toInt(), 0);
        QCOMPARE(
            again.value(u"activities"_s).toArray().at(0).toObject().value(u"connectorInactive"_s),
            QJsonValue(false));
        QVERIFY(!ctl({u"flows"_s, u"show"_s, u"Inbound"_s}).out.contains(u"inactive"_s));
    }

    void flowCommandsFollowTheRole()
    {
        QCOMPARE(ctl({u"admins"_s, u"add"_s, u"help@example.com"_s, u"--role"_s,
                      u"support-basic-admin"_s})
                     .exitCode,
                 0);
        const QString file = writeFlow(flowDocument(u"Guarded"_s, {}));
        const QStringList asHelp{u"--admin"_s, u"help@example.com"_s};
        const Run refused = ctl(asHelp + QStringList{u"flows"_s, u"import"_s, file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"[role.cannot-change-flows]"_s), qPrintable(refused.err));
        QCOMPARE(ctl(asHelp + QStringList{u"flows"_s, u"list"_s}).exitCode, 0);
    }

    void demoAddsFlowsUsingTheConnectors()
    {
        const Run demo =
            ctl({u"--json"_s, u"demo"_s, u"--connectors"_s, u"60"_s, u"--flows"_s, u"12"_s});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(demo.json().object().value(u"flowsAdded"_s).toInt(), 12);
        QVERIFY(demo.json().object().value(u"activitiesAdded"_s).toInt() >= 12);
        const QJsonArray flows = ctl({u"--json"_s, u"flows"_s, u"list"_s}).json().array();
        QCOMPARE(flows.size(), 12);
        for (const QJsonValue &flow : flows) {
            QVERIFY(flow.toObject().value(u"activities"_s).toInt() >= 1);
            if (flow.toObject().value(u"problems"_s).toInt() == 0)
                continue;
            // Read-only connectors are used with GET only: the one flag is an inactive
            // connector (every fifth demo connector is inactive), a warning.
            const QJsonArray activities =
                ctl({u"--json"_s, u"flows"_s, u"show"_s, flow.toObject().value(u"id"_s).toString()})
                    .json()
                    .object()
                    .value(u"activities"_s)
                    .toArray();
            for (const QJsonValue &activity : activities) {
                for (const QJsonValue &problem : activity.toObject().value(u"problems"_s).toArray())
                    QCOMPARE(problem.toObject().value(u"rule"_s).toString(),
                             u"activity.connector-inactive"_s);
            }
        }
        const QJsonObject shown = ctl({u"--json"_s, u"flows"_s, u"show"_s,
                                       flows.first().toObject().value(u"id"_s).toString()})
                                      .json()
                                      .object();
        const QString connector = shown.value(u"activities"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"connectorId"_s)
                                      .toString();
        QVERIFY(ctl({u"--json"_s, u"where-used"_s, connector})
                    .json()
                    .object()
                    .value(u"activities"_s)
                    .toInt() >= 1);
        // The default is one flow for every ten connectors.
        QCOMPARE(ctl({u"--json"_s, u"demo"_s, u"--connectors"_s, u"30"_s})
                     .json()
                     .object()
                     .value(u"flowsAdded"_s)
                     .toInt(),
                 3);
        QCOMPARE(ctl({u"--json"_s, u"flows"_s, u"list"_s}).json().array().size(), 15);
    }

    void exportAndImportCarryFlows()
    {
        const QString id = addConnector(u"Carried"_s, {u"read-write"_s});
        const QJsonObject document = flowDocument(u"Carried flow"_s, {{id, u"PUT"_s}});
        QCOMPARE(ctl({u"flows"_s, u"import"_s, writeFlow(document)}).exitCode, 0);
        const QString file = m_dir.filePath(u"carried-%1.json"_s.arg(m_counter));
        const Run exported = ctl({u"export"_s, file});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.contains(u"1 flow"_s), qPrintable(exported.err));

        const QString other = m_dir.filePath(u"carried-other-%1.sqlite"_s.arg(m_counter));
        const Run imported = ctl({u"--json"_s, u"import"_s, file}, other);
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().object().value(u"connectors"_s).toArray().size(), 1);
        QCOMPARE(imported.json().object().value(u"flows"_s).toArray().size(), 1);
        // The flow keeps its ID in the other database, as the connector does.
        const QString flowId = ctl({u"--json"_s, u"flows"_s, u"list"_s})
                                   .json()
                                   .array()
                                   .first()
                                   .toObject()
                                   .value(u"id"_s)
                                   .toString();
        QVERIFY(!flowId.isEmpty());
        QCOMPARE(imported.json()
                     .object()
                     .value(u"flows"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
                 flowId);
        const Run printed = ctl({u"flows"_s, u"export"_s, u"Carried flow"_s}, other);
        QCOMPARE(printed.json().object(), document);
        QCOMPARE(ctl({u"--json"_s, u"where-used"_s, id}, other)
                     .json()
                     .object()
                     .value(u"activities"_s)
                     .toInt(),
                 1);
    }
    void listsShowAndWhereUsedNameTheVersions()
    {
        const QString used = addConnector(u"Used"_s);
        {
            // Versions as the export-shape reader fills them, stored through the core.
            auto database = Database::open(m_database);
            QVERIFY(database);
            auto admin = AdminDirectory(**database).defaultAdmin();
            QVERIFY(admin);
            ConnectorService connectors(**database, *admin);
            FlowService flows(connectors);
            QList<Flow> versions;
            for (const auto &[number, live] : {std::pair(7, true), std::pair(8, false)}) {
                auto read = FlowDesignerFormat::fromDocument(
                    flowDocument(u"Main IVR"_s, {{used, u"GET"_s}}), u"test"_s);
                QVERIFY(read);
                Flow flow = *read;
                flow.flowKey = u"fd-main"_s;
                flow.versionId = u"fd-main-v%1"_s.arg(number);
                flow.version = number;
                flow.lastModified = u"2026-11-0%1T09:30:00.000Z"_s.arg(number);
                flow.tags = {live ? u"Live"_s : u"Latest"_s};
                if (number == 8)
                    flow.flowType = u"SUBFLOW"_s;
                versions.append(flow);
            }
            QVERIFY(flows.importFlows(versions));
        }
        const Run table = ctl({u"flows"_s, u"list"_s});
        QVERIFY2(table.out.contains(u"Live version 7"_s), qPrintable(table.out));
        QVERIFY(table.out.contains(u"draft, version 8"_s));
        const QJsonArray listed = ctl({u"--json"_s, u"flows"_s, u"list"_s}).json().array();
        QCOMPARE(listed.size(), 2);
        const QJsonObject live = listed.at(0).toObject();
        QCOMPARE(live.value(u"name"_s).toString(), u"Main IVR"_s);
        QCOMPARE(live.value(u"flowKey"_s).toString(), u"fd-main"_s);
        QCOMPARE(live.value(u"version"_s).toInt(), 7);
        QCOMPARE(live.value(u"slot"_s).toString(), u"live"_s);
        QCOMPARE(live.value(u"subflow"_s).toBool(), false);
        QCOMPARE(live.value(u"lastModified"_s).toString(), u"2026-11-07T09:30:00.000Z"_s);
        QCOMPARE(listed.at(1).toObject().value(u"slot"_s).toString(), u"latest"_s);
        QCOMPARE(listed.at(1).toObject().value(u"subflow"_s).toBool(), true);

        const Run shown = ctl({u"flows"_s, u"show"_s, live.value(u"id"_s).toString()});
        QVERIFY2(shown.out.contains(u"Live version 7"_s), qPrintable(shown.out));
        QVERIFY(shown.out.contains(u"fd-main"_s));
        QVERIFY(shown.out.contains(u"2026-11-07T09:30:00.000Z"_s));
        QCOMPARE(ctl({u"--json"_s, u"flows"_s, u"show"_s, live.value(u"id"_s).toString()})
                     .json()
                     .object()
                     .value(u"version"_s)
                     .toInt(),
                 7);

        const Run usedBy = ctl({u"where-used"_s, used});
        QVERIFY2(usedBy.out.contains(u"Main IVR (Live version 7) — takes calls through it"_s),
                 qPrintable(usedBy.out));
        QVERIFY(usedBy.out.contains(
            u"Main IVR (draft, version 8, subflow) — only the draft uses it"_s));
        const QJsonArray usages =
            ctl({u"--json"_s, u"where-used"_s, used}).json().object().value(u"usages"_s).toArray();
        QCOMPARE(usages.size(), 2);
        QCOMPARE(usages.at(0).toObject().value(u"takesCalls"_s).toBool(), true);
        QCOMPARE(usages.at(0).toObject().value(u"version"_s).toInt(), 7);
        QCOMPARE(usages.at(1).toObject().value(u"slot"_s).toString(), u"latest"_s);
        QCOMPARE(usages.at(1).toObject().value(u"subflow"_s).toBool(), true);
        QCOMPARE(usages.at(1).toObject().value(u"flowKey"_s).toString(), u"fd-main"_s);

        // Two versions share the name: the name alone names neither.
        const Run byName = ctl({u"flows"_s, u"show"_s, u"main ivr"_s});
        QCOMPARE(byName.exitCode, 2);
        QVERIFY2(byName.err.contains(u"2 flows or versions"_s), qPrintable(byName.err));
    }
};

QTEST_GUILESS_MAIN(TestCtlFlows)
#include "tst_ctlflows.moc"
