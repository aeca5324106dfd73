#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// connectorctl as a script sees it: a real process, its exit code, its stdout and stderr. The
// connector and flow tests share it, each test with a fresh database file.
class CtlFixture
{
protected:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    QTemporaryDir m_dir;
    QString m_database;
    int m_counter = 0;

    Run ctl(const QStringList &arguments, const QString &database = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"USER"_s, u"tester"_s);
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        process.setProcessEnvironment(environment);
        QStringList all{u"--database"_s, database.isEmpty() ? m_database : database, u"--lang"_s,
                        u"en"_s};
        process.start(qEnvironmentVariable("CONNECTORCTL"), all + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString addConnector(const QString &name, const QStringList &access = {u"read-only"_s})
    {
        QStringList arguments{u"--json"_s, u"add"_s, u"--name"_s, name, u"--authorize"_s};
        for (const QString &level : access)
            arguments << u"--access"_s << level;
        const Run run = ctl(arguments);
        if (run.exitCode != 0)
            qWarning() << run.err;
        return run.json().object().value(u"id"_s).toString();
    }

    // A Flow Designer export with one HTTP Request activity per (connector, method) pair, plus
    // properties the console does not understand.
    static QJsonObject flowDocument(const QString &name,
                                    const QList<std::pair<QString, QString>> &requests)
    {
        QJsonArray nodes;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            nodes.append(QJsonObject{
                {u"id"_s, u"http%1"_s.arg(i + 1)},
                {u"name"_s, u"Request%1"_s.arg(i + 1)},
                {u"activityType"_s, u"action"_s},
                {u"group"_s, u"action"_s},
                {u"x-position"_s, QJsonObject{{u"x"_s, 120}, {u"y"_s, 80 * i}}},
                {u"properties"_s,
                 QJsonObject{{u"activityName"_s, u"http-request-v2"_s},
                             {u"authenticated"_s, true},
                             {u"connectorId"_s, requests.at(i).first},
                             {u"connectorId:name"_s, u"Name at export"_s},
                             {u"httpRequestPath"_s, u"/v1/customers"_s},
                             {u"httpRequestMethod"_s, requests.at(i).second},
                             {u"httpResponseTimeout"_s, u"3000"_s},
                             {u"designerNote"_s, u"kept as is"_s},
                             {u"outputVariableArray"_s,
                              QJsonArray{QJsonObject{{u"outputVariable"_s, u"customerId"_s},
                                                     {u"jsonPathExp"_s, u"$.data[0].id"_s},
                                                     {u"extra"_s, 1}}}}}}});
        }
        nodes.append(
            QJsonObject{{u"id"_s, u"play"_s},
                        {u"name"_s, u"PlayWelcome"_s},
                        {u"activityType"_s, u"action"_s},
                        {u"properties"_s, QJsonObject{{u"activityName"_s, u"play-message"_s},
                                                      {u"audioFile"_s, u"hi.wav"_s}}}});
        return {{u"name"_s, name},
                {u"flowType"_s, u"flow"_s},
                {u"description"_s, u"Test flow"_s},
                {u"variables"_s, QJsonArray{QJsonObject{{u"name"_s, u"customerId"_s}}}},
                {u"nodes"_s, nodes},
                {u"edges"_s,
                 QJsonArray{QJsonObject{{u"sourceId"_s, u"play"_s}, {u"targetId"_s, u"http1"_s}}}},
                {u"futureField"_s, QJsonArray{1, 2, 3}}};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"%1-%2"_s.arg(m_counter).arg(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    QString writeFlow(const QJsonObject &document)
    {
        return writeFile(document.value(u"name"_s).toString() + u".json"_s,
                         QJsonDocument(document).toJson());
    }

    // A fresh database file for each test, so tests never see each other's connectors.
    void useNewDatabase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("CONNECTORCTL"));
        m_database = m_dir.filePath(u"ctl-%1.sqlite"_s.arg(++m_counter));
    }

    // What a DBA or the first full administrator would do with the file's own tools.
    void setLogin(const QString &email, const QVariant &login)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            query.prepare(u"UPDATE admins SET login = ? WHERE email = ?"_s);
            query.addBindValue(login);
            query.addBindValue(email);
            QVERIFY2(query.exec() && query.numRowsAffected() == 1,
                     qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
    }
};
