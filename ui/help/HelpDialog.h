#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QDialogButtonBox;
class QTextBrowser;

// Help > Help contents: how the Connectors tab works and every keyboard shortcut, read from the
// actions themselves so the list cannot drift from what the keys do.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    HelpDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QString contents() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<QAction *> m_actions;
    QTextBrowser *m_browser;
    QDialogButtonBox *m_buttons;
    QString m_html;
};
