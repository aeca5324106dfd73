#pragma once

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

class QWidget;

// Every message box and confirmation of the window goes through here, so that a test can
// pre-answer the next one (as KeePassXC does) instead of racing a modal dialog, and can read what
// a person would have been shown.
class MessageBox final
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    MessageBox() = delete;

    struct Message
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString informativeText;
    };

    struct Confirmation
    {
        QString title;
        QString text;
        QString informativeText;
        // The label of the button that goes ahead, e.g. "Deactivate".
        QString confirmText;
        // Destructive confirmations make Cancel the default button and show a warning icon.
        bool destructive = true;
        // The label of the button that does not go ahead ("Keep editing"); empty: Cancel.
        QString cancelText = {};
    };

    // The icon a confirmation shows: a warning when it is destructive, a question otherwise.
    static QMessageBox::Icon iconFor(const Confirmation &confirmation);

    // True only when the person chose the confirm button; Escape and Cancel answer false.
    static bool confirm(QWidget *parent, const Confirmation &confirmation);
    static void information(QWidget *parent, const QString &title, const QString &text,
                            const QString &informativeText = {});
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QString &informativeText = {});
    static void critical(QWidget *parent, const QString &title, const QString &text,
                         const QString &informativeText = {});

    // For tests: the next box is not shown and answers `answer` at once (QMessageBox::Ok goes
    // ahead, anything else cancels). The answer is used once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For tests: every box that was not pre-answered answers this instead of being shown, so an
    // unexpected message can never block a test run. std::nullopt shows boxes again.
    static void setDefaultAnswer(std::optional<QMessageBox::StandardButton> answer);
    // The last box shown or pre-answered, and how many there were; tests assert on these.
    static std::optional<Message> lastMessage();
    static int messageCount();
    static void clearHistory();

    // The box that confirm() shows, not shown: tests read its buttons and their mnemonics.
    static std::unique_ptr<QMessageBox> createConfirmation(QWidget *parent,
                                                           const Confirmation &confirmation);

private:
    // Records the message for the tests; the pre-set answer, if there is one.
    static std::optional<QMessageBox::StandardButton> record(const Message &message);
    static std::unique_ptr<QMessageBox> createBox(QWidget *parent, const Message &message,
                                                  QMessageBox::StandardButtons buttons,
                                                  QMessageBox::StandardButton defaultButton,
                                                  const QString &okText);
    static QMessageBox::StandardButton show(QWidget *parent, const Message &message,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QString &okText);
};
