// The field message on its own: no room while empty, the error colour readable in light and dark
// palettes on a dialog and on a tab page, long words wrapped rather than cut, the message read
// with its field, and the tab holding it marked until it is gone.
#include "tests/support/PaletteTestSupport.h"
#include "tests/support/ReadabilityChecks.h"
#include "tests/support/UiTestSupport.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/ThemeColours.h"

#include <QDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A dialog with a field and its message, and a two-tab widget with a field and message on each.
struct Form
{
    QDialog dialog;
    QLineEdit *field = new QLineEdit(&dialog);
    FieldMessage *message = new FieldMessage(u"fieldMessage"_s, &dialog);
    QTabWidget *tabs = new QTabWidget(&dialog);
    QLineEdit *first = nullptr;
    FieldMessage *firstMessage = nullptr;
    QLineEdit *second = nullptr;
    FieldMessage *secondMessage = nullptr;

    Form()
    {
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(field);
        layout->addWidget(message);
        layout->addWidget(tabs);
        message->setField(field);
        for (const QString &name : {u"First"_s, u"&Second"_s}) {
            auto *page = new QWidget;
            auto *form = new QFormLayout(page);
            auto *edit = new QLineEdit(page);
            auto *note = new FieldMessage(name + u"Message"_s, page);
            note->setField(edit);
            form->addRow(name, edit);
            form->addRow(QString(), note);
            tabs->addTab(page, name);
            (first ? second : first) = edit;
            (firstMessage ? secondMessage : firstMessage) = note;
        }
        dialog.resize(420, 300);
    }
};

} // namespace

class TestFieldMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void cleanup() { QApplication::setPalette(lightPalette()); }

    void emptyTakesNoRoom();
    void readableInLightAndDarkPalettes_data();
    void readableInLightAndDarkPalettes();
    void longWordsWrapInsteadOfBeingCut();
    void theFieldCarriesTheMessageForScreenReaders();
    void theTabHoldingAMessageIsMarkedUntilItGoes();
};

void TestFieldMessage::emptyTakesNoRoom()
{
    Form f;
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    QVERIFY(f.message->isHidden());
    QCOMPARE(f.message->heightForWidth(300), 0);
    QCOMPARE(f.message->sizeHint(), QSize(0, 0));
    const int tabsTop = f.tabs->y();
    f.message->setMessage(u"Enter a name."_s);
    QVERIFY(f.message->isVisible());
    QTRY_VERIFY(f.tabs->y() > tabsTop);
    f.message->clearMessage();
    QVERIFY(f.message->isHidden());
    QTRY_COMPARE(f.tabs->y(), tabsTop);
}

void TestFieldMessage::readableInLightAndDarkPalettes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestFieldMessage::readableInLightAndDarkPalettes()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    Form f;
    f.message->setMessage(u"The name is already used by another connector."_s);
    f.secondMessage->setMessage(u"The path must start with /."_s);
    f.tabs->setCurrentIndex(1);
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    QCOMPARE(f.message->palette().color(QPalette::WindowText),
             ThemeColours::errorText(f.dialog.palette()));
    // Measured against what is painted behind each message: the dialog, and the tab page.
    const QImage painted = f.dialog.grab().toImage();
    for (FieldMessage *message : {f.message, f.secondMessage}) {
        const QColor behind = Readability::backgroundBehind(
            painted, QRect(message->mapTo(&f.dialog, QPoint(0, 0)), message->size()));
        const double ratio =
            ColourContrast::ratio(message->palette().color(QPalette::WindowText), behind);
        QVERIFY2(
            ratio >= ColourContrast::NormalText,
            qPrintable(u"%1 on %2: %3"_s.arg(message->objectName(), behind.name()).arg(ratio)));
    }
    // A palette changed while the dialog is open is followed.
    QApplication::setPalette(dark ? lightPalette() : darkPalette());
    QCoreApplication::processEvents();
    QCOMPARE(f.secondMessage->palette().color(QPalette::WindowText),
             ThemeColours::errorText(dark ? lightPalette() : darkPalette()));
}

void TestFieldMessage::longWordsWrapInsteadOfBeingCut()
{
    Form f;
    f.dialog.setFixedWidth(300);
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    const QString url = u"http://"_s + QString(120, u'x') + u".example.com/api"_s;
    f.message->setMessages({u"The API base URL %1 must use https."_s.arg(url),
                            u"A second problem, on a line of its own."_s});
    QTRY_VERIFY(f.message->height() >= f.message->heightForWidth(f.message->width()));
    QVERIFY2(Readability::truncation(f.message).isEmpty(),
             qPrintable(Readability::truncation(f.message)));
    // Several lines, none wider than the message.
    QVERIFY(f.message->height() >= 4 * f.message->fontMetrics().height());
    QVERIFY(f.message->width() <= 300);
}

void TestFieldMessage::theFieldCarriesTheMessageForScreenReaders()
{
    Form f;
    f.message->setMessage(u"Enter a name."_s);
    QCOMPARE(f.field->accessibleDescription(), u"Enter a name."_s);
    f.message->clearMessage();
    QCOMPARE(f.field->accessibleDescription(), QString());
}

void TestFieldMessage::theTabHoldingAMessageIsMarkedUntilItGoes()
{
    Form f;
    f.dialog.show();
    QTabBar *bar = f.tabs->tabBar();
    QVERIFY(f.tabs->tabIcon(1).isNull());
    QCOMPARE(bar->accessibleTabName(1), QString());

    f.secondMessage->setMessage(u"The path must start with /."_s);
    // The tab of the page with the message, not the one in front.
    QVERIFY(!f.tabs->tabIcon(1).isNull());
    QCOMPARE(bar->accessibleTabName(1), u"Second (needs correcting)"_s);
    QVERIFY(!f.tabs->tabToolTip(1).isEmpty());
    QVERIFY(f.tabs->tabIcon(0).isNull());
    QCOMPARE(bar->accessibleTabName(0), QString());
    QCOMPARE(f.tabs->tabText(1), u"&Second"_s);

    // Two messages on the page: marked until both are gone.
    f.secondMessage->parentWidget()->layout()->addWidget(
        new FieldMessage(u"other"_s, f.secondMessage->parentWidget()));
    auto *other = f.secondMessage->parentWidget()->findChild<FieldMessage *>(u"other"_s);
    other->setMessage(u"Another."_s);
    f.secondMessage->clearMessage();
    QVERIFY(!f.tabs->tabIcon(1).isNull());
    other->clearMessage();
    QVERIFY(f.tabs->tabIcon(1).isNull());
    QCOMPARE(bar->accessibleTabName(1), QString());
    QCOMPARE(f.tabs->tabToolTip(1), QString());
}

QTEST_MAIN(TestFieldMessage)
#include "tst_fieldmessage.moc"
