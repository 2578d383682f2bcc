#pragma once

#include "providers/ModelDownload.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
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
    QDateTime nextTryAt; // while Retrying: when the next try starts

    bool isActive() const
    {
        return state == State::Pulling || state == State::Verifying || state == State::Writing;
    }
    bool isOver() const
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled ||
               state == State::Stalled;
    }
    // While it pulls or waits to retry, no other download starts on its server.
    bool holdsServer() const { return isActive() || state == State::Retrying; }
};

// How downloads are retried, judged stalled and reported.
struct DownloadPolicy
{
    int maxAttempts = 4;
    int firstRetryDelayMs = 2000; // doubles after each failure
    int stallTimeoutMs = 60000;
    int minUpdateIntervalMs = 100;
};

// One download of one model from one server, from its start to its end: its tries, its
// retries after network failures and stalls (with a growing delay, a bounded number of times),
// its stall watch (not while the server holds the download paused), and its own throttled
// change reports. It emits finished() once per end (Done, Failed, Cancelled, or Stalled after
// the last try); requeue() makes it wait for a new start.
class DownloadJob final : public QObject
{
    Q_OBJECT

public:
    DownloadJob(int id, const QString &serverId, const QString &model, ProviderRegistry *registry,
                const DownloadPolicy &policy, QObject *parent = nullptr);

    const DownloadItem &item() const { return m_item; }
    // Starts a queued job on its server's provider (finishes at once when it has none).
    void start();
    void cancel();
    // A finished job (not Done) waits again, from zero.
    void requeue();

Q_SIGNALS:
    void changed(int id);
    void finished(int id);

private:
    void tryOnce();
    void onProgress();
    void onDownloadFinished(const ApiError &error);
    // Waits (longer after each try) and tries again; `why` is shown meanwhile.
    void retryLater(const ApiError &why);
    void end(DownloadItem::State state, const ApiError &error = {});
    void checkStall();
    void report(bool now);
    static bool isRetryable(const ApiError &error);

    DownloadItem m_item;
    ProviderRegistry *m_registry;
    DownloadPolicy m_policy;
    QPointer<ModelDownload> m_download;
    qint64 m_totalBeforeRetry = 0; // what an automatic retry's bar holds to until it knows as much
    bool m_stalling = false;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = 0;
    qint64 m_lastReportMs = -1'000'000;
    QTimer m_throttle;
    QTimer m_stallCheck;
    QTimer m_retry;
};
