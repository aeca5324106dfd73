// The live test settings: the API region or a custom base URL saved for the organisation in the
// database, the http refusal naming the field, read-only roles, and the access token kept out of
// every settings file and the database.
#include "app/core/live/ApiRegion.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/AccessTokenStore.h"
#include "tests/support/ReadabilityChecks.h"
#include "tests/support/TestStore.h"
#include "tests/support/UiTestSupport.h"
#include "ui/live/LiveTestPanel.h"
#include "ui/live/LiveTestSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

class TestLiveTestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }

    void regionChoicePersistsToTheDatabase();
    void theDialogItselfNeverWritesTheDatabase();
    void insecureCustomUrlIsRefusedNamingTheField();
    void loopbackCustomUrlMayUsePlainHttp();
    void tokenNeverReachesSettingsFilesOrTheDatabase();
    void tokenFieldHidesTheTokenUntilAskedToShow();
    void readOnlyRoleSeesTheBaseUrlWithoutChangingIt();
    void messagesAreShownWholeAndSayWhatHappens();

private:
    // What MainWindow and LiveTestPanel give the dialog: save the base URL through the core.
    static LiveTestSettingsDialog::BaseUrlSubmitter savingTo(FlowService &flows)
    {
        return [&flows](const QString &url) {
            return flows.setApiBaseUrl(url);
        };
    }

    static QComboBox *region(QDialog &dialog)
    {
        return dialog.findChild<QComboBox *>(QStringLiteral("apiRegion"));
    }
    static QLineEdit *url(QDialog &dialog)
    {
        return dialog.findChild<QLineEdit *>(QStringLiteral("apiBaseUrl"));
    }
    static QLineEdit *token(QDialog &dialog)
    {
        return dialog.findChild<QLineEdit *>(QStringLiteral("accessToken"));
    }
    static void save(QDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }
    static void chooseCustom(QDialog &dialog, const QString &text)
    {
        region(dialog)->setFocus();
        region(dialog)->setCurrentIndex(region(dialog)->count() - 1);
        QVERIFY(!url(dialog)->isReadOnly());
        UiTest::typeInto(url(dialog), text);
    }
    static bool anyFileContains(const QString &folder, const QByteArray &needle)
    {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return true;
        }
        return false;
    }
};

void TestLiveTestSettings::regionChoicePersistsToTheDatabase()
{
    TestStore store;
    FlowService flows(store.service());
    AccessTokenStore tokens(QStringLiteral("tests"), AccessTokenStore::Storage::MemoryOnly);
    {
        LiveTestSettingsDialog dialog(flows, tokens);
        dialog.setBaseUrlSubmitter(savingTo(flows));
        dialog.show();
        QVERIFY(dialog.canChangeBaseUrl());
        // The organisation's default region is selected at first.
        QCOMPARE(region(dialog)->currentIndex(),
                 int(ApiRegion::all().indexOf(ApiRegion::defaultRegion())));
        QVERIFY(url(dialog)->isReadOnly());
        const int eu1 = int(ApiRegion::all().indexOf(ApiRegion::Id::EU1));
        region(dialog)->setCurrentIndex(eu1);
        QCOMPARE(QUrl(url(dialog)->text()), ApiRegion::baseUrl(ApiRegion::Id::EU1));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // Read back through a new service: it is in the database, not in this window.
    FlowService again(store.service());
    QCOMPARE(ApiRegion::fromBaseUrl(QUrl(*again.apiBaseUrl())), ApiRegion::Id::EU1);
    LiveTestSettingsDialog reopened(again, tokens);
    reopened.setBaseUrlSubmitter(savingTo(again));
    QCOMPARE(region(reopened)->currentText(), ApiRegion::displayName(ApiRegion::Id::EU1));
}

void TestLiveTestSettings::theDialogItselfNeverWritesTheDatabase()
{
    TestStore store;
    FlowService flows(store.service());
    const QString before = *flows.apiBaseUrl();
    AccessTokenStore tokens(QStringLiteral("tests"), AccessTokenStore::Storage::MemoryOnly);
    LiveTestSettingsDialog dialog(flows, tokens);
    dialog.show();
    region(dialog)->setCurrentIndex(int(ApiRegion::all().indexOf(ApiRegion::Id::JP1)));
    save(dialog);
    // Accepted with the value handed back; saving it is the opener's business.
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QUrl(dialog.baseUrl()), ApiRegion::baseUrl(ApiRegion::Id::JP1));
    QCOMPARE(*flows.apiBaseUrl(), before);
}

void TestLiveTestSettings::insecureCustomUrlIsRefusedNamingTheField()
{
    TestStore store;
    FlowService flows(store.service());
    const QString before = *flows.apiBaseUrl();
    AccessTokenStore tokens(QStringLiteral("tests"), AccessTokenStore::Storage::MemoryOnly);
    LiveTestSettingsDialog dialog(flows, tokens);
    dialog.setBaseUrlSubmitter(savingTo(flows));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    chooseCustom(dialog, QStringLiteral("http://api.example.com"));
    save(dialog);

    QVERIFY(dialog.isVisible());
    const auto *error = dialog.findChild<QLabel *>(QStringLiteral("baseUrlError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("API base URL:")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("https")), qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(), url(dialog));
    QCOMPARE(*flows.apiBaseUrl(), before);
    // What was typed is still there to correct.
    QCOMPARE(url(dialog)->text(), QStringLiteral("http://api.example.com"));
}

void TestLiveTestSettings::loopbackCustomUrlMayUsePlainHttp()
{
    TestStore store;
    FlowService flows(store.service());
    AccessTokenStore tokens(QStringLiteral("tests"), AccessTokenStore::Storage::MemoryOnly);
    LiveTestSettingsDialog dialog(flows, tokens);
    dialog.setBaseUrlSubmitter(savingTo(flows));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    chooseCustom(dialog, QStringLiteral("http://127.0.0.1:8089/"));
    save(dialog);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(*flows.apiBaseUrl(), QStringLiteral("http://127.0.0.1:8089"));
    LiveTestSettingsDialog reopened(flows, tokens);
    reopened.setBaseUrlSubmitter(savingTo(flows));
    QCOMPARE(region(reopened)->currentIndex(), region(reopened)->count() - 1);
    QCOMPARE(url(reopened)->text(), QStringLiteral("http://127.0.0.1:8089"));
}

void TestLiveTestSettings::tokenNeverReachesSettingsFilesOrTheDatabase()
{
    TestStore store;
    FlowService flows(store.service());
    AccessTokenStore tokens(QStringLiteral("tests"), AccessTokenStore::Storage::MemoryOnly);
    const QString key = LiveTestPanel::tokenKey(store.service());
    const QByteArray secret = "eyJhbGciOiJSUzI1NiJ9.live-panel-secret-4711";
    {
        LiveTestSettingsDialog dialog(flows, tokens);
        dialog.setBaseUrlSubmitter(savingTo(flows));
        dialog.setTokenKey(key);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Memory only: the dialog says the token will not outlive the session.
        const auto *note = dialog.findChild<QLabel *>(QStringLiteral("tokenStorageNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("memory only")), qPrintable(note->text()));
        UiTest::typeInto(token(dialog), QString::fromLatin1(secret));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(tokens.cachedToken(key), QString::fromLatin1(secret));
    // A new dialog shows the token held for this session.
    LiveTestSettingsDialog reopened(flows, tokens);
    reopened.setBaseUrlSubmitter(savingTo(flows));
    reopened.setTokenKey(key);
    QCOMPARE(token(reopened)->text(), QString::fromLatin1(secret));

    QSettings().sync();
    store.close(); // the database file is complete on disk
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::AppDataLocation, QStandardPaths::GenericDataLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        QVERIFY2(!anyFileContains(folder, secret), qPrintable(folder));
    }
    QVERIFY2(!anyFileContains(store.folder(), secret), qPrintable(store.folder()));
    for (const QString &settingKey : QSettings().allKeys())
        QVERIFY(!QSettings().value(settingKey).toString().contains(QString::fromLatin1(secret)));
}

void TestLiveTestSettings::tokenFieldHidesTheTokenUntilAskedToShow()
{
    TestStore store;
    FlowService flows(store.service());
    AccessTokenStore tokens(QStringLiteral("tests"), AccessTokenStore::Storage::MemoryOnly);
    LiveTestSettingsDialog dialog(flows, tokens);
    dialog.setBaseUrlSubmitter(savingTo(flows));
    dialog.setTokenKey(LiveTestPanel::tokenKey(store.service()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(token(dialog)->echoMode(), QLineEdit::Password);
    auto *show = dialog.findChild<QCheckBox *>(QStringLiteral("showToken"));
    UiTest::setChecked(show, true);
    QCOMPARE(token(dialog)->echoMode(), QLineEdit::Normal);
    UiTest::setChecked(show, false);
    QCOMPARE(token(dialog)->echoMode(), QLineEdit::Password);
}

void TestLiveTestSettings::readOnlyRoleSeesTheBaseUrlWithoutChangingIt()
{
    TestStore store;
    const AdminAccount reader =
        store.addAdmin(AdminRole::ReadOnlyAdmin, QStringLiteral("reader@example.com"));
    ConnectorService service(store.database(), reader);
    FlowService flows(service);
    AccessTokenStore tokens(QStringLiteral("tests"), AccessTokenStore::Storage::MemoryOnly);
    LiveTestSettingsDialog dialog(flows, tokens);
    dialog.setBaseUrlSubmitter(savingTo(flows));
    dialog.setTokenKey(LiveTestPanel::tokenKey(service));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY(!dialog.canChangeBaseUrl());
    QCOMPARE(QUrl(url(dialog)->text()), ApiRegion::baseUrl(ApiRegion::defaultRegion()));
    QVERIFY(!region(dialog)->isEnabled());
    QVERIFY(url(dialog)->isReadOnly());
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("baseUrlReadOnly"));
    QVERIFY(note->isVisible());
    QVERIFY(!note->text().isEmpty());
    // The token is the person's own: a read-only administrator still enters it.
    QVERIFY(token(dialog)->isEnabled());
}

void TestLiveTestSettings::messagesAreShownWholeAndSayWhatHappens()
{
    TestStore store;
    FlowService flows(store.service());
    AccessTokenStore tokens(QStringLiteral("tests"), AccessTokenStore::Storage::MemoryOnly);
    LiveTestSettingsDialog dialog(flows, tokens);
    dialog.setBaseUrlSubmitter(savingTo(flows));
    dialog.setTokenKey(AccessTokenStore::keyFor(QStringLiteral("Acme"), store.owner().email));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Nothing has been saved yet: the note says what will happen to a token, not "Not saved".
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("tokenStorageNote"));
    QVERIFY2(!note->text().startsWith(QStringLiteral("Not saved")), qPrintable(note->text()));
    QCOMPARE(note->text(), tokens.persistenceExplanation());

    // A long address in the refusal wraps inside the dialog, which grows to show all of it.
    const QString typed = QStringLiteral("http://api.example.com/") + QString(90, u'v') +
                          QStringLiteral("/contact-center");
    chooseCustom(dialog, typed);
    save(dialog);
    QVERIFY(dialog.isVisible());
    const auto *error = dialog.findChild<QLabel *>(QStringLiteral("baseUrlError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(typed));
    QTest::qWait(50);
    for (const QLabel *label : {error, note})
        QTRY_VERIFY2(Readability::truncation(label).isEmpty(),
                     qPrintable(label->objectName() + u' ' + Readability::truncation(label)));
    QCOMPARE(url(dialog)->accessibleDescription(), error->text());
}

QTEST_MAIN(TestLiveTestSettings)
#include "tst_livetestsettings.moc"
