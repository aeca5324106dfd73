#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QAction;
class QDialogButtonBox;
class QListWidget;
class QTextBrowser;

// Help > Help contents: the manual, one chapter at a time (the Connectors tab, the Flows tab, the
// HTTP Request activity editor, JSON Path, test requests, connectorctl and every keyboard
// shortcut, read from the actions themselves so the list cannot drift from what the keys do).
// The chapters are a list beside the text: the arrow keys choose one, Tab moves to its text.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    HelpDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The whole manual as plain text, every chapter in order.
    QString contents() const;
    QStringList topicTitles() const;
    // The chapter's stable ID ("connectors", "flows", "activity", "jsonpath", "test-requests",
    // "connectorctl", "keyboard"); false when there is none.
    bool showTopic(const QString &id);
    // The plain text of the chapter shown.
    QString shownText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrentTopic();

    QList<QAction *> m_actions;
    QListWidget *m_topics;
    QTextBrowser *m_browser;
    QDialogButtonBox *m_buttons;
    QStringList m_ids;
    QStringList m_html;
    QString m_shownHtml;
};
