// Help > Help contents as a manual: a chapter for each part of the console (connectors, flows,
// the HTTP Request activity editor, JSON Path, test requests, connectorctl, the keys), in English
// and Ukrainian, read from the keyboard alone.
#include "tests/support/WindowTestSupport.h"
#include "ui/help/HelpDialog.h"
#include "ui/window/ShortcutCatalogue.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class TestHelp final : public QObject
{
    Q_OBJECT

private:
    TranslationLoader m_translations;

    static const QStringList &chapters()
    {
        static const QStringList ids = {u"connectors"_s, u"flows"_s,         u"activity"_s,
                                        u"jsonpath"_s,   u"test-requests"_s, u"connectorctl"_s,
                                        u"keyboard"_s};
        return ids;
    }

    static QString chapter(HelpDialog &help, const QString &id)
    {
        return help.showTopic(id) ? help.shownText() : QString();
    }

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void cleanup() { UiTest::useLanguage(m_translations, u"en"_s); }

    void everyPartOfTheConsoleHasAChapter()
    {
        UiTest::useLanguage(m_translations, u"en"_s);
        TestStore store;
        WindowFixture f(store, &m_translations);
        HelpDialog help(f.actions().allActions(), &f.window());
        QCOMPARE(
            help.topicTitles(),
            (QStringList{u"Connectors"_s, u"Flows"_s, u"HTTP Request activity"_s, u"JSON Path"_s,
                         u"Test requests"_s, u"connectorctl"_s, u"Keyboard shortcuts"_s}));
        const QString settings =
            ShortcutCatalogue::plainText(f.actions().liveTestSettings()->text());
        const QList<QPair<QString, QStringList>> expected = {
            {u"connectors"_s, {u"Set up"_s, u"Deactivate"_s, u"History"_s, u"Act as"_s}},
            {u"flows"_s,
             {u"Import flows"_s, u"Export flow"_s, u"GLOBAL_EVENTS"_s, u"Where-used"_s,
              u"not in this console"_s}},
            {u"activity"_s,
             {u"Use authenticated endpoint"_s, u"request path"_s, u"100 to 60,000 ms"_s,
              u"Output variables"_s}},
            {u"jsonpath"_s,
             {u"Jayway"_s, u"$.data[?(@.status == 'active')].id"_s, u"Test parse settings"_s,
              u"position"_s}},
            {u"test-requests"_s,
             {settings, u"keyring"_s, u"Authorization: Bearer"_s, u"plain http"_s}},
            {u"connectorctl"_s, {u"connectorctl --json list"_s, u"where-used"_s}},
            {u"keyboard"_s, {u"Ctrl+N"_s, u"Ctrl+Y"_s, u"Space"_s}},
        };
        for (const auto &[id, phrases] : expected) {
            const QString text = chapter(help, id);
            for (const QString &phrase : phrases)
                QVERIFY2(text.contains(phrase), qPrintable(id + u": "_s + phrase));
        }
        // Old Sun keyboards' keys never reach the list.
        QVERIFY(!help.contents().contains(QRegularExpression(u"\\bF(1[3-9]|2[0-9]|3[0-5])\\b"_s)));
    }

    void chaptersReadInUkrainian()
    {
        UiTest::useLanguage(m_translations, u"uk"_s);
        TestStore store;
        WindowFixture f(store, &m_translations);
        HelpDialog help(f.actions().allActions(), &f.window());
        QCOMPARE(help.topicTitles().size(), chapters().size());
        for (const QString &title : help.topicTitles()) {
            if (title != u"connectorctl"_s && title != u"JSON Path"_s)
                QVERIFY2(UiTest::hasCyrillic(title), qPrintable(title));
        }
        const QString settings =
            ShortcutCatalogue::plainText(f.actions().liveTestSettings()->text());
        for (const QString &id : chapters()) {
            const QString text = chapter(help, id);
            QVERIFY2(UiTest::hasCyrillic(text), qPrintable(id));
            QVERIFY2(text.size() > 200, qPrintable(id));
        }
        QVERIFY(chapter(help, u"test-requests"_s).contains(settings));
        QVERIFY(chapter(help, u"flows"_s).contains(u"немає в цій консолі"_s));
        QVERIFY(chapter(help, u"jsonpath"_s).contains(u"Jayway"_s));
    }

    // The arrow keys choose a chapter, Tab reaches its text and then Close.
    void chaptersAreChosenFromTheKeyboard()
    {
        TestStore store;
        WindowFixture f(store, &m_translations);
        HelpDialog help(f.actions().allActions(), &f.window());
        help.show();
        QApplication::setActiveWindow(&help);
        QVERIFY(QTest::qWaitForWindowActive(&help));
        auto *topics = help.findChild<QListWidget *>(u"helpTopics"_s);
        QCOMPARE(QApplication::focusWidget(), topics);
        QVERIFY(help.shownText().contains(u"Webex Contact Center connectors"_s));
        QTest::keyClick(topics, Qt::Key_Down);
        QVERIFY(help.shownText().contains(u"The Flows tab"_s));
        QTest::keyClick(topics, Qt::Key_End);
        QVERIFY(help.shownText().contains(u"Ctrl+N"_s));
        QTest::keyClick(topics, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), help.findChild<QTextBrowser *>(u"helpText"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 help.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!help.isVisible());
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
