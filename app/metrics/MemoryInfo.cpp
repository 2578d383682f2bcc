#include "MemoryInfo.h"

#include <QFile>
#include <QList>

#ifdef Q_OS_MACOS
#include <mach/mach.h>
#include <sys/sysctl.h>
#endif

std::optional<MemoryInfo> MemoryInfo::fromProcMeminfo(const QByteArray &text)
{
    MemoryInfo m;
    bool haveTotal = false;
    bool haveAvailable = false;
    qint64 free = 0, buffers = 0, cached = 0;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.first(colon);
        const QList<QByteArray> parts = line.sliced(colon + 1).simplified().split(' ');
        bool ok = false;
        qint64 value = parts.value(0).toLongLong(&ok);
        if (!ok)
            continue;
        if (parts.value(1) == "kB")
            value *= 1024;
        if (key == "MemTotal") {
            m.totalBytes = value;
            haveTotal = true;
        } else if (key == "MemAvailable") {
            m.availableBytes = value;
            haveAvailable = true;
        } else if (key == "MemFree") {
            free = value;
        } else if (key == "Buffers") {
            buffers = value;
        } else if (key == "Cached") {
            cached = value;
        } else if (key == "SwapTotal") {
            m.swapTotalBytes = value;
        } else if (key == "SwapFree") {
            m.swapFreeBytes = value;
        }
    }
    if (!haveTotal)
        return std::nullopt;
    if (!haveAvailable) // kernels before 3.14
        m.availableBytes = free + buffers + cached;
    return m;
}

std::optional<MemoryInfo> MemoryInfo::current()
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return fromProcMeminfo(f.readAll());
#elif defined(Q_OS_MACOS)
    MemoryInfo m;
    int64_t total = 0;
    size_t len = sizeof(total);
    if (sysctlbyname("hw.memsize", &total, &len, nullptr, 0) != 0)
        return std::nullopt;
    m.totalBytes = total;
    vm_statistics64_data_t vm{};
    mach_msg_type_number_t count = HOST_VM_INFO64_COUNT;
    if (host_statistics64(mach_host_self(), HOST_VM_INFO64, reinterpret_cast<host_info64_t>(&vm),
                          &count) != KERN_SUCCESS)
        return std::nullopt;
    vm_size_t pageSize = 0;
    if (host_page_size(mach_host_self(), &pageSize) != KERN_SUCCESS)
        return std::nullopt;
    const qint64 page = qint64(pageSize);
    m.availableBytes =
        (qint64(vm.free_count) + qint64(vm.inactive_count) + qint64(vm.purgeable_count)) * page;
    return m;
#else
    return std::nullopt;
#endif
}
