#pragma once

#include <QLabel>
#include <QPointer>
#include <QStringList>

class QTabWidget;
class QTextLayout;

// The message of a form field that breaks a rule, under that field. Every dialog shows its field
// errors with it, so they all look and behave alike:
// - in the error colour, pushed to WCAG AA contrast (4.5:1) against the surfaces a dialog draws
//   on in the current palette, light or dark, and following the palette when it changes;
// - wrapped at word boundaries, and inside a word too long for the line (a URL, a JSON Path), so
//   no part is ever cut off;
// - read by screen readers with its field: the field's accessible description is the message;
// - on a tab page, its tab shows an error icon and says so to screen readers, until every
//   message on that page is gone;
// - empty, it is hidden and takes no room at all.
class FieldMessage final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(const QString &objectName, QWidget *parent = nullptr);
    ~FieldMessage() override;

    // The control the message is about; it carries the message as its accessible description.
    void setField(QWidget *field);
    QWidget *field() const { return m_field; }

    // Shows `message`, or hides when it is empty.
    void setMessage(const QString &message);
    // Several messages, one per line.
    void setMessages(const QStringList &messages);
    void clearMessage() { setMessage(QString()); }
    QString message() const { return text(); }
    bool hasMessage() const { return !text().isEmpty(); }

    // Marks the tabs of `tabs` whose page shows a field message, and unmarks the others. Called
    // whenever a message changes; public for pages whose rows are shown or hidden meanwhile.
    static void markTabs(QTabWidget *tabs);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The message changed (empty: it was cleared).
    void messageChanged(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // The wrapped lines of the text at `width`, laid out from the top; returns their height.
    int layOut(QTextLayout &layout, int width) const;
    void markEnclosingTab();

    QPointer<QWidget> m_field;
};
