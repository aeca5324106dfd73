// Every dialog of the console, opened in a light and a dark palette with its field errors
// provoked where it has fields: each visible label's text against the colour actually painted
// behind it reaches WCAG AA (4.5:1), no label is cut off, and the field messages are shown.
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/AccessTokenStore.h"
#include "tests/support/FlowSamples.h"
#include "tests/support/PaletteTestSupport.h"
#include "tests/support/ReadabilityChecks.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConfirmationTexts.h"
#include "ui/connectors/ConnectorDialog.h"
#include "ui/flows/ActivityEditorDialog.h"
#include "ui/flows/NameValueTableEditor.h"
#include "ui/flows/NameValueTableModel.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/HelpDialog.h"
#include "ui/help/KeyboardShortcutsDialog.h"
#include "ui/live/LiveTestSettingsDialog.h"
#include "ui/session/SignInDialog.h"
#include "ui/widgets/FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>

using namespace Qt::StringLiterals;

class TestDialogReadability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initEnvironment();
        m_original = QApplication::palette();
    }
    void cleanup() { QApplication::setPalette(m_original); }

    void connectorDialogs_data() { palettes(); }
    void connectorDialogs();
    void activityEditor_data() { palettes(); }
    void activityEditor();
    void liveTestSettings_data() { palettes(); }
    void liveTestSettings();
    void windowDialogs_data() { palettes(); }
    void windowDialogs();
    void confirmations_data() { palettes(); }
    void confirmations();

private:
    // The palette of the row, and its name for the messages.
    static QString usePalette(bool dark)
    {
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        return dark ? u"dark"_s : u"light"_s;
    }

    static void palettes()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // Shows `window`, lets it settle (a dialog fits its height after a message appears) and
    // checks every label; `messages` field messages at least must be among them.
    static void expectReadable(QWidget *window, const QString &what, int messages = 0,
                               bool hasLabels = true)
    {
        if (!window->isVisible())
            window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::qWait(50);
        int checked = 0;
        const QStringList problems = Readability::unreadableLabels(window, &checked);
        QVERIFY2(problems.isEmpty(), qPrintable(what + u'\n' + problems.join(u'\n')));
        QVERIFY2(checked > 0 || !hasLabels, qPrintable(what));
        int shown = 0;
        for (const FieldMessage *message : window->findChildren<FieldMessage *>())
            shown += message->isVisible() && message->hasMessage() ? 1 : 0;
        QVERIFY2(shown >= messages,
                 qPrintable(QStringLiteral("%1: %2 field messages shown").arg(what).arg(shown)));
        UiTest::saveScreenshot(window, what);
    }

    QPalette m_original;
};

void TestDialogReadability::connectorDialogs()
{
    QFETCH(bool, dark);
    const QString theme = usePalette(dark);
    {
        ConnectorDialog dialog(ConnectorDialog::Mode::Add);
        dialog.setSubmitHandler([](const ConnectorDraft &) -> std::optional<CoreError> {
            return CoreError(ErrorCode::DatabaseBusy, {u"/srv/connectors/team.sqlite"_s});
        });
        expectReadable(&dialog, theme + u" add connector"_s);
        // Every field wrong at once: a name with a control character, no access, no consent.
        dialog.findChild<QLineEdit *>(u"nameField"_s)->setText(u"Queue\x07stats"_s);
        auto *readOnly = dialog.findChild<QCheckBox *>(u"readOnlyBox"_s);
        UiTest::setChecked(readOnly, true);
        UiTest::setChecked(readOnly, false);
        auto *consent = dialog.findChild<QCheckBox *>(u"consentBox"_s);
        UiTest::setChecked(consent, true);
        UiTest::setChecked(consent, false);
        expectReadable(&dialog, theme + u" add connector with errors"_s, 3);
        // A refusal of the whole form, shown above the buttons.
        dialog.showRefusal(CoreError(ErrorCode::DatabaseBusy, {u"/srv/connectors/team.sqlite"_s}));
        expectReadable(&dialog, theme + u" add connector refused"_s, 4);
    }
    {
        Connector connector;
        connector.id = QUuid::createUuid();
        connector.name = u"Queue statistics"_s;
        connector.access = AccessLevel::ReadOnly;
        ConnectorDialog dialog(ConnectorDialog::Mode::Edit);
        dialog.setConnector(connector);
        expectReadable(&dialog, theme + u" edit connector"_s);
        dialog.showRefusal(CoreError(ErrorCode::NameDuplicate, {u"Queue statistics"_s, u"1"_s}));
        expectReadable(&dialog, theme + u" edit connector refused"_s, 1);
    }
}

void TestDialogReadability::activityEditor()
{
    QFETCH(bool, dark);
    const QString theme = usePalette(dark);
    TestStore store;
    FlowService flows(store.service());
    const Connector readOnly = store.addConnector(u"Team stats"_s, AccessLevel::ReadOnly);
    const Connector readWrite = store.addConnector(u"Routing"_s, AccessLevel::ReadWrite, false);
    auto parsed = FlowDesignerFormat::fromDocument(
        FlowSamples::supportLine(readOnly.id, readOnly.name, readWrite.id, readWrite.name,
                                 u"Support line"_s, u"GET"_s),
        u"test"_s);
    auto imported = flows.importFlows({*parsed});
    QVERIFY(imported.ok());
    const Flow flow = imported->first().flow;
    AccessTokenStore tokens(u"tests"_s, AccessTokenStore::Storage::MemoryOnly);
    ActivityEditorDialog dialog(flow, flow.activities.first(), flows, store.service(), &tokens);
    dialog.show();
    QTabWidget *tabs = dialog.tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        expectReadable(&dialog, QStringLiteral("%1 activity editor tab %2").arg(theme).arg(tab));
    }
    // A path without its slash on the Request tab, a JSON Path that does not compile on the
    // Response tab.
    tabs->setCurrentIndex(0);
    UiTest::typeInto(dialog.findChild<QLineEdit *>(u"pathField"_s), u"organization/x"_s);
    auto *outputs = dialog.findChild<NameValueTableEditor *>(u"outputVariables"_s);
    QVERIFY(outputs);
    outputs->setRows({{u"teamId"_s, u"$.data[0"_s}});
    QVERIFY(!dialog.problems().isEmpty());
    expectReadable(&dialog, theme + u" activity editor request errors"_s, 1);
    tabs->setCurrentIndex(1);
    expectReadable(&dialog, theme + u" activity editor response errors"_s, 1);
}

void TestDialogReadability::liveTestSettings()
{
    QFETCH(bool, dark);
    const QString theme = usePalette(dark);
    TestStore store;
    FlowService flows(store.service());
    AccessTokenStore tokens(u"tests"_s, AccessTokenStore::Storage::MemoryOnly);
    LiveTestSettingsDialog dialog(flows, tokens);
    dialog.setTokenKey(AccessTokenStore::keyFor(u"Acme"_s, store.owner().email));
    expectReadable(&dialog, theme + u" live test settings"_s);
    auto *region = dialog.findChild<QComboBox *>(u"apiRegion"_s);
    region->setCurrentIndex(region->count() - 1);
    UiTest::typeInto(dialog.findChild<QLineEdit *>(u"apiBaseUrl"_s),
                     u"http://api.wxcc-eu1.cisco.com.example.internal/organisation/contact-center/"
                     u"very/long/base/path/that/does/not/fit/on/one/line/of/the/dialog"_s);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    expectReadable(&dialog, theme + u" live test settings refused"_s, 1);
}

void TestDialogReadability::windowDialogs()
{
    QFETCH(bool, dark);
    const QString theme = usePalette(dark);
    TestStore store;
    WindowFixture f(store);
    const QList<QAction *> actions = f.actions().allActions();
    {
        AdminAccount partner;
        partner.email = u"partner@example.com"_s;
        partner.displayName = u"Partner Admin"_s;
        SignInDialog dialog({store.owner(), partner}, store.owner().email, &f.window());
        expectReadable(&dialog, theme + u" act as"_s);
    }
    {
        AboutDialog dialog(store.path(), &f.window());
        expectReadable(&dialog, theme + u" about"_s);
    }
    {
        HelpDialog dialog(actions, &f.window());
        // The help is a text browser: no labels, the palette's own text colours.
        expectReadable(&dialog, theme + u" help"_s, 0, false);
    }
    {
        KeyboardShortcutsDialog dialog(actions, &f.window());
        expectReadable(&dialog, theme + u" keyboard shortcuts"_s);
    }
}

void TestDialogReadability::confirmations()
{
    QFETCH(bool, dark);
    const QString theme = usePalette(dark);
    Connector connector;
    connector.id = QUuid::createUuid();
    connector.name = u"Queue statistics"_s;
    for (const auto &[what, confirmation] :
         {std::pair{u"delete"_s, ConfirmationTexts::remove(connector)},
          std::pair{u"deactivate"_s, ConfirmationTexts::deactivate(connector)}}) {
        const auto box = MessageBox::createConfirmation(nullptr, confirmation);
        expectReadable(box.get(), theme + u' ' + what + u" confirmation"_s);
        QCOMPARE(box->icon(), QMessageBox::Warning);
        // The ID has a line of its own, as wide as the whole ID: never broken across lines.
        const auto *details = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s);
        QVERIFY(details);
        if (what == u"delete"_s) {
            QVERIFY(details->text().split(u'\n').contains(connector.idText()));
            QVERIFY(details->contentsRect().width() >=
                    details->fontMetrics().horizontalAdvance(connector.idText()));
        }
    }
}

QTEST_MAIN(TestDialogReadability)
#include "tst_dialogreadability.moc"
