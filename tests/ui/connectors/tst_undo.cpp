// Edit > Undo and Redo: every step is a real, audited change through the service, and a step the
// core refuses is reported and leaves both the store and the undo history where they were.
#include "tests/support/WindowTestSupport.h"
#include "ui/connectors/undo/ConnectorUndoStack.h"

#include <QPushButton>
#include <QSqlQuery>

class TestUndo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }
    void init() { MessageBox::clearHistory(); }

    void undoDeactivateActivates();
    void undoEditWritesTheOldSettingsBack();
    void undoCreateDeactivatesThenDeletes();
    void undoDeleteRestoresTheSameId();
    void refusedUndoLeavesStoreAndHistory();
    void undoRefusedByTheRole();
    void signingInAsAnotherAdminClearsTheHistory();

private:
    static int auditRows(TestStore &store, const QUuid &id)
    {
        return int(store.service().history(id)->size());
    }
    static QStringList auditActions(TestStore &store, const QUuid &id)
    {
        QStringList actions;
        for (const AuditEntry &entry : *store.service().history(id))
            actions.prepend(AuditActions::key(entry.action));
        return actions;
    }
    static void deactivateCurrent(WindowFixture &f)
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        f.actions().toggleActive()->trigger();
    }
};

void TestUndo::undoDeactivateActivates()
{
    TestStore store;
    const Connector connector = store.addConnector(QStringLiteral("Callback scheduler"));
    WindowFixture f(store);
    QVERIFY(!f.actions().undo()->isEnabled());
    deactivateCurrent(f);
    QVERIFY(!store.service().find(connector.id)->active);
    QVERIFY(f.actions().undo()->isEnabled());
    QVERIFY2(
        f.actions().undo()->text().contains(QStringLiteral("Deactivate \"Callback scheduler\"")),
        qPrintable(f.actions().undo()->text()));

    f.shortcut(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(store.service().find(connector.id)->active);
    QCOMPARE(f.activeCards(), 1);
    QCOMPARE(auditActions(store, connector.id),
             (QStringList{QStringLiteral("create"), QStringLiteral("deactivate"),
                          QStringLiteral("activate")}));

    f.actions().redo()->trigger();
    QVERIFY(!store.service().find(connector.id)->active);
    QCOMPARE(auditRows(store, connector.id), 4);
    QCOMPARE(MessageBox::messageCount(), 1); // only the confirmation: no refusal
}

void TestUndo::undoEditWritesTheOldSettingsBack()
{
    TestStore store;
    const Connector connector =
        store.addConnector(QStringLiteral("Contact history"), AccessLevel::ReadOnly, false);
    WindowFixture f(store);
    UiTest::onNextModal([](QWidget *modal) {
        UiTest::typeInto(modal->findChild<QLineEdit *>(QStringLiteral("nameField")),
                         QStringLiteral("Contact history - Lviv"));
        QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("submitButton")),
                          Qt::LeftButton);
    });
    f.actions().edit()->trigger();
    QCOMPARE(store.service().find(connector.id)->name, QStringLiteral("Contact history - Lviv"));

    f.actions().undo()->trigger();
    QCOMPARE(store.service().find(connector.id)->name, QStringLiteral("Contact history"));
    QCOMPARE(WindowFixture::names(f.inactiveList()),
             QStringList{QStringLiteral("Contact history")});
    f.actions().redo()->trigger();
    QCOMPARE(store.service().find(connector.id)->name, QStringLiteral("Contact history - Lviv"));
    QCOMPARE(auditActions(store, connector.id),
             (QStringList{QStringLiteral("create"), QStringLiteral("deactivate"),
                          QStringLiteral("update"), QStringLiteral("update"),
                          QStringLiteral("update")}));
}

void TestUndo::undoCreateDeactivatesThenDeletes()
{
    TestStore store;
    WindowFixture f(store);
    UiTest::onNextModal([](QWidget *modal) {
        UiTest::typeInto(modal->findChild<QLineEdit *>(QStringLiteral("nameField")),
                         QStringLiteral("Survey results"));
        UiTest::setChecked(modal->findChild<QCheckBox *>(QStringLiteral("readWriteBox")), true);
        UiTest::setChecked(modal->findChild<QCheckBox *>(QStringLiteral("consentBox")), true);
        QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("submitButton")),
                          Qt::LeftButton);
    });
    f.actions().add()->trigger();
    QCOMPARE(store.service().list()->size(), 1);
    const QUuid id = store.service().list()->first().id;

    f.actions().undo()->trigger();
    QCOMPARE(store.service().list()->size(), 0);
    QCOMPARE(f.activeCards() + f.inactiveCards(), 0);
    QCOMPARE(auditActions(store, id),
             (QStringList{QStringLiteral("create"), QStringLiteral("deactivate"),
                          QStringLiteral("delete")}));

    // Redo brings it back as it was added: active, with the same ID.
    f.actions().redo()->trigger();
    const auto restored = store.service().find(id);
    QVERIFY(restored.ok());
    QVERIFY(restored->active);
    QCOMPARE(restored->access, AccessLevels(AccessLevel::ReadWrite));
    QCOMPARE(f.browser()->currentId(), id);
}

void TestUndo::undoDeleteRestoresTheSameId()
{
    TestStore store;
    const Connector connector =
        store.addConnector(QStringLiteral("Multimedia profiles"), AccessLevel::ReadWrite, false);
    WindowFixture f(store);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    f.actions().remove()->trigger();
    QVERIFY(!store.service().find(connector.id).ok());
    QCOMPARE(f.inactiveCards(), 0);

    f.shortcut(Qt::Key_Z, Qt::ControlModifier);
    const auto restored = store.service().find(connector.id);
    QVERIFY(restored.ok());
    QCOMPARE(restored->idText(), connector.idText());
    QCOMPARE(restored->name, connector.name);
    QVERIFY(!restored->active);
    QCOMPARE(restored->authorizedBy, connector.authorizedBy);
    QCOMPARE(WindowFixture::names(f.inactiveList()), QStringList{connector.name});
    QCOMPARE(f.browser()->currentId(), connector.id);
    QCOMPARE(auditActions(store, connector.id).mid(2),
             (QStringList{QStringLiteral("delete"), QStringLiteral("restore")}));
}

void TestUndo::refusedUndoLeavesStoreAndHistory()
{
    TestStore store;
    const Connector connector =
        store.addConnector(QStringLiteral("Entry point routing"), AccessLevel::ReadOnly, false);
    WindowFixture f(store);
    UiTest::onNextModal([](QWidget *modal) {
        UiTest::typeInto(modal->findChild<QLineEdit *>(QStringLiteral("nameField")),
                         QStringLiteral("Entry point routing - Odesa"));
        QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("submitButton")),
                          Qt::LeftButton);
    });
    f.actions().edit()->trigger();
    QCOMPARE(f.window().undoStack().index(), 1);

    // Another administrator renames it meanwhile: undoing must not overwrite their change.
    auto renamed =
        store.service().update(connector.id, {connector.id, QStringLiteral("Routing by Taras"),
                                              AccessLevel::ReadOnly, true});
    QVERIFY(renamed.ok());
    const int rows = auditRows(store, connector.id);

    f.actions().undo()->trigger();
    const auto message = MessageBox::lastMessage();
    QVERIFY(message.has_value());
    QCOMPARE(message->title, QStringLiteral("Cannot undo"));
    QVERIFY2(message->text.contains(QStringLiteral("could not be undone")),
             qPrintable(message->text));
    QVERIFY2(message->informativeText.contains(QStringLiteral("Routing by Taras")),
             qPrintable(message->informativeText));
    QCOMPARE(store.service().find(connector.id)->name, QStringLiteral("Routing by Taras"));
    QCOMPARE(auditRows(store, connector.id), rows);
    QCOMPARE(f.window().undoStack().index(), 1); // the step is still there to undo
    QVERIFY(f.actions().undo()->isEnabled());
    QVERIFY(!f.actions().redo()->isEnabled());
    // The window now shows what the store holds.
    QCOMPARE(WindowFixture::names(f.inactiveList()),
             QStringList{QStringLiteral("Routing by Taras")});
}

void TestUndo::undoRefusedByTheRole()
{
    TestStore store;
    const Connector connector =
        store.addConnector(QStringLiteral("Wrap-up codes"), AccessLevel::ReadOnly, false);
    const AdminAccount partner =
        store.addAdmin(AdminRole::PartnerFullAdmin, QStringLiteral("partner@example.net"));
    WindowFixture f(store);
    f.window().signInAs(partner);
    f.browser()->select(connector.id);

    // A partner full administrator cannot set up connectors but may delete one and undo that:
    // the undo restores the connector it deleted, with the same ID.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    f.actions().remove()->trigger();
    QVERIFY(!store.service().find(connector.id).ok());
    f.actions().undo()->trigger();
    QVERIFY(store.service().find(connector.id).ok());
    QCOMPARE(f.window().undoStack().index(), 0);

    // Another administrator makes the partner read-only meanwhile (as a role change in Control
    // Hub would): the redo is refused by the role read fresh from the store, and nothing moves.
    QSqlQuery demote(store.database().connection());
    demote.prepare(
        QStringLiteral("UPDATE admins SET role = 'partner-read-only-admin' WHERE email = ?"));
    demote.addBindValue(partner.email);
    QVERIFY(demote.exec());
    f.actions().redo()->trigger();
    QCOMPARE(MessageBox::lastMessage()->title, QStringLiteral("Cannot redo"));
    QVERIFY2(
        MessageBox::lastMessage()->informativeText.contains(QStringLiteral("read-only access")),
        qPrintable(MessageBox::lastMessage()->informativeText));
    QVERIFY(store.service().find(connector.id).ok());
    QCOMPARE(f.window().undoStack().index(), 0);
}

void TestUndo::signingInAsAnotherAdminClearsTheHistory()
{
    TestStore store;
    store.addConnector(QStringLiteral("Site directory"));
    const AdminAccount other =
        store.addAdmin(AdminRole::ContactCenterServiceAdmin, QStringLiteral("cc@example.com"));
    WindowFixture f(store);
    deactivateCurrent(f);
    QVERIFY(f.actions().undo()->isEnabled());
    f.window().signInAs(other);
    QVERIFY(!f.actions().undo()->isEnabled());
    QCOMPARE(f.window().undoStack().count(), 0);
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
