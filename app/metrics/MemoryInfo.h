#pragma once

#include <QByteArray>

#include <optional>

// Memory of this machine, in bytes.
struct MemoryInfo
{
    qint64 totalBytes = 0;
    qint64 availableBytes = 0; // what can be used without swapping (Linux MemAvailable)
    qint64 swapTotalBytes = 0;
    qint64 swapFreeBytes = 0;
    // macOS only (0 / Unknown elsewhere).
    qint64 wiredBytes = 0;
    qint64 compressedBytes = 0;
    enum class Pressure { Unknown, Normal, Warning, Critical };
    Pressure pressure = Pressure::Unknown;

    // Parses the text of /proc/meminfo. Pure.
    static std::optional<MemoryInfo> fromProcMeminfo(const QByteArray &text);
    // This machine, now (Linux /proc/meminfo; macOS host statistics).
    static std::optional<MemoryInfo> current();
};
