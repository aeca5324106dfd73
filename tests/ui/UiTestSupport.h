#pragma once

#include "MessageBox.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

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
        action(modal);
        if (modal->isVisible()) {
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        }
    });
    timer->start();
}

template<typename T>
T *child(QObject *parent, const QString &name)
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

} // namespace UiTest
