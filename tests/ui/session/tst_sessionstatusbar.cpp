// The status bar: a message about what just happened is never cut by the session fields; they
// step aside while it shows, and what still does not fit ends in "…" with the whole text in the
// tooltip and for screen readers.
#include "tests/support/UiTestSupport.h"
#include "ui/session/SessionStatusBar.h"

#include <QLabel>
#include <QMainWindow>

using namespace Qt::StringLiterals;

class TestSessionStatusBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }

    void aMessageIsShownWhole();
    void aMessageTooLongForTheBarIsShortenedWithTheWholeTextAtHand();

private:
    struct Window
    {
        QMainWindow window;
        SessionStatusBar *bar = new SessionStatusBar;

        explicit Window(int width)
        {
            window.setStatusBar(bar);
            AdminAccount admin;
            admin.email = u"olena.kovalenko@example.com"_s;
            admin.displayName = u"Olena Kovalenko"_s;
            admin.role = AdminRole::FullAdmin;
            Organisation organisation;
            organisation.name = u"Acme Contact Center Ukraine"_s;
            bar->setSession(admin, organisation,
                            u"/home/olena/.local/share/connector-console/connectors.sqlite"_s);
            window.resize(width, 300);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
        }

        QList<QLabel *> visibleFields() const
        {
            QList<QLabel *> fields;
            for (QLabel *label : bar->findChildren<QLabel *>()) {
                if (label != bar->messageLabel() && label->isVisible())
                    fields.append(label);
            }
            return fields;
        }
    };
};

void TestSessionStatusBar::aMessageIsShownWhole()
{
    Window w(1000);
    const int fields = int(w.visibleFields().size());
    QCOMPARE(fields, 5);
    const QString message =
        u"Exported the flow \"Support line - EMEA\" to /home/olena/exports/support-line.json."_s;
    w.bar->showMessage(message, 10000);
    QLabel *shown = w.bar->messageLabel();
    QVERIFY(shown);
    QTRY_VERIFY(shown->isVisible());
    QCOMPARE(shown->text(), message);
    // The whole text fits where it is painted, and no field covers it.
    QTRY_VERIFY2(shown->contentsRect().width() >= shown->fontMetrics().horizontalAdvance(message),
                 qPrintable(u"%1 < %2"_s.arg(shown->contentsRect().width())
                                .arg(shown->fontMetrics().horizontalAdvance(message))));
    for (QLabel *field : w.visibleFields())
        QVERIFY2(!field->geometry().intersects(shown->geometry()), qPrintable(field->text()));
    QCOMPARE(shown->toolTip(), message);
    // The fields come back when the message goes.
    w.bar->clearMessage();
    QTRY_COMPARE(int(w.visibleFields().size()), fields);
    QVERIFY(!shown->isVisible());
}

void TestSessionStatusBar::aMessageTooLongForTheBarIsShortenedWithTheWholeTextAtHand()
{
    Window w(420);
    // Longer than any screen is wide.
    const QString message = u"The flows could not be refreshed: "_s + QString(600, u'x') +
                            u" the database is locked by another program."_s;
    w.bar->showMessage(message);
    QLabel *shown = w.bar->messageLabel();
    QTRY_VERIFY(shown->isVisible());
    QVERIFY2(shown->text().endsWith(QChar(0x2026)), qPrintable(shown->text()));
    QVERIFY(shown->fontMetrics().horizontalAdvance(shown->text()) <= shown->contentsRect().width());
    QCOMPARE(shown->toolTip(), message);
    QCOMPARE(shown->accessibleName(), message);
}

QTEST_MAIN(TestSessionStatusBar)
#include "tst_sessionstatusbar.moc"
