#pragma once

#include "app/core/i18n/TranslationLoader.h"
#include "ui/widgets/MessageBox.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

// Helpers shared by the GUI tests: the test environment, pre-answered message boxes, and acting
// on a real modal dialog while its exec() runs (KeePassXC's pattern).
namespace UiTest {

inline void initEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WebexConnectorsConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("connector-console-tests"));
    // A message box nobody expected answers Cancel instead of blocking the run; the test still
    // sees it through MessageBox::lastMessage().
    MessageBox::setDefaultAnswer(QMessageBox::Cancel);
}

// Runs `action` on the next modal widget to open (polling, so it works whichever code path
// opens it). The action should leave the dialog closed; if it does not, the dialog is rejected
// so that a failing check can never hang the test run.
inline void onNextModal(std::function<void(QWidget *)> action, int timeoutMs = 5000)
{
    auto *timer = new QTimer(qApp);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action, clock, timeoutMs] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            if (clock->elapsed() > timeoutMs) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        // Under a slow (sanitizer) build the dialog may not have the keyboard yet when it is
        // first seen: make it the active window, as a person's click would, before acting on it.
        QApplication::setActiveWindow(modal);
        QElapsedTimer settle;
        settle.start();
        while (QApplication::activeWindow() != modal && settle.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        action(modal);
        if (modal->isVisible()) {
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        }
    });
    timer->start();
}

template<typename T> T *child(QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

// Ticks or clears a checkbox from the keyboard, as a person would (a mouse click on the centre
// of a stretched checkbox can miss its indicator).
inline void setChecked(QCheckBox *box, bool checked)
{
    if (box->isChecked() != checked) {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
}

// The focusable, visible widgets under `root` that a screen reader could not name.
inline QStringList unnamedWidgets(QWidget *root, int *checked = nullptr)
{
    QStringList unnamed;
    int count = 0;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        ++count;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
    }
    if (checked)
        *checked = count;
    return unnamed;
}

inline void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

// Types any text, Cyrillic included, one key event per character (QTest::keyClicks aborts on
// characters outside Latin-1).
inline void typeCharacters(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        const Qt::Key key = ch == u' '      ? Qt::Key_Space
                            : ch.isLetter() ? Qt::Key(ch.toUpper().unicode())
                                            : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, widget, key, QString(ch), Qt::NoModifier);
    }
}

inline bool hasCyrillic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar ch) { return ch.script() == QChar::Script_Cyrillic; });
}

// The text a person reads on a button or label: without the mnemonic marker.
inline QString shown(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

// With UI_SCREENSHOT_DIR set, saves a picture of `widget` there (to look at a dialog's layout in
// a language by eye); otherwise does nothing.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("UI_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

// Installs `language` and delivers the LanguageChange events it posts, so every open window and
// dialog has retranslated when this returns.
inline void useLanguage(TranslationLoader &translations, const QString &language)
{
    QVERIFY2(translations.load(language), qPrintable(language));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

} // namespace UiTest
