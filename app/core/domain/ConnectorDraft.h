#pragma once

#include "app/core/domain/AccessLevel.h"

#include <QString>
#include <QUuid>

// What a person asks for when adding or editing a connector. `id` is only carried so that the
// core can refuse an attempt to change it: an edit whose draft names another ID is rejected.
struct ConnectorDraft
{
    QUuid id;
    QString name;
    AccessLevels access;
    bool consent = false;
};
