#include "MetricsHub.h"

#include "AppleGpu.h"
#include "BackgroundSampler.h"
#include "GpuInfo.h"
#include "RemoteExporters.h"
#include "chat/ChatSession.h"
#include "models/LoadedModels.h"
#include "providers/Provider.h"

namespace {
// What the sampler's thread reads in one tick.
struct LocalSample
{
    std::optional<MemoryInfo> memory;
    QHash<ServerKind, qint64> resident;
    std::optional<AppleGpuStats> apple;
    std::optional<qint64> appleLimit;
};

constexpr int MaxMarkers = 2000;
constexpr int GpuEveryTicks = 2; // nvidia-smi is a process: once a second at 2 Hz
constexpr qint64 GpuQueryLimitMs = GpuInfo::QueryLimitMs;
} // namespace

QString MetricsHub::processKey(ServerKind kind)
{
    return QStringLiteral("proc.") + serverKindId(kind);
}

MetricsHub::MetricsHub(ChatSession *chat, GpuInfo *gpus, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_gpus(gpus)
    , m_memory([] { return MemoryInfo::current(); })
    , m_sampler(new BackgroundSampler(this))
{
    m_clock.start();
    m_timer.setInterval(500);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MetricsHub::sample);
    if (m_chat) {
        auto mark = [this](Marker::Type type) {
            m_markers.append({type, nowMs()});
            if (m_markers.size() > MaxMarkers)
                m_markers.removeFirst();
        };
        connect(m_chat, &ChatSession::streamingChanged, this, [this, mark](bool streaming) {
            if (streaming) {
                m_firstTokenSeen = false;
                m_requestSentMs = nowMs();
                mark(Marker::Type::RequestSent);
            }
        });
        connect(m_chat, &ChatSession::messageDelta, this, [this, mark] {
            if (!m_firstTokenSeen) {
                m_firstTokenSeen = true;
                mark(Marker::Type::FirstToken);
            }
        });
        connect(m_chat, &ChatSession::messageFinished, this, [this, mark](int index) {
            mark(Marker::Type::AnswerDone);
            const ChatMessage &m = m_chat->messages().at(index);
            // A load worth showing (a warm model reports a few milliseconds).
            if (m.stats.server.loadSeconds && *m.stats.server.loadSeconds >= 0.05) {
                const Marker loaded{Marker::Type::ModelLoaded,
                                    m_requestSentMs + qint64(*m.stats.server.loadSeconds * 1000.0)};
                const auto at =
                    std::find_if(m_markers.begin(), m_markers.end(),
                                 [&loaded](const Marker &x) { return x.timeMs > loaded.timeMs; });
                m_markers.insert(at, loaded); // markers stay in time order
            }
            if (m.stats.server.tokensPerSecond)
                at(QString::fromLatin1(ServerTokensPerSecond))
                    .append(nowMs(), *m.stats.server.tokensPerSecond);
        });
    }
    if (m_gpus)
        connect(m_gpus, &GpuInfo::finished, this, [this] {
            const qint64 t = nowMs();
            const QList<GpuStatus> gpus = m_gpus->gpus();
            if (gpus.isEmpty())
                return;
            qint64 used = 0, total = 0;
            bool memoryKnown = false;
            double load = 0;
            int reporting = 0; // a GPU that says [N/A] is left out of the mean, not counted as 0
            for (const GpuStatus &g : gpus) {
                if (g.memoryKnown) { // one that shares the system's memory is in the RAM line
                    used += g.memoryUsedBytes;
                    total += g.memoryTotalBytes;
                    memoryKnown = true;
                }
                if (g.utilizationPercent) {
                    load += *g.utilizationPercent;
                    ++reporting;
                }
            }
            if (memoryKnown) {
                at(QString::fromLatin1(GpuUsed)).append(t, double(used));
                at(QString::fromLatin1(GpuTotal)).append(t, double(total));
            }
            if (reporting > 0)
                at(QString::fromLatin1(GpuLoad)).append(t, load / reporting);
        });
}

QString MetricsHub::reportedKey(const QString &serverId, bool vram)
{
    return (vram ? QStringLiteral("reported.vram.") : QStringLiteral("reported.size.")) + serverId;
}

QString MetricsHub::remoteKey(const QString &host, const char *what)
{
    return QStringLiteral("remote.") + host + u'.' + QLatin1String(what);
}

void MetricsHub::setRemoteExporters(RemoteExporters *exporters)
{
    m_remote = exporters;
    connect(exporters, &RemoteExporters::figures, this, [this](const RemoteExporters::Figures &f) {
        const qint64 t = nowMs();
        auto put = [this, t, &f](const char *what, const std::optional<double> &value) {
            if (value)
                at(remoteKey(f.host, what)).append(t, *value);
        };
        put("ram.used", f.ramUsed);
        put("ram.total", f.ramTotal);
        put("gpu.used", f.gpuUsed);
        put("gpu.total", f.gpuTotal);
        put("gpu.load", f.gpuLoad);
    });
}

void MetricsHub::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
    if (m_timer.isActive())
        watchLoaded();
}

void MetricsHub::setSampling(int ms, std::chrono::milliseconds keep)
{
    ms = std::max(1, ms);
    setIntervalMs(ms);
    m_capacity = std::max<qsizetype>(7200, qsizetype(keep.count() / ms));
    for (auto &[key, series] : m_series)
        series.setCapacity(m_capacity);
}

void MetricsHub::start()
{
    sample();
    m_timer.start();
    watchLoaded();
}

void MetricsHub::stop()
{
    m_timer.stop();
    if (m_loaded)
        m_loaded->release(this);
}

void MetricsHub::watchLoaded()
{
    // Only the servers with figures to chart: memory their models hold, a generation rate.
    if (m_loaded)
        m_loaded->watch(this, m_timer.interval() * GpuEveryTicks, [](Provider *p) {
            return (p->loader() && p->loader()->reportsMemory()) || p->serverMetrics();
        });
}

void MetricsHub::setLoadedModels(LoadedModels *loaded)
{
    m_loaded = loaded;
    connect(loaded, &LoadedModels::updated, this, [this](const QString &id) {
        const LoadedModels::State s = m_loaded->state(id);
        const qint64 t = nowMs();
        if (s.reportedTokensPerSecond)
            at(QStringLiteral("reported.tps.") + id).append(t, *s.reportedTokensPerSecond);
        if (!s.known || s.error.isError() || !s.memoryReported)
            return;
        qint64 size = 0, vram = 0;
        for (const LoadedModel &m : s.models) {
            size += std::max<qint64>(0, m.sizeBytes);
            vram += std::max<qint64>(0, m.vramBytes);
        }
        at(reportedKey(id)).append(t, double(size));
        at(reportedKey(id, true)).append(t, double(vram));
    });
}

TimeSeries &MetricsHub::at(const QString &key)
{
    auto it = m_series.find(key);
    if (it == m_series.end())
        it = m_series.emplace(key, TimeSeries(m_capacity)).first;
    return it->second;
}

const TimeSeries *MetricsHub::series(const QString &key) const
{
    const auto it = m_series.find(key);
    return it == m_series.end() ? nullptr : &it->second;
}

QStringList MetricsHub::keys() const
{
    QStringList out;
    for (const auto &[key, series] : m_series)
        out << key;
    return out;
}

bool MetricsHub::gpuKnown() const
{
    return series(QString::fromLatin1(GpuTotal)) != nullptr;
}

qint64 MetricsHub::staleAfterMs() const
{
    return std::max<qint64>(GpuQueryLimitMs + 500, 3LL * m_timer.interval() * GpuEveryTicks);
}

std::optional<double> MetricsHub::latest(const QString &key) const
{
    const TimeSeries *s = series(key);
    if (!s || s->isEmpty() || nowMs() - s->last().timeMs > staleAfterMs())
        return std::nullopt;
    return s->last().value;
}

qint64 MetricsHub::gpuSilentMs() const
{
    const TimeSeries *s = series(QString::fromLatin1(GpuTotal));
    if (!s || s->isEmpty())
        return 0;
    const qint64 age = nowMs() - s->last().timeMs;
    return age > staleAfterMs() ? age : 0;
}

bool MetricsHub::gpuQueried() const
{
    return !m_gpus || m_gpus->hasAnswered();
}

std::size_t MetricsHub::memoryBytes() const
{
    std::size_t bytes = sizeof(*this) + std::size_t(m_markers.capacity()) * sizeof(Marker);
    for (const auto &[key, series] : m_series)
        bytes += series.memoryBytes() + std::size_t(key.capacity()) * 2;
    return bytes;
}

void MetricsHub::sample()
{
    const qint64 t = nowMs();
    if (m_chat)
        at(QString::fromLatin1(TokensPerSecond)).append(t, m_chat->liveTokensPerSecond());
    // Memory, the /proc scan and Apple's IOKit run on the sampler's thread; their figures are
    // placed at the time of the tick that asked. A tick that comes while the previous one still
    // reads is skipped there (a hung read never stalls the window nor piles up).
    const bool started = m_sampler->run<LocalSample>(
        [memory = m_memory, processes = m_processes] {
            LocalSample s;
            s.memory = memory();
            s.resident = processes.residentByKind();
            s.apple = AppleGpu::read();
            if (s.apple)
                s.appleLimit = AppleGpu::readWorkingSetLimit();
            return s;
        },
        [this, t](const LocalSample &s) {
            if (s.memory) {
                at(QString::fromLatin1(RamUsed))
                    .append(t, double(s.memory->totalBytes - s.memory->availableBytes));
                at(QString::fromLatin1(RamTotal)).append(t, double(s.memory->totalBytes));
                if (s.memory->swapTotalBytes > 0)
                    at(QString::fromLatin1(SwapUsed))
                        .append(t, double(std::max<qint64>(0, s.memory->swapTotalBytes -
                                                                  s.memory->swapFreeBytes)));
            }
            // Every kind seen once keeps a point each tick, so a stopped server falls to zero.
            for (ServerKind kind : {ServerKind::Ollama, ServerKind::LmStudio, ServerKind::LlamaCpp,
                                    ServerKind::Vllm}) {
                const QString key = processKey(kind);
                if (s.resident.contains(kind) || series(key))
                    at(key).append(t, double(s.resident.value(kind, 0)));
            }
            // Apple Silicon: the GPU's share of unified memory, its load, and the working-set
            // ceiling.
            if (s.apple) {
                if (s.apple->inUseBytes)
                    at(QString::fromLatin1(GpuUsed)).append(t, double(*s.apple->inUseBytes));
                if (s.appleLimit)
                    at(QString::fromLatin1(GpuTotal)).append(t, double(*s.appleLimit));
                if (s.apple->utilizationPercent)
                    at(QString::fromLatin1(GpuLoad)).append(t, *s.apple->utilizationPercent);
            }
            Q_EMIT sampled();
        });
    if ((m_ticks++ % GpuEveryTicks) == 0) {
        if (m_gpus)
            m_gpus->refresh();
        if (m_remote)
            m_remote->poll();
    }
    if (!started)
        Q_EMIT sampled(); // the live rate moved on
}

int MetricsHub::skippedSamples() const
{
    return m_sampler->skipped();
}

bool MetricsHub::isSampling() const
{
    return m_sampler->isBusy();
}
