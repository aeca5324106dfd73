// The Add connector / Edit connector dialog on its own: live validation, the scopes each box
// grants, the consent rule, and what happens when the core refuses after the button is pressed.
#include "tests/support/ReadabilityChecks.h"
#include "tests/support/UiTestSupport.h"
#include "ui/connectors/ConnectorDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using UiTest::child;

class TestConnectorDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::initEnvironment(); }

    void addButtonEnabledOnlyWhenEverythingIsValid();
    void scopesAreListedUnderEachAccessLevel();
    void emptyNameIsExplainedOnceTouched();
    void tooLongNameIsRefusedWithTheLimit();
    void controlCharactersAreRefused();
    void duplicateNameNamesTheClashingConnector();
    void coreRefusalStaysInlineAndKeepsInput();
    void refusalWithoutFieldShowsInTheDialog();
    void editShowsReadOnlyIdAndNeedsAChange();
    void escapeClosesWithoutSubmitting();
    void everyControlHasAnAccessibleName();
    void heightFollowsTheMessageWithoutBlankSpace();

private:
    struct Form
    {
        QLineEdit *name;
        QCheckBox *readOnly;
        QCheckBox *readWrite;
        QCheckBox *consent;
        QPushButton *submit;
        QLabel *nameError;
    };
    static Form form(ConnectorDialog &dialog)
    {
        return {child<QLineEdit>(&dialog, QStringLiteral("nameField")),
                child<QCheckBox>(&dialog, QStringLiteral("readOnlyBox")),
                child<QCheckBox>(&dialog, QStringLiteral("readWriteBox")),
                child<QCheckBox>(&dialog, QStringLiteral("consentBox")),
                child<QPushButton>(&dialog, QStringLiteral("submitButton")),
                child<QLabel>(&dialog, QStringLiteral("nameError"))};
    }
};

void TestConnectorDialog::addButtonEnabledOnlyWhenEverythingIsValid()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Add);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Form f = form(dialog);
    QVERIFY(f.name && f.readOnly && f.readWrite && f.consent && f.submit);
    QCOMPARE(f.submit->text().remove(QChar(u'&')), QStringLiteral("Add connector"));

    QVERIFY(!f.submit->isEnabled());
    UiTest::typeInto(f.name, QStringLiteral("Queue statistics"));
    QVERIFY(!f.submit->isEnabled()); // no access level yet
    UiTest::setChecked(f.readOnly, true);
    QVERIFY(!f.submit->isEnabled()); // no consent yet
    auto *hint = child<QLabel>(&dialog, QStringLiteral("hintLabel"));
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("I authorize")), qPrintable(hint->text()));
    UiTest::setChecked(f.consent, true);
    QVERIFY(f.submit->isEnabled());
    QVERIFY(!hint->isVisible());

    UiTest::setChecked(f.consent, false);
    QVERIFY(!f.submit->isEnabled());
    auto *consentError = child<QLabel>(&dialog, QStringLiteral("consentError"));
    QVERIFY(consentError->isVisible());
    QVERIFY(consentError->text().contains(QStringLiteral("cannot be added")));

    UiTest::setChecked(f.consent, true);
    UiTest::setChecked(f.readOnly, false);
    QVERIFY(!f.submit->isEnabled());
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("accessError"))->isVisible());
    UiTest::setChecked(f.readWrite, true);
    QVERIFY(f.submit->isEnabled());

    const ConnectorDraft draft = dialog.draft();
    QCOMPARE(draft.name, QStringLiteral("Queue statistics"));
    QCOMPARE(draft.access, AccessLevels(AccessLevel::ReadWrite));
    QVERIFY(draft.consent);
}

void TestConnectorDialog::scopesAreListedUnderEachAccessLevel()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Add);
    const QString readOnly = child<QLabel>(&dialog, QStringLiteral("readOnlyScopes"))->text();
    const QString readWrite = child<QLabel>(&dialog, QStringLiteral("readWriteScopes"))->text();
    QVERIFY2(readOnly.contains(QStringLiteral("cjp_config, cjp_config_read")),
             qPrintable(readOnly));
    QVERIFY(!readOnly.contains(QStringLiteral("cjp_config_write")));
    QVERIFY2(readWrite.contains(
                 QStringLiteral("cjp_config, cjp_config_read, cjp_config_write, cjp_user")),
             qPrintable(readWrite));
    QCOMPARE(form(dialog).consent->text().remove(QChar(u'&')),
             QStringLiteral("I authorize this connector to read, write, modify and delete data "
                            "in the Contact Center solution"));
}

void TestConnectorDialog::emptyNameIsExplainedOnceTouched()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Add);
    dialog.show();
    const Form f = form(dialog);
    QVERIFY(!f.nameError->isVisible()); // a fresh form does not scold
    UiTest::typeInto(f.name, QStringLiteral("x"));
    QTest::keyClick(f.name, Qt::Key_Backspace);
    QVERIFY(f.nameError->isVisible());
    QVERIFY2(f.nameError->text().contains(QStringLiteral("enter a name")),
             qPrintable(f.nameError->text()));
    UiTest::typeInto(f.name, QStringLiteral("   "));
    QVERIFY(f.nameError->isVisible()); // blanks only are still empty
}

void TestConnectorDialog::tooLongNameIsRefusedWithTheLimit()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Add);
    dialog.show();
    const Form f = form(dialog);
    UiTest::setChecked(f.readOnly, true);
    UiTest::setChecked(f.consent, true);
    UiTest::typeInto(f.name, QString(80, QChar(u'a')));
    QVERIFY(f.submit->isEnabled());
    QTest::keyClicks(f.name, QStringLiteral("b"));
    QVERIFY(!f.submit->isEnabled());
    QVERIFY(f.nameError->isVisible());
    QVERIFY2(f.nameError->text().contains(QStringLiteral("80")) &&
                 f.nameError->text().contains(QStringLiteral("81")),
             qPrintable(f.nameError->text()));
}

void TestConnectorDialog::controlCharactersAreRefused()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Add);
    dialog.show();
    const Form f = form(dialog);
    UiTest::setChecked(f.readOnly, true);
    UiTest::setChecked(f.consent, true);
    UiTest::typeInto(f.name, QStringLiteral("Invoice"));
    QVERIFY(f.submit->isEnabled());
    // Pasted text can carry a right-to-left override that disguises the name.
    f.name->insert(QString(QChar(0x202E)) + QStringLiteral("fdp.exe"));
    QVERIFY(!f.submit->isEnabled());
    QVERIFY(f.nameError->isVisible());
    QVERIFY2(f.nameError->text().contains(QStringLiteral("control characters")),
             qPrintable(f.nameError->text()));
}

void TestConnectorDialog::duplicateNameNamesTheClashingConnector()
{
    Connector existing;
    existing.id = QUuid::createUuid();
    existing.name = QStringLiteral("Queue statistics");
    ConnectorDialog dialog(ConnectorDialog::Mode::Add);
    dialog.setNameClashLookup([existing](const QString &name) -> std::optional<Connector> {
        if (name.trimmed().compare(existing.name, Qt::CaseInsensitive) == 0)
            return existing;
        return std::nullopt;
    });
    dialog.show();
    const Form f = form(dialog);
    UiTest::setChecked(f.readOnly, true);
    UiTest::setChecked(f.consent, true);
    UiTest::typeInto(f.name, QStringLiteral("QUEUE statistics "));
    QVERIFY(!f.submit->isEnabled());
    QVERIFY(f.nameError->isVisible());
    QVERIFY2(f.nameError->text().contains(QStringLiteral("\"Queue statistics\"")) &&
                 f.nameError->text().contains(existing.idText()),
             qPrintable(f.nameError->text()));
    QTest::keyClicks(f.name, QStringLiteral("2"));
    QVERIFY(f.submit->isEnabled());
    QVERIFY(!f.nameError->isVisible());
}

void TestConnectorDialog::coreRefusalStaysInlineAndKeepsInput()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Add);
    int submitted = 0;
    dialog.setSubmitHandler([&submitted](const ConnectorDraft &draft) -> std::optional<CoreError> {
        ++submitted;
        return CoreError(ErrorCode::NameDuplicate, {draft.name.trimmed(), QStringLiteral("1234")});
    });
    dialog.show();
    const Form f = form(dialog);
    UiTest::typeInto(f.name, QStringLiteral("Callback scheduler"));
    UiTest::setChecked(f.readWrite, true);
    UiTest::setChecked(f.consent, true);
    QTest::mouseClick(f.submit, Qt::LeftButton);

    QCOMPARE(submitted, 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
    QVERIFY(f.nameError->isVisible());
    QVERIFY(f.nameError->text().contains(QStringLiteral("already has a connector called")));
    QCOMPARE(f.name->text(), QStringLiteral("Callback scheduler"));
    QVERIFY(f.readWrite->isChecked());
    QVERIFY(f.consent->isChecked());
}

void TestConnectorDialog::refusalWithoutFieldShowsInTheDialog()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Add);
    dialog.setSubmitHandler([](const ConnectorDraft &) -> std::optional<CoreError> {
        return CoreError(ErrorCode::DatabaseBusy, {QStringLiteral("/tmp/x.sqlite")});
    });
    dialog.show();
    const Form f = form(dialog);
    UiTest::typeInto(f.name, QStringLiteral("Team roster"));
    UiTest::setChecked(f.readOnly, true);
    UiTest::setChecked(f.consent, true);
    QTest::mouseClick(f.submit, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *general = child<QLabel>(&dialog, QStringLiteral("generalError"));
    QVERIFY(general->isVisible());
    QVERIFY2(general->text().contains(QStringLiteral("busy")), qPrintable(general->text()));
    QVERIFY(!f.nameError->isVisible());
}

void TestConnectorDialog::editShowsReadOnlyIdAndNeedsAChange()
{
    Connector connector;
    connector.id = QUuid::createUuid();
    connector.name = QStringLiteral("Wrap-up codes");
    connector.access = AccessLevel::ReadOnly;
    connector.active = false;
    ConnectorDialog dialog(ConnectorDialog::Mode::Edit);
    dialog.setConnector(connector);
    std::optional<ConnectorDraft> saved;
    dialog.setSubmitHandler([&saved](const ConnectorDraft &draft) {
        saved = draft;
        return std::optional<CoreError>();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Form f = form(dialog);
    auto *id = child<QLineEdit>(&dialog, QStringLiteral("idField"));
    QVERIFY(id->isVisible());
    QVERIFY(id->isReadOnly());
    QCOMPARE(id->text(), connector.idText());
    QVERIFY(!f.consent->isVisible());
    QCOMPARE(f.name->text(), connector.name);
    QVERIFY(f.readOnly->isChecked());
    QVERIFY(!f.submit->isEnabled()); // nothing changed yet

    UiTest::setChecked(f.readWrite, true);
    QVERIFY(f.submit->isEnabled());
    QTest::mouseClick(f.submit, Qt::LeftButton);
    QVERIFY(saved.has_value());
    QCOMPARE(saved->id, connector.id);
    QCOMPARE(saved->access, AccessLevel::ReadOnly | AccessLevel::ReadWrite);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestConnectorDialog::escapeClosesWithoutSubmitting()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Add);
    bool submitted = false;
    dialog.setSubmitHandler([&submitted](const ConnectorDraft &) {
        submitted = true;
        return std::optional<CoreError>();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Form f = form(dialog);
    UiTest::typeInto(f.name, QStringLiteral("Survey results"));
    QTest::keyClick(f.name, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!submitted);
}

void TestConnectorDialog::everyControlHasAnAccessibleName()
{
    for (auto mode : {ConnectorDialog::Mode::Add, ConnectorDialog::Mode::Edit}) {
        ConnectorDialog dialog(mode);
        if (mode == ConnectorDialog::Mode::Edit) {
            Connector connector;
            connector.id = QUuid::createUuid();
            connector.name = QStringLiteral("Site directory");
            connector.access = AccessLevel::ReadOnly;
            dialog.setConnector(connector);
        }
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        int checked = 0;
        const QStringList unnamed = UiTest::unnamedWidgets(&dialog, &checked);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY(checked >= 5);
    }
}

void TestConnectorDialog::heightFollowsTheMessageWithoutBlankSpace()
{
    ConnectorDialog dialog(ConnectorDialog::Mode::Add);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Form f = form(dialog);
    // A valid name first, so that the hint under the form says the same before and after.
    UiTest::typeInto(f.name, QStringLiteral("Queue stats"));
    QTest::qWait(50);
    const int before = dialog.height();
    const auto top = [&dialog](QWidget *widget) {
        return widget->mapTo(&dialog, QPoint()).y();
    };
    const int spaceUnderName = top(f.readOnly) - (top(f.name) + f.name->height());
    UiTest::typeInto(f.name, QStringLiteral("Queue"));
    f.name->insert(QStringLiteral("\x07stats"));
    QVERIFY(f.nameError->isVisible());
    // The dialog grows by the message, which shows whole, right under its field.
    QTRY_VERIFY(dialog.height() > before);
    QTest::qWait(50);
    QVERIFY2(Readability::truncation(f.nameError).isEmpty(),
             qPrintable(Readability::truncation(f.nameError)));
    const int fieldBottom = f.name->mapTo(&dialog, QPoint(0, f.name->height())).y();
    const int messageTop = f.nameError->mapTo(&dialog, QPoint(0, 0)).y();
    QVERIFY2(messageTop - fieldBottom <= 12, qPrintable(QString::number(messageTop - fieldBottom)));
    // Nor under it: the message is no taller than its lines, and what follows is as far from it
    // as it was from the field.
    QCOMPARE(f.nameError->height(), f.nameError->heightForWidth(f.nameError->width()));
    const int messageBottom = f.nameError->mapTo(&dialog, QPoint(0, f.nameError->height())).y();
    QVERIFY2(
        top(f.readOnly) - messageBottom <= spaceUnderName + 2,
        qPrintable(
            QStringLiteral("%1 > %2").arg(top(f.readOnly) - messageBottom).arg(spaceUnderName)));
    // No blank space elsewhere either: the hint follows the authorisation box directly.
    auto *hint = child<QLabel>(&dialog, QStringLiteral("hintLabel"));
    const int consentBottom = f.consent->mapTo(&dialog, QPoint(0, f.consent->height())).y();
    const int hintTop = hint->mapTo(&dialog, QPoint(0, 0)).y();
    QVERIFY2(hintTop - consentBottom <= 12, qPrintable(QString::number(hintTop - consentBottom)));

    // Fixed: the dialog is as tall as before, give or take a pixel of rounding.
    UiTest::typeInto(f.name, QStringLiteral("Queue stats"));
    QVERIFY(!f.nameError->isVisible());
    QTRY_VERIFY2(qAbs(dialog.height() - before) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(dialog.height()).arg(before)));
}

QTEST_MAIN(TestConnectorDialog)
#include "tst_connectordialog.moc"
