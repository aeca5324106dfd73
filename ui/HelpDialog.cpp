#include "HelpDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpDialog::HelpDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_browser(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_browser->setObjectName(QStringLiteral("helpText"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);
    resize(640, 560);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QString HelpDialog::contents() const
{
    return m_browser->toPlainText();
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HelpDialog::retranslateUi()
{
    setWindowTitle(tr("Help"));
    m_browser->setAccessibleName(tr("Help text"));
    QString rows;
    const auto row = [&rows](const QString &what, const QString &keys) {
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(what.toHtmlEscaped(), keys.toHtmlEscaped());
    };
    for (const QAction *action : m_actions) {
        if (!action->shortcut().isEmpty())
            row(QString(action->text()).remove(QChar(u'&')).remove(QStringLiteral("...")),
                action->shortcut().toString(QKeySequence::NativeText));
    }
    row(tr("Move between connector cards"), tr("Up, Down"));
    row(tr("Open the details of the card"), tr("Enter"));
    row(tr("Switch Active on the card (asks for confirmation)"), tr("Space"));
    row(tr("Close a dialog without changes"), tr("Esc"));

    m_browser->setHtml(
        tr("<h2>Webex Contact Center connectors</h2>"
           "<p>A connector lets flows in Flow Designer call the Webex Contact Center APIs with "
           "the organisation's authorisation. Add one with <b>Set up</b> or <b>Add more</b> on "
           "the Webex Contact Center card: give it a unique name, choose read-only access, "
           "read-write access or both, and tick <i>I authorize</i>.</p>"
           "<p>A new connector is active. Its settings are read-only while it is active: switch "
           "<b>Active</b> off and confirm <b>Deactivate</b> to edit or delete it. Deactivating "
           "stops call routing for the flows that use it; do it outside business hours.</p>"
           "<p>Every change is recorded in the connector's <b>History</b>, and "
           "<b>Edit &gt; Undo</b> takes it back with a new, recorded change.</p>"
           "<h3>Keyboard</h3><table cellspacing=\"4\">%1</table>")
            .arg(rows));
    if (auto *close = m_buttons->button(QDialogButtonBox::Close))
        close->setAccessibleName(tr("Close"));
}
