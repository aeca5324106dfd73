#include "app/core/store/ConnectorRepository.h"
#include "app/core/validation/ConnectorValidator.h"
#include "tests/support/TestStore.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The connector rules as every caller meets them: through ConnectorService over a real SQLite file.
class TestConnectorService final : public QObject
{
    Q_OBJECT

private:
    static ConnectorDraft draft(const QString &name, AccessLevels access = AccessLevel::ReadOnly,
                                bool consent = true)
    {
        return {{}, name, access, consent};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createAssignsIdScopesConsentAndIsActive()
    {
        TestStore store;
        QSignalSpy created(&store.service(), &ConnectorService::connectorCreated);
        auto connector = store.service().create(
            draft(u"  Queue statistics  "_s, AccessLevel::ReadOnly | AccessLevel::ReadWrite));
        QVERIFY2(connector.ok(), connector.ok() ? "" : qPrintable(connector.error().message()));
        QVERIFY(!connector->id.isNull());
        QCOMPARE(connector->id.version(), QUuid::Random);
        QCOMPARE(connector->name, u"Queue statistics"_s); // trimmed
        QVERIFY(connector->active);
        QCOMPARE(connector->scopes(), (QStringList{u"cjp_config"_s, u"cjp_config_read"_s,
                                                   u"cjp_config_write"_s, u"cjp_user"_s}));
        QCOMPARE(connector->authorizedBy, store.owner().email);
        QVERIFY(qAbs(connector->authorizedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(connector->revision, 1);
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.first().first().value<QUuid>(), connector->id);
    }

    void createRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("access");
        QTest::addColumn<bool>("consent");
        QTest::addColumn<QString>("rule");
        QTest::newRow("no name") << u" "_s << 1 << true << u"name.required"_s;
        QTest::newRow("too long") << QString(81, u'n') << 1 << true << u"name.too-long"_s;
        QTest::newRow("control") << u"a\u0007b"_s << 1 << true << u"name.control-characters"_s;
        QTest::newRow("no access") << u"Reports"_s << 0 << true << u"access.required"_s;
        QTest::newRow("no consent") << u"Reports"_s << 1 << false << u"consent.required"_s;
        QTest::newRow("duplicate, other case and spaces")
            << u"  QUEUE stats "_s << 1 << true << u"name.duplicate"_s;
        QTest::newRow("duplicate, cyrillic case") << u"звіти"_s << 1 << true << u"name.duplicate"_s;
    }

    void createRefusals()
    {
        QFETCH(QString, name);
        QFETCH(int, access);
        QFETCH(bool, consent);
        QFETCH(QString, rule);
        TestStore store;
        const Connector existing = store.addConnector(u"Queue Stats"_s);
        store.addConnector(u"ЗВІТИ"_s);
        auto refused =
            store.service().create({{}, name, ConnectorAccess::fromStorage(access), consent});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().ruleKey(), rule);
        if (rule == u"name.duplicate"_s) {
            // The message names the clashing connector.
            QVERIFY(refused.error().message().contains(u"Queue Stats"_s) ||
                    refused.error().message().contains(u"ЗВІТИ"_s));
        }
        QCOMPARE(store.service().list()->size(), 2); // nothing was added
        QCOMPARE(store.service().history()->size(), 2);
        Q_UNUSED(existing);
    }

    void editOnlyWhileInactive()
    {
        TestStore store;
        const Connector active = store.addConnector(u"Team roster"_s);
        auto refused = store.service().update(active.id, draft(u"Team roster 2"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::EditWhileActive);
        QCOMPARE(store.service().find(active.id)->name, u"Team roster"_s);

        QVERIFY(store.service().deactivate(active.id));
        auto edited =
            store.service().update(active.id, draft(u"Team roster 2"_s, AccessLevel::ReadWrite));
        QVERIFY(edited);
        QCOMPARE(edited->name, u"Team roster 2"_s);
        QCOMPARE(edited->access, AccessLevels(AccessLevel::ReadWrite));
        QCOMPARE(edited->id, active.id);
        QCOMPARE(edited->revision, 3); // create, deactivate, edit
        QVERIFY(!edited->active);      // editing keeps it inactive
    }

    void editValidatesAndKeepsNameUnique()
    {
        TestStore store;
        store.addConnector(u"Alpha"_s);
        const Connector beta = store.addConnector(u"Beta"_s, AccessLevel::ReadOnly, false);
        auto clash = store.service().update(beta.id, draft(u"alpha"_s));
        QVERIFY(!clash);
        QCOMPARE(clash.error().code(), ErrorCode::NameDuplicate);
        auto empty = store.service().update(beta.id, draft(u""_s));
        QCOMPARE(empty.error().code(), ErrorCode::NameRequired);
        auto noAccess = store.service().update(beta.id, {{}, u"Beta"_s, {}, false});
        QCOMPARE(noAccess.error().code(), ErrorCode::AccessRequired);
        // Renaming to itself in another case is not a clash with itself.
        auto recased = store.service().update(beta.id, draft(u"BETA"_s));
        QVERIFY(recased);
        QCOMPARE(recased->name, u"BETA"_s);
    }

    void idIsImmutable()
    {
        TestStore store;
        const Connector connector =
            store.addConnector(u"Immutable"_s, AccessLevel::ReadOnly, false);
        ConnectorDraft changed = draft(u"Immutable"_s);
        changed.id = QUuid::createUuid();
        auto refused = store.service().update(connector.id, changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::IdImmutable);
        QVERIFY(refused.error().message().contains(connector.idText()));
        QVERIFY(store.service().find(connector.id));

        // Even SQL that bypasses the core cannot change it: the schema refuses.
        QSqlQuery query(store.database().connection());
        query.prepare(u"UPDATE connectors SET id = ? WHERE id = ?"_s);
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(connector.idText());
        QVERIFY(!query.exec());
        QVERIFY(query.lastError().text().contains(u"immutable"_s));
        QVERIFY(store.service().find(connector.id));
    }

    void toggleRules()
    {
        TestStore store;
        const Connector connector = store.addConnector(u"Toggle"_s);
        QCOMPARE(store.service().activate(connector.id).error().code(), ErrorCode::AlreadyActive);
        auto off = store.service().deactivate(connector.id);
        QVERIFY(off);
        QVERIFY(!off->active);
        QCOMPARE(store.service().deactivate(connector.id).error().code(),
                 ErrorCode::AlreadyInactive);
        auto on = store.service().activate(connector.id);
        QVERIFY(on);
        QVERIFY(on->active);
        // Deactivation keeps every setting.
        QCOMPARE(on->name, connector.name);
        QCOMPARE(on->access, connector.access);
        QCOMPARE(on->authorizedBy, connector.authorizedBy);
    }

    void deleteOnlyWhileInactive()
    {
        TestStore store;
        const Connector connector = store.addConnector(u"Doomed"_s);
        QSignalSpy removed(&store.service(), &ConnectorService::connectorRemoved);
        QCOMPARE(store.service().remove(connector.id).error().code(), ErrorCode::DeleteWhileActive);
        QVERIFY(store.service().find(connector.id));
        QVERIFY(store.service().deactivate(connector.id));
        QVERIFY(store.service().remove(connector.id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(store.service().find(connector.id).error().code(), ErrorCode::ConnectorNotFound);
        QCOMPARE(store.service().remove(connector.id).error().code(), ErrorCode::ConnectorNotFound);
        // The name is free again.
        QVERIFY(store.service().create(draft(u"doomed"_s)));
    }

    void staleRevisionIsRefusedNotOverwritten()
    {
        TestStore store;
        const Connector seen = store.addConnector(u"Shared"_s, AccessLevel::ReadOnly, false);
        const AdminAccount other =
            store.addAdmin(AdminRole::ContactCenterServiceAdmin, u"taras@example.com"_s);
        ConnectorService otherConsole(store.database(), other);
        QVERIFY(otherConsole.update(seen.id, draft(u"Shared by Taras"_s), seen.revision));

        auto stale = store.service().update(seen.id, draft(u"Shared by me"_s), seen.revision);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code(), ErrorCode::StaleRevision);
        QVERIFY(stale.error().message().contains(u"taras@example.com"_s));
        QCOMPARE(store.service().find(seen.id)->name, u"Shared by Taras"_s);
        QCOMPARE(store.service().remove(seen.id, seen.revision).error().code(),
                 ErrorCode::StaleRevision);
        QVERIFY(store.service().find(seen.id));
    }

    void roleIsEnforcedInTheCore()
    {
        TestStore store;
        const Connector connector = store.addConnector(u"Guarded"_s);
        const AdminAccount viewer =
            store.addAdmin(AdminRole::SupportBasicAdmin, u"help@example.com"_s);
        const AdminAccount none = store.addAdmin(AdminRole::ReadOnlyAdmin, u"ro@example.com"_s);
        ConnectorService asViewer(store.database(), viewer);
        QCOMPARE(asViewer.list()->size(), 1);
        QCOMPARE(asViewer.create(draft(u"Nope"_s)).error().code(), ErrorCode::RoleIsReadOnly);
        QCOMPARE(asViewer.deactivate(connector.id).error().code(), ErrorCode::RoleIsReadOnly);
        ConnectorService asNone(store.database(), none);
        QCOMPARE(asNone.list().error().code(), ErrorCode::RoleHasNoAccess);
        QCOMPARE(asNone.find(connector.id).error().code(), ErrorCode::RoleHasNoAccess);
        QCOMPARE(asNone.history().error().code(), ErrorCode::RoleHasNoAccess);
        QVERIFY(store.service().find(connector.id)->active);
    }

    void roleIsReadFreshForEveryChange()
    {
        TestStore store;
        const AdminAccount partner =
            store.addAdmin(AdminRole::PartnerFullAdmin, u"p@example.com"_s);
        const Connector connector = store.addConnector(u"Fresh"_s);
        // The console signed in with a stale copy claiming full admin: the stored role decides.
        AdminAccount claimed = partner;
        claimed.role = AdminRole::FullAdmin;
        ConnectorService service(store.database(), claimed);
        QCOMPARE(service.create(draft(u"Sneaky"_s)).error().code(), ErrorCode::RoleCannotSetUp);
        QVERIFY(service.deactivate(connector.id)); // partner full admins manage connectors
        AdminAccount ghost{u"ghost@example.com"_s, u"Ghost"_s, AdminRole::FullAdmin, {}};
        ConnectorService asGhost(store.database(), ghost);
        QCOMPARE(asGhost.create(draft(u"Ghost"_s)).error().code(), ErrorCode::AdminNotFound);
    }

    void persistsAcrossReopening()
    {
        TestStore store;
        const Connector kept = store.addConnector(u"Kept"_s, AccessLevel::ReadWrite, false);
        store.close();
        store.open();
        auto reread = store.service().find(kept.id);
        QVERIFY(reread);
        QCOMPARE(reread->name, kept.name);
        QCOMPARE(reread->access, kept.access);
        QCOMPARE(reread->active, false);
        QCOMPARE(reread->authorizedAt, kept.authorizedAt);
        QCOMPARE(reread->revision, kept.revision);
        QCOMPARE(store.service().list()->size(), 1);
    }

    void restoreKeepsTheOriginalId()
    {
        TestStore store;
        const Connector connector = store.addConnector(u"Phoenix"_s, AccessLevel::ReadOnly, false);
        auto removed = store.service().remove(connector.id);
        QVERIFY(removed);
        auto restored = store.service().restore(*removed);
        QVERIFY(restored);
        QCOMPARE(restored->id, connector.id);
        QCOMPARE(restored->authorizedBy, connector.authorizedBy);
        QCOMPARE(store.service().restore(*removed).error().code(), ErrorCode::IdImmutable);
        QCOMPARE(store.service().history(connector.id)->first().action, AuditAction::Restore);
    }

    void restoreNeedsDeleteRightsNotSetUpRights()
    {
        TestStore store;
        const Connector connector =
            store.addConnector(u"Partnered"_s, AccessLevel::ReadOnly, false);
        const AdminAccount partner =
            store.addAdmin(AdminRole::PartnerFullAdmin, u"p@example.com"_s);
        const AdminAccount viewer =
            store.addAdmin(AdminRole::SupportBasicAdmin, u"v@example.com"_s);
        ConnectorService asPartner(store.database(), partner);
        auto removed = asPartner.remove(connector.id);
        QVERIFY(removed);
        ConnectorService asViewer(store.database(), viewer);
        QCOMPARE(asViewer.restore(*removed).error().code(), ErrorCode::RoleIsReadOnly);
        QVERIFY(asPartner.restore(*removed)); // cannot set up, but may undo its own delete
    }

    void unchangedEditWritesNothing()
    {
        TestStore store;
        const Connector connector = store.addConnector(u"Same"_s, AccessLevel::ReadOnly, false);
        const qsizetype historyBefore = store.service().history(connector.id)->size();
        auto same = store.service().update(connector.id, draft(u" Same "_s));
        QVERIFY(same);
        QCOMPARE(same->revision, connector.revision);
        QCOMPARE(store.service().history(connector.id)->size(), historyBefore);
    }

    void hostileNamesAreStoredExactly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("sql") << u"x'); DELETE FROM connectors; --"_s;
        QTest::newRow("percent and underscore") << u"100% _match_"_s;
        QTest::newRow("quotes") << u"\"double\" and 'single'"_s;
        QTest::newRow("arabic") << u"موصل التقارير"_s;
        QTest::newRow("emoji") << QString::fromUtf8("Support 📞 line");
    }

    void hostileNamesAreStoredExactly()
    {
        QFETCH(QString, name);
        TestStore store;
        store.addConnector(u"Other"_s);
        auto created = store.service().create(draft(name));
        QVERIFY(created);
        store.close();
        store.open();
        auto all = store.service().list();
        QCOMPARE(all->size(), 2);
        QVERIFY(std::any_of(all->cbegin(), all->cend(),
                            [&](const Connector &c) { return c.name == name; }));
    }
};

QTEST_GUILESS_MAIN(TestConnectorService)
#include "tst_connectorservice.moc"
