#include "TokenStore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{}

TokenStore::~TokenStore() = default;

QString TokenStore::serviceName()
{
    return u"LocalForge"_s;
}

QString TokenStore::token(const QString &serverId) const
{
    return m_tokens.value(serverId);
}

bool TokenStore::isForThisRunOnly(const QString &serverId) const
{
    return m_runOnly.contains(serverId);
}

void TokenStore::load(const QStringList &serverIds)
{
    for (const QString &id : serverIds) {
        auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(id);
        jobStarted();
        m_reading.insert(id);
        m_readErrors.remove(id);
        connect(job, &QKeychain::Job::finished, this, [this, job, id] {
            jobDone();
            // A token saved or removed during this run wins over an older one read late.
            if (!m_reading.remove(id))
                return;
            if (job->error() == QKeychain::NoError) {
                if (!m_tokens.contains(id)) {
                    m_tokens.insert(id, job->textData());
                    Q_EMIT tokenChanged(id);
                }
            } else if (job->error() != QKeychain::EntryNotFound) {
                m_readErrors.insert(id, job->errorString());
                Q_EMIT loadFailed(
                    id, tr("The token for %1 could not be read from the system keychain (%2). "
                           "Enter it again in the server's settings.")
                            .arg(id, job->errorString()));
            }
        });
        job->start();
    }
}

void TokenStore::save(const QString &serverId, const QString &token)
{
    if (token.isEmpty()) {
        remove(serverId);
        return;
    }
    // In use at once, whatever the keychain says.
    m_reading.remove(serverId);
    m_readErrors.remove(serverId);
    m_tokens.insert(serverId, token);
    Q_EMIT tokenChanged(serverId);
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(serverId);
    job->setTextData(token);
    jobStarted();
    connect(job, &QKeychain::Job::finished, this, [this, job, serverId] {
        jobDone();
        if (job->error() == QKeychain::NoError) {
            m_runOnly.remove(serverId);
            Q_EMIT saved(serverId, true, tr("The token is saved in the system keychain."));
            return;
        }
        m_runOnly.insert(serverId);
        Q_EMIT saved(serverId, false,
                     tr("No system keychain answered (%1), so the token is kept for this run "
                        "only and never written to disk. Start your desktop's keyring (for "
                        "example GNOME Keyring or KWallet) to keep it.")
                         .arg(job->errorString()));
    });
    job->start();
}

void TokenStore::remove(const QString &serverId)
{
    const bool had = m_tokens.remove(serverId) > 0;
    m_runOnly.remove(serverId);
    m_reading.remove(serverId);
    // A token the keychain could not give is gone too: whoever said so hears it.
    const bool unreadable = m_readErrors.remove(serverId) > 0;
    if (had || unreadable)
        Q_EMIT tokenChanged(serverId);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(serverId);
    jobStarted();
    connect(job, &QKeychain::Job::finished, this, [this] { jobDone(); });
    job->start();
}
