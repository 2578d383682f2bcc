#pragma once

#include "providers/Capabilities.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class Provider;
class ProviderRegistry;

// What each server holds in memory now (Ollama's /api/ps, LM Studio's loaded instances) and
// the generation rate it publishes (llama-server's /metrics), asked by one owner for every
// reader: the Models page, the Monitor and the fit advice. Each server gets one request at a
// time, at the pace of the most eager reader, and none while nobody reads.
class LoadedModels final : public QObject
{
    Q_OBJECT

public:
    struct State
    {
        bool known = false; // an answer came since the server appeared
        QList<LoadedModel> models;
        ApiError error;
        // The sizes are memory held (not sizes on disk): the server's loader reportsMemory().
        bool memoryReported = false;
        std::optional<double> reportedTokensPerSecond;
        // The ids of the models held: none while unknown, or when the last answer failed. With
        // the server's list, those it marks loaded too (LM Studio's does, Ollama's does not).
        QSet<QString> ids(const ModelList &listed = {}) const;
    };

    explicit LoadedModels(ProviderRegistry *providers, QObject *parent = nullptr);

    // Which servers a reader wants (empty: all of them).
    using ServerFilter = std::function<bool(Provider *)>;

    // `reader` wants the state of the servers `which` accepts at least every `intervalMs`,
    // until release() or until it is destroyed. Watching again replaces its interval and
    // filter. A server no reader wants is not asked.
    void watch(QObject *reader, int intervalMs, ServerFilter which = {});
    void release(QObject *reader);
    bool isWatched() const { return !m_readers.isEmpty(); }
    int intervalMs() const { return m_timer.interval(); }
    // How often `serverId` is asked now: the shortest interval of the readers that want it
    // (0: none does).
    int intervalMs(const QString &serverId) const;

    // Asks `serverId` now (after a load or an unload, say). When a request is already out, a
    // new one follows its answer, so the state that arrives is never older than this call.
    void refresh(const QString &serverId);
    void refreshAll();

    // The last answer of `serverId` (an empty, unknown state before the first).
    State state(const QString &serverId) const { return m_states.value(serverId); }

Q_SIGNALS:
    // A new answer (or error) of `serverId` is in state().
    void updated(const QString &serverId);

private:
    struct Reader
    {
        int intervalMs = 0;
        ServerFilter which;
    };
    struct Poll
    {
        int out = 0;        // requests on their way (the list and the rate)
        bool again = false; // refresh() came while they were out
        qint64 sentMs = -1; // when the last request went out (m_clock)
    };
    void updateTimer();
    void tick();
    void answered(const QString &serverId, qint64 generation);
    void forget(const QString &serverId);

    ProviderRegistry *m_providers;
    QHash<QObject *, Reader> m_readers;
    QHash<QString, State> m_states;
    QHash<QString, Poll> m_polls;
    QHash<QString, State> m_pending;      // answers being put together
    QHash<QString, qint64> m_generations; // bumped when a server's provider changes
    QTimer m_timer;
    QElapsedTimer m_clock;
};
