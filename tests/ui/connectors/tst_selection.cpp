// Which connector is selected, and that the details always show the card the list highlights: a
// search that hides the selected card shows none (and selects it again when the search shows it),
// a deleted card's neighbour takes its place fully in view, and acting as another administrator
// keeps the selection when the connector is still there for them.
#include "tests/support/WindowTestSupport.h"

#include <QLabel>
#include <QScrollBar>

using namespace Qt::StringLiterals;

class TestSelection final : public QObject
{
    Q_OBJECT

private:
    // The card of the current connector lies wholly inside its list's viewport.
    static bool currentCardFullyShown(CardListView *list)
    {
        const QRect card = list->visualRect(list->currentIndex());
        return card.isValid() && list->viewport()->rect().contains(card);
    }

    static void deleteCurrent(const WindowFixture &f)
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.actions().remove()->trigger();
        QCOMPARE(MessageBox::lastMessage()->title, u"Delete connector"_s);
    }

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { MessageBox::clearHistory(); }

    void searchHidingTheSelectionShowsNothingSelected()
    {
        TestStore store;
        store.addConnector(u"Address book"_s);
        const Connector queue = store.addConnector(u"Queue statistics"_s);
        store.addConnector(u"Team roster"_s, AccessLevel::ReadOnly, false);
        WindowFixture f(store);
        f.browser()->select(queue.id);
        QCOMPARE(f.detail()->connector()->id, queue.id);

        QTest::keyClicks(f.browser()->searchField(), u"roster"_s);
        QCOMPARE(f.activeCards(), 0);
        // Edit, Delete and Ctrl+T must not act on a card nobody sees.
        QVERIFY(f.browser()->currentId().isNull());
        QVERIFY(!f.detail()->connector().has_value());
        QVERIFY(f.find<QLabel>(u"detailEmpty"_s)->isVisible());
        QVERIFY(!f.actions().toggleActive()->isEnabled());
        QVERIFY(!f.inactiveList()->selectionModel()->hasSelection());

        // The search shows it again: selected again, with its details.
        f.browser()->searchField()->clear();
        QCOMPARE(f.browser()->currentId(), queue.id);
        QCOMPARE(f.detail()->connector()->id, queue.id);
        QVERIFY(f.activeList()->selectionModel()->isSelected(f.activeList()->currentIndex()));
    }

    void aCardChosenDuringTheSearchStaysChosen()
    {
        TestStore store;
        const Connector queue = store.addConnector(u"Queue statistics"_s);
        const Connector roster = store.addConnector(u"Team roster"_s);
        WindowFixture f(store);
        f.browser()->select(queue.id);
        QTest::keyClicks(f.browser()->searchField(), u"roster"_s);
        QVERIFY(f.browser()->currentId().isNull());
        f.activeList()->selectRow(0);
        QCOMPARE(f.browser()->currentId(), roster.id);
        f.browser()->searchField()->clear();
        QCOMPARE(f.browser()->currentId(), roster.id);
        QCOMPARE(f.detail()->connector()->id, roster.id);
    }

    void deleteSelectsTheNextCardFullyInView()
    {
        TestStore store;
        QList<Connector> inactive;
        for (int i = 0; i < 14; ++i)
            inactive.append(store.addConnector(u"Inactive %1"_s.arg(i, 2, 10, QChar(u'0')),
                                               AccessLevel::ReadOnly, false));
        store.addConnector(u"Active one"_s);
        WindowFixture f(store);
        f.window().resize(1100, 700);
        CardListView *list = f.inactiveList();
        // Enough cards for the list to scroll.
        QTRY_VERIFY(list->verticalScrollBar()->maximum() > 0);

        // From the middle: the card below takes its place.
        f.browser()->select(inactive.at(6).id);
        list->setFocus(Qt::OtherFocusReason);
        deleteCurrent(f);
        QCOMPARE(f.inactiveCards(), 13);
        QCOMPARE(f.browser()->currentId(), inactive.at(7).id);
        QCOMPARE(f.detail()->connector()->id, inactive.at(7).id);
        QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
        QTRY_VERIFY2(currentCardFullyShown(list), "the next card is cut off");

        // The last one: the card above takes its place, scrolled fully into view.
        f.browser()->select(inactive.last().id);
        deleteCurrent(f);
        QCOMPARE(f.browser()->currentId(), inactive.at(12).id);
        QCOMPARE(f.detail()->connector()->id, inactive.at(12).id);
        QTRY_VERIFY2(currentCardFullyShown(list), "the previous card is cut off");
    }

    void actingAsAnotherKeepsTheSelection()
    {
        TestStore store;
        store.addConnector(u"Address book"_s);
        const Connector roster = store.addConnector(u"Team roster"_s, AccessLevel::ReadOnly, false);
        const AdminAccount readOnly =
            store.addAdmin(AdminRole::ExternalReadOnlyAdmin, u"viewer@example.com"_s);
        const AdminAccount noAccess = store.addAdmin(AdminRole::ReadOnlyAdmin, u"no@example.com"_s);
        WindowFixture f(store);
        f.browser()->select(roster.id);

        QVERIFY(f.window().signInAs(readOnly));
        QCOMPARE(f.browser()->currentId(), roster.id);
        QCOMPARE(f.detail()->connector()->id, roster.id);
        QVERIFY(f.inactiveList()->selectionModel()->isSelected(f.inactiveList()->currentIndex()));

        // Someone who sees no connector: nothing selected; back to oneself: the first card.
        QVERIFY(f.window().signInAs(noAccess));
        QVERIFY(f.browser()->currentId().isNull());
        QVERIFY(f.window().signInAs(f.window().self()));
        QVERIFY(!f.browser()->currentId().isNull());
    }
};

QTEST_MAIN(TestSelection)
#include "tst_selection.moc"
