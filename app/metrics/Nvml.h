#pragma once

#include "GpuInfo.h"

#include <QLibrary>

// NVIDIA's management library, loaded at run time (no build dependency): the GPUs' memory,
// load, power and temperature in-process, without starting nvidia-smi. Unavailable (and
// harmless) on machines without the NVIDIA driver.
class Nvml final
{
public:
    explicit Nvml(const QString &libraryName = QStringLiteral("nvidia-ml"), int version = 1);
    ~Nvml();
    Nvml(const Nvml &) = delete;
    Nvml &operator=(const Nvml &) = delete;

    bool isAvailable() const { return m_ok; }
    QString whyNot() const { return m_whyNot; }
    QList<GpuStatus> query() const;

private:
    QLibrary m_lib;
    bool m_ok = false;
    QString m_whyNot;
    // Entry points (nvml.h), resolved by name.
    int (*m_init)() = nullptr;
    int (*m_shutdown)() = nullptr;
    int (*m_count)(unsigned int *) = nullptr;
    int (*m_handle)(unsigned int, void **) = nullptr;
    int (*m_name)(void *, char *, unsigned int) = nullptr;
    int (*m_memory)(void *, void *) = nullptr;
    int (*m_utilization)(void *, void *) = nullptr;
    int (*m_power)(void *, unsigned int *) = nullptr;
    int (*m_temperature)(void *, int, unsigned int *) = nullptr;
};
