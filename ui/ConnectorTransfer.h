#pragma once

#include <QCoreApplication>

class ConnectorListModel;
class ConnectorService;
class QWidget;

// File > Export connectors and File > Import connectors: the window's side of the core's
// ConnectorExchange. Export writes the versioned JSON atomically; import shows every problem with
// its record's position and changes nothing, or asks before importing all records at once.
class ConnectorTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorTransfer)

public:
    ConnectorTransfer(ConnectorService &service, ConnectorListModel &model);

    // Both return true when something was written (a file, or connectors into the store).
    bool exportConnectors(QWidget *parent);
    bool importConnectors(QWidget *parent);

private:
    static QString fileFilter();

    ConnectorService &m_service;
    ConnectorListModel &m_model;
};
