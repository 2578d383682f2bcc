// A stand-in for NVIDIA's libnvidia-ml: the entry points LocalForge resolves, answering for one
// GPU. LOCALFORGE_FAKE_NVML_INIT_MS makes nvmlInit_v2 take that long, as a sleeping laptop GPU
// or a driver without persistence mode does; LOCALFORGE_FAKE_NVML_SHUTDOWN_MS does the same for
// nvmlShutdown, as a wedged driver does.
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace {
struct Memory
{
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};
struct Utilization
{
    unsigned int gpu;
    unsigned int memory;
};
constexpr unsigned long long GiB = 1024ULL * 1024 * 1024;
int device = 0;
} // namespace

extern "C" {
__attribute__((visibility("default"))) int nvmlInit_v2()
{
    if (const char *ms = std::getenv("LOCALFORGE_FAKE_NVML_INIT_MS"))
        std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(ms)));
    return 0;
}
__attribute__((visibility("default"))) int nvmlShutdown()
{
    if (const char *ms = std::getenv("LOCALFORGE_FAKE_NVML_SHUTDOWN_MS"))
        std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(ms)));
    return 0;
}
__attribute__((visibility("default"))) int nvmlDeviceGetCount_v2(unsigned int *count)
{
    *count = 1;
    return 0;
}
__attribute__((visibility("default"))) int nvmlDeviceGetHandleByIndex_v2(unsigned int index,
                                                                         void **handle)
{
    if (index != 0)
        return 2; // NVML_ERROR_INVALID_ARGUMENT
    *handle = &device;
    return 0;
}
__attribute__((visibility("default"))) int nvmlDeviceGetName(void *, char *name,
                                                             unsigned int length)
{
    std::strncpy(name, "NVIDIA GeForce RTX 4090", length - 1);
    return 0;
}
__attribute__((visibility("default"))) int nvmlDeviceGetMemoryInfo(void *, void *memory)
{
    *static_cast<Memory *>(memory) = {24 * GiB, 20 * GiB, 4 * GiB};
    return 0;
}
__attribute__((visibility("default"))) int nvmlDeviceGetUtilizationRates(void *, void *rates)
{
    *static_cast<Utilization *>(rates) = {37, 12};
    return 0;
}
__attribute__((visibility("default"))) int nvmlDeviceGetPowerUsage(void *, unsigned int *mw)
{
    *mw = 151500;
    return 0;
}
__attribute__((visibility("default"))) int nvmlDeviceGetTemperature(void *, int, unsigned int *c)
{
    *c = 61;
    return 0;
}
}
