#include "ui/widgets/DialogKeyboard.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSet>

namespace {

QList<QWidget *> buttonsInLayoutOrder(QDialogButtonBox *box)
{
    QList<QWidget *> ordered;
    if (QLayout *layout = box->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (auto *button = qobject_cast<QAbstractButton *>(layout->itemAt(i)->widget()))
                ordered.append(button);
        }
    }
    if (ordered.isEmpty()) {
        for (QAbstractButton *button : box->buttons())
            ordered.append(button);
    }
    return ordered;
}

void assignMissing(QDialogButtonBox *box)
{
    QWidget *window = box->window();
    QSet<QChar> taken;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (const QChar key = DialogKeyboard::mnemonic(button->text()); !key.isNull())
            taken.insert(key);
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        if (const QChar key = DialogKeyboard::mnemonic(label->text()); !key.isNull())
            taken.insert(key);
    }
    for (QAbstractButton *button : box->buttons()) {
        const QString text = button->text();
        if (box->standardButton(button) == QDialogButtonBox::NoButton ||
            !DialogKeyboard::mnemonic(text).isNull())
            continue;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar key = text.at(i).toLower();
            if (text.at(i).isLetter() && !taken.contains(key)) {
                button->setText(QString(text).insert(i, QChar(u'&')));
                taken.insert(key);
                break;
            }
        }
    }
}

// Lets the box retranslate its standard buttons first, then gives them their letters again.
class MnemonicKeeper final : public QObject
{
public:
    explicit MnemonicKeeper(QDialogButtonBox *box)
        : QObject(box)
        , m_box(box)
    {
        setObjectName(QStringLiteral("mnemonicKeeper"));
        box->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_box || event->type() != QEvent::LanguageChange || m_busy)
            return false;
        m_busy = true;
        static_cast<QObject *>(m_box)->event(event);
        m_busy = false;
        assignMissing(m_box);
        return true;
    }

private:
    QDialogButtonBox *m_box;
    bool m_busy = false;
};

} // namespace

QChar DialogKeyboard::mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

void DialogKeyboard::setTabOrder(const QList<QWidget *> &fields, QDialogButtonBox *buttons)
{
    for (qsizetype i = 0; i + 1 < fields.size(); ++i)
        QWidget::setTabOrder(fields.at(i), fields.at(i + 1));
    if (!buttons)
        return;
    // The box is a compound widget that takes no focus itself (setTabOrder ignores it): Tab
    // reaching it enters its focus proxy, the first button. Its buttons must therefore stay right
    // behind it in the chain, so they are ordered among themselves only, left to right.
    const QList<QWidget *> ordered = buttonsInLayoutOrder(buttons);
    for (qsizetype i = 0; i + 1 < ordered.size(); ++i)
        QWidget::setTabOrder(ordered.at(i), ordered.at(i + 1));
}

void DialogKeyboard::completeMnemonics(QDialogButtonBox *buttons)
{
    if (!buttons->findChild<QObject *>(QStringLiteral("mnemonicKeeper"),
                                       Qt::FindDirectChildrenOnly))
        new MnemonicKeeper(buttons);
    assignMissing(buttons);
}
