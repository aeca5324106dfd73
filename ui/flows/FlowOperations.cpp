#include "ui/flows/FlowOperations.h"

#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/flows/FlowVersions.h"
#include "app/core/policy/SessionPolicy.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/SafeFile.h"
#include "ui/flows/ActivityEditorDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QDir>
#include <QFileInfo>

FlowOperations::FlowOperations(FlowService &flows, ConnectorService &connectors, QWidget *window)
    : QObject(window)
    , m_flows(flows)
    , m_connectors(connectors)
    , m_window(window)
{}

int FlowOperations::flaggedActivities(const Flow &flow) const
{
    auto problems = m_flows.problems(flow);
    if (!problems)
        return 0;
    return int(std::count_if(problems->cbegin(), problems->cend(),
                             [](const QList<CoreError> &list) { return !list.isEmpty(); }));
}

QStringList FlowOperations::flowsReplacedBy(const QStringList &files) const
{
    QList<Flow> flows;
    for (const QString &path : files) {
        // A file that cannot be read or is not a flow is reported by the import itself.
        const auto bytes = SafeFile::read(path, SafeFile::FlowFileLimit);
        if (!bytes)
            continue;
        auto flow = FlowDesignerFormat::read(*bytes, path);
        if (flow)
            flows.append(*flow);
    }
    // The core's own identity rule (flowId and version slot, console ID, else name), so the
    // question names exactly the flows the import will replace; a failure is the import's to
    // report.
    const auto replaced = m_flows.replacements(flows);
    QStringList labels;
    if (!replaced)
        return labels;
    for (const FlowReplacement &replacement : *replaced) {
        const QString label = FlowVersions::label(replacement.stored);
        if (!labels.contains(label))
            labels.append(label);
    }
    return labels;
}

// Re-importing replaces a flow whole, edits made here included: the admin says so first.
bool FlowOperations::confirmReplacing(const QStringList &names) const
{
    if (names.isEmpty())
        return true;
    MessageBox::Confirmation question;
    question.title = tr("Replace flows");
    question.text = tr("Replace %n flow(s) with the version in the chosen file(s)?", nullptr,
                       int(names.size()));
    question.informativeText =
        tr("Already in the console: %1. Each is replaced whole, including any HTTP Request "
           "activity edited here since it was imported; its ID stays the same.")
            .arg(names.join(QStringLiteral("; ")));
    question.confirmText = tr("&Replace");
    return MessageBox::confirm(m_window, question);
}

bool FlowOperations::importFlows()
{
    if (const Permission change = m_flows.sessionPolicy().changeFlows(); !change.allowed()) {
        MessageBox::warning(m_window, tr("Cannot import flows"), change.reason());
        return false;
    }
    const QStringList files = FileDialog::openFileNames(
        m_window, tr("Import flows"), tr("Flow Designer exports (*.json);;All files (*)"));
    if (files.isEmpty())
        return false;
    if (!confirmReplacing(flowsReplacedBy(files)))
        return false;
    auto imported = m_flows.importFiles(files);
    if (!imported) {
        MessageBox::warning(m_window, tr("Could not import flows"), tr("Nothing was imported."),
                            imported.error().message());
        return false;
    }
    int replaced = 0;
    int flagged = 0;
    for (const FlowImportOutcome &outcome : std::as_const(*imported)) {
        replaced += outcome.replaced ? 1 : 0;
        flagged += flaggedActivities(outcome.flow);
    }
    const int added = int(imported->size()) - replaced;
    QString details = tr("New: %1. Replaced: %2.").arg(added).arg(replaced);
    if (flagged > 0) {
        details += u' ' + tr("%n HTTP Request activity(s) break a rule and are flagged in the "
                             "Flows tab with the reason; edit them before the flow runs.",
                             nullptr, flagged);
    }
    // Flagged activities need the admin's attention before the flow runs: a warning, not news.
    const auto report = flagged > 0 ? &MessageBox::warning : &MessageBox::information;
    report(m_window, tr("Flows imported"),
           tr("Imported %n flow(s).", nullptr, int(imported->size())), details);
    Q_EMIT statusMessage(tr("Imported %n flow(s).", nullptr, int(imported->size())));
    if (!imported->isEmpty())
        Q_EMIT selectRequested(imported->first().flow.id);
    return true;
}

bool FlowOperations::exportFlow(const Flow &listed)
{
    // The list holds summaries; the export is the whole stored document, as it is now.
    auto whole = m_flows.find(listed.id);
    if (!whole) {
        MessageBox::warning(
            m_window, tr("Could not export the flow"),
            tr("The flow \"%1\" could not be read from the database.").arg(listed.name),
            whole.error().message());
        return false;
    }
    const Flow &flow = *whole;
    QString suggested = flow.name;
    for (const QChar bad : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        suggested.replace(bad, u'_');
    const QString path =
        FileDialog::saveFileName(m_window, tr("Export flow"), suggested + QStringLiteral(".json"),
                                 tr("Flow Designer exports (*.json)"));
    if (path.isEmpty())
        return false;
    // The same checked, atomic write as connectorctl's: never onto the open database's files.
    if (auto written =
            SafeFile::write(path, FlowService::exportDocument(flow), &m_flows.database());
        !written) {
        MessageBox::warning(m_window, tr("Could not export the flow"),
                            tr("The flow \"%1\" could not be written to %2.")
                                .arg(flow.name, QDir::toNativeSeparators(path)),
                            written.error().message());
        return false;
    }
    Q_EMIT statusMessage(
        tr("Exported the flow \"%1\" to %2.").arg(flow.name, QDir::toNativeSeparators(path)));
    return true;
}

bool FlowOperations::editActivity(const Flow &flow, const HttpRequestActivity &activity)
{
    ActivityEditorDialog dialog(flow, activity, m_flows, m_connectors, m_tokens, m_window);
    if (const Permission change = m_flows.sessionPolicy().changeFlows(); !change.allowed()) {
        dialog.setViewOnly(change.reason());
        dialog.exec();
        return false;
    }
    dialog.setSubmitHandler([this, &flow](const HttpRequestActivity &edited) {
        return m_flows.updateActivity(flow.id, edited, flow.revision);
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT statusMessage(
        tr("Saved the activity \"%1\" of \"%2\".").arg(dialog.activity().nodeName, flow.name));
    Q_EMIT selectRequested(flow.id);
    return true;
}

bool FlowOperations::deleteFlow(const Flow &flow)
{
    MessageBox::Confirmation question;
    question.title = tr("Delete flow");
    question.text = tr("Delete the flow \"%1\" and its %n HTTP Request activity(s)?", nullptr,
                       int(flow.activities.size()))
                        .arg(flow.name);
    question.informativeText = tr("The flow is removed from this console; Flow Designer keeps its "
                                  "own copy. Import its export again to bring it back.");
    question.confirmText = tr("&Delete");
    if (!MessageBox::confirm(m_window, question))
        return false;
    if (auto removed = m_flows.remove(flow.id, flow.revision); !removed) {
        MessageBox::warning(m_window, tr("Could not delete the flow"),
                            tr("The flow \"%1\" was not deleted.").arg(flow.name),
                            removed.error().message());
        return false;
    }
    Q_EMIT statusMessage(tr("Deleted the flow \"%1\".").arg(flow.name));
    return true;
}
