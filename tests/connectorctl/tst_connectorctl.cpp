#include "tests/connectorctl/CtlFixture.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

// connectorctl as a script sees it: connectors, roles, identity, demo data, exit codes.
class TestConnectorCtl final : public QObject, private CtlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { useNewDatabase(); }

    void addListShowWithJson()
    {
        const Run added =
            ctl({u"--json"_s, u"add"_s, u"--name"_s, u"Queue statistics"_s, u"--access"_s,
                 u"read-only"_s, u"--access"_s, u"read-write"_s, u"--authorize"_s});
        QCOMPARE(added.exitCode, 0);
        const QJsonObject connector = added.json().object();
        for (const char *key : {"id", "name", "access", "scopes", "active", "authorizedBy",
                                "authorizedAt", "createdAt", "updatedAt", "revision"})
            QVERIFY2(connector.contains(QLatin1String(key)), key);
        QCOMPARE(connector.value(u"name"_s).toString(), u"Queue statistics"_s);
        QCOMPARE(connector.value(u"access"_s).toArray(),
                 QJsonArray({u"read-only"_s, u"read-write"_s}));
        QCOMPARE(connector.value(u"scopes"_s).toArray().size(), 4);
        QCOMPARE(connector.value(u"active"_s).toBool(), true);
        QCOMPARE(connector.value(u"authorizedBy"_s).toString(), u"tester@localhost"_s);
        const QString id = connector.value(u"id"_s).toString();

        const Run listed = ctl({u"--json"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().array().size(), 1);
        QCOMPARE(listed.json().array().first().toObject().value(u"id"_s).toString(), id);

        const Run text = ctl({u"list"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"Queue statistics"_s));
        QVERIFY(text.out.contains(id));

        const Run shown = ctl({u"show"_s, id.left(8)});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(u"cjp_config_write"_s));
        QVERIFY(shown.out.contains(id));
    }

    void lifecycleAndHistory()
    {
        const QString id = addConnector(u"Lifecycle"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(ctl({u"edit"_s, id, u"--name"_s, u"Renamed"_s}).exitCode, 1); // active
        QCOMPARE(ctl({u"deactivate"_s, id}).exitCode, 0);
        const Run edited = ctl({u"--json"_s, u"edit"_s, id, u"--name"_s, u"Renamed"_s,
                                u"--access"_s, u"read-write"_s});
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(edited.json().object().value(u"name"_s).toString(), u"Renamed"_s);
        QCOMPARE(edited.json().object().value(u"id"_s).toString(), id);
        QCOMPARE(ctl({u"activate"_s, id}).exitCode, 0);
        const Run refusedDelete = ctl({u"delete"_s, id});
        QCOMPARE(refusedDelete.exitCode, 1);
        QVERIFY(refusedDelete.err.contains(u"deactivate it first"_s));
        QCOMPARE(ctl({u"deactivate"_s, id}).exitCode, 0);
        QCOMPARE(ctl({u"delete"_s, id}).exitCode, 0);
        QCOMPARE(ctl({u"show"_s, id}).exitCode, 1);

        const Run history = ctl({u"--json"_s, u"history"_s, id});
        QCOMPARE(history.exitCode, 0);
        QStringList actions;
        for (const QJsonValue &entry : history.json().array())
            actions.prepend(entry.toObject().value(u"action"_s).toString());
        QCOMPARE(actions, (QStringList{u"create"_s, u"deactivate"_s, u"update"_s, u"activate"_s,
                                       u"deactivate"_s, u"delete"_s}));
        const Run textHistory = ctl({u"history"_s});
        QCOMPARE(textHistory.exitCode, 0);
        QVERIFY(textHistory.out.contains(u"Lifecycle -> Renamed"_s));
    }

    void ruleRefusalsExitOneWithTheRule_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("rule");
        QTest::newRow("no consent")
            << QStringList{u"add"_s, u"--name"_s, u"X"_s, u"--access"_s, u"read-only"_s}
            << u"consent.required"_s;
        QTest::newRow("no access")
            << QStringList{u"add"_s, u"--name"_s, u"X"_s, u"--authorize"_s} << u"access.required"_s;
        QTest::newRow("no name") << QStringList{u"add"_s, u"--access"_s, u"read-only"_s,
                                                u"--authorize"_s}
                                 << u"name.required"_s;
        QTest::newRow("duplicate") << QStringList{u"add"_s,      u"--name"_s,    u"  EXISTING "_s,
                                                  u"--access"_s, u"read-only"_s, u"--authorize"_s}
                                   << u"name.duplicate"_s;
        QTest::newRow("too long") << QStringList{u"add"_s,      u"--name"_s,    QString(81, u'x'),
                                                 u"--access"_s, u"read-only"_s, u"--authorize"_s}
                                  << u"name.too-long"_s;
        QTest::newRow("unknown id")
            << QStringList{u"show"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}
            << u"connector.not-found"_s;
        QTest::newRow("unknown admin")
            << QStringList{u"--admin"_s, u"nobody@example.com"_s, u"list"_s} << u""_s;
    }

    void ruleRefusalsExitOneWithTheRule()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, rule);
        QVERIFY(!addConnector(u"Existing"_s).isEmpty());
        const Run run = ctl(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        if (!rule.isEmpty())
            QVERIFY2(run.err.contains(u"[%1]"_s.arg(rule)), qPrintable(run.err));
        QVERIFY(!run.err.trimmed().isEmpty());
        QCOMPARE(ctl({u"--json"_s, u"list"_s}).json().array().size(), 1);
    }

    void idCannotBeChangedThroughEdit()
    {
        const QString id = addConnector(u"Fixed"_s);
        QCOMPARE(ctl({u"deactivate"_s, id}).exitCode, 0);
        const Run run = ctl({u"edit"_s, id, u"--id"_s, QUuid::createUuid().toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"[id.immutable]"_s), qPrintable(run.err));
        const Run listed = ctl({u"--json"_s, u"list"_s});
        QCOMPARE(listed.json().array().first().toObject().value(u"id"_s).toString(), id);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"list"_s, u"--colour"_s};
        QTest::newRow("bad access") << QStringList{u"add"_s,      u"--name"_s, u"X"_s,
                                                   u"--access"_s, u"admin"_s,  u"--authorize"_s};
        QTest::newRow("show without id") << QStringList{u"show"_s};
        QTest::newRow("malformed id") << QStringList{u"show"_s, u"not-an-id!"_s};
        QTest::newRow("edit nothing") << QStringList{u"edit"_s, QUuid::createUuid().toString()};
        QTest::newRow("unknown role")
            << QStringList{u"admins"_s, u"add"_s, u"a@example.com"_s, u"--role"_s, u"superuser"_s};
        QTest::newRow("admins without sub-command") << QStringList{u"admins"_s};
        QTest::newRow("bad demo size") << QStringList{u"demo"_s, u"--connectors"_s, u"many"_s};
        QTest::newRow("bad demo flows") << QStringList{u"demo"_s, u"--flows"_s, u"-1"_s};
        QTest::newRow("flows without sub-command") << QStringList{u"flows"_s};
        QTest::newRow("unknown flows sub-command") << QStringList{u"flows"_s, u"edit"_s};
        QTest::newRow("flows show without flow") << QStringList{u"flows"_s, u"show"_s};
        QTest::newRow("flows import without file") << QStringList{u"flows"_s, u"import"_s};
        QTest::newRow("flows import missing file")
            << QStringList{u"flows"_s, u"import"_s, u"/no/such/flow.json"_s};
        QTest::newRow("flows export too many")
            << QStringList{u"flows"_s, u"export"_s, u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("where-used without id") << QStringList{u"where-used"_s};
        QTest::newRow("where-used malformed id") << QStringList{u"where-used"_s, u"nope!"_s};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = ctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"connectorctl --help"_s));
    }

    // A mistyped value is found before a database is opened, so it never creates one.
    void valueMistakesCreateNoDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("limit not a number") << QStringList{u"history"_s, u"--limit"_s, u"abc"_s};
        QTest::newRow("limit zero") << QStringList{u"history"_s, u"--limit"_s, u"0"_s};
        QTest::newRow("id that is an option") << QStringList{u"show"_s, u"--"_s, u"-1"_s};
        QTest::newRow("flows import without file") << QStringList{u"flows"_s, u"import"_s};
        QTest::newRow("bad access") << QStringList{u"add"_s,      u"--name"_s, u"X"_s,
                                                   u"--access"_s, u"bogus"_s,  u"--authorize"_s};
        QTest::newRow("negative demo") << QStringList{u"demo"_s, u"--connectors"_s, u"-1"_s};
        QTest::newRow("unknown role")
            << QStringList{u"admins"_s, u"add"_s, u"a@example.com"_s, u"--role"_s, u"boss"_s};
        QTest::newRow("where-used not an id") << QStringList{u"where-used"_s, u"nope!"_s};
    }

    void valueMistakesCreateNoDatabase()
    {
        QFETCH(QStringList, arguments);
        const QString fresh = m_dir.filePath(u"never-created.sqlite"_s);
        const Run run = ctl(arguments, fresh);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!QFileInfo::exists(fresh), qPrintable(run.err));
    }

    void helpAndVersion()
    {
        const Run help = ctl({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *command :
             {"list", "show", "add", "edit", "deactivate", "activate", "delete", "history",
              "admins list", "admins add", "demo", "flows list", "flows show", "flows import",
              "flows export", "where-used", "--flows"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        QVERIFY(help.out.contains(u"external-read-only-admin"_s));
    }

    void rolesApplyToTheCommandLine()
    {
        const QString id = addConnector(u"Guarded"_s);
        QCOMPARE(ctl({u"admins"_s, u"add"_s, u"help@example.com"_s, u"--role"_s,
                      u"support-basic-admin"_s})
                     .exitCode,
                 0);
        QCOMPARE(ctl({u"admins"_s, u"add"_s, u"ro@example.com"_s, u"--role"_s, u"read-only-admin"_s,
                      u"--name"_s, u"Read Only"_s})
                     .exitCode,
                 0);
        const Run admins = ctl({u"--json"_s, u"admins"_s, u"list"_s});
        QCOMPARE(admins.json().array().size(), 3);

        const QStringList asHelp{u"--admin"_s, u"help@example.com"_s};
        QCOMPARE(ctl(asHelp + QStringList{u"list"_s}).exitCode, 0);
        const Run refused = ctl(asHelp + QStringList{u"deactivate"_s, id});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(u"[role.read-only]"_s));
        const Run noAccess = ctl({u"--admin"_s, u"ro@example.com"_s, u"list"_s});
        QCOMPARE(noAccess.exitCode, 1);
        QVERIFY(noAccess.err.contains(u"[role.no-access]"_s));
        const Run cannotAddAdmins =
            ctl(asHelp + QStringList{u"admins"_s, u"add"_s, u"x@example.com"_s, u"--role"_s,
                                     u"full-admin"_s});
        QCOMPARE(cannotAddAdmins.exitCode, 1);
        // Global options go before the command only: after it they are a usage error.
        const Run late = ctl({u"list"_s, u"--admin"_s, u"ro@example.com"_s});
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(late.err.contains(u"before the command"_s), qPrintable(late.err));
    }

    void identityComesFromTheOsUserNotFromAdmin()
    {
        // The first run binds the OS user to the full administrator it creates; --admin names
        // whom a full administrator acts as, and history shows both.
        const QString id = addConnector(u"Queue statistics"_s);
        QCOMPARE(ctl({u"admins"_s, u"add"_s, u"marco@example.org"_s, u"--role"_s,
                      u"partner-full-admin"_s})
                     .exitCode,
                 0);
        QCOMPARE(ctl({u"--admin"_s, u"marco@example.org"_s, u"deactivate"_s, id}).exitCode, 0);
        const Run history = ctl({u"history"_s, id});
        QVERIFY2(history.out.contains(u"tester@localhost acting as marco@example.org"_s),
                 qPrintable(history.out));
        const Run json = ctl({u"--json"_s, u"history"_s, id});
        QCOMPARE(json.json().array().first().toObject().value(u"realActor"_s).toString(),
                 u"tester@localhost"_s);

        // Bound to the partner instead, the OS user cannot act as the full administrator.
        const QString osUser = ctl({u"--json"_s, u"admins"_s, u"list"_s})
                                   .json()
                                   .array()
                                   .first()
                                   .toObject()
                                   .value(u"login"_s)
                                   .toString();
        QVERIFY(!osUser.isEmpty());
        setLogin(u"tester@localhost"_s, QVariant(QMetaType::fromType<QString>()));
        setLogin(u"marco@example.org"_s, osUser);
        const Run escalated = ctl({u"--admin"_s, u"tester@localhost"_s, u"activate"_s, id});
        QCOMPARE(escalated.exitCode, 1);
        QVERIFY2(escalated.err.contains(u"Only a full administrator may act as another"_s),
                 qPrintable(escalated.err));
        // Its own role applies: a partner full administrator cannot make a full administrator.
        const Run granted =
            ctl({u"admins"_s, u"add"_s, u"evil@example.org"_s, u"--role"_s, u"full-admin"_s});
        QCOMPARE(granted.exitCode, 1);
        QVERIFY2(granted.err.contains(u"cannot grant"_s), qPrintable(granted.err));
        QCOMPARE(ctl({u"--json"_s, u"admins"_s, u"list"_s}).json().array().size(), 2);

        // An OS user bound to no account is refused with the reason.
        setLogin(u"marco@example.org"_s, u"somebody-else"_s);
        const Run stranger = ctl({u"list"_s});
        QCOMPARE(stranger.exitCode, 1);
        QVERIFY2(stranger.err.contains(osUser) && stranger.err.contains(u"bound to no"_s),
                 qPrintable(stranger.err));
    }

    void demoByAServiceAdministratorAddsNoAccounts()
    {
        QCOMPARE(
            ctl({u"admins"_s, u"add"_s, u"svc@example.com"_s, u"--role"_s, u"cc-service-admin"_s})
                .exitCode,
            0);
        const Run demo = ctl({u"--json"_s, u"--admin"_s, u"svc@example.com"_s, u"demo"_s,
                              u"--connectors"_s, u"3"_s});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(demo.json().object().value(u"adminsAdded"_s).toInt(), 0);
        QCOMPARE(ctl({u"--json"_s, u"admins"_s, u"list"_s}).json().array().size(), 2);
        // A full administrator's demo adds the accounts, each with its audit row.
        QCOMPARE(ctl({u"demo"_s, u"--connectors"_s, u"1"_s}).exitCode, 0);
        int accountRows = 0;
        for (const QJsonValue &row : ctl({u"--json"_s, u"history"_s}).json().array())
            accountRows += row.toObject().value(u"action"_s).toString() == u"admin-add"_s;
        QCOMPARE(accountRows, 11); // svc and the ten demo accounts
    }

    void demoFillsTheDatabase()
    {
        const Run demo = ctl({u"--json"_s, u"demo"_s, u"--connectors"_s, u"250"_s});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(demo.json().object().value(u"connectorsAdded"_s).toInt(), 250);
        QVERIFY(demo.json().object().value(u"inactive"_s).toInt() > 0);
        const QJsonArray all = ctl({u"--json"_s, u"list"_s}).json().array();
        QCOMPARE(all.size(), 250);
        QSet<QString> names;
        for (const QJsonValue &value : all)
            names.insert(value.toObject().value(u"name"_s).toString().toCaseFolded());
        QCOMPARE(names.size(), 250);
        // Running it again adds more without clashing.
        QCOMPARE(ctl({u"demo"_s, u"--connectors"_s, u"10"_s}).exitCode, 0);
        QCOMPARE(ctl({u"--json"_s, u"list"_s}).json().array().size(), 260);
        QCOMPARE(ctl({u"--json"_s, u"admins"_s, u"list"_s}).json().array().size(), 11);
    }

    void databaseErrorsExitFour()
    {
        const QString notes = m_dir.filePath(u"notes.txt"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        for (const QStringList &command :
             {QStringList{u"list"_s}, QStringList{u"flows"_s, u"list"_s},
              QStringList{u"where-used"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}}) {
            const Run run = ctl(command, notes);
            QCOMPARE(run.exitCode, 4);
            QVERIFY(run.err.contains(notes));
            QVERIFY(run.err.contains(u"not a connectors database"_s));
        }
    }

    void exportThenImportIntoAnotherDatabase()
    {
        const QString id = addConnector(u"Exported"_s, {u"read-write"_s});
        QCOMPARE(ctl({u"deactivate"_s, id}).exitCode, 0);
        const QString file = m_dir.filePath(u"export-%1.json"_s.arg(m_counter));
        QCOMPARE(ctl({u"export"_s, file}).exitCode, 0);

        const QString other = m_dir.filePath(u"other-%1.sqlite"_s.arg(m_counter));
        const Run dry = ctl({u"import"_s, file, u"--dry-run"_s}, other);
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(ctl({u"--json"_s, u"list"_s}, other).json().array().size(), 0);
        const Run imported = ctl({u"--json"_s, u"import"_s, file}, other);
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject connector = ctl({u"--json"_s, u"show"_s, id}, other).json().object();
        QCOMPARE(connector.value(u"name"_s).toString(), u"Exported"_s);
        QCOMPARE(connector.value(u"active"_s).toBool(), false);

        // Importing the same file again clashes on every record and changes nothing.
        const Run again = ctl({u"import"_s, file}, other);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"connectors[0]"_s), qPrintable(again.err));
        QCOMPARE(ctl({u"--json"_s, u"list"_s}, other).json().array().size(), 1);

        QCOMPARE(ctl({u"import"_s, m_dir.filePath(u"missing.json"_s)}).exitCode, 2);
    }

    void jsonPathExitCodes_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("definite") << u"$.data[0].id"_s << 0 << u"\"AXR-1\""_s;
        QTest::newRow("indefinite") << u"$.data[?(@.active == true)].id"_s << 0 << u"AXR-2"_s;
        QTest::newRow("function") << u"$.data.length()"_s << 0 << u"2"_s;
        QTest::newRow("indefinite, no match") << u"$.data[?(@.id == 'none')]"_s << 0 << u"[]"_s;
        QTest::newRow("definite, no match") << u"$.data[0].missing"_s << 3 << QString();
        QTest::newRow("invalid") << u"$.data[?(@.id =="_s << 2 << QString();
    }

    void jsonPathExitCodes()
    {
        QFETCH(QString, expression);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        const QString document = m_dir.filePath(u"response.json"_s);
        QFile file(document);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"data":[{"id":"AXR-1","active":false},{"id":"AXR-2","active":true}]})");
        file.close();
        const Run run = ctl({u"jsonpath"_s, expression, document});
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 0)
            QVERIFY2(run.out.simplified().contains(output), qPrintable(run.out));
        else
            QVERIFY(!run.err.trimmed().isEmpty());
        if (exitCode == 2)
            QVERIFY2(run.err.contains(u"position"_s), qPrintable(run.err));
    }

    void argumentsThatAreNotUtf8AreRefused()
    {
        // QProcess cannot pass raw bytes; a shell can.
        QProcess process;
        process.start(u"/bin/sh"_s,
                      {u"-c"_s,
                       u"exec \"$0\" --database \"$1\" add --name \"$(printf 'Pla\\377in')\" "
                       "--access read-only --authorize"_s,
                       qEnvironmentVariable("CONNECTORCTL"), m_database});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"--name: the text is not valid UTF-8"_s), qPrintable(err));
        QCOMPARE(ctl({u"--json"_s, u"list"_s}).json().array().size(), 0);
    }

    void ukrainianMessages()
    {
        QProcess process;
        process.start(qEnvironmentVariable("CONNECTORCTL"),
                      {u"--database"_s, m_database, u"--lang"_s, u"uk"_s, u"add"_s, u"--name"_s,
                       u"X"_s, u"--access"_s, u"read-only"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"Я авторизую"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestConnectorCtl)
#include "tst_connectorctl.moc"
