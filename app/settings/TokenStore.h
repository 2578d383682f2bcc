#pragma once

#include "net/TokenSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

// API tokens, one per server, kept in the system keychain through QtKeychain (Secret Service,
// macOS Keychain, Windows Credential Manager) and nowhere else: never in the settings, files
// or logs. When no keychain answers, a token is kept for this run only, and that is said.
// Reads are asynchronous; token() answers from what has been read.
class TokenStore final : public QObject, public TokenSource
{
    Q_OBJECT

public:
    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    static QString serviceName();

    // The token for a server's requests; empty when there is none (or it is not read yet).
    QString token(const QString &serverId) const override;
    bool hasToken(const QString &serverId) const { return !token(serverId).isEmpty(); }
    // The servers that have a token now.
    QStringList serverIds() const override { return m_tokens.keys(); }
    // The token lives only in memory: the keychain did not answer when it was saved.
    bool isForThisRunOnly(const QString &serverId) const;
    // The keychain is still being asked for this server's token.
    bool isReading(const QString &serverId) const { return m_reading.contains(serverId); }
    // Why the keychain could not give this server's token (locked, or none answered); empty
    // when it gave it, holds none, or a token was saved or removed since.
    QString readError(const QString &serverId) const { return m_readErrors.value(serverId); }
    // Reads these servers' tokens from the keychain (tokenChanged for each one found).
    void load(const QStringList &serverIds);
    // Saves to the keychain; `saved` says where it went. An empty token removes it.
    void save(const QString &serverId, const QString &token);
    void remove(const QString &serverId);
    // Jobs still running (tests wait for none).
    int pendingJobs() const { return m_pending; }

Q_SIGNALS:
    void tokenChanged(const QString &serverId);
    // inKeychain false: kept for this run only; `message` says why, for the user.
    void saved(const QString &serverId, bool inKeychain, const QString &message);
    void loadFailed(const QString &serverId, const QString &message);

private:
    void jobStarted() { ++m_pending; }
    void jobDone() { --m_pending; }

    QHash<QString, QString> m_tokens;
    QSet<QString> m_runOnly;
    QSet<QString> m_reading;              // a read is running and still counts
    QHash<QString, QString> m_readErrors; // by server id
    int m_pending = 0;
};
