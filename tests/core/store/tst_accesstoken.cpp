#include "app/core/i18n/TranslationLoader.h"
#include "app/core/store/AccessTokenStore.h"
#include "tests/support/TestStore.h"

#include <QDirIterator>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The access token for live test requests: kept in the system keyring, or in memory only (and
// saying so) when there is none, and never written where settings or data go. This test runs with
// no D-Bus session bus (see CMakeLists.txt), as on CI, so the keyring is unavailable by design.
class AccessTokenTest final : public QObject
{
    Q_OBJECT

public:
    explicit AccessTokenTest(QString home)
        : m_home(std::move(home))
    {}

private slots:
    void initTestCase();

    void memoryOnlyStoreSaysSoAndKeepsTheToken();
    void memoryOnlyAnswersAfterReturning();
    void unavailableKeyringFallsBackToMemoryAndSaysSo();
    void emptyTokenRemovesIt();
    void keysSeparateAdministratorsAndOrganisations();
    void tokenNeverReachesSettingsOrDatabase();
    void keyringProblemsAreExplainedInTheUsersLanguage();

private:
    static QString readBack(AccessTokenStore &store, const QString &key);
    // Every file under folder whose bytes contain needle.
    static QStringList filesContaining(const QString &folder, const QByteArray &needle);

    QString m_home;
    const QString m_key = AccessTokenStore::keyFor(QStringLiteral("Acme Contact Center"),
                                                   QStringLiteral("Olena@Example.com"));
    const QString m_token = QStringLiteral("eyJhbGciOi.test-token-5c1f0e.sig");
};

void AccessTokenTest::initTestCase()
{
    QVERIFY(qEnvironmentVariable("HOME").startsWith(m_home));
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectorConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accesstoken"));
}

QString AccessTokenTest::readBack(AccessTokenStore &store, const QString &key)
{
    QSignalSpy read(&store, &AccessTokenStore::tokenRead);
    store.read(key);
    if (!read.wait(10000))
        return QStringLiteral("<no answer>");
    return read.first().at(0).toString() == key ? read.first().at(1).toString()
                                                : QStringLiteral("<other key>");
}

QStringList AccessTokenTest::filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

void AccessTokenTest::memoryOnlyStoreSaysSoAndKeepsTheToken()
{
    AccessTokenStore store(QStringLiteral("tst-accesstoken"),
                           AccessTokenStore::Storage::MemoryOnly);
    QVERIFY(!store.isPersistent());
    QVERIFY(store.persistenceExplanation().contains(QStringLiteral("memory only")));

    QSignalSpy written(&store, &AccessTokenStore::tokenWritten);
    store.write(m_key, m_token);
    QVERIFY(written.wait(5000));
    QCOMPARE(written.first().at(0).toString(), m_key);
    QCOMPARE(written.first().at(1).toBool(), false);

    QCOMPARE(readBack(store, m_key), m_token);
    QCOMPARE(store.cachedToken(m_key), m_token);

    QSignalSpy removed(&store, &AccessTokenStore::tokenRemoved);
    store.remove(m_key);
    QVERIFY(removed.wait(5000));
    QCOMPARE(readBack(store, m_key), QString());
}

void AccessTokenTest::memoryOnlyAnswersAfterReturning()
{
    // Callers connect after asking, as they must with the keyring; an answer emitted inside
    // read() would be lost.
    AccessTokenStore store(QStringLiteral("tst-accesstoken"),
                           AccessTokenStore::Storage::MemoryOnly);
    QSignalSpy read(&store, &AccessTokenStore::tokenRead);
    store.read(m_key);
    QCOMPARE(read.size(), 0);
    QVERIFY(read.wait(5000));
}

void AccessTokenTest::unavailableKeyringFallsBackToMemoryAndSaysSo()
{
    AccessTokenStore store(QStringLiteral("tst-accesstoken"));
    QVERIFY(store.isPersistent()); // until the keyring has been tried
    QSignalSpy changed(&store, &AccessTokenStore::persistenceChanged);
    QSignalSpy written(&store, &AccessTokenStore::tokenWritten);

    store.write(m_key, m_token);
    QVERIFY(written.wait(30000));

    QCOMPARE(written.first().at(1).toBool(), false);
    QVERIFY(!store.isPersistent());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toBool(), false);
    QVERIFY2(store.persistenceExplanation().contains(QStringLiteral("memory only")),
             qPrintable(store.persistenceExplanation()));
    // QtKeychain's own untranslated text ("Unknown error") is not passed on to the person.
    QVERIFY2(!store.persistenceExplanation().contains(QStringLiteral("error")),
             qPrintable(store.persistenceExplanation()));
    QCOMPARE(readBack(store, m_key), m_token);
}

void AccessTokenTest::emptyTokenRemovesIt()
{
    AccessTokenStore store(QStringLiteral("tst-accesstoken"),
                           AccessTokenStore::Storage::MemoryOnly);
    QSignalSpy written(&store, &AccessTokenStore::tokenWritten);
    QSignalSpy removed(&store, &AccessTokenStore::tokenRemoved);
    store.write(m_key, m_token);
    QVERIFY(written.wait(5000));

    store.write(m_key, QString());
    QVERIFY(removed.wait(5000));
    QCOMPARE(store.cachedToken(m_key), QString());
}

void AccessTokenTest::keysSeparateAdministratorsAndOrganisations()
{
    const QString olena =
        AccessTokenStore::keyFor(QStringLiteral("Acme"), QStringLiteral("olena@example.com"));
    QCOMPARE(AccessTokenStore::keyFor(QStringLiteral("Acme"), QStringLiteral("OLENA@example.com")),
             olena);
    QVERIFY(AccessTokenStore::keyFor(QStringLiteral("Acme"), QStringLiteral("taras@example.com")) !=
            olena);
    QVERIFY(AccessTokenStore::keyFor(QStringLiteral("Other"),
                                     QStringLiteral("olena@example.com")) != olena);
}

void AccessTokenTest::tokenNeverReachesSettingsOrDatabase()
{
    TestStore data;
    {
        // The application's own settings file exists and is written, as in a real session.
        QSettings settings;
        settings.setValue(QStringLiteral("live/apiBaseUrl"),
                          QStringLiteral("https://api.wxcc-eu1.cisco.com"));
        settings.sync();
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(settings.fileName().startsWith(m_home));
    }

    AccessTokenStore store(QStringLiteral("tst-accesstoken"));
    QSignalSpy written(&store, &AccessTokenStore::tokenWritten);
    store.write(m_key, m_token);
    QVERIFY(written.wait(30000));
    QCOMPARE(readBack(store, m_key), m_token);
    data.close();

    // The search does find what those files hold, so an empty result below means something.
    QVERIFY(!filesContaining(m_home, "api.wxcc-eu1.cisco.com").isEmpty());
    QVERIFY(!filesContaining(data.folder(), data.owner().email.toUtf8()).isEmpty());

    const QByteArray needle = m_token.toUtf8();
    QCOMPARE(filesContaining(m_home, needle), QStringList());
    QCOMPARE(filesContaining(data.folder(), needle), QStringList());
}

void AccessTokenTest::keyringProblemsAreExplainedInTheUsersLanguage()
{
    using Problem = AccessTokenStore::KeyringProblem;
    const QList<Problem> problems{Problem::Declined, Problem::Refused, Problem::NoService,
                                  Problem::Unsupported, Problem::Failed};
    QStringList english;
    for (const Problem problem : problems)
        english.append(AccessTokenStore::explanation(problem));
    // Each says what happened (no two alike) and what it means for the token.
    QCOMPARE(QSet<QString>(english.cbegin(), english.cend()).size(), problems.size());
    for (const QString &text : std::as_const(english))
        QVERIFY2(text.contains(QStringLiteral("memory only")), qPrintable(text));
    QVERIFY(english.at(2).contains(QStringLiteral("No system keyring service is running")));

    TranslationLoader translations;
    QVERIFY(translations.load(QStringLiteral("uk")));
    const auto restore = qScopeGuard([&translations] { translations.load(QStringLiteral("en")); });
    for (const Problem problem : problems) {
        const QString text = AccessTokenStore::explanation(problem);
        QVERIFY2(!english.contains(text), qPrintable(text));
        // Ukrainian throughout: no English words but the keyrings' own names.
        QString rest = text;
        rest.remove(QStringLiteral("GNOME Keyring")).remove(QStringLiteral("KWallet"));
        const bool latin = std::any_of(rest.cbegin(), rest.cend(),
                                       [](QChar ch) { return ch.script() == QChar::Script_Latin; });
        QVERIFY2(!latin, qPrintable(text));
    }
}

int main(int argc, char **argv)
{
    // Settings, keyring fallbacks and data of this process all go under a private home, so the
    // test can search every file written there for the token.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());

    QCoreApplication app(argc, argv);
    AccessTokenTest test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accesstoken.moc"
