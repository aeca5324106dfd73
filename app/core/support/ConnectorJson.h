#pragma once

#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/AuditEntry.h"
#include "app/core/domain/Connector.h"

#include <QJsonObject>

// The JSON shapes the core hands out: connectorctl --json output and the audit log's before and
// after snapshots. Keys are part of connectorctl's interface.
class ConnectorJson final
{
public:
    ConnectorJson() = delete;

    static QJsonObject toJson(const Connector &connector);
    // Only the fields a person changes or cares about in history; bookkeeping (revision, updated
    // by/at) is left out so that "what changed" lists real changes.
    static QJsonObject auditSnapshot(const Connector &connector);
    static QJsonObject toJson(const AdminAccount &admin);
    static QJsonObject toJson(const AuditEntry &entry);
};
