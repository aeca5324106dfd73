#include "ConnectorTransfer.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "models/ConnectorListModel.h"
#include "service/ConnectorExchange.h"
#include "service/ConnectorService.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

ConnectorTransfer::ConnectorTransfer(ConnectorService &service, ConnectorListModel &model)
    : m_service(service)
    , m_model(model)
{}

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
    auto document = ConnectorExchange(m_service.database()).exportAll(m_service.actor());
    if (!document) {
        MessageBox::warning(parent, tr("Export connectors"),
                            tr("The connectors were not exported."), document.error().message());
        return false;
    }
    const QByteArray bytes = ConnectorExchange::toBytes(*document);
    // Written beside the target and renamed, so a failure never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::warning(parent, tr("Export connectors"),
                            tr("The file %1 could not be written.").arg(path), file.errorString());
        return false;
    }
    const int count = int(document->value(QStringLiteral("connectors")).toArray().size());
    MessageBox::information(parent, tr("Export connectors"),
                            tr("Exported %n connector(s) to %1.", nullptr, count).arg(path));
    return true;
}

bool ConnectorTransfer::importConnectors(QWidget *parent)
{
    const QString path = FileDialog::openFileName(parent, tr("Import connectors"), fileFilter());
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(parent, tr("Import connectors"),
                            tr("The file %1 could not be read.").arg(path), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
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
    const int count = int(checked.imported.size());
    MessageBox::Confirmation confirmation;
    confirmation.title = tr("Import connectors");
    confirmation.text = tr("Import %n connector(s) from %1?", nullptr, count).arg(path);
    confirmation.informativeText =
        tr("They keep their IDs, state and authorisation records. Each import is recorded in the "
           "connector's history.");
    confirmation.confirmText = tr("&Import");
    confirmation.destructive = false;
    if (!MessageBox::confirm(parent, confirmation))
        return false;

    auto applied = exchange.import(m_service.actor(), bytes);
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
        tr("Imported %n connector(s).", nullptr, int(applied->imported.size())));
    return true;
}
