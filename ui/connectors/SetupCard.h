#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The "Webex Contact Center" card at the top of the Connectors tab: icon, one-line description,
// and Set up (no connector yet) or Add more (one or more), disabled with the reason when the role
// or the licence does not allow adding a connector.
class SetupCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupCard)

public:
    explicit SetupCard(QWidget *parent = nullptr);

    void setConnectorCounts(int total, int active);
    // An empty reason enables the button; otherwise it is the button's tooltip and, when
    // `showReason`, a line on the card.
    void setCreateRefusal(const QString &reason, bool showReason = true);
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void addRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_total = 0;
    int m_active = 0;
    QString m_refusal;
    bool m_showRefusal = true;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_counts;
    QLabel *m_refusalLabel;
    QPushButton *m_button;
};
