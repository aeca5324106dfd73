#pragma once

#include <QObject>
#include <QUuid>

class AccessTokenStore;
class ConnectorService;
class FlowService;
class QWidget;
struct Flow;
struct HttpRequestActivity;

// What the Flows tab's commands do: import Flow Designer exports (several files, a summary of
// what was imported, replaced and flagged), export a flow, edit an activity in the editor, and
// delete a flow after a confirmation. Every message goes through the MessageBox facade and every
// file dialog through FileDialog, so tests can answer them.
class FlowOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowOperations)

public:
    FlowOperations(FlowService &flows, ConnectorService &connectors, QWidget *window);

    // With a token store, the activity editor offers "Send test request".
    void setAccessTokenStore(AccessTokenStore *tokens) { m_tokens = tokens; }

    // True when something was imported.
    bool importFlows();
    bool exportFlow(const Flow &flow);
    // True when the edited activity was saved.
    bool editActivity(const Flow &flow, const HttpRequestActivity &activity);
    bool deleteFlow(const Flow &flow);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The flow to select after an import or an edit.
    void selectRequested(const QUuid &flowId);

private:
    int flaggedActivities(const Flow &flow) const;
    // The stored flows that importing these files would replace (FlowService::replacements()),
    // each named with its version: "Main IVR (Live version 7)".
    QStringList flowsReplacedBy(const QStringList &files) const;
    bool confirmReplacing(const QStringList &names) const;

    FlowService &m_flows;
    ConnectorService &m_connectors;
    QWidget *m_window;
    AccessTokenStore *m_tokens = nullptr;
};
