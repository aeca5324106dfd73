#include "tests/connectorctl/CtlFixture.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

// connectorctl and Flow Designer's identity and versions: flowId as an argument and in the
// list, version facts in text and JSON alike, refused version numbers, every bad file of an
// import named, a dry run, and where-used for an inactive connector.
class TestCtlFlowVersions final : public QObject, private CtlFixture
{
    Q_OBJECT

private:
    // A version of Flow Designer flow `key`, as a file Flow Designer could have given.
    QString writeVersion(const QString &connector, const QString &key, const QJsonValue &number,
                         bool live, const QString &name = u"Main IVR"_s)
    {
        QJsonObject document = flowDocument(name, {{connector, u"GET"_s}});
        document.insert(u"flowId"_s, key);
        document.insert(u"version"_s, number);
        document.insert(u"tags"_s, QJsonArray{live ? u"Live"_s : u"Latest"_s});
        return writeFile(u"%1-%2-%3.json"_s.arg(key, number.toVariant().toString(),
                                                live ? u"live"_s : u"latest"_s),
                         QJsonDocument(document).toJson());
    }

    // What bash completion offers after these words.
    static QStringList completions(const QStringList &words)
    {
        QProcess process;
        process.start(qEnvironmentVariable("CONNECTORCTL"),
                      QStringList{u"--completion-words"_s} + words);
        if (!process.waitForFinished(60000))
            return {};
        return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void init() { useNewDatabase(); }

    void aFlowDesignerFlowIdNamesTheFlowLiveFirst()
    {
        const QString used = addConnector(u"Used"_s);
        const Run imported =
            ctl({u"flows"_s, u"import"_s, writeVersion(used, u"fd-main"_s, 7, true),
                 writeVersion(used, u"fd-main"_s, 8, false)});
        QCOMPARE(imported.exitCode, 0);

        const Run shown = ctl({u"flows"_s, u"show"_s, u"fd-main"_s});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(u"Live version 7"_s), qPrintable(shown.out));
        // Which one was chosen, and how to get the other, on standard error.
        QVERIFY2(shown.err.contains(u"--slot latest"_s), qPrintable(shown.err));
        QVERIFY(shown.err.contains(u"Main IVR (draft, version 8)"_s));

        const Run draft =
            ctl({u"--json"_s, u"flows"_s, u"show"_s, u"fd-main"_s, u"--slot"_s, u"latest"_s});
        QCOMPARE(draft.exitCode, 0);
        QCOMPARE(draft.json().object().value(u"version"_s).toInt(), 8);
        QVERIFY(draft.err.isEmpty());

        const Run exported = ctl({u"flows"_s, u"export"_s, u"fd-main"_s, u"--slot"_s, u"live"_s});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(exported.out.toUtf8()).object().value(u"version"_s),
                 QJsonValue(7));

        const Run wrongSlot = ctl({u"flows"_s, u"show"_s, u"fd-main"_s, u"--slot"_s, u"draft"_s});
        QCOMPARE(wrongSlot.exitCode, 2);
        QVERIFY2(wrongSlot.err.contains(u"\"latest\""_s), qPrintable(wrongSlot.err));

        // Completion offers the two slots; `flows import` offers --dry-run.
        QCOMPARE(completions({u"flows"_s, u"show"_s, u"fd-main"_s, u"--slot"_s, QString()}),
                 (QStringList{u"live"_s, u"latest"_s}));
        QVERIFY(completions({u"flows"_s, u"import"_s, u"--"_s}).contains(u"--dry-run"_s));

        // One version only: no note.
        ctl({u"flows"_s, u"import"_s, writeVersion(used, u"fd-other"_s, 2, true, u"Other"_s)});
        const Run single = ctl({u"flows"_s, u"show"_s, u"fd-other"_s});
        QCOMPARE(single.exitCode, 0);
        QVERIFY(single.err.isEmpty());

        // The list shows the flowId of each row.
        const Run table = ctl({u"flows"_s, u"list"_s});
        QVERIFY2(table.out.contains(u"FLOWID"_s), qPrintable(table.out));
        QCOMPARE(table.out.count(u"fd-main"_s), 2);
        QVERIFY(table.out.contains(u"fd-other"_s));
    }

    void anAuthoringFlowsVersionIsNotKnownInTextAndJson()
    {
        const QString used = addConnector(u"Used"_s);
        QJsonObject document = flowDocument(u"Plain"_s, {{used, u"GET"_s}});
        document.insert(u"version"_s, 5);
        QCOMPARE(ctl({u"flows"_s, u"import"_s, writeFlow(document)}).exitCode, 0);
        const Run shown = ctl({u"flows"_s, u"show"_s, u"Plain"_s});
        QVERIFY2(shown.out.contains(u"not known"_s), qPrintable(shown.out));
        const Run json = ctl({u"--json"_s, u"flows"_s, u"show"_s, u"Plain"_s});
        QCOMPARE(json.json().object().value(u"version"_s).toInt(), 0);
        QVERIFY(!ctl({u"flows"_s, u"list"_s}).out.contains(u" 5 "_s));
    }

    void aVersionThatIsNoWholeNumberIsRefusedNamingFileAndField()
    {
        const QString used = addConnector(u"Used"_s);
        for (const QJsonValue &bad :
             {QJsonValue(-5), QJsonValue(7.5), QJsonValue(1e12), QJsonValue(u"seven"_s)}) {
            const QString path = writeVersion(used, u"fd-bad"_s, bad, false);
            const Run refused = ctl({u"flows"_s, u"import"_s, path});
            QVERIFY(refused.exitCode != 0);
            QVERIFY2(refused.err.contains(QFileInfo(path).fileName()), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(u"\"version\""_s), qPrintable(refused.err));
            QVERIFY(refused.err.contains(u"whole number from 0"_s));
        }
        QCOMPARE(ctl({u"--json"_s, u"flows"_s, u"list"_s}).json().array().size(), 0);
    }

    void everyBadFileOfAnImportIsNamed()
    {
        const QString used = addConnector(u"Used"_s);
        const QString good = writeVersion(used, u"fd-good"_s, 1, true);
        const QString notJson = writeFile(u"broken.json"_s, "{ not json");
        const QString badVersion = writeVersion(used, u"fd-bad"_s, -5, false);
        const QString missing = m_dir.filePath(u"missing.json"_s);
        const Run refused = ctl({u"flows"_s, u"import"_s, notJson, good, badVersion, missing});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(u"3 files cannot be imported"_s), qPrintable(refused.err));
        for (const QString &path : {notJson, badVersion, missing})
            QVERIFY2(refused.err.contains(QFileInfo(path).fileName()), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QFileInfo(good).fileName()));
        QCOMPARE(ctl({u"--json"_s, u"flows"_s, u"list"_s}).json().array().size(), 0);

        // Past 20, the rest are counted.
        QStringList many;
        for (int i = 0; i < 23; ++i)
            many.append(writeFile(u"bad%1.json"_s.arg(i), "[]"));
        const Run bounded = ctl(QStringList{u"flows"_s, u"import"_s} + many);
        QVERIFY2(bounded.err.contains(u"and 3 more"_s), qPrintable(bounded.err));
        QVERIFY(!bounded.err.contains(QFileInfo(many.last()).fileName()));
    }

    void aDryRunSaysWhatWouldChangeAndChangesNothing()
    {
        const QString used = addConnector(u"Used"_s);
        QCOMPARE(
            ctl({u"flows"_s, u"import"_s, writeVersion(used, u"fd-main"_s, 7, false)}).exitCode, 0);
        const QStringList files{writeVersion(used, u"fd-main"_s, 8, false),
                                writeVersion(used, u"fd-new"_s, 1, true, u"New"_s)};
        const Run dry = ctl(QStringList{u"flows"_s, u"import"_s, u"--dry-run"_s} + files);
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(u"would replace \"Main IVR (draft, version 7)\""_s),
                 qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"\"Main IVR (draft, version 8)\""_s));
        QVERIFY(dry.out.contains(u"would import \"New (Live version 1)\" as a new flow"_s));
        QVERIFY(dry.out.contains(u"add 1 new flow and replace 1 stored flow"_s));
        const QJsonArray listed = ctl({u"--json"_s, u"flows"_s, u"list"_s}).json().array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(u"version"_s).toInt(), 7);
        QCOMPARE(listed.first().toObject().value(u"id"_s).toString().isEmpty(), false);

        const Run json =
            ctl(QStringList{u"--json"_s, u"flows"_s, u"import"_s, u"--dry-run"_s} + files);
        const QJsonArray outcomes = json.json().array();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0).toObject().value(u"outcome"_s).toString(), u"would-replace"_s);
        QCOMPARE(outcomes.at(0).toObject().value(u"replaces"_s).toObject().value(u"version"_s),
                 QJsonValue(7));
        QCOMPARE(outcomes.at(1).toObject().value(u"outcome"_s).toString(), u"would-import"_s);
        QCOMPARE(ctl({u"--json"_s, u"flows"_s, u"list"_s}).json().array().size(), 1);
    }

    void whereUsedSaysCallsFailWhenTheConnectorIsInactive()
    {
        const QString used = addConnector(u"Used"_s);
        QCOMPARE(ctl({u"flows"_s, u"import"_s, writeVersion(used, u"fd-main"_s, 7, true)}).exitCode,
                 0);
        QCOMPARE(ctl({u"deactivate"_s, used}).exitCode, 0);
        const Run usedBy = ctl({u"where-used"_s, used});
        QVERIFY2(usedBy.out.contains(
                     u"Main IVR (Live version 7) — calls fail here: the connector is inactive"_s),
                 qPrintable(usedBy.out));
        QVERIFY(!usedBy.out.contains(u"takes calls through it"_s));
        const QJsonObject usage = ctl({u"--json"_s, u"where-used"_s, used})
                                      .json()
                                      .object()
                                      .value(u"usages"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(usage.value(u"takesCalls"_s), QJsonValue(false));
        QCOMPARE(usage.value(u"callsFail"_s), QJsonValue(true));
    }
};

QTEST_GUILESS_MAIN(TestCtlFlowVersions)
#include "tst_ctlflowversions.moc"
