// Help > About: the version, the Qt it was built with and runs on, the licence and the database
// in use, in both languages, opened from the real window's menu.
#include "app/core/i18n/TranslationLoader.h"
#include "tests/support/WindowTestSupport.h"
#include "ui/help/AboutDialog.h"

#include <QLabel>
#include <QMenuBar>

class TestAbout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::initEnvironment();
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        m_translations.load(QStringLiteral("en"));
    }
    void cleanupTestCase() { m_translations.load(QStringLiteral("en")); }

    void helpAboutShowsVersionsLicenceAndDatabase()
    {
        TestStore store;
        WindowFixture f(store, &m_translations);
        QString text;
        QString title;
        UiTest::onNextModal([&](QWidget *modal) {
            auto *about = qobject_cast<AboutDialog *>(modal);
            QVERIFY(about);
            title = about->windowTitle();
            text = about->text();
            // Close it as a person would, from the keyboard.
            QTest::keyClick(about, Qt::Key_Escape);
        });
        f.actions().about()->trigger();
        QCOMPARE(title, QStringLiteral("About Connectors Console"));
        QVERIFY2(text.contains(QStringLiteral("Version 9.8.7")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("built with Qt ") + QStringLiteral(QT_VERSION_STR)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("running on Qt ") + QString::fromLatin1(qVersion())),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("MIT licence")));
        QVERIFY2(text.contains(store.database().path()), qPrintable(text));
    }

    void databaseLocationIsSelectableAndNamed()
    {
        AboutDialog dialog(QStringLiteral("/srv/connectors/team.sqlite"));
        auto *database = dialog.findChild<QLabel *>(QStringLiteral("aboutDatabase"));
        QVERIFY(database);
        QCOMPARE(database->text(), QStringLiteral("/srv/connectors/team.sqlite"));
        QVERIFY(database->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QCOMPARE(database->accessibleName(), QStringLiteral("Database in use"));
        // A location is plain text, never markup.
        AboutDialog hostile(QStringLiteral("<b>/tmp/x</b>"));
        QCOMPARE(hostile.findChild<QLabel *>(QStringLiteral("aboutDatabase"))->textFormat(),
                 Qt::PlainText);
    }

    void readsInUkrainian()
    {
        AboutDialog dialog(QStringLiteral("/tmp/connectors.sqlite"));
        UiTest::useLanguage(m_translations, QStringLiteral("uk"));
        const QString text = dialog.text();
        QVERIFY2(UiTest::hasCyrillic(dialog.windowTitle()), qPrintable(dialog.windowTitle()));
        QVERIFY2(text.contains(QStringLiteral("9.8.7")) && text.contains(QStringLiteral("MIT")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())),
                 qPrintable(text));
        QVERIFY(UiTest::hasCyrillic(text));
        m_translations.load(QStringLiteral("en"));
    }

private:
    TranslationLoader m_translations;
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
