#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/models/FlowTreeModel.h"
#include "app/core/service/FlowService.h"
#include "app/core/support/PrintableText.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/TestStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Names from imported files shown as text: control characters visible as escapes, never raw.
class TestPrintableText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void escapesControlAndBidiCharacters()
    {
        QCOMPARE(PrintableText::escaped(u"Plain name"_s), u"Plain name"_s);
        QCOMPARE(PrintableText::escaped(u"a\x1b]0;t\x07z"_s), u"a\\u001b]0;t\\u0007z"_s);
        QCOMPARE(PrintableText::escaped(u"del\x7f c1\x9b"_s), u"del\\u007f c1\\u009b"_s);
        QCOMPARE(PrintableText::escaped(u"a\u202eb\u2066c"_s), u"a\\u202eb\\u2066c"_s);
        QCOMPARE(PrintableText::escaped(u"two\nlines"_s), u"two\\u000alines"_s);
        QCOMPARE(PrintableText::escapedKeepingLines(u"two\nlines\r"_s), u"two\nlines\\u000d"_s);
        QCOMPARE(PrintableText::escaped(u"Україна ✓"_s), u"Україна ✓"_s);
    }

    void theFlowModelShowsNamesEscapedButKeepsTheValue()
    {
        TestStore store;
        FlowService flows(store.service());
        const Connector teams = store.addConnector(u"Teams"_s);
        const QString evil = u"Evil\x1b[2J flow"_s;
        auto flow = FlowDesignerFormat::fromDocument(
            FlowSamples::supportLine(teams.id, teams.name, teams.id, teams.name, evil), u"t"_s);
        QVERIFY(flow);
        QVERIFY(flows.importFlows({*flow}));
        FlowTreeModel model(flows, store.service());
        QVERIFY(model.reload());
        const QModelIndex index = model.index(0, FlowTreeModel::NameColumn);
        QCOMPARE(index.data().toString(), u"Evil\\u001b[2J flow"_s);
        QVERIFY(!index.data(Qt::AccessibleTextRole).toString().contains(u'\x1b'));
        QCOMPARE(index.data(FlowTreeModel::FlowRole).value<Flow>().name, evil);
    }
};

QTEST_GUILESS_MAIN(TestPrintableText)
#include "tst_printabletext.moc"
