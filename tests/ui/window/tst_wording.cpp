// The words a person reads, in English and Ukrainian: one name for each thing wherever it shows
// (the test request settings, "Act as"), headings that say what their controls are (access
// levels, not scopes), nothing promised to a role that cannot have it, the organisation's default
// name and dates in the window's language, and one Ukrainian term for each English one.
#include "app/core/domain/CoreError.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/AccessTokenStore.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/ConnectorDialog.h"
#include "ui/help/HelpDialog.h"
#include "ui/live/LiveTestPanel.h"
#include "ui/live/LiveTestSettingsDialog.h"
#include "ui/session/SignInDialog.h"
#include "ui/widgets/DisplayText.h"
#include "ui/window/ShortcutCatalogue.h"

#include <QLabel>
#include <QMenuBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

class TestWording final : public QObject
{
    Q_OBJECT

private:
    TranslationLoader m_translations;

    // Every text of the window's menus, plain.
    static QStringList menuTexts(const WindowFixture &f)
    {
        QStringList texts;
        for (QAction *menu : f.window().menuBar()->actions()) {
            texts.append(ShortcutCatalogue::plainText(menu->text()));
            for (QAction *item : menu->menu()->actions())
                texts.append(ShortcutCatalogue::plainText(item->text()));
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { UiTest::useLanguage(m_translations, u"en"_s); }
    void cleanupTestCase() { m_translations.load(u"en"_s); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("uk") << u"uk"_s;
    }

    // Read-only and read-write are access levels; the scopes are what each grants.
    void accessLevelsAreNotCalledScopes_data() { languages_data(); }
    void accessLevelsAreNotCalledScopes()
    {
        QFETCH(QString, language);
        UiTest::useLanguage(m_translations, language);
        ConnectorDialog dialog(ConnectorDialog::Mode::Add);
        const QString heading = dialog.findChild<QLabel *>(u"accessHeading"_s)->text();
        const QString accessRequired = CoreError(ErrorCode::AccessRequired).message();
        if (language == u"en"_s) {
            QVERIFY2(heading.startsWith(u"Access level"_s), qPrintable(heading));
            QVERIFY2(accessRequired.startsWith(u"Access level:"_s), qPrintable(accessRequired));
        } else {
            QVERIFY2(heading.startsWith(u"Рівень доступу"_s), qPrintable(heading));
            QVERIFY2(accessRequired.startsWith(u"Рівень доступу:"_s), qPrintable(accessRequired));
        }
        QVERIFY(!heading.contains(u"Scope"_s) && !heading.contains(u"Област"_s));
    }

    // The menu, the dialog it opens, the editor's button and the no-token message use one name.
    void testRequestSettingsHaveOneName_data() { languages_data(); }
    void testRequestSettingsHaveOneName()
    {
        QFETCH(QString, language);
        UiTest::useLanguage(m_translations, language);
        TestStore store;
        WindowFixture f(store, &m_translations);
        const QString name = ShortcutCatalogue::plainText(f.actions().liveTestSettings()->text());
        LiveTestSettingsDialog dialog(f.window().flowService(), f.window().accessTokens());
        QCOMPARE(dialog.windowTitle(), name);
        LiveTestPanel panel(f.window().service(), f.window().flowService(),
                            f.window().accessTokens());
        QCOMPARE(ShortcutCatalogue::plainText(
                     panel.findChild<QPushButton *>(u"liveTestSettings"_s)->text()),
                 name);
        const QString noToken = CoreError(ErrorCode::AccessTokenMissing).message();
        QVERIFY2(noToken.contains(name), qPrintable(noToken));
        QVERIFY2(noToken.contains(ShortcutCatalogue::plainText(
                     QCoreApplication::translate("ConsoleActions", "Flo&w"))),
                 qPrintable(noToken));
    }

    // "Act as", never "Sign in as": menus, banners, dialogs and help.
    void actAsEverywhere_data() { languages_data(); }
    void actAsEverywhere()
    {
        QFETCH(QString, language);
        UiTest::useLanguage(m_translations, language);
        TestStore store;
        store.addConnector(u"Team roster"_s);
        const AdminAccount viewer =
            store.addAdmin(AdminRole::SupportBasicAdmin, u"helpdesk@example.com"_s);
        WindowFixture f(store, &m_translations);
        QVERIFY(f.window().signInAs(viewer));
        f.actions().showFlows()->trigger();
        SignInDialog signIn(*AdminDirectory(store.database()).admins(), viewer.email);
        HelpDialog help(f.actions().allActions());
        QStringList texts = menuTexts(f);
        texts << f.find<QLabel>(u"readOnlyBannerText"_s)->text()
              << f.find<QLabel>(u"flowsReadOnlyBanner"_s)->text() << signIn.windowTitle()
              << f.find<QLabel>(u"actingBanner"_s)->text() << help.contents();
        const QString actAs = language == u"en"_s ? u"Act as"_s : u"Діяти від імені"_s;
        const QStringList never = language == u"en"_s
                                      ? QStringList{u"sign in"_s}
                                      : QStringList{u"увійти як"_s, u"увійдіть як"_s};
        for (const QString &text : std::as_const(texts)) {
            for (const QString &word : never)
                QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(text));
        }
        QVERIFY(ShortcutCatalogue::plainText(f.actions().signIn()->text()).startsWith(actAs));
        for (const QString &banner : {f.find<QLabel>(u"readOnlyBannerText"_s)->text(),
                                      f.find<QLabel>(u"flowsReadOnlyBanner"_s)->text()})
            QVERIFY2(banner.contains(actAs), qPrintable(banner));
    }

    // "Its settings can be edited" is said only to a role that can edit them.
    void inactiveConnectorPromisesEditingOnlyToEditors_data() { languages_data(); }
    void inactiveConnectorPromisesEditingOnlyToEditors()
    {
        QFETCH(QString, language);
        UiTest::useLanguage(m_translations, language);
        TestStore store;
        const Connector roster = store.addConnector(u"Team roster"_s, AccessLevel::ReadOnly, false);
        const AdminAccount viewer =
            store.addAdmin(AdminRole::SupportBasicAdmin, u"helpdesk@example.com"_s);
        WindowFixture f(store, &m_translations);
        f.browser()->select(roster.id);
        const QString canEdit = language == u"en"_s ? u"can be edited"_s : u"можна змінювати"_s;
        auto *state = f.find<QLabel>(u"detailState"_s);
        QVERIFY2(state->text().contains(canEdit), qPrintable(state->text()));
        QVERIFY(f.window().signInAs(viewer));
        QCOMPARE(f.detail()->connector()->id, roster.id);
        QVERIFY2(!state->text().contains(canEdit), qPrintable(state->text()));
        QVERIFY2(!state->text().isEmpty(), "the state is still said");
    }

    // Two-digit years in one language only would make the audit history ambiguous.
    void datesHaveFourDigitYears_data() { languages_data(); }
    void datesHaveFourDigitYears()
    {
        QFETCH(QString, language);
        UiTest::useLanguage(m_translations, language);
        const QDateTime at(QDate(2031, 3, 9), QTime(14, 5), Qt::LocalTime);
        const QString shown = DisplayText::dateTime(at);
        QVERIFY2(shown.contains(u"2031"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"14"_s) && shown.contains(u"05"_s), qPrintable(shown));
        if (language == u"uk"_s)
            QCOMPARE(shown, u"09.03.2031 14:05"_s);
        else
            QCOMPARE(shown, u"09/03/2031 14:05"_s);

        TestStore store;
        store.addConnector(u"Team roster"_s);
        WindowFixture f(store, &m_translations);
        const QString year = QString::number(QDate::currentDate().year());
        const QString authorised = f.find<QLabel>(u"detailAuthorized"_s)->text();
        QVERIFY2(authorised.contains(year), qPrintable(authorised));
    }

    // The organisation a first run creates is named in the window's language, whichever
    // language that first run had.
    void defaultOrganisationNameFollowsTheLanguage()
    {
        for (const QString &firstRun : {u"uk"_s, u"en"_s}) {
            UiTest::useLanguage(m_translations, firstRun);
            TestStore store;
            WindowFixture f(store, &m_translations);
            auto *organisation = f.find<QLabel>(u"statusOrganisation"_s);
            UiTest::useLanguage(m_translations, u"en"_s);
            QVERIFY2(organisation->text().startsWith(u"My organisation"_s),
                     qPrintable(organisation->text()));
            UiTest::useLanguage(m_translations, u"uk"_s);
            QVERIFY2(organisation->text().startsWith(u"Моя організація"_s),
                     qPrintable(organisation->text()));
        }
    }

    // The Ukrainian of the vendor article, one term per English one.
    void ukrainianTerms()
    {
        UiTest::useLanguage(m_translations, u"uk"_s);
        TestStore store;
        store.addConnector(u"Team roster"_s);
        WindowFixture f(store, &m_translations);
        auto *setup = f.find<QPushButton>(u"setupButton"_s);
        QCOMPARE(UiTest::shown(setup->text()), u"Додати ще"_s);
        QVERIFY2(setup->accessibleName().startsWith(u"Додати ще"_s),
                 qPrintable(setup->accessibleName()));
        HelpDialog help(f.actions().allActions());
        QVERIFY(!help.contents().contains(u"Додати більше"_s));
        QVERIFY(help.contents().contains(u"Додати ще"_s));

        // "Control characters" is "керувальні символи" in every message.
        for (const CoreError &error : {CoreError(ErrorCode::NameHasControlCharacters),
                                       CoreError(ErrorCode::AdminDisplayNameInvalid),
                                       CoreError(ErrorCode::AdminLoginInvalid),
                                       CoreError(ErrorCode::ActivityPathInvalid, {u"x"_s})}) {
            const QString message = error.message();
            QVERIFY2(message.contains(u"керувальн"_s), qPrintable(message));
            QVERIFY2(!message.contains(u"керівн"_s) && !message.contains(u"керуюч"_s),
                     qPrintable(message));
        }
    }
};

QTEST_MAIN(TestWording)
#include "tst_wording.moc"
