#pragma once

// While one lives, writes past `bytes` in any file fail (EFBIG), as on a full disk, even for
// root, which no folder permission stops. Unix only: elsewhere it limits nothing (active()).
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
#ifdef Q_OS_UNIX
        std::signal(SIGXFSZ, SIG_IGN); // the write fails instead of ending the process
        if (getrlimit(RLIMIT_FSIZE, &m_old) != 0)
            return;
        rlimit small = m_old;
        small.rlim_cur = rlim_t(bytes);
        m_active = setrlimit(RLIMIT_FSIZE, &small) == 0;
#else
        Q_UNUSED(bytes);
#endif
    }
    ~FileSizeLimit()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            setrlimit(RLIMIT_FSIZE, &m_old);
#endif
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool active() const
    {
        return m_active;
    }

private:
#ifdef Q_OS_UNIX
    rlimit m_old{};
#endif
    bool m_active = false;
};
