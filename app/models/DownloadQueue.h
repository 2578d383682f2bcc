#pragma once

#include "ModelDownload.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class ProviderRegistry;

struct DownloadItem
{
    enum class State {
        Queued,
        Pulling,
        Verifying,
        Writing,
        Retrying,
        Done,
        Failed,
        Cancelled,
        Stalled
    };

    int id = 0;
    QString serverId;
    QString model;
    State state = State::Queued;
    ModelDownload::Snapshot progress;
    ApiError error;
    int attempt = 0; // 1 for the first try
    bool serverKeepsPartial = false;
    bool serverStopsOnCancel = true;
    QDateTime finishedAt;

    bool isActive() const
    {
        return state == State::Pulling || state == State::Verifying || state == State::Writing;
    }
    bool isOver() const
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled ||
               state == State::Stalled;
    }
};

// The download queue: one download at a time per server, the others wait. Network failures
// are retried with a growing delay, a bounded number of times; a download that makes no
// progress for a while is stopped as stalled. Changes are reported at most 10 times a second
// per download, however fast the server sends progress.
class DownloadQueue final : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        int maxAttempts = 4;
        int firstRetryDelayMs = 2000; // doubles after each failure
        int stallTimeoutMs = 60000;
        int minUpdateIntervalMs = 100;
    };

    explicit DownloadQueue(ProviderRegistry *registry, QObject *parent = nullptr);
    void setPolicy(const Policy &policy) { m_policy = policy; }

    // Queues a download; an identical one still queued or running is returned instead.
    int enqueue(const QString &serverId, const QString &model);
    void cancel(int id);
    // Starts a failed, stalled or cancelled download again (servers that keep parts resume).
    void retry(int id);
    void removeFinished();

    QList<DownloadItem> items() const { return m_items; }
    const DownloadItem *item(int id) const;

Q_SIGNALS:
    void itemAdded(int id);
    void itemChanged(int id);
    void itemFinished(int id);
    void itemsRemoved();

private:
    DownloadItem *find(int id);
    void pump(const QString &serverId);
    void start(DownloadItem &item);
    void onProgress(int id);
    void onFinished(int id, const ApiError &error);
    void checkStalls();
    void emitChanged(int id, bool now);
    static bool isRetryable(const ApiError &error);

    ProviderRegistry *m_registry;
    Policy m_policy;
    QList<DownloadItem> m_items;
    QHash<int, QPointer<ModelDownload>> m_running;
    QHash<int, qint64> m_lastProgressMs;
    QHash<int, qint64> m_lastEmitMs;
    QSet<int> m_pendingEmit;
    QSet<int> m_stalling;
    QElapsedTimer m_clock;
    QTimer m_throttle;
    QTimer m_stallCheck;
    int m_nextId = 1;
};
