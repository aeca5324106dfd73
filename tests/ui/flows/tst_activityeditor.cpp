// The HTTP Request activity editor on its own over a real store: what the connector's access
// allows, each rule's message next to its field, Save only when nothing is wrong, the Test parse
// settings pane, and a save refused for a stale revision that keeps every edit.
#include "app/core/flows/ActivityRules.h"
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/AccessTokenStore.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/TestStore.h"
#include "tests/support/UiTestSupport.h"
#include "ui/flows/ActivityEditorDialog.h"
#include "ui/flows/ConnectorPicker.h"
#include "ui/flows/NameValueTableEditor.h"
#include "ui/flows/NameValueTableModel.h"
#include "ui/flows/ParseTestPane.h"
#include "ui/live/LiveTestPanel.h"
#include "ui/live/SampleValueSettings.h"
#include "ui/widgets/DialogKeyboard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

class TestActivityEditor final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestStore store;
        FlowService flows{store.service()};
        Connector readOnly;
        Connector readWrite;
        Flow flow;

        explicit Fixture(const QString &method = u"GET"_s)
        {
            readOnly = store.addConnector(u"Team stats"_s, AccessLevel::ReadOnly);
            readWrite = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite, false);
            auto parsed = FlowDesignerFormat::fromDocument(
                FlowSamples::supportLine(readOnly.id, readOnly.name, readWrite.id, readWrite.name,
                                         u"Support line"_s, method),
                u"test"_s);
            auto imported = flows.importFlows({*parsed});
            QVERIFY(imported.ok());
            flow = imported->first().flow;
        }

        std::unique_ptr<ActivityEditorDialog> open(int activity = 0)
        {
            auto dialog = std::make_unique<ActivityEditorDialog>(flow, flow.activities.at(activity),
                                                                 flows, store.service());
            // As FlowOperations does: the dialog hands the activity back, the opener saves it.
            dialog->setSubmitHandler([this](const HttpRequestActivity &edited) {
                return flows.updateActivity(flow.id, edited, flow.revision);
            });
            dialog->show();
            return dialog;
        }
    };

    template<typename T> static T *field(ActivityEditorDialog &dialog, const QString &name)
    {
        T *found = dialog.findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    static QStringList methods(QComboBox *box)
    {
        QStringList list;
        for (int i = 0; i < box->count(); ++i)
            list.append(box->itemData(i).toString());
        return list;
    }

    static void setOutputs(ActivityEditorDialog &dialog, const QList<NameValue> &rows)
    {
        field<NameValueTableEditor>(dialog, u"outputVariables"_s)->setRows(rows);
    }

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }

    void readOnlyConnectorOffersGetOnly()
    {
        Fixture f;
        auto dialog = f.open();
        auto *method = field<QComboBox>(*dialog, u"methodBox"_s);
        QCOMPARE(methods(method), QStringList{u"GET"_s});
        QVERIFY(dialog->saveButton()->isEnabled());

        // Choosing the read-write connector offers every method.
        auto *picker = field<ConnectorPicker>(*dialog, u"connectorPicker"_s);
        picker->setCurrentIndex(picker->findData(f.readWrite.id));
        QCOMPARE(methods(method), ActivityRules::allMethods());
        // Inactive connectors are marked in the list.
        QVERIFY(picker->currentText().contains(u"inactive"_s));
    }

    void importedWriteMethodOnReadOnlyConnectorStaysFlagged()
    {
        Fixture f(u"POST"_s);
        auto dialog = f.open();
        auto *method = field<QComboBox>(*dialog, u"methodBox"_s);
        QCOMPARE(method->currentData().toString(), u"POST"_s);
        QVERIFY(method->currentText().contains(u"not allowed"_s));
        auto *message = field<QLabel>(*dialog, u"methodMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"GET only"_s), qPrintable(message->text()));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QCOMPARE(dialog->activity().method, u"POST"_s);

        method->setCurrentIndex(method->findData(u"GET"_s));
        QVERIFY(!message->isVisible());
        QVERIFY(dialog->saveButton()->isEnabled());
    }

    void pathWithoutSlashShowsThePathMessage()
    {
        Fixture f;
        auto dialog = f.open();
        auto *path = field<QLineEdit>(*dialog, u"pathField"_s);
        UiTest::typeInto(path, u"organization/teams"_s);
        auto *message = field<QLabel>(*dialog, u"pathMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(u"Request path:"_s), qPrintable(message->text()));
        QVERIFY(message->text().contains(u"must start with \"/\""_s));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QCOMPARE(path->accessibleDescription(), message->text());

        UiTest::typeInto(path, u"/organization/teams"_s);
        QVERIFY(!message->isVisible());
        QVERIFY(dialog->saveButton()->isEnabled());
    }

    void outputVariableNamesAndJsonPathsAreChecked()
    {
        Fixture f;
        auto dialog = f.open();
        auto *message = field<QLabel>(*dialog, u"outputVariablesMessage"_s);
        setOutputs(*dialog, {{u"teamId"_s, u"$.data[0].id"_s}, {u"teamId"_s, u"$.data[1].id"_s}});
        QVERIFY2(message->text().contains(u"used more than once"_s), qPrintable(message->text()));
        QVERIFY(!dialog->saveButton()->isEnabled());

        setOutputs(*dialog, {{u"1team"_s, u"$.data[0].id"_s}});
        QVERIFY2(message->text().contains(u"not a valid variable name"_s),
                 qPrintable(message->text()));

        setOutputs(*dialog, {{u"teamId"_s, u"$.data[?(@.id == "_s}});
        QVERIFY2(message->text().startsWith(u"JSON Path for \"teamId\""_s),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(u"(at character "_s), qPrintable(message->text()));
        QVERIFY(!dialog->saveButton()->isEnabled());

        setOutputs(*dialog, {{u"teamId"_s, u"$.data[0].id"_s}, {u"teamName"_s, u"$..name"_s}});
        QVERIFY(!message->isVisible());
        QVERIFY(dialog->saveButton()->isEnabled());
    }

    void rowsAreAddedAndRemovedWithTheKeys()
    {
        Fixture f;
        auto dialog = f.open();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        dialog->tabs()->setCurrentIndex(1);
        auto *editor = field<NameValueTableEditor>(*dialog, u"outputVariables"_s);
        QCOMPARE(editor->model()->rowCount(), 1);
        editor->view()->setFocus();
        editor->view()->setCurrentIndex(editor->model()->index(0, 0));
        QTest::keyClick(editor->view(), Qt::Key_Insert);
        QCOMPARE(editor->model()->rowCount(), 2);
        QVERIFY(QApplication::focusWidget() != editor->view()); // typing into the new cell
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(editor->view()->hasFocus());
        QTest::keyClick(editor->view(), Qt::Key_Delete);
        QCOMPARE(editor->model()->rowCount(), 1);
    }

    void timeoutAndRetriesKeepToTheirBounds()
    {
        Fixture f;
        auto dialog = f.open();
        auto *timeout = field<QSpinBox>(*dialog, u"timeoutBox"_s);
        auto *retries = field<QSpinBox>(*dialog, u"retriesBox"_s);
        QCOMPARE(timeout->value(), 3000);
        QCOMPARE(timeout->minimum(), ActivityRules::kMinTimeoutMs);
        QCOMPARE(timeout->maximum(), ActivityRules::kMaxTimeoutMs);
        QCOMPARE(retries->minimum(), ActivityRules::kMinRetries);
        QCOMPARE(retries->maximum(), ActivityRules::kMaxRetries);
        timeout->setValue(999999);
        QCOMPARE(dialog->activity().timeoutMs, ActivityRules::kMaxTimeoutMs);

        // An imported value out of bounds is shown as it is and flagged, not clamped silently.
        HttpRequestActivity slow = f.flow.activities.first();
        slow.timeoutMs = 120000;
        ActivityEditorDialog imported(f.flow, slow, f.flows, f.store.service());
        imported.show();
        QCOMPARE(imported.activity().timeoutMs, 120000);
        auto *message = field<QLabel>(imported, u"timeoutMessage"_s);
        QVERIFY(message->text().contains(u"100 to 60000"_s));
        QVERIFY(!imported.saveButton()->isEnabled());
    }

    void testParseSettingsShowsWhatEachVariableReceives()
    {
        Fixture f;
        auto dialog = f.open();
        setOutputs(*dialog, {{u"teamId"_s, u"$.data[0].id"_s},
                             {u"names"_s, u"$.data[*].name"_s},
                             {u"missing"_s, u"$.data[0].site"_s}});
        dialog->tabs()->setCurrentWidget(dialog->parseTestPane());
        ParseTestPane *pane = dialog->parseTestPane();
        pane->sampleField()->setFocus();
        QTest::keyClicks(pane->sampleField(), u"{\"data\": [{\"id\": \"t1\", \"name\": \"Sales\"}, "
                                              "{\"id\": \"t2\", \"name\": \"Support\"}]}"_s);
        QTableWidget *results = pane->results();
        QCOMPARE(results->rowCount(), 3);
        const auto cell = [results](int row, int column) {
            return results->item(row, column)->text();
        };
        QCOMPARE(cell(0, ParseTestPane::VariableColumn), u"teamId"_s);
        // The value as the live test shows it: JSON text, so a string and a number differ.
        QCOMPARE(cell(0, ParseTestPane::ValueColumn), u"\"t1\""_s);
        QVERIFY(cell(0, ParseTestPane::KindColumn).contains(u"definite"_s));
        QCOMPARE(cell(1, ParseTestPane::ValueColumn), u"[\"Sales\",\"Support\"]"_s);
        QVERIFY(cell(1, ParseTestPane::KindColumn).contains(u"indefinite"_s));
        QCOMPARE(cell(2, ParseTestPane::KindColumn), u"No match"_s);
        QVERIFY(!cell(2, ParseTestPane::ValueColumn).isEmpty());

        // Updated as the paths are typed: an invalid one says so, with its position.
        setOutputs(*dialog, {{u"teamId"_s, u"$.data[0"_s}});
        QCOMPARE(cell(0, ParseTestPane::KindColumn), u"Invalid JSON Path"_s);
        QVERIFY(cell(0, ParseTestPane::ValueColumn).contains(u"(at character"_s));

        // A sample that is not JSON says where.
        pane->setSample(u"{\"data\": "_s);
        QVERIFY(pane->sampleMessage()->text().contains(u"not valid JSON"_s));
    }

    // The pane reads a sample exactly as a live test reads a real response.
    void testParseSettingsReadsLikeTheLiveTest()
    {
        Fixture f;
        auto dialog = f.open();
        ParseTestPane *pane = dialog->parseTestPane();
        const auto cell = [pane](int row, int column) {
            return pane->results()->item(row, column)->text();
        };

        // An API may answer with a bare number.
        setOutputs(*dialog, {{u"total"_s, u"$"_s}});
        pane->setSample(u"42"_s);
        QVERIFY2(pane->sampleMessage()->text().isEmpty(),
                 qPrintable(pane->sampleMessage()->text()));
        QCOMPARE(cell(0, ParseTestPane::ValueColumn), u"42"_s);

        // An indefinite path that matches nothing gives the flow nothing.
        setOutputs(*dialog, {{u"billing"_s, u"$.data[?(@.name == 'Billing')].id"_s}});
        pane->setSample(u"{\"data\": [{\"id\": \"t1\", \"name\": \"Sales\"}]}"_s);
        QCOMPARE(cell(0, ParseTestPane::KindColumn), u"No match"_s);
        QVERIFY(cell(0, ParseTestPane::ValueColumn).contains(u"matches"_s));

        // The position of a JSON error counts bytes, and says so: "é" is two of them.
        pane->setSample(u"{\"name\": \"é\" x}"_s);
        QVERIFY2(pane->sampleMessage()->text().contains(u"at byte 15"_s),
                 qPrintable(pane->sampleMessage()->text()));
    }

    void saveWritesTheActivity()
    {
        Fixture f;
        auto dialog = f.open();
        UiTest::typeInto(field<QLineEdit>(*dialog, u"pathField"_s), u"/v2/team/agents"_s);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const Flow stored = *f.flows.find(f.flow.id);
        QCOMPARE(stored.activities.first().path, u"/v2/team/agents"_s);
        QCOMPARE(stored.revision, f.flow.revision + 1);
    }

    void staleRevisionIsRefusedWithNothingLost()
    {
        Fixture f;
        auto dialog = f.open();
        // Another administrator saves the flow meanwhile.
        HttpRequestActivity theirs = f.flow.activities.at(1);
        theirs.path = u"/search/v3"_s;
        QVERIFY(f.flows.updateActivity(f.flow.id, theirs, f.flow.revision));

        UiTest::typeInto(field<QLineEdit>(*dialog, u"pathField"_s), u"/v2/team/mine"_s);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *message = field<QLabel>(*dialog, u"saveMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"after you opened it"_s), qPrintable(message->text()));
        QCOMPARE(field<QLineEdit>(*dialog, u"pathField"_s)->text(), u"/v2/team/mine"_s);
        QCOMPARE(f.flows.find(f.flow.id)->activities.first().path, f.flow.activities.first().path);
    }

    // Escape (or Cancel) with nothing changed closes at once; with a change it asks, and
    // "Keep editing" keeps every edit.
    void discardingChangesIsConfirmed()
    {
        Fixture f;
        {
            auto dialog = f.open();
            MessageBox::clearHistory();
            QTest::keyClick(dialog.get(), Qt::Key_Escape);
            QVERIFY(!dialog->isVisible());
            QCOMPARE(MessageBox::messageCount(), 0);
        }
        auto dialog = f.open();
        UiTest::typeInto(field<QLineEdit>(*dialog, u"pathField"_s), u"/v2/team/changed"_s);
        QVERIFY(dialog->hasUnsavedChanges());
        MessageBox::clearHistory();
        MessageBox::setNextAnswer(QMessageBox::Cancel); // Keep editing
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QCOMPARE(MessageBox::messageCount(), 1);
        QCOMPARE(MessageBox::lastMessage()->text, u"Discard changes to this activity?"_s);
        QCOMPARE(field<QLineEdit>(*dialog, u"pathField"_s)->text(), u"/v2/team/changed"_s);
        // The Cancel button asks too; Discard closes without saving.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QVERIFY(!dialog->isVisible());
        QCOMPARE(MessageBox::messageCount(), 2);
        QCOMPARE(f.flows.find(f.flow.id)->activities.first().path, f.flow.activities.first().path);

        // The buttons of the question say what they do.
        MessageBox::Confirmation question;
        question.confirmText = u"&Discard"_s;
        question.cancelText = u"&Keep editing"_s;
        auto box = MessageBox::createConfirmation(nullptr, question);
        QCOMPARE(box->button(QMessageBox::Cancel)->text(), u"&Keep editing"_s);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    }

    // Changes on the other tabs count too: the output variables, and a pasted sample response.
    void changesOnEveryTabAreNoticed()
    {
        Fixture f;
        auto dialog = f.open();
        QVERIFY(!dialog->hasUnsavedChanges());
        field<QSpinBox>(*dialog, u"retriesBox"_s)->setValue(3);
        QVERIFY(dialog->hasUnsavedChanges());
        field<QSpinBox>(*dialog, u"retriesBox"_s)->setValue(1);
        QVERIFY(!dialog->hasUnsavedChanges());
        setOutputs(*dialog, {{u"teamId"_s, u"$.data[1].id"_s}});
        QVERIFY(dialog->hasUnsavedChanges());

        auto other = f.open();
        other->parseTestPane()->setSample(u"{\"data\": []}"_s);
        QVERIFY(other->hasUnsavedChanges());
        MessageBox::clearHistory();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        other->reject();
        QVERIFY(other->isVisible());
        QVERIFY(MessageBox::lastMessage()->informativeText.contains(u"sample response"_s));
    }

    // A role that may look but not change sees every field read-only, Close instead of Cancel,
    // no Save, and can still test the parse settings.
    void viewOnlyShowsWithoutChanging()
    {
        Fixture f;
        auto dialog = f.open();
        dialog->setViewOnly(u"Your role is read-only."_s);
        QVERIFY(dialog->isViewOnly());
        QVERIFY(!dialog->saveButton()->isVisible());
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Cancel));
        QVERIFY(buttons->button(QDialogButtonBox::Close)->isVisible());
        QVERIFY(field<QLineEdit>(*dialog, u"pathField"_s)->isReadOnly());
        QVERIFY(field<QLineEdit>(*dialog, u"labelField"_s)->isReadOnly());
        QVERIFY(field<QPlainTextEdit>(*dialog, u"bodyField"_s)->isReadOnly());
        QVERIFY(field<QSpinBox>(*dialog, u"timeoutBox"_s)->isReadOnly());
        QVERIFY(!field<QComboBox>(*dialog, u"methodBox"_s)->isEnabled());
        auto *outputs = field<NameValueTableEditor>(*dialog, u"outputVariables"_s);
        QVERIFY(outputs->isReadOnly());
        QCOMPARE(outputs->view()->editTriggers(), QAbstractItemView::NoEditTriggers);
        const int rows = outputs->model()->rowCount();
        outputs->addRow();
        QCOMPARE(outputs->model()->rowCount(), rows);
        QVERIFY(field<QLabel>(*dialog, u"viewOnlyBanner"_s)->text().contains(u"read-only"_s));
        QVERIFY(dialog->windowTitle().contains(u"view only"_s));
        // The parse test works: it changes nothing.
        dialog->parseTestPane()->setSample(u"{\"data\": [{\"id\": \"t1\"}]}"_s);
        QVERIFY(dialog->parseTestPane()->results()->rowCount() > 0);
        // Enter does not save, Escape closes without asking.
        dialog->accept();
        QVERIFY(dialog->isVisible());
        MessageBox::clearHistory();
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(MessageBox::messageCount(), 0);
    }

    // Every header of the name/value tables is as wide as its text, in both languages.
    void tableHeadersAreNotCutOff()
    {
        TranslationLoader translations;
        for (const QString &language : {u"en"_s, u"uk"_s}) {
            UiTest::useLanguage(translations, language);
            Fixture f;
            AccessTokenStore tokens(u"connector-console-tests"_s,
                                    AccessTokenStore::Storage::MemoryOnly);
            ActivityEditorDialog dialog(f.flow, f.flow.activities.first(), f.flows,
                                        f.store.service(), &tokens);
            dialog.show();
            for (QTableView *table : dialog.findChildren<QTableView *>()) {
                QHeaderView *header = table->horizontalHeader();
                const QString text = table->model()->headerData(0, Qt::Horizontal).toString();
                if (text.isEmpty())
                    continue;
                const int wanted = header->fontMetrics().horizontalAdvance(text) +
                                   2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
                QVERIFY2(header->sectionSize(0) >= wanted,
                         qPrintable(u"%1: \"%2\" in %3 px"_s.arg(table->objectName(), text)
                                        .arg(header->sectionSize(0))));
            }
        }
        UiTest::useLanguage(translations, u"en"_s);
    }

    // The Send test request tab lists the flow variables the request names, for sample values
    // that are remembered per flow and never saved into the activity.
    void sampleValuesAreOfferedAndRememberedPerFlow()
    {
        Fixture f;
        HttpRequestActivity lookup = f.flow.activities.first();
        lookup.path = u"/v1/contacts/{{NewPhoneContact.ANI}}"_s;
        AccessTokenStore tokens(u"connector-console-tests"_s,
                                AccessTokenStore::Storage::MemoryOnly);
        {
            ActivityEditorDialog dialog(f.flow, lookup, f.flows, f.store.service(), &tokens);
            dialog.show();
            dialog.tabs()->setCurrentWidget(dialog.liveTestPanel());
            NameValueTableEditor *samples = dialog.liveTestPanel()->sampleValuesEditor();
            QCOMPARE(samples->rows().size(), 1);
            QCOMPARE(samples->rows().first().name, u"NewPhoneContact.ANI"_s);
            samples->model()->setData(samples->model()->index(0, 1), u"+14155550100"_s);
            QCOMPARE(dialog.activity().path, u"/v1/contacts/{{NewPhoneContact.ANI}}"_s);
            QVERIFY(!dialog.hasUnsavedChanges());
        }
        QCOMPARE(SampleValueSettings().values(f.flow.id),
                 (QList<NameValue>{{u"NewPhoneContact.ANI"_s, u"+14155550100"_s}}));
        ActivityEditorDialog again(f.flow, lookup, f.flows, f.store.service(), &tokens);
        QCOMPARE(again.liveTestPanel()->sampleValuesEditor()->rows().first().value,
                 u"+14155550100"_s);
        // Another flow has its own.
        QVERIFY(SampleValueSettings().values(QUuid::createUuid()).isEmpty());
    }

    void everyControlIsNamedAndMnemonicsDoNotClash()
    {
        Fixture f;
        auto dialog = f.open();
        for (int tab = 0; tab < dialog->tabs()->count(); ++tab) {
            dialog->tabs()->setCurrentIndex(tab);
            const QStringList unnamed = UiTest::unnamedWidgets(dialog.get());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
            QHash<QChar, QString> taken;
            QStringList texts;
            for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
                if (button->isVisible() && !button->text().isEmpty())
                    texts.append(button->text());
            }
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->isVisible() && label->buddy())
                    texts.append(label->text());
            }
            for (const QString &text : std::as_const(texts)) {
                const QChar key = DialogKeyboard::mnemonic(text);
                QVERIFY2(!key.isNull(), qPrintable(text));
                QVERIFY2(!taken.contains(key), qPrintable(text + u" / "_s + taken.value(key)));
                taken.insert(key, text);
            }
        }
    }
};

QTEST_MAIN(TestActivityEditor)
#include "tst_activityeditor.moc"
