#include "DownloadQueue.h"

#include <algorithm>

DownloadQueue::DownloadQueue(ProviderRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{}

QList<DownloadItem> DownloadQueue::items() const
{
    QList<DownloadItem> out;
    out.reserve(m_jobs.size());
    for (const DownloadJob *j : m_jobs)
        out.append(j->item());
    return out;
}

DownloadJob *DownloadQueue::job(int id) const
{
    for (DownloadJob *j : m_jobs) {
        if (j->item().id == id)
            return j;
    }
    return nullptr;
}

const DownloadItem *DownloadQueue::item(int id) const
{
    const DownloadJob *j = job(id);
    return j ? &j->item() : nullptr;
}

int DownloadQueue::enqueue(const QString &serverId, const QString &model)
{
    const QString name = model.trimmed();
    for (const DownloadJob *j : std::as_const(m_jobs)) {
        const DownloadItem &i = j->item();
        if (i.serverId == serverId && i.model == name &&
            (i.state == DownloadItem::State::Queued || i.holdsServer()))
            return i.id;
    }
    auto *j = new DownloadJob(m_nextId++, serverId, name, m_registry, m_policy, this);
    connect(j, &DownloadJob::changed, this, &DownloadQueue::itemChanged);
    connect(j, &DownloadJob::finished, this, [this, j] { onFinished(j); });
    m_jobs.append(j);
    Q_EMIT itemAdded(j->item().id);
    wait(j);
    return j->item().id;
}

void DownloadQueue::wait(DownloadJob *job)
{
    const QString server = job->item().serverId;
    m_waiting[server].append(job);
    startNext(server);
}

void DownloadQueue::startNext(const QString &serverId)
{
    if (const DownloadJob *running = m_current.value(serverId);
        running && running->item().holdsServer())
        return; // one at a time per server
    QList<DownloadJob *> &line = m_waiting[serverId];
    while (!line.isEmpty()) {
        DownloadJob *next = line.takeFirst();
        if (next->item().state != DownloadItem::State::Queued)
            continue; // cancelled while it waited
        m_current.insert(serverId, next);
        next->start(); // may finish at once (no such server), which starts the next one
        return;
    }
    m_current.remove(serverId);
}

void DownloadQueue::onFinished(DownloadJob *job)
{
    const QString server = job->item().serverId;
    m_waiting[server].removeAll(job);
    Q_EMIT itemFinished(job->item().id);
    if (m_current.value(server) == job) {
        m_current.remove(server);
        startNext(server);
    }
}

void DownloadQueue::cancel(int id)
{
    if (DownloadJob *j = job(id))
        j->cancel();
}

bool DownloadQueue::hasActiveTwin(int id) const
{
    const DownloadItem *mine = item(id);
    if (!mine)
        return false;
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [mine](const DownloadJob *j) {
        const DownloadItem &i = j->item();
        return i.id != mine->id && i.serverId == mine->serverId && i.model == mine->model &&
               (i.state == DownloadItem::State::Queued || i.holdsServer());
    });
}

bool DownloadQueue::retry(int id)
{
    DownloadJob *j = job(id);
    if (!j || !j->item().isOver() || j->item().state == DownloadItem::State::Done ||
        hasActiveTwin(id))
        return false;
    j->requeue();
    wait(j);
    return true;
}

void DownloadQueue::removeFinished()
{
    const auto removed = m_jobs.removeIf([](DownloadJob *j) {
        if (!j->item().isOver())
            return false;
        j->deleteLater();
        return true;
    });
    if (removed > 0)
        Q_EMIT itemsRemoved();
}
