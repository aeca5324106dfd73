#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// Keeps the access token an administrator supplies for live test requests. The token is a
// credential: it goes to the system keyring (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain and never to the database or a settings file. Where no
// keyring answers (no D-Bus secret service, as on CI machines and in offscreen tests) the store
// keeps it in memory for this session only and says so through isPersistent() and
// persistenceExplanation().
//
// The keyring is asynchronous: read(), write() and remove() answer with a signal, always after
// they return (also in memory-only mode), in the order they were asked.
class AccessTokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessTokenStore)

public:
    enum class Storage
    {
        SystemKeyring, // memory only if the keyring turns out to be unavailable
        MemoryOnly,    // never touches the keyring (tests, or a user who declines it)
    };

    // Why the keyring could not keep a token, from QtKeychain's error codes.
    enum class KeyringProblem
    {
        Declined,    // the person declined the keyring's prompt
        Refused,     // the keyring refused (locked, or a policy)
        NoService,   // no keyring service is running (no Secret Service or KWallet on D-Bus)
        Unsupported, // the platform has no keyring QtKeychain can use
        Failed,      // anything else
    };
    // What the person is told for `problem`, translated: what happened, what it means for the
    // token, and what to do about it. QtKeychain's own texts are untranslated English ("Unknown
    // error"), so they go only to the log.
    static QString explanation(KeyringProblem problem);

    // The keyring service this application's tokens are filed under.
    static QString defaultServiceName();
    // The key of one administrator's token for one organisation. The token belongs to the person
    // who pasted it, so two administrators on one computer do not share it.
    static QString keyFor(const QString &organisation, const QString &adminEmail);

    explicit AccessTokenStore(QString serviceName = defaultServiceName(),
                              Storage storage = Storage::SystemKeyring, QObject *parent = nullptr);
    ~AccessTokenStore() override;

    // Answers with tokenRead(key, token); token is empty when none is stored.
    void read(const QString &key);
    // Answers with tokenWritten(key, persistent). An empty token removes it.
    void write(const QString &key, const QString &token);
    // Answers with tokenRemoved(key), or failed() when the keyring keeps it.
    void remove(const QString &key);

    // The token read or written during this session, without asking the keyring.
    QString cachedToken(const QString &key) const { return m_tokens.value(key); }

    // False in memory-only mode, and from the moment the keyring fails.
    bool isPersistent() const { return m_persistent; }
    // Why the token will not outlive this session, translated; empty while persistent.
    QString persistenceExplanation() const { return m_explanation; }

signals:
    void tokenRead(const QString &key, const QString &token);
    void tokenWritten(const QString &key, bool persistent);
    void tokenRemoved(const QString &key);
    void persistenceChanged(bool persistent, const QString &explanation);
    // The keyring refused something that memory cannot make up for (it could not delete a token).
    void failed(const QString &key, const QString &message);

private:
    void startJob(QKeychain::Job *job);
    void onReadFinished(QKeychain::Job *job);
    void onWriteFinished(QKeychain::Job *job, const QString &token);
    void onRemoveFinished(QKeychain::Job *job);
    void fallBackToMemory(const QString &explanation);
    QString explanationFor(QKeychain::Job *job) const;
    // Queues a call so memory-only answers come after the request returns, like keyring ones.
    template<typename Callable> void answerLater(Callable &&callable);

    QString m_serviceName;
    bool m_useKeyring = true;
    bool m_persistent = true;
    QString m_explanation;
    QHash<QString, QString> m_tokens;
};
