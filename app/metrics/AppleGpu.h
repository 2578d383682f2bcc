#pragma once

#include <QVariantMap>

#include <optional>

// Apple Silicon: the GPU shares the unified memory. Its load and the memory it holds come from
// the IOAccelerator service's "PerformanceStatistics" (IOKit); the most it may hold is the Metal
// working-set limit, drawn as the ceiling.
struct AppleGpuStats
{
    std::optional<double> utilizationPercent;
    std::optional<qint64> inUseBytes;     // "In use system memory"
    std::optional<qint64> allocatedBytes; // "Alloc system memory"
};

namespace AppleGpu {

// From a PerformanceStatistics dictionary as IOKit reports it. Pure.
AppleGpuStats fromPerformanceStatistics(const QVariantMap &stats);
// The working-set ceiling: iogpu.wired_limit_mb when the user set it, else what Metal
// recommends by default (about two thirds of the memory up to 36 GB, three quarters above).
qint64 workingSetLimit(qint64 totalRamBytes, std::optional<qint64> wiredLimitMb);

// This machine (macOS on Apple Silicon only; nullopt elsewhere).
std::optional<AppleGpuStats> read();
std::optional<qint64> readWorkingSetLimit();

} // namespace AppleGpu
