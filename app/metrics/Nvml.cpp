#include "Nvml.h"

namespace {
// Layouts from nvml.h.
struct NvmlMemory
{
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};
struct NvmlUtilization
{
    unsigned int gpu;
    unsigned int memory;
};
constexpr int NvmlSuccess = 0;
constexpr int NvmlTemperatureGpu = 0;
} // namespace

Nvml::Nvml(const QString &libraryName, int version)
    : m_lib(libraryName, version)
{
    if (!m_lib.load()) {
        m_whyNot = m_lib.errorString();
        return;
    }
    auto resolve = [this](auto &fn, const char *name) {
        fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(m_lib.resolve(name));
        return fn != nullptr;
    };
    const bool all = resolve(m_init, "nvmlInit_v2") && resolve(m_shutdown, "nvmlShutdown") &&
                     resolve(m_count, "nvmlDeviceGetCount_v2") &&
                     resolve(m_handle, "nvmlDeviceGetHandleByIndex_v2") &&
                     resolve(m_name, "nvmlDeviceGetName") &&
                     resolve(m_memory, "nvmlDeviceGetMemoryInfo") &&
                     resolve(m_utilization, "nvmlDeviceGetUtilizationRates") &&
                     resolve(m_power, "nvmlDeviceGetPowerUsage") &&
                     resolve(m_temperature, "nvmlDeviceGetTemperature");
    if (!all) {
        m_whyNot = QStringLiteral("an entry point is missing from %1").arg(m_lib.fileName());
        return;
    }
    m_ok = m_init() == NvmlSuccess;
    if (!m_ok)
        m_whyNot = QStringLiteral("nvmlInit failed (is the NVIDIA driver loaded?)");
}

Nvml::~Nvml()
{
    if (m_ok)
        m_shutdown();
}

QList<GpuStatus> Nvml::query() const
{
    QList<GpuStatus> out;
    if (!m_ok)
        return out;
    unsigned int count = 0;
    if (m_count(&count) != NvmlSuccess)
        return out;
    for (unsigned int i = 0; i < count; ++i) {
        void *device = nullptr;
        if (m_handle(i, &device) != NvmlSuccess)
            continue;
        GpuStatus g;
        g.index = int(i);
        char name[96] = {};
        if (m_name(device, name, sizeof(name)) == NvmlSuccess)
            g.name = QString::fromUtf8(name);
        NvmlMemory memory{};
        if (m_memory(device, &memory) == NvmlSuccess) {
            g.memoryTotalBytes = qint64(memory.total);
            g.memoryFreeBytes = qint64(memory.free);
            g.memoryUsedBytes = qint64(memory.used);
        } else {
            g.memoryKnown = false; // NOT_SUPPORTED where the GPU shares the system's memory
        }
        NvmlUtilization util{};
        if (m_utilization(device, &util) == NvmlSuccess)
            g.utilizationPercent = util.gpu;
        unsigned int milliwatts = 0;
        if (m_power(device, &milliwatts) == NvmlSuccess)
            g.powerWatts = milliwatts / 1000.0;
        unsigned int celsius = 0;
        if (m_temperature(device, NvmlTemperatureGpu, &celsius) == NvmlSuccess)
            g.temperatureC = celsius;
        out.append(g);
    }
    return out;
}
