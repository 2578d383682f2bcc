#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class BackgroundSampler;
class Nvml;
class QProcess;

// One GPU as nvidia-smi reports it. Memory in bytes; missing figures are unset.
struct GpuStatus
{
    int index = 0;
    QString name;
    qint64 memoryTotalBytes = 0;
    qint64 memoryUsedBytes = 0;
    qint64 memoryFreeBytes = 0;
    // False when the driver gives no memory figures: a GPU that shares the system's memory
    // (NVIDIA GB10, DGX Spark: "[N/A]"). Its zeros then mean nothing.
    bool memoryKnown = true;
    std::optional<double> utilizationPercent;
    std::optional<double> powerWatts;
    std::optional<double> temperatureC;
};

// Reads NVIDIA GPUs through NVML loaded at run time when the driver has it (loaded, started and
// queried on a thread of its own: a slow or hung driver never stalls the window), else through
// `nvidia-smi --query-gpu=... --format=csv,noheader,nounits`, asynchronously (QProcess, never
// waited on). Neither means no NVIDIA GPU is known.
class GpuInfo final : public QObject
{
    Q_OBJECT

public:
    // How long nvidia-smi may run before it is killed (a wedged driver can hang it).
    static constexpr int QueryLimitMs = 3000;

    explicit GpuInfo(QObject *parent = nullptr);
    ~GpuInfo() override;

    // The arguments given to nvidia-smi, and the parser of its output (pure).
    static QStringList nvidiaSmiArguments();
    static QList<GpuStatus> parseNvidiaSmi(const QByteArray &csv);

    // Starts a query; finished() follows. Does nothing while one runs (a hung NVML call or
    // nvidia-smi is not queued behind).
    void refresh();
    // Whether a query is running now.
    bool isQuerying() const;
    QList<GpuStatus> gpus() const { return m_gpus; }
    bool hasAnswered() const { return m_answered; }
    // Free memory over the GPUs that give figures; unset when none does.
    std::optional<qint64> freeVramBytes() const;
    // Every GPU known shares the system's memory (gives no memory figures of its own).
    bool sharesSystemMemory() const;
    void setProgram(const QString &program) { m_program = program; }
    // Which library to try first (tests name one that does not exist); empty: none.
    void setNvmlLibrary(const QString &name);
    // Stands in for NVML: called on the query thread (tests give one that hangs like a wedged
    // driver). Empty: none.
    void setInProcessQuery(std::function<QList<GpuStatus>()> query);
    // "NVML" once it answered, else "nvidia-smi" or empty.
    QString source() const;

Q_SIGNALS:
    void finished();

private:
    QString m_program;
    // NVML's query, shared with the thread that runs it (it may outlive this object if hung);
    // no answer means NVML is not there.
    std::function<std::optional<QList<GpuStatus>>()> m_query;
    bool m_nvmlKnown = false; // it answered (or stands in)
    int m_generation = 0;     // of the query: an answer to a replaced one is dropped
    BackgroundSampler *m_sampler;
    QProcess *m_process = nullptr;
    QList<GpuStatus> m_gpus;
    bool m_answered = false;
};
