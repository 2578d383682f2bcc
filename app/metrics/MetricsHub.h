#pragma once

#include "MemoryInfo.h"
#include "ProcessSampler.h"
#include "TimeSeries.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <optional>

class BackgroundSampler;
class ChatSession;
class GpuInfo;
class LoadedModels;
class RemoteExporters;

// Samples, on one timer and one clock, what the monitor shows: system memory, the servers'
// own processes, GPU memory and load, and the live generation rate; keeps each as a fixed-size
// series (an hour at 2 Hz by default) with markers for requests and first tokens.
class MetricsHub final : public QObject
{
    Q_OBJECT

public:
    // Series keys.
    static constexpr const char *RamUsed = "ram.used";
    static constexpr const char *RamTotal = "ram.total";
    // Swap in use, on a machine that has swap: a model that does not fit spills there.
    static constexpr const char *SwapUsed = "swap.used";
    static constexpr const char *GpuUsed = "gpu.used";
    static constexpr const char *GpuTotal = "gpu.total";
    static constexpr const char *GpuLoad = "gpu.load";
    static constexpr const char *TokensPerSecond = "tps.live";
    static constexpr const char *ServerTokensPerSecond = "tps.server";
    static QString processKey(ServerKind kind); // "proc.ollama", ...
    // "remote.<host>.ram.used", ".ram.total", ".gpu.used", ".gpu.total", ".gpu.load"
    static QString remoteKey(const QString &host, const char *what);

    struct Marker
    {
        // ModelLoaded: when the server says the model finished loading (its load time after the
        // request), placed once the answer reports it.
        enum class Type { RequestSent, ModelLoaded, FirstToken, AnswerDone };
        Type type;
        qint64 timeMs;
    };

    MetricsHub(ChatSession *chat, GpuInfo *gpus, QObject *parent = nullptr);
    // Remote hosts' exporters, read every other tick.
    void setRemoteExporters(RemoteExporters *exporters);
    // What servers report of their loaded models, asked every other tick while sampling:
    // "reported.size.<server id>" (bytes in memory) and "reported.vram.<server id>" where the
    // sizes are memory (Ollama's /api/ps); a published generation rate (llama-server started
    // with --metrics) as "reported.tps.<server id>".
    void setLoadedModels(LoadedModels *loaded);
    static QString reportedKey(const QString &serverId, bool vram = false);

    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }
    // Samples every `ms` and keeps at least `keep` of history (never fewer than 7,200 samples
    // a series); samples already taken stay, the oldest dropped when the series shrink.
    void setSampling(int ms, std::chrono::milliseconds keep);
    qsizetype capacity() const { return m_capacity; }
    // Called on the sampler's thread (as is the process sampler).
    void setMemorySource(std::function<std::optional<MemoryInfo>()> source)
    {
        m_memory = std::move(source);
    }
    void setProcessSampler(const ProcessSampler &sampler) { m_processes = sampler; }
    void start();
    void stop();
    // One sample now (the timer calls this). The live rate is taken at once; memory, processes
    // and Apple's GPU are read on a thread of their own and land with sampled() (a tick that
    // comes while the previous read still runs skips it).
    void sample();
    // Ticks whose memory and process read was skipped: the previous one was still running.
    int skippedSamples() const;
    // A memory and process read is running on the sampler's thread.
    bool isSampling() const;

    qint64 nowMs() const { return m_clock.elapsed(); }
    const TimeSeries *series(const QString &key) const;
    // How old a series' last sample may be and still be its current figure: a few of the
    // slowest reads' intervals (the GPU's), and never under the time a hung nvidia-smi is given.
    qint64 staleAfterMs() const;
    // The series' last value while it is current; unset when there is none, or when its source
    // stopped answering (a GPU query that fails or hangs, an eGPU unplugged).
    std::optional<double> latest(const QString &key) const;
    // The GPU gave figures before and has given none for staleAfterMs(): how long, else 0.
    qint64 gpuSilentMs() const;
    QStringList keys() const;
    QList<Marker> markers() const { return m_markers; }
    bool gpuKnown() const;
    // Whether the GPU query has answered at least once (or there is none to ask).
    bool gpuQueried() const;
    std::size_t memoryBytes() const;

Q_SIGNALS:
    void sampled();

private:
    TimeSeries &at(const QString &key);
    void watchLoaded();

    ChatSession *m_chat;
    GpuInfo *m_gpus;
    RemoteExporters *m_remote = nullptr;
    LoadedModels *m_loaded = nullptr;
    ProcessSampler m_processes;
    // Called on the sampler's thread: must not touch this object.
    std::function<std::optional<MemoryInfo>()> m_memory;
    BackgroundSampler *m_sampler;
    std::map<QString, TimeSeries> m_series;
    QList<Marker> m_markers;
    QElapsedTimer m_clock;
    QTimer m_timer;
    qsizetype m_capacity = 7200;
    bool m_firstTokenSeen = false;
    qint64 m_requestSentMs = 0;
    int m_ticks = 0;
};
