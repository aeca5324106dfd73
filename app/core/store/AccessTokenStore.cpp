#include "app/core/store/AccessTokenStore.h"

#include <qt6keychain/keychain.h>
#include <QTimer>

QString AccessTokenStore::defaultServiceName()
{
    return QStringLiteral("webex-connectors-console");
}

QString AccessTokenStore::keyFor(const QString &organisation, const QString &adminEmail)
{
    return QStringLiteral("access-token/%1/%2").arg(organisation, adminEmail.toLower());
}

AccessTokenStore::AccessTokenStore(QString serviceName, Storage storage, QObject *parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
    , m_useKeyring(storage == Storage::SystemKeyring)
{
    if (!m_useKeyring) {
        m_persistent = false;
        m_explanation = tr("The access token is kept in memory only: it is forgotten when the "
                           "console closes, and you will need to enter it again.");
    }
}

AccessTokenStore::~AccessTokenStore() = default;

template<typename Callable> void AccessTokenStore::answerLater(Callable &&callable)
{
    QTimer::singleShot(0, this, std::forward<Callable>(callable));
}

void AccessTokenStore::read(const QString &key)
{
    if (!m_useKeyring) {
        answerLater([this, key] { emit tokenRead(key, m_tokens.value(key)); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, &AccessTokenStore::onReadFinished);
    startJob(job);
}

void AccessTokenStore::write(const QString &key, const QString &token)
{
    if (token.isEmpty()) {
        remove(key);
        return;
    }
    if (!m_useKeyring) {
        m_tokens.insert(key, token);
        answerLater([this, key] { emit tokenWritten(key, false); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
            [this, token](QKeychain::Job *finished) { onWriteFinished(finished, token); });
    startJob(job);
}

void AccessTokenStore::remove(const QString &key)
{
    if (!m_useKeyring) {
        m_tokens.remove(key);
        answerLater([this, key] { emit tokenRemoved(key); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, &AccessTokenStore::onRemoveFinished);
    startJob(job);
}

void AccessTokenStore::startJob(QKeychain::Job *job)
{
    // Never the insecure fallback: QtKeychain would then write the token in plain text into a
    // settings file, exactly what this store exists to prevent. Memory is the fallback instead.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->start();
}

void AccessTokenStore::onReadFinished(QKeychain::Job *job)
{
    const QString key = job->key();
    switch (job->error()) {
    case QKeychain::NoError:
        m_tokens.insert(key, qobject_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        break;
    case QKeychain::EntryNotFound:
        // Nothing stored yet; a token entered earlier in this session still counts.
        break;
    default:
        fallBackToMemory(explanationFor(job));
        break;
    }
    emit tokenRead(key, m_tokens.value(key));
}

void AccessTokenStore::onWriteFinished(QKeychain::Job *job, const QString &token)
{
    const QString key = job->key();
    m_tokens.insert(key, token);
    if (job->error() != QKeychain::NoError)
        fallBackToMemory(explanationFor(job));
    emit tokenWritten(key, job->error() == QKeychain::NoError);
}

void AccessTokenStore::onRemoveFinished(QKeychain::Job *job)
{
    const QString key = job->key();
    m_tokens.remove(key);
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        break;
    case QKeychain::CouldNotDeleteEntry:
        emit failed(key, tr("The system keyring could not delete the access token (%1). Remove "
                            "it with your keyring manager.")
                             .arg(job->errorString()));
        return;
    default:
        fallBackToMemory(explanationFor(job));
        break;
    }
    emit tokenRemoved(key);
}

void AccessTokenStore::fallBackToMemory(const QString &explanation)
{
    // Later requests skip the keyring: it would fail the same way, and a slow failure (a D-Bus
    // timeout) would delay every answer.
    m_useKeyring = false;
    const bool changed = m_persistent || m_explanation != explanation;
    m_persistent = false;
    m_explanation = explanation;
    if (changed)
        emit persistenceChanged(false, m_explanation);
}

QString AccessTokenStore::explanation(KeyringProblem problem)
{
    switch (problem) {
    case KeyringProblem::Declined:
        return tr("You declined access to the system keyring, so the access token is kept in "
                  "memory only: it is forgotten when the console closes. To keep it, allow the "
                  "console in the keyring prompt next time.");
    case KeyringProblem::Refused:
        return tr("The system keyring refused access (it may be locked), so the access token is "
                  "kept in memory only: it is forgotten when the console closes. Unlock the "
                  "keyring to keep it.");
    case KeyringProblem::NoService:
        return tr("No system keyring service is running (such as GNOME Keyring or KWallet), so "
                  "the access token is kept in memory only: it is forgotten when the console "
                  "closes.");
    case KeyringProblem::Unsupported:
        return tr("This system has no keyring the console can use, so the access token is kept "
                  "in memory only: it is forgotten when the console closes.");
    case KeyringProblem::Failed:
        break;
    }
    return tr("The system keyring did not answer, so the access token is kept in memory only: it "
              "is forgotten when the console closes.");
}

QString AccessTokenStore::explanationFor(QKeychain::Job *job) const
{
    // QtKeychain's text is English and often only "Unknown error": for the log, not the person.
    qInfo("Access token store: the system keyring failed (QtKeychain error %d: %s)",
          int(job->error()), qUtf8Printable(job->errorString()));
    switch (job->error()) {
    case QKeychain::AccessDeniedByUser:
        return explanation(KeyringProblem::Declined);
    case QKeychain::AccessDenied:
        return explanation(KeyringProblem::Refused);
    case QKeychain::NoBackendAvailable:
        return explanation(KeyringProblem::NoService);
    case QKeychain::NotImplemented:
        return explanation(KeyringProblem::Unsupported);
    default:
        return explanation(KeyringProblem::Failed);
    }
}
