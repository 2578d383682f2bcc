#pragma once

#include "providers/Capabilities.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

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
    };

    explicit LoadedModels(ProviderRegistry *providers, QObject *parent = nullptr);

    // `reader` wants every server's state at least every `intervalMs`, until release() or
    // until it is destroyed. Watching again changes its interval.
    void watch(QObject *reader, int intervalMs);
    void release(QObject *reader);
    bool isWatched() const { return !m_readers.isEmpty(); }
    int intervalMs() const { return m_timer.interval(); }

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
    struct Poll
    {
        int out = 0;        // requests on their way (the list and the rate)
        bool again = false; // refresh() came while they were out
    };
    void updateTimer();
    void answered(const QString &serverId, qint64 generation);
    void forget(const QString &serverId);

    ProviderRegistry *m_providers;
    QHash<QObject *, int> m_readers; // reader -> interval it asked for
    QHash<QString, State> m_states;
    QHash<QString, Poll> m_polls;
    QHash<QString, State> m_pending;      // answers being put together
    QHash<QString, qint64> m_generations; // bumped when a server's provider changes
    QTimer m_timer;
};
