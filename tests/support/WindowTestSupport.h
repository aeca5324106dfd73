#pragma once

#include "app/core/service/ConsoleContext.h"
#include "tests/support/TestStore.h"
#include "tests/support/UiTestSupport.h"
#include "ui/connectors/CardListView.h"
#include "ui/connectors/ConnectorBrowser.h"
#include "ui/connectors/ConnectorDetailPanel.h"
#include "ui/connectors/ConnectorSectionView.h"
#include "ui/connectors/ConnectorsPage.h"
#include "ui/window/ConsoleActions.h"
#include "ui/window/MainWindow.h"

#include <memory>
#include <QTest>

namespace UiTest {

// What a test window works with, built as the console's ConsoleStartup does but over a TestStore
// and for `admin`, with the access token kept in memory only: no test reads or writes the
// keyring of the person running the suite.
inline std::unique_ptr<ConsoleContext> consoleContext(TestStore &store, const AdminAccount &admin)
{
    return std::make_unique<ConsoleContext>(store.database(), admin,
                                            AccessTokenStore::Storage::MemoryOnly);
}

} // namespace UiTest

// A MainWindow over a TestStore (signed in as its owner), shown and active so that shortcuts reach
// it, with short names for the widgets the tests drive.
class WindowFixture final
{
public:
    // With `translations`, View > Language and the language shortcut work.
    explicit WindowFixture(TestStore &store, TranslationLoader *translations = nullptr)
        : m_context(UiTest::consoleContext(store, store.owner()))
        , m_window(std::make_unique<MainWindow>(*m_context, translations))
    {
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    MainWindow &window() const { return *m_window; }
    ConsoleContext &context() const { return *m_context; }
    ConsoleActions &actions() const { return m_window->actions(); }
    ConnectorsPage *page() const { return m_window->connectorsPage(); }
    ConnectorBrowser *browser() const { return page()->browser(); }
    ConnectorDetailPanel *detail() const { return page()->detailPanel(); }
    CardListView *activeList() const { return browser()->activeSection()->view(); }
    CardListView *inactiveList() const { return browser()->inactiveSection()->view(); }
    int activeCards() const { return browser()->activeSection()->count(); }
    int inactiveCards() const { return browser()->inactiveSection()->count(); }

    template<typename T> T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }

    // Names of the cards in a section, in display order.
    static QStringList names(CardListView *view)
    {
        QStringList list;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            list.append(view->model()->index(row, 0).data(Qt::DisplayRole).toString());
        return list;
    }

    // Presses a key as a person would with the window in front (a closed dialog may have left
    // no window active under the offscreen platform, and shortcuts need an active window).
    void shortcut(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        if (QApplication::activeWindow() != m_window.get()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
        QWidget *target =
            QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    // Presses a key sequence (e.g. an action's shortcut) the same way.
    void press(const QKeySequence &keys) const
    {
        if (QApplication::activeWindow() != m_window.get()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
        QWidget *target =
            QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keySequence(target, keys);
    }

private:
    // The context outlives the window, as in the console.
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};
