#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

// Help > About: what this program is, its version and the Qt it runs on, its licence, and which
// database it is working on (the location as it is safe to show: no password).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const QString &databaseLocation, QWidget *parent = nullptr);

    // The dialog's text as a user reads it, for tests.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_databaseLocation;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_versions;
    QLabel *m_licence;
    QLabel *m_databaseCaption;
    QLabel *m_database;
    QDialogButtonBox *m_buttons;
};
