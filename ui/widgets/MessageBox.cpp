#include "ui/widgets/MessageBox.h"

#include "ui/widgets/DialogKeyboard.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>

namespace {

std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QMessageBox::StandardButton> g_defaultAnswer;
std::optional<MessageBox::Message> g_lastMessage;
int g_messageCount = 0;

} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setDefaultAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    g_defaultAnswer = answer;
}

std::optional<MessageBox::Message> MessageBox::lastMessage()
{
    return g_lastMessage;
}

int MessageBox::messageCount()
{
    return g_messageCount;
}

void MessageBox::clearHistory()
{
    g_lastMessage.reset();
    g_messageCount = 0;
    g_nextAnswer.reset();
}

QMessageBox::StandardButton MessageBox::show(QWidget *parent, const Message &message,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const QString &okText)
{
    if (const auto answer = record(message))
        return *answer;
    const auto box = createBox(parent, message, buttons, defaultButton, okText);
    return QMessageBox::StandardButton(box->exec());
}

std::optional<QMessageBox::StandardButton> MessageBox::record(const Message &message)
{
    g_lastMessage = message;
    ++g_messageCount;
    if (g_nextAnswer) {
        const QMessageBox::StandardButton answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    return g_defaultAnswer;
}

std::unique_ptr<QMessageBox> MessageBox::createBox(QWidget *parent, const Message &message,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton,
                                                   const QString &okText)
{
    auto box =
        std::make_unique<QMessageBox>(message.icon, message.title, message.text, buttons, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    // Connector and admin names come from people: never let them be read as rich text.
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(message.informativeText);
    // Flow names come from people too; QMessageBox reads its informative text as rich text when
    // it looks like HTML.
    if (auto *informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
    box->setDefaultButton(defaultButton);
    box->setEscapeButton(buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel
                                                               : QMessageBox::Ok);
    if (QAbstractButton *ok = box->button(QMessageBox::Ok); ok && !okText.isEmpty()) {
        ok->setText(okText);
        ok->setAccessibleName(QString(okText).remove(QChar(u'&')));
    }
    if (auto *buttonBox = box->findChild<QDialogButtonBox *>())
        DialogKeyboard::completeMnemonics(buttonBox);
    box->setAccessibleName(message.title);
    box->setAccessibleDescription(message.text);
    return box;
}

QMessageBox::Icon MessageBox::iconFor(const Confirmation &confirmation)
{
    // A question mark would say "nothing to fear"; what cannot be taken back gets a warning.
    return confirmation.destructive ? QMessageBox::Warning : QMessageBox::Question;
}

std::unique_ptr<QMessageBox> MessageBox::createConfirmation(QWidget *parent,
                                                            const Confirmation &confirmation)
{
    // Destructive confirmations make Cancel the default button.
    auto box = createBox(parent,
                         {iconFor(confirmation), confirmation.title, confirmation.text,
                          confirmation.informativeText},
                         QMessageBox::Ok | QMessageBox::Cancel,
                         confirmation.destructive ? QMessageBox::Cancel : QMessageBox::Ok,
                         confirmation.confirmText);
    if (QAbstractButton *cancel = box->button(QMessageBox::Cancel);
        cancel && !confirmation.cancelText.isEmpty()) {
        cancel->setText(confirmation.cancelText);
        cancel->setAccessibleName(QString(confirmation.cancelText).remove(QChar(u'&')));
    }
    return box;
}

bool MessageBox::confirm(QWidget *parent, const Confirmation &confirmation)
{
    if (const auto answer = record({iconFor(confirmation), confirmation.title, confirmation.text,
                                    confirmation.informativeText}))
        return *answer == QMessageBox::Ok;
    // The same box the tests inspect through createConfirmation().
    return createConfirmation(parent, confirmation)->exec() == QMessageBox::Ok;
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                             const QString &informativeText)
{
    show(parent, {QMessageBox::Information, title, text, informativeText}, QMessageBox::Ok,
         QMessageBox::Ok, {});
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                         const QString &informativeText)
{
    show(parent, {QMessageBox::Warning, title, text, informativeText}, QMessageBox::Ok,
         QMessageBox::Ok, {});
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                          const QString &informativeText)
{
    show(parent, {QMessageBox::Critical, title, text, informativeText}, QMessageBox::Ok,
         QMessageBox::Ok, {});
}
