#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLockFile;

// One LocalForge per user: two would each reopen the newest conversation and save their whole
// copy over the other's. The first claims a lock file and listens on a local socket (this user
// only); a later launch hands its arguments to it (it raises its window) and ends. A lock left
// by a LocalForge that crashed is taken over.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // `key` names the instance: the default is per user and data folder; tests give their own.
    explicit SingleInstance(const QString &key = defaultKey(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultKey();
    QString lockFileName() const;
    // Where the first listens for later launches.
    QString socketName() const;

    // True when this is the first LocalForge: it holds the lock and listens (activated()
    // brings later launches' arguments). False: another one runs, or `error` says why not.
    bool claim(QString *error = nullptr);
    bool isPrimary() const { return m_server != nullptr; }
    // Hands `arguments` to the LocalForge that holds the lock, trying for up to `timeoutMs`;
    // forwarded() follows, never before this returns, or claimedMeanwhile() if that one ended
    // first.
    void forward(const QStringList &arguments, int timeoutMs = 5000);

Q_SIGNALS:
    // A later launch's arguments (argv, program first): show the window.
    void activated(const QStringList &arguments);
    // ok false: the running LocalForge did not answer; `message` says what to do.
    void forwarded(bool ok, const QString &message);
    // While forwarding, the LocalForge that held the lock ended (it was quitting): this one
    // holds it now, and is the first.
    void claimedMeanwhile();

private:
    void tryConnect(const QByteArray &message, qint64 deadlineMs);

    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};
