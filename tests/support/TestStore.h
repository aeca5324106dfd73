#pragma once

#include "app/core/service/AdminDirectory.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/store/Database.h"

#include <memory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

// A fresh database, initialised as on first run, with helpers to add administrators of any role
// and connectors in any state. By default an SQLite file in a private temporary folder; when
// CONNECTORS_TEST_POSTGRES holds a server URL (postgresql://user@host:port/), a new database on
// that server, dropped afterwards, so the same tests cover both backends.
class TestStore final
{
public:
    TestStore()
    {
        QVERIFY2(m_dir.isValid(), "temporary folder");
        const QString server = qEnvironmentVariable("CONNECTORS_TEST_POSTGRES");
        if (server.isEmpty()) {
            m_location = m_dir.filePath(QStringLiteral("connectors.sqlite"));
        } else {
            m_serverDatabase =
                QStringLiteral("t_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
            QVERIFY(serverCommand(server, QStringLiteral("CREATE DATABASE ") + m_serverDatabase));
            m_location = server + m_serverDatabase;
        }
        open();
    }

    ~TestStore()
    {
        close();
        if (!m_serverDatabase.isEmpty())
            serverCommand(qEnvironmentVariable("CONNECTORS_TEST_POSTGRES"),
                          QStringLiteral("DROP DATABASE IF EXISTS ") + m_serverDatabase);
    }

    static bool onServer() { return !qEnvironmentVariableIsEmpty("CONNECTORS_TEST_POSTGRES"); }

    // The location to open: a file path or a server URL.
    QString path() const { return m_location; }
    QString folder() const { return m_dir.path(); }
    Database &database() { return *m_database; }
    ConnectorService &service() { return *m_service; }
    const AdminAccount &owner() const { return m_owner; }

    void open()
    {
        m_service.reset();
        m_database.reset();
        auto database = Database::open(m_location);
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
    // Runs one statement in the server's maintenance database (CREATE/DROP DATABASE cannot run
    // inside the database they affect).
    static bool serverCommand(const QString &server, const QString &statement)
    {
        const QString name = QUuid::createUuid().toString();
        bool ok = false;
        {
            const QUrl url(server + QStringLiteral("postgres"));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(statement);
                if (!ok)
                    qWarning() << query.lastError().text();
            } else {
                qWarning() << db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_location;
    QString m_serverDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConnectorService> m_service;
    AdminAccount m_owner;
};
