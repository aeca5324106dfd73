#include "ConfirmationTexts.h"

QString ConfirmationTexts::flowsUsing(int flowCount)
{
    // A count until flows exist in the console; their names join it then.
    return tr("Flows using this connector: %1.").arg(flowCount);
}

MessageBox::Confirmation ConfirmationTexts::deactivate(const Connector &connector, int flowCount)
{
    return {tr("Deactivate connector"), tr("Deactivate the connector \"%1\"?").arg(connector.name),
            tr("Deactivating a connector stops call routing for every flow that uses it. We "
               "recommend deactivating connectors outside business hours.\n\n"
               "Its settings are kept: you can edit it while it is inactive and activate it "
               "again at any time.\n\n%1")
                .arg(flowsUsing(flowCount)),
            tr("&Deactivate"), true};
}

MessageBox::Confirmation ConfirmationTexts::activate(const Connector &connector, int flowCount)
{
    return {tr("Activate connector"), tr("Activate the connector \"%1\"?").arg(connector.name),
            tr("Flows in Flow Designer can use the connector again as soon as it is active. Its "
               "settings become read-only while it is active.\n\n%1")
                .arg(flowsUsing(flowCount)),
            tr("&Activate"), false};
}

MessageBox::Confirmation ConfirmationTexts::remove(const Connector &connector, int flowCount)
{
    return {tr("Delete connector"), tr("Delete the connector \"%1\"?").arg(connector.name),
            tr("After deletion, scripts that are running now may stop working, and the "
               "connector's functionality is removed from the associated flows.\n\n"
               "%1\n\nConnector ID: %2")
                .arg(flowsUsing(flowCount), connector.idText()),
            tr("&Delete"), true};
}
