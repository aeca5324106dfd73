#pragma once

#include "app/connectorctl/Resolved.h"
#include "app/core/domain/AdminAccount.h"
#include "app/core/domain/CoreError.h"
#include "app/core/domain/Flow.h"

#include <memory>
#include <QString>
#include <QStringList>
#include <QUuid>

class ConnectorService;
class FlowService;
class Database;
class QJsonValue;

// What every connectorctl command works with: the open database, who acts, the output mode, and
// the helpers that print results and errors the same way for every command.
class CtlContext final
{
    Q_DECLARE_TR_FUNCTIONS(CtlContext)

public:
    CtlContext(Database &database, AdminAccount admin, bool json);
    ~CtlContext();

    Database &database() const { return m_database; }
    const AdminAccount &admin() const { return m_admin; }
    bool json() const { return m_json; }
    ConnectorService &service() const { return *m_service; }
    FlowService &flows() const { return *m_flows; }

    void printJson(const QJsonValue &value) const;
    void printText(const QString &text) const;
    // Prints the error on stderr and returns the matching exit code.
    int fail(const CoreError &error) const;
    static int usage(const QString &message);

    // The one way a command reads a connector argument or a flow argument (the rules are
    // CommandParsing::connectorId's and ::flow's): what it names, or the exit code once the
    // reason it names nothing is printed (2 for a malformed or ambiguous argument, 1 or 4 when
    // the store refuses or fails).
    Resolved<QUuid> connector(const QString &argument) const;
    // A flowId held in two versions gives the one in `slot`, else the Live one with a note on
    // standard error naming the other (standard output stays the flow alone).
    Resolved<Flow> flow(const QString &argument,
                        std::optional<FlowVersionSlot> slot = std::nullopt) const;

private:
    Database &m_database;
    AdminAccount m_admin;
    bool m_json;
    std::unique_ptr<ConnectorService> m_service;
    std::unique_ptr<FlowService> m_flows;
};
