#include "LoadedModels.h"

#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

#include <algorithm>
#include <utility>

QSet<QString> LoadedModels::State::ids(const ModelList &listed) const
{
    QSet<QString> held;
    if (known && !error.isError()) {
        for (const LoadedModel &m : models)
            held.insert(m.id);
    }
    for (const ModelInfo &m : listed) {
        if (m.loaded)
            held.insert(m.id);
    }
    return held;
}

LoadedModels::LoadedModels(ProviderRegistry *providers, QObject *parent)
    : QObject(parent)
    , m_providers(providers)
{
    m_clock.start();
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LoadedModels::tick);
    // A server forgotten, or answering as another kind now: what it said is another server's.
    connect(m_providers, &ProviderRegistry::providerChanged, this, [this](const QString &id) {
        forget(id);
        if (isWatched())
            refresh(id);
    });
}

void LoadedModels::watch(QObject *reader, int intervalMs, ServerFilter which)
{
    if (!m_readers.contains(reader))
        connect(reader, &QObject::destroyed, this, &LoadedModels::release);
    m_readers.insert(reader, {std::max(100, intervalMs), std::move(which)});
    updateTimer();
}

int LoadedModels::intervalMs(const QString &serverId) const
{
    Provider *p = m_providers->provider(serverId);
    int interval = 0;
    for (const Reader &r : m_readers) {
        if (p && (!r.which || r.which(p)))
            interval = interval == 0 ? r.intervalMs : std::min(interval, r.intervalMs);
    }
    return interval;
}

void LoadedModels::tick()
{
    const qint64 now = m_clock.elapsed();
    for (const QString &id : m_providers->serverIds()) {
        const int interval = intervalMs(id);
        const Poll poll = m_polls.value(id);
        // A server whose last request is still out is skipped: a hung one does not pile up.
        // A tenth of slack, so that a reader at twice the timer's interval is not a tick late.
        if (interval == 0 || poll.out > 0 ||
            (poll.sentMs >= 0 && now - poll.sentMs < interval - interval / 10))
            continue;
        refresh(id);
    }
}

void LoadedModels::release(QObject *reader)
{
    if (m_readers.remove(reader))
        disconnect(reader, &QObject::destroyed, this, &LoadedModels::release);
    updateTimer();
}

void LoadedModels::updateTimer()
{
    if (m_readers.isEmpty()) {
        m_timer.stop();
        return;
    }
    int interval = m_readers.cbegin()->intervalMs;
    for (const Reader &r : m_readers)
        interval = std::min(interval, r.intervalMs);
    if (!m_timer.isActive() || m_timer.interval() != interval)
        m_timer.start(interval);
}

void LoadedModels::refreshAll()
{
    for (const QString &id : m_providers->serverIds())
        refresh(id);
}

void LoadedModels::refresh(const QString &serverId)
{
    Provider *p = m_providers->provider(serverId);
    ModelLoadCapability *loader = p ? p->loader() : nullptr;
    ServerMetricsCapability *metrics = p ? p->serverMetrics() : nullptr;
    if (!loader && !metrics)
        return;
    Poll &poll = m_polls[serverId];
    if (poll.out > 0) {
        poll.again = true;
        return;
    }
    const qint64 generation = m_generations.value(serverId);
    State pending;
    pending.known = true;
    pending.memoryReported = loader && loader->reportsMemory();
    m_pending.insert(serverId, pending);
    poll.out = (loader ? 1 : 0) + (metrics ? 1 : 0);
    poll.sentMs = m_clock.elapsed();
    if (loader)
        loader->loadedModels(this, [this, serverId, generation](const LoadedModelsResult &r) {
            if (generation != m_generations.value(serverId))
                return; // the server changed since: its answer is another server's
            State &s = m_pending[serverId];
            s.models = r.models;
            s.error = r.error;
            answered(serverId, generation);
        });
    if (metrics)
        metrics->generationRate(this, [this, serverId, generation](std::optional<double> rate) {
            if (generation != m_generations.value(serverId))
                return;
            m_pending[serverId].reportedTokensPerSecond = rate;
            answered(serverId, generation);
        });
}

void LoadedModels::answered(const QString &serverId, qint64 generation)
{
    Poll &poll = m_polls[serverId];
    if (--poll.out > 0)
        return;
    m_states.insert(serverId, m_pending.take(serverId));
    const bool again = std::exchange(poll.again, false);
    Q_EMIT updated(serverId);
    if (again && generation == m_generations.value(serverId))
        refresh(serverId);
}

void LoadedModels::forget(const QString &serverId)
{
    ++m_generations[serverId];
    m_polls.remove(serverId);
    m_pending.remove(serverId);
    if (m_states.remove(serverId))
        Q_EMIT updated(serverId);
}
