#include "MessageBox.h"

#include <QAbstractButton>

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
    g_lastMessage = message;
    ++g_messageCount;
    if (g_nextAnswer) {
        const QMessageBox::StandardButton answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_defaultAnswer)
        return *g_defaultAnswer;

    QMessageBox box(message.icon, message.title, message.text, buttons, parent);
    // Connector and admin names come from people: never let them be read as rich text.
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(message.informativeText);
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel
                                                              : QMessageBox::Ok);
    if (QAbstractButton *ok = box.button(QMessageBox::Ok); ok && !okText.isEmpty()) {
        ok->setText(okText);
        ok->setAccessibleName(QString(okText).remove(QChar(u'&')));
    }
    box.setAccessibleName(message.title);
    box.setAccessibleDescription(message.text);
    return QMessageBox::StandardButton(box.exec());
}

bool MessageBox::confirm(QWidget *parent, const Confirmation &confirmation)
{
    const Message message{QMessageBox::Question, confirmation.title, confirmation.text,
                          confirmation.informativeText};
    const auto answer = show(parent, message, QMessageBox::Ok | QMessageBox::Cancel,
                             confirmation.destructive ? QMessageBox::Cancel : QMessageBox::Ok,
                             confirmation.confirmText);
    return answer == QMessageBox::Ok;
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
