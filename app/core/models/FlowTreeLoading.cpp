// FlowTreeModel's background load: the flows of a large organisation are read, parsed and checked
// off the window's thread, so opening the Flows tab never freezes the window.
#include "app/core/models/FlowTreeModel.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/service/FlowService.h"
#include "app/core/store/Database.h"

#include <QPointer>
#include <QThread>

struct FlowTreeModel::Loaded
{
    Result<QList<Flow>> flows = QList<Flow>();
    Result<QHash<QUuid, Connector>> connectors = QHash<QUuid, Connector>();
};

FlowTreeModel::Loaded FlowTreeModel::readOnSecondConnection(const QString &file,
                                                            const AdminAccount &actor)
{
    Loaded loaded;
    auto database = Database::open(file);
    if (!database) {
        loaded.flows = database.error();
        loaded.connectors = database.error();
        return loaded;
    }
    {
        // The same questions reload() asks, with the same role check, on this connection.
        ConnectorService connectors(**database, actor);
        FlowService flows(connectors);
        loaded.flows = flows.list(FlowContent::Summary);
        loaded.connectors = loaded.flows ? flows.connectorsUsedBy(*loaded.flows)
                                         : Result<QHash<QUuid, Connector>>(loaded.flows.error());
    }
    return loaded;
}

bool FlowTreeModel::reloadInBackground()
{
    const QString file = m_flows.database().filePath();
    if (file.isEmpty()) {
        // A server's URL keeps no password to open a second connection with: read here.
        if (auto loaded = reload(); !loaded)
            Q_EMIT loadFailed(loaded.error());
        else
            Q_EMIT loadFinished();
        return false;
    }
    if (m_loading) {
        // The running load may have read the store before the change that asks again.
        m_changedWhileLoading = true;
        return true;
    }
    if (m_loader)
        m_loader->wait(); // finished: its answer was delivered
    m_loading = true;
    m_changedWhileLoading = false;
    const AdminAccount actor = m_connectors.actor();
    // The worker posts its answer to the model's thread; the destructor joins the worker, so the
    // model outlives the post, and an answer posted to a model being destroyed is dropped.
    QPointer<FlowTreeModel> self(this);
    m_loader.reset(QThread::create([self, file, actor] {
        auto loaded = std::make_shared<Loaded>(readOnSecondConnection(file, actor));
        QMetaObject::invokeMethod(
            self.data(),
            [self, loaded] {
                if (self)
                    self->onBackgroundLoaded(loaded);
            },
            Qt::QueuedConnection);
    }));
    m_loader->start();
    return true;
}

void FlowTreeModel::onBackgroundLoaded(const std::shared_ptr<Loaded> &loaded)
{
    m_loading = false;
    if (m_changedWhileLoading) {
        // Stale: read again rather than show rows the store no longer holds.
        m_changedWhileLoading = false;
        reloadInBackground();
        return;
    }
    if (auto applied = applyLoaded(loaded->flows, loaded->connectors); !applied)
        Q_EMIT loadFailed(applied.error());
    else
        Q_EMIT loadFinished();
}
