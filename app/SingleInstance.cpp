#include "SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace {
constexpr qint64 MaxMessageBytes = 1 << 20; // arguments, not data
constexpr int RetryMs = 100;
// One try: a LocalForge that is quitting may take the connection and never answer.
constexpr qint64 AttemptMs = 1000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
    if (m_lock)
        m_lock->unlock();
}

QString SingleInstance::defaultKey()
{
    // Per user (the socket lives in a folder others may share) and per data folder.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QByteArray where =
        (user + u'|' + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).toUtf8();
    return QStringLiteral("localforge-") +
           QString::fromLatin1(
               QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16));
}

QString SingleInstance::lockFileName() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return QDir(folder).filePath(m_key + QStringLiteral(".lock"));
}

QString SingleInstance::socketName() const
{
    // Beside the lock, in this user's own runtime folder: a bare name would be a socket in the
    // shared /tmp, where another user could make it first and take the later launches' calls.
    const QString path = lockFileName().chopped(5) + QStringLiteral(".sock");
    // A socket's path has room for about a hundred bytes.
    return path.toLocal8Bit().size() < 100 ? path : m_key;
}

bool SingleInstance::claim(QString *error)
{
    if (m_server)
        return true;
    m_lock = std::make_unique<QLockFile>(lockFileName());
    m_lock->setStaleLockTime(0); // held for as long as LocalForge runs; a dead holder is stale
    if (!m_lock->tryLock(0)) {
        if (error && m_lock->error() != QLockFile::LockFailedError)
            *error = tr("Could not create the lock file %1.").arg(lockFileName());
        m_lock.reset();
        return false;
    }
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(socketName()); // a socket left by a crash: the lock is ours now
    if (!server->listen(socketName())) {
        if (error)
            *error = tr("Could not listen for other launches: %1.").arg(server->errorString());
        delete server;
        // Still the only one: it runs, only a later launch cannot reach it.
        return true;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > MaxMessageBytes)
                        socket->abort();
                    return;
                }
                const QJsonArray array = QJsonDocument::fromJson(socket->readLine()).array();
                QStringList arguments;
                for (const QJsonValue &v : array)
                    arguments.append(v.toString());
                socket->write("ok\n");
                socket->disconnectFromServer();
                Q_EMIT activated(arguments);
            });
        }
    });
    return true;
}

void SingleInstance::forward(const QStringList &arguments, int timeoutMs)
{
    const QByteArray message =
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
    const qint64 deadline = now() + timeoutMs;
    QTimer::singleShot(0, this, [this, message, deadline] { tryConnect(message, deadline); });
}

void SingleInstance::tryConnect(const QByteArray &message, qint64 deadlineMs)
{
    auto *socket = new QLocalSocket(this);
    auto answered = std::make_shared<bool>(false);
    // Not answering (yet): the other LocalForge may be starting; try again until the deadline.
    auto retry = [this, socket, message, deadlineMs, answered] {
        if (*answered)
            return;
        *answered = true;
        socket->deleteLater();
        // The one that held the lock may have ended meanwhile (it was quitting): this one is the
        // first now.
        if (claim()) {
            Q_EMIT claimedMeanwhile();
            return;
        }
        if (now() + RetryMs < deadlineMs) {
            QTimer::singleShot(RetryMs, this,
                               [this, message, deadlineMs] { tryConnect(message, deadlineMs); });
            return;
        }
        Q_EMIT forwarded(false, tr("LocalForge is already running but does not answer. Close it "
                                   "(or end its process), then start LocalForge again."));
    };
    connect(socket, &QLocalSocket::connected, this, [socket, message] { socket->write(message); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, answered] {
        if (*answered || !socket->canReadLine())
            return;
        *answered = true;
        const bool ok = socket->readLine().trimmed() == "ok";
        socket->deleteLater();
        Q_EMIT forwarded(ok, ok ? QString()
                                : tr("LocalForge is already running but did not take the "
                                     "arguments."));
    });
    connect(socket, &QLocalSocket::errorOccurred, this, retry);
    QTimer::singleShot(std::clamp<qint64>(deadlineMs - now(), 1, AttemptMs), socket, retry);
    socket->connectToServer(socketName());
}
