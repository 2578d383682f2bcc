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
    m.wiredBytes = qint64(vm.wire_count) * page;
    m.compressedBytes = qint64(vm.compressor_page_count) * page;
    xsw_usage swap{};
    len = sizeof(swap);
    if (sysctlbyname("vm.swapusage", &swap, &len, nullptr, 0) == 0) {
        m.swapTotalBytes = qint64(swap.xsu_total);
        m.swapFreeBytes = qint64(swap.xsu_avail);
    }
    int pressure = 0; // 1 normal, 2 warning, 4 critical
    len = sizeof(pressure);
    if (sysctlbyname("kern.memorystatus_vm_pressure_level", &pressure, &len, nullptr, 0) == 0)
        m.pressure = pressure >= 4   ? Pressure::Critical
                     : pressure >= 2 ? Pressure::Warning
                                     : Pressure::Normal;
    return m;
#else
    return std::nullopt;
#endif
}
