#include "ui/help/HelpDialog.h"

#include "ui/widgets/DialogKeyboard.h"
#include "ui/widgets/ScreenFit.h"
#include "ui/window/ShortcutCatalogue.h"

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
    ScreenFit::resizeWithin(this, QSize(640, 560));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The keyboard table is read from the actions: rebuild it when they change.
    for (QAction *action : m_actions)
        connect(action, &QAction::changed, this, &HelpDialog::retranslateUi);
    retranslateUi();
    DialogKeyboard::setTabOrder({m_browser}, m_buttons);
    DialogKeyboard::completeMnemonics(m_buttons);
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
    for (const ShortcutCatalogue::Entry &entry : ShortcutCatalogue::entries(m_actions)) {
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(entry.command.toHtmlEscaped(), entry.keys.toHtmlEscaped());
    }

    const QString html =
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
            .arg(rows);
    // Actions change often (enabled state, tooltips): keep the reader's place unless the text
    // itself changed.
    if (html != m_html) {
        m_html = html;
        m_browser->setHtml(html);
    }
    m_browser->setAccessibleDescription(tr("How the Connectors tab works, and every keyboard "
                                           "shortcut"));
}
