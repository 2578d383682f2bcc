#include "FileCommitter.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

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
#if defined(_POSIX_SYNCHRONIZED_IO) && _POSIX_SYNCHRONIZED_IO > 0
    return ::fdatasync(fd) == 0;
#else
    return ::fsync(fd) == 0;
#endif
}

QString FileCommitter::commitNow(const QString &written, const QString &target, const Sync &sync)
{
    const QByteArray from = QFile::encodeName(written);
    const int fd = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
    QString cause;
    if (fd < 0)
        cause = lastError();
    else if (!(sync ? sync(fd) : syncToDisk(fd)))
        cause = lastError();
    if (fd >= 0)
        ::close(fd);
    if (cause.isEmpty() &&
        std::rename(from.constData(), QFile::encodeName(target).constData()) != 0)
        cause = lastError();
    if (!cause.isEmpty())
        QFile::remove(written);
    return cause;
}

void FileCommitter::commit(const QString &written, const QString &target)
{
    const Sync sync = m_sync;
    m_pool.start([this, written, target, sync] {
        const QString cause = commitNow(written, target, sync);
        // Told on this object's thread.
        QMetaObject::invokeMethod(
            this,
            [this, target, cause] {
                if (cause.isEmpty())
                    Q_EMIT committed(target);
                else
                    Q_EMIT failed(target, cause);
            },
            Qt::QueuedConnection);
    });
}

void FileCommitter::waitForDone()
{
    m_pool.waitForDone();
}
