#pragma once

#include <QCoreApplication>

class ConnectorListModel;
class ConnectorService;
class FlowService;
class QWidget;

// File > Export connectors and File > Import connectors: the window's side of the core's
// ConnectorExchange, carrying the connectors and the flows that use them. Export writes the
// versioned JSON atomically; import shows every problem with its record's position and changes
// nothing, or asks before importing all records at once.
class ConnectorTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorTransfer)

public:
    // With `flows`, imported flows go through the window's flow service, which tells the Flows
    // tab; without it they are imported all the same, by a flow service of the exchange's own.
    ConnectorTransfer(ConnectorService &service, ConnectorListModel &model,
                      FlowService *flows = nullptr);

    // Both return true when something was written (a file, or records into the store).
    bool exportConnectors(QWidget *parent);
    bool importConnectors(QWidget *parent);

private:
    static QString fileFilter();
    static QString counted(int connectors, int flows);

    ConnectorService &m_service;
    ConnectorListModel &m_model;
    FlowService *m_flows;
};
