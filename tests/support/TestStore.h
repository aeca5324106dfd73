#pragma once

#include "service/AdminDirectory.h"
#include "service/ConnectorService.h"
#include "store/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh database in a private temporary folder, initialised as on first run, with helpers to
// add administrators of any role and connectors in any state.
class TestStore final
{
public:
    TestStore()
    {
        QVERIFY2(m_dir.isValid(), "temporary folder");
        open();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("connectors.sqlite")); }
    QString folder() const { return m_dir.path(); }
    Database &database() { return *m_database; }
    ConnectorService &service() { return *m_service; }
    const AdminAccount &owner() const { return m_owner; }

    void open()
    {
        m_service.reset();
        m_database.reset();
        auto database = Database::open(path());
        QVERIFY2(database.ok(), database.ok() ? "" : qPrintable(database.error().message()));
        m_database = std::move(database).value();
        auto initialised = AdminDirectory(*m_database).ensureInitialised();
        QVERIFY(initialised.ok());
        auto owner = AdminDirectory(*m_database).defaultAdmin();
        QVERIFY(owner.ok());
        m_owner = *owner;
        m_service = std::make_unique<ConnectorService>(*m_database, m_owner);
    }

    void close()
    {
        m_service.reset();
        m_database.reset();
    }

    AdminAccount addAdmin(AdminRole role, const QString &email)
    {
        auto added = AdminDirectory(*m_database).add(m_owner, email, QString(), role);
        if (!added)
            qWarning() << added.error().message();
        return added ? *added : AdminAccount();
    }

    Connector addConnector(const QString &name, AccessLevels access = AccessLevel::ReadOnly,
                           bool active = true)
    {
        ConnectorService service(*m_database, m_owner);
        auto created = service.create({{}, name, access, true});
        if (!created) {
            qWarning() << created.error().message();
            return {};
        }
        if (active)
            return *created;
        auto deactivated = service.deactivate(created->id);
        return deactivated ? *deactivated : Connector();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConnectorService> m_service;
    AdminAccount m_owner;
};
