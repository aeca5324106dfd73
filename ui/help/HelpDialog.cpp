#include "ui/help/HelpDialog.h"

#include "ui/help/HelpTopics.h"
#include "ui/widgets/DialogKeyboard.h"
#include "ui/widgets/ScreenFit.h"
#include "ui/window/ShortcutCatalogue.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

HelpDialog::HelpDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_topics(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_topics->setObjectName(QStringLiteral("helpTopics"));
    m_browser->setObjectName(QStringLiteral("helpText"));
    // The chapters hold no links: Tab leaves the text for the buttons instead of visiting them.
    m_browser->setOpenLinks(false);
    m_topics->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *pages = new QHBoxLayout;
    pages->addWidget(m_topics);
    pages->addWidget(m_browser, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_buttons);
    ScreenFit::resizeWithin(this, QSize(860, 600));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topics, &QListWidget::currentRowChanged, this, &HelpDialog::showCurrentTopic);
    // The keyboard table is read from the actions: rebuild it when they change.
    for (QAction *action : m_actions)
        connect(action, &QAction::changed, this, &HelpDialog::retranslateUi);
    retranslateUi();
    m_topics->setCurrentRow(0);
    DialogKeyboard::setTabOrder({m_topics, m_browser}, m_buttons);
    DialogKeyboard::completeMnemonics(m_buttons);
    m_topics->setFocus();
}

QString HelpDialog::contents() const
{
    QStringList chapters;
    for (const QString &html : m_html) {
        QTextDocument document;
        document.setHtml(html);
        chapters.append(document.toPlainText());
    }
    return chapters.join(QStringLiteral("\n\n"));
}

QStringList HelpDialog::topicTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_topics->count(); ++row)
        titles.append(m_topics->item(row)->text());
    return titles;
}

bool HelpDialog::showTopic(const QString &id)
{
    const int row = int(m_ids.indexOf(id));
    if (row < 0)
        return false;
    m_topics->setCurrentRow(row);
    return true;
}

QString HelpDialog::shownText() const
{
    return m_browser->toPlainText();
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HelpDialog::showCurrentTopic()
{
    const int row = m_topics->currentRow();
    const QString html = row >= 0 && row < m_html.size() ? m_html.at(row) : QString();
    // Actions change often (enabled state, tooltips): keep the reader's place unless the text
    // itself changed.
    if (html == m_shownHtml)
        return;
    m_shownHtml = html;
    m_browser->setHtml(html);
    m_browser->setAccessibleDescription(row >= 0 ? m_topics->item(row)->text() : QString());
}

void HelpDialog::retranslateUi()
{
    setWindowTitle(tr("Help"));
    m_topics->setAccessibleName(tr("Help chapters"));
    m_topics->setAccessibleDescription(
        tr("The arrow keys choose a chapter; Tab moves to its text"));
    m_browser->setAccessibleName(tr("Help text"));
    QString rows;
    for (const ShortcutCatalogue::Entry &entry : ShortcutCatalogue::entries(m_actions)) {
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(entry.command.toHtmlEscaped(), entry.keys.toHtmlEscaped());
    }
    const QList<HelpTopics::Topic> topics = HelpTopics::all(rows);
    m_ids.clear();
    m_html.clear();
    QStringList titles;
    for (const HelpTopics::Topic &topic : topics) {
        m_ids.append(topic.id);
        m_html.append(topic.html);
        titles.append(topic.title);
    }
    if (titles != topicTitles()) {
        const int current = m_topics->currentRow();
        const QSignalBlocker blocker(m_topics);
        m_topics->clear();
        m_topics->addItems(titles);
        m_topics->setCurrentRow(qBound(0, current, int(titles.size()) - 1));
        // As wide as the longest title in this language, no wider.
        m_topics->setFixedWidth(m_topics->sizeHintForColumn(0) + 2 * m_topics->frameWidth() + 16);
    }
    showCurrentTopic();
}
