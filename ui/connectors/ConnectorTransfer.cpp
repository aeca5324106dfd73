#include "ui/connectors/ConnectorTransfer.h"

#include "app/core/models/ConnectorListModel.h"
#include "app/core/service/ConnectorExchange.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/store/SafeFile.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QDate>

ConnectorTransfer::ConnectorTransfer(ConnectorService &service, ConnectorListModel &model,
                                     FlowService *flows)
    : m_service(service)
    , m_model(model)
    , m_flows(flows)
{}

QString ConnectorTransfer::counted(int connectors, int flows)
{
    return tr("%1 and %2")
        .arg(tr("%n connector(s)", nullptr, connectors), tr("%n flow(s)", nullptr, flows));
}

QString ConnectorTransfer::fileFilter()
{
    return tr("Connector exports (*.json);;All files (*)");
}

bool ConnectorTransfer::exportConnectors(QWidget *parent)
{
    const QString suggested =
        QStringLiteral("connectors-%1.json").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        FileDialog::saveFileName(parent, tr("Export connectors"), suggested, fileFilter());
    if (path.isEmpty())
        return false;
    auto written = ConnectorExchange(m_service.database()).exportToFile(m_service.actor(), path);
    if (!written) {
        MessageBox::warning(parent, tr("Export connectors"),
                            tr("The connectors were not exported."), written.error().message());
        return false;
    }
    if (written->writeError) {
        MessageBox::warning(parent, tr("Export connectors"),
                            tr("The file %1 could not be written.").arg(path),
                            written->writeError->message());
        return false;
    }
    MessageBox::information(
        parent, tr("Export connectors"),
        tr("Exported %1 to %2.").arg(counted(written->connectors, written->flows), path));
    return true;
}

bool ConnectorTransfer::importConnectors(QWidget *parent)
{
    const QString path = FileDialog::openFileName(parent, tr("Import connectors"), fileFilter());
    if (path.isEmpty())
        return false;
    const auto read = SafeFile::read(path, SafeFile::ExchangeLimit);
    if (!read) {
        MessageBox::warning(parent, tr("Import connectors"),
                            tr("The file %1 could not be read.").arg(path), read.error().message());
        return false;
    }
    const QByteArray &bytes = *read;
    const ConnectorExchange exchange(m_service.database());

    // Check first and show every problem: a file with one bad record imports nothing.
    const auto checked = exchange.check(m_service.actor(), bytes);
    auto reportProblems = [&](const QList<ConnectorExchange::Problem> &problems) {
        QStringList lines;
        for (const auto &problem : problems) {
            lines.append(problem.position.isEmpty()
                             ? problem.message
                             : tr("%1: %2").arg(problem.position, problem.message));
        }
        MessageBox::warning(
            parent, tr("Import connectors"),
            tr("Nothing was imported from %1: fix these problems and try again.").arg(path),
            lines.join(u'\n'));
    };
    if (!checked.problems.isEmpty()) {
        reportProblems(checked.problems);
        return false;
    }
    MessageBox::Confirmation confirmation;
    confirmation.title = tr("Import connectors");
    confirmation.text =
        tr("Import %1 from %2?")
            .arg(counted(int(checked.imported.size()), int(checked.flows.size())), path);
    confirmation.informativeText =
        tr("Connectors keep their IDs, state and authorisation records; a flow replaces the flow "
           "of the same name. Each import is recorded in the history.");
    confirmation.confirmText = tr("&Import");
    confirmation.destructive = false;
    if (!MessageBox::confirm(parent, confirmation))
        return false;

    auto applied = exchange.import(m_service.actor(), bytes, m_flows);
    if (!applied) {
        MessageBox::warning(parent, tr("Import connectors"), tr("Nothing was imported."),
                            applied.error().message());
        return false;
    }
    if (!applied->problems.isEmpty()) { // the store changed between the check and the import
        reportProblems(applied->problems);
        return false;
    }
    (void)m_model.refresh();
    MessageBox::information(
        parent, tr("Import connectors"),
        tr("Imported %1.")
            .arg(counted(int(applied->imported.size()), int(applied->flowsDone.size()))));
    return true;
}
