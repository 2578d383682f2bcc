#include "DownloadQueue.h"

#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

DownloadQueue::DownloadQueue(ProviderRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    m_clock.start();
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        const QSet<int> pending = std::exchange(m_pendingEmit, {});
        for (int id : pending)
            emitChanged(id, true);
    });
    m_stallCheck.setInterval(1000);
    connect(&m_stallCheck, &QTimer::timeout, this, &DownloadQueue::checkStalls);
}

const DownloadItem *DownloadQueue::item(int id) const
{
    for (const DownloadItem &i : m_items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

DownloadItem *DownloadQueue::find(int id)
{
    return const_cast<DownloadItem *>(std::as_const(*this).item(id));
}

int DownloadQueue::enqueue(const QString &serverId, const QString &model)
{
    const QString name = model.trimmed();
    for (const DownloadItem &i : m_items) {
        if (i.serverId == serverId && i.model == name &&
            (i.state == DownloadItem::State::Queued || i.isActive() ||
             i.state == DownloadItem::State::Retrying))
            return i.id;
    }
    DownloadItem item;
    item.id = m_nextId++;
    item.serverId = serverId;
    item.model = name;
    m_items.append(item);
    Q_EMIT itemAdded(item.id);
    pump(serverId);
    return item.id;
}

void DownloadQueue::pump(const QString &serverId)
{
    for (const DownloadItem &i : m_items) {
        if (i.serverId == serverId && (i.isActive() || i.state == DownloadItem::State::Retrying))
            return; // one at a time per server
    }
    for (DownloadItem &i : m_items) {
        if (i.serverId == serverId && i.state == DownloadItem::State::Queued) {
            start(i);
            return;
        }
    }
}

void DownloadQueue::start(DownloadItem &item)
{
    Provider *provider = m_registry->provider(item.serverId);
    ModelStoreCapability *store = provider ? provider->store() : nullptr;
    const bool automaticRetry = item.state == DownloadItem::State::Retrying;
    ++item.attempt;
    item.error = {};
    // A new try reports its own figures (a resumed start, say); an automatic retry keeps the
    // bar where it was until the server says more, so it does not drop to zero and jump back.
    if (!automaticRetry)
        item.progress = {};
    if (!store) {
        item.state = DownloadItem::State::Failed;
        item.error.kind = ApiError::Kind::BadResponse;
        item.error.message = provider ? tr("This server cannot download models over its API.")
                                      : tr("The server is gone: it stopped answering or was "
                                           "removed. Download again once it is back.");
        item.finishedAt = QDateTime::currentDateTime();
        const QString server = item.serverId;
        emitChanged(item.id, true);
        Q_EMIT itemFinished(item.id);
        pump(server); // the next one in line still gets its turn
        return;
    }
    item.serverKeepsPartial = store->keepsPartialDownloads();
    item.serverStopsOnCancel = store->canCancelDownloads();
    item.state = DownloadItem::State::Pulling;
    const int id = item.id;
    ModelDownload *download = store->pull(item.model, this);
    m_running.insert(id, download);
    m_lastProgressMs.insert(id, m_clock.elapsed());
    connect(download, &ModelDownload::progressed, this, [this, id] { onProgress(id); });
    connect(download, &ModelDownload::finished, this,
            [this, id](const ApiError &error) { onFinished(id, error); });
    if (!m_stallCheck.isActive())
        m_stallCheck.start();
    emitChanged(id, true);
}

void DownloadQueue::onProgress(int id)
{
    DownloadItem *item = find(id);
    ModelDownload *download = m_running.value(id);
    if (!item || !download)
        return;
    if (item->state == DownloadItem::State::Cancelled)
        return; // being stopped: late progress changes nothing
    ModelDownload::Snapshot s = download->snapshot();
    if (s.completedBytes != item->progress.completedBytes || s.phase != item->progress.phase)
        m_lastProgressMs.insert(id, m_clock.elapsed());
    s.fraction = std::max(s.fraction, item->serverKeepsPartial ? item->progress.fraction : 0.0);
    item->progress = s;
    switch (s.phase) {
    case PullProgress::Phase::Verifying:
        item->state = DownloadItem::State::Verifying;
        break;
    case PullProgress::Phase::Writing:
    case PullProgress::Phase::Cleaning:
        item->state = DownloadItem::State::Writing;
        break;
    default:
        item->state = DownloadItem::State::Pulling;
        break;
    }
    emitChanged(id, false);
}

void DownloadQueue::onFinished(int id, const ApiError &error)
{
    ModelDownload *download = m_running.take(id);
    if (download)
        download->deleteLater();
    m_lastProgressMs.remove(id);
    DownloadItem *item = find(id);
    if (!item)
        return;
    const bool stalled = m_stalling.remove(id);
    if (stalled) {
        item->state = DownloadItem::State::Stalled;
    } else if (item->state == DownloadItem::State::Cancelled) {
        // cancel() already set it
    } else if (!error.isError()) {
        item->state = DownloadItem::State::Done;
        item->progress.fraction = 1.0;
        item->progress.phase = PullProgress::Phase::Done;
    } else if (isRetryable(error) && item->attempt < m_policy.maxAttempts) {
        item->state = DownloadItem::State::Retrying;
        item->error = error;
        const int delay = m_policy.firstRetryDelayMs * (1 << (item->attempt - 1));
        QTimer::singleShot(delay, this, [this, id] {
            DownloadItem *i = find(id);
            if (i && i->state == DownloadItem::State::Retrying)
                start(*i);
        });
        emitChanged(id, true);
        return;
    } else {
        item->state = DownloadItem::State::Failed;
        item->error = error;
    }
    item->finishedAt = QDateTime::currentDateTime();
    const QString server = item->serverId;
    emitChanged(id, true);
    Q_EMIT itemFinished(id);
    pump(server);
}

bool DownloadQueue::isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Refused:
    case ApiError::Kind::Network:
    case ApiError::Kind::StreamCut:
    case ApiError::Kind::Timeout:
        return true;
    default:
        return error.kind == ApiError::Kind::Http && error.httpStatus >= 502;
    }
}

void DownloadQueue::cancel(int id)
{
    DownloadItem *item = find(id);
    if (!item || item->isOver())
        return;
    const QString server = item->serverId;
    item->state = DownloadItem::State::Cancelled;
    if (ModelDownload *d = m_running.value(id)) {
        d->cancel(); // finishes at once or on the reply's abort
    } else {
        item->finishedAt = QDateTime::currentDateTime();
        emitChanged(id, true);
        Q_EMIT itemFinished(id);
        pump(server);
    }
}

void DownloadQueue::retry(int id)
{
    DownloadItem *item = find(id);
    if (!item || !item->isOver() || item->state == DownloadItem::State::Done)
        return;
    item->state = DownloadItem::State::Queued;
    item->attempt = 0;
    item->error = {};
    item->progress = {};
    emitChanged(id, true);
    pump(item->serverId);
}

void DownloadQueue::removeFinished()
{
    const auto removed = m_items.removeIf([](const DownloadItem &i) { return i.isOver(); });
    if (removed > 0)
        Q_EMIT itemsRemoved();
}

void DownloadQueue::checkStalls()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_lastProgressMs.cbegin(); it != m_lastProgressMs.cend(); ++it) {
        if (now - it.value() < m_policy.stallTimeoutMs || m_stalling.contains(it.key()))
            continue;
        // Checking the digest of a big blob or writing it says nothing for minutes: not a stall.
        if (const DownloadItem *item = this->item(it.key());
            item && (item->state == DownloadItem::State::Verifying ||
                     item->state == DownloadItem::State::Writing))
            continue;
        if (ModelDownload *d = m_running.value(it.key())) {
            m_stalling.insert(it.key());
            d->cancel();
            return; // the hash changed
        }
    }
    if (m_running.isEmpty())
        m_stallCheck.stop();
}

void DownloadQueue::emitChanged(int id, bool now)
{
    const qint64 t = m_clock.elapsed();
    const qint64 last = m_lastEmitMs.value(id, -1'000'000);
    if (now || t - last >= m_policy.minUpdateIntervalMs) {
        m_pendingEmit.remove(id);
        m_lastEmitMs.insert(id, t);
        Q_EMIT itemChanged(id);
        return;
    }
    m_pendingEmit.insert(id);
    if (!m_throttle.isActive())
        m_throttle.start(int(std::max<qint64>(1, m_policy.minUpdateIntervalMs - (t - last))));
}
