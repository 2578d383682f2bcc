#include "FileCommitter.h"

#include <QFile>
#include <QtGlobal>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

FileCommitter::FileCommitter(QObject *parent)
    : QObject(parent)
    , m_sync(&FileCommitter::syncToDisk)
{
    m_pool.setMaxThreadCount(1); // in order: the last save of a file is the one that stays
    m_pool.setObjectName(QStringLiteral("FileCommitter"));
}

FileCommitter::~FileCommitter()
{
    m_pool.waitForDone();
}

void FileCommitter::setSync(Sync sync)
{
    m_sync = sync ? std::move(sync) : Sync(&FileCommitter::syncToDisk);
}

bool FileCommitter::syncToDisk(int fd)
{
    int r = 0;
    do {
#if defined(_POSIX_SYNCHRONIZED_IO) && _POSIX_SYNCHRONIZED_IO > 0
        r = ::fdatasync(fd);
#else
        r = ::fsync(fd);
#endif
    } while (r != 0 && errno == EINTR);
    return r == 0;
}

QString FileCommitter::commitNow(const QString &written, const QString &target, const Sync &sync)
{
    const QByteArray from = QFile::encodeName(written);
    int fd = -1;
    do {
        fd = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    QString cause;
    if (fd < 0)
        cause = qt_error_string(errno);
    else if (!(sync ? sync(fd) : syncToDisk(fd)))
        cause = qt_error_string(errno);
    if (fd >= 0)
        ::close(fd);
    if (cause.isEmpty() &&
        std::rename(from.constData(), QFile::encodeName(target).constData()) != 0)
        cause = qt_error_string(errno);
    if (!cause.isEmpty())
        QFile::remove(written);
    return cause;
}

bool FileCommitter::isPending(const QString &target) const
{
    QMutexLocker locked(&m_lock);
    return m_latest.contains(target);
}

void FileCommitter::commit(const QString &written, const QString &target)
{
    quint64 generation = 0;
    {
        QMutexLocker locked(&m_lock);
        generation = ++m_generation;
        m_latest[target] = generation;
    }
    const Sync sync = m_sync;
    m_pool.start([this, written, target, generation, sync] {
        bool superseded = false;
        {
            QMutexLocker locked(&m_lock);
            superseded = m_latest.value(target) != generation;
        }
        // A newer save of the same file is queued behind: its wait for the disk is the one
        // that counts (a slow disk does not make the saves pile up).
        QString cause;
        if (superseded)
            QFile::remove(written);
        else
            cause = commitNow(written, target, sync);
        // Told on this object's thread.
        QMetaObject::invokeMethod(
            this, [this, target, generation, cause] { done(target, generation, cause); },
            Qt::QueuedConnection);
    });
}

void FileCommitter::done(const QString &target, quint64 generation, const QString &cause)
{
    bool latest = false;
    {
        QMutexLocker locked(&m_lock);
        latest = m_latest.value(target) == generation;
        if (latest)
            m_latest.remove(target);
    }
    if (!cause.isEmpty())
        Q_EMIT failed(target, cause);
    else if (latest)
        Q_EMIT committed(target);
}

void FileCommitter::waitForDone()
{
    m_pool.waitForDone();
}
