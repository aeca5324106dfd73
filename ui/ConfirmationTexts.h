#pragma once

#include "domain/Connector.h"
#include "MessageBox.h"

#include <QCoreApplication>

// The wording of the Deactivate, Activate and Delete confirmations, with the product spec's
// warnings. Each names the flows that use the connector once flows exist; until then it gives
// their count, which is always 0.
class ConfirmationTexts final
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationTexts)

public:
    ConfirmationTexts() = delete;

    static MessageBox::Confirmation deactivate(const Connector &connector, int flowCount = 0);
    static MessageBox::Confirmation activate(const Connector &connector, int flowCount = 0);
    static MessageBox::Confirmation remove(const Connector &connector, int flowCount = 0);

    static QString flowsUsing(int flowCount);
};
