#pragma once

#include "DownloadJob.h"

#include <QHash>
#include <QList>
#include <QObject>

class ProviderRegistry;

// The download queue: one DownloadJob per download, one running at a time per server while
// the others wait in that server's line (a download on another server starts at once).
// Each job retries, watches for stalls and throttles its own reports (at most 10 a second,
// however fast the server sends progress); the queue only starts the next in line.
class DownloadQueue final : public QObject
{
    Q_OBJECT

public:
    using Policy = DownloadPolicy;

    explicit DownloadQueue(ProviderRegistry *registry, QObject *parent = nullptr);
    // For downloads queued from now on.
    void setPolicy(const Policy &policy) { m_policy = policy; }

    // Queues a download; an identical one still queued or running is returned instead.
    int enqueue(const QString &serverId, const QString &model);
    void cancel(int id);
    // Starts a failed, stalled or cancelled download again (servers that keep parts resume),
    // unless the same model is downloading to the same server again already (false).
    bool retry(int id);
    // The same model is queued or downloading to the same server, in another row.
    bool hasActiveTwin(int id) const;
    void removeFinished();

    QList<DownloadItem> items() const;
    const DownloadItem *item(int id) const;

Q_SIGNALS:
    void itemAdded(int id);
    void itemChanged(int id);
    void itemFinished(int id);
    void itemsRemoved();

private:
    DownloadJob *job(int id) const;
    void wait(DownloadJob *job);
    void startNext(const QString &serverId);
    void onFinished(DownloadJob *job);

    ProviderRegistry *m_registry;
    Policy m_policy;
    QList<DownloadJob *> m_jobs;                    // every download, in the order queued
    QHash<QString, QList<DownloadJob *>> m_waiting; // per server, next first
    QHash<QString, DownloadJob *> m_current;        // per server: the one it runs
    int m_nextId = 1;
};
