#include "AppleGpu.h"

#if defined(Q_OS_MACOS) && defined(Q_PROCESSOR_ARM)
#include <CoreFoundation/CoreFoundation.h>
#include <IOKit/IOKitLib.h>
#include <sys/sysctl.h>

#include <vector>
#define LOCALFORGE_APPLE_GPU 1
#endif

namespace AppleGpu {

namespace {
std::optional<qint64> integer(const QVariantMap &m, const char *key)
{
    const QVariant v = m.value(QString::fromLatin1(key));
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}
} // namespace

AppleGpuStats fromPerformanceStatistics(const QVariantMap &stats)
{
    AppleGpuStats s;
    if (const auto u = integer(stats, "Device Utilization %"))
        s.utilizationPercent = double(*u);
    else if (const auto r = integer(stats, "Renderer Utilization %"))
        s.utilizationPercent = double(*r);
    s.inUseBytes = integer(stats, "In use system memory");
    s.allocatedBytes = integer(stats, "Alloc system memory");
    return s;
}

qint64 workingSetLimit(qint64 totalRamBytes, std::optional<qint64> wiredLimitMb)
{
    if (wiredLimitMb && *wiredLimitMb > 0)
        return *wiredLimitMb * 1024 * 1024;
    const qint64 gib36 = 36LL * 1024 * 1024 * 1024;
    return totalRamBytes <= gib36 ? totalRamBytes * 2 / 3 : totalRamBytes * 3 / 4;
}

#ifdef LOCALFORGE_APPLE_GPU
namespace {
QVariantMap toMap(CFDictionaryRef dict)
{
    QVariantMap map;
    const CFIndex count = CFDictionaryGetCount(dict);
    std::vector<const void *> keys(std::size_t(count)), values(std::size_t(count));
    CFDictionaryGetKeysAndValues(dict, keys.data(), values.data());
    for (CFIndex i = 0; i < count; ++i) {
        if (CFGetTypeID(keys[std::size_t(i)]) != CFStringGetTypeID() ||
            CFGetTypeID(values[std::size_t(i)]) != CFNumberGetTypeID())
            continue;
        long long n = 0;
        if (CFNumberGetValue(static_cast<CFNumberRef>(values[std::size_t(i)]),
                             kCFNumberLongLongType, &n))
            map.insert(QString::fromCFString(static_cast<CFStringRef>(keys[std::size_t(i)])),
                       qint64(n));
    }
    return map;
}
} // namespace

std::optional<AppleGpuStats> read()
{
    io_iterator_t iterator = 0;
    if (IOServiceGetMatchingServices(MACH_PORT_NULL, IOServiceMatching("IOAccelerator"),
                                     &iterator) != KERN_SUCCESS)
        return std::nullopt;
    std::optional<AppleGpuStats> result;
    for (io_object_t service = IOIteratorNext(iterator); service;
         service = IOIteratorNext(iterator)) {
        CFTypeRef stats = IORegistryEntryCreateCFProperty(service, CFSTR("PerformanceStatistics"),
                                                          kCFAllocatorDefault, 0);
        if (stats && CFGetTypeID(stats) == CFDictionaryGetTypeID() && !result)
            result = fromPerformanceStatistics(toMap(static_cast<CFDictionaryRef>(stats)));
        if (stats)
            CFRelease(stats);
        IOObjectRelease(service);
    }
    IOObjectRelease(iterator);
    return result;
}

std::optional<qint64> readWorkingSetLimit()
{
    int64_t total = 0;
    size_t len = sizeof(total);
    if (sysctlbyname("hw.memsize", &total, &len, nullptr, 0) != 0)
        return std::nullopt;
    int wired = 0;
    len = sizeof(wired);
    std::optional<qint64> wiredMb;
    if (sysctlbyname("iogpu.wired_limit_mb", &wired, &len, nullptr, 0) == 0 && wired > 0)
        wiredMb = wired;
    return workingSetLimit(total, wiredMb);
}
#else
std::optional<AppleGpuStats> read()
{
    return std::nullopt;
}

std::optional<qint64> readWorkingSetLimit()
{
    return std::nullopt;
}
#endif

} // namespace AppleGpu
