#include "DownloadJob.h"

#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

DownloadJob::DownloadJob(int id, const QString &serverId, const QString &model,
                         ProviderRegistry *registry, const DownloadPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_policy(policy)
{
    m_item.id = id;
    m_item.serverId = serverId;
    m_item.model = model;
    m_clock.start();
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, [this] { report(true); });
    m_stallCheck.setInterval(1000);
    connect(&m_stallCheck, &QTimer::timeout, this, &DownloadJob::checkStall);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_item.state == DownloadItem::State::Retrying)
            tryOnce();
    });
}

void DownloadJob::start()
{
    if (m_item.state == DownloadItem::State::Queued)
        tryOnce();
}

void DownloadJob::tryOnce()
{
    Provider *provider = m_registry->provider(m_item.serverId);
    ModelStoreCapability *store = provider ? provider->store() : nullptr;
    const bool automaticRetry = m_item.state == DownloadItem::State::Retrying;
    ++m_item.attempt;
    m_item.error = {};
    m_item.nextTryAt = {};
    // A new try reports its own figures (a resumed start, say); an automatic retry keeps the
    // bar where it was until the server says more, so it does not drop to zero and jump back.
    if (!automaticRetry)
        m_item.progress = {};
    // A retry of a retry that had not yet caught up still holds to what the first one knew.
    m_totalBeforeRetry =
        automaticRetry ? std::max(m_totalBeforeRetry, m_item.progress.totalBytes) : 0;
    if (!store) {
        ApiError error;
        error.kind = ApiError::Kind::BadResponse;
        error.message = provider ? tr("This server cannot download models over its API.")
                                 : tr("The server is gone: it stopped answering or was "
                                      "removed. Download again once it is back.");
        end(DownloadItem::State::Failed, error);
        return;
    }
    m_item.serverKeepsPartial = store->keepsPartialDownloads();
    m_item.serverStopsOnCancel = store->canCancelDownloads();
    m_item.state = DownloadItem::State::Pulling;
    m_download = store->pull(m_item.model, this);
    m_lastProgressMs = m_clock.elapsed();
    connect(m_download, &ModelDownload::progressed, this, &DownloadJob::onProgress);
    connect(m_download, &ModelDownload::finished, this, &DownloadJob::onDownloadFinished);
    m_stallCheck.start();
    report(true);
}

void DownloadJob::onProgress()
{
    if (!m_download || m_item.state == DownloadItem::State::Cancelled)
        return; // being stopped: late progress changes nothing
    ModelDownload::Snapshot s = m_download->snapshot();
    // Any sign of work, not only a gain: after a rollback the shown count stays put while the
    // lost part comes again, which can take minutes on a big layer.
    if (s.activity != m_item.progress.activity ||
        s.completedBytes != m_item.progress.completedBytes || s.phase != m_item.progress.phase ||
        s.paused != m_item.progress.paused)
        m_lastProgressMs = m_clock.elapsed();
    // A retry that resumes holds the bar until its figures cover what was known before (its
    // first lines know of no layer yet); from then on they are the truth, a new layer included.
    if (m_item.serverKeepsPartial && s.totalBytes < m_totalBeforeRetry)
        s.fraction = std::max(s.fraction, m_item.progress.fraction);
    m_item.progress = s;
    switch (s.phase) {
    case PullProgress::Phase::Verifying:
        m_item.state = DownloadItem::State::Verifying;
        break;
    case PullProgress::Phase::Writing:
    case PullProgress::Phase::Cleaning:
        m_item.state = DownloadItem::State::Writing;
        break;
    default:
        m_item.state = DownloadItem::State::Pulling;
        break;
    }
    report(false);
}

void DownloadJob::onDownloadFinished(const ApiError &error)
{
    if (m_download)
        m_download->deleteLater();
    m_download = nullptr;
    m_stallCheck.stop();
    const bool stalled = std::exchange(m_stalling, false);
    if (stalled && m_item.attempt < m_policy.maxAttempts) {
        // A download that stopped moving (a server or a link that hangs) is tried again, as
        // after a lost connection; past the last try it waits for Retry.
        ApiError why;
        why.kind = ApiError::Kind::Timeout;
        why.message = tr("No progress for %n second(s): stopped, to be tried again.", nullptr,
                         std::max(1, m_policy.stallTimeoutMs / 1000));
        retryLater(why);
    } else if (stalled) {
        end(DownloadItem::State::Stalled);
    } else if (m_item.state == DownloadItem::State::Cancelled) {
        end(DownloadItem::State::Cancelled);
    } else if (!error.isError()) {
        m_item.progress.fraction = 1.0;
        m_item.progress.phase = PullProgress::Phase::Done;
        end(DownloadItem::State::Done);
    } else if (isRetryable(error) && m_item.attempt < m_policy.maxAttempts) {
        retryLater(error);
    } else {
        end(DownloadItem::State::Failed, error);
    }
}

void DownloadJob::retryLater(const ApiError &why)
{
    m_item.state = DownloadItem::State::Retrying;
    m_item.error = why;
    const int delayMs = m_policy.firstRetryDelayMs * (1 << (m_item.attempt - 1));
    m_item.nextTryAt = QDateTime::currentDateTime().addMSecs(delayMs);
    m_retry.start(delayMs);
    report(true);
}

void DownloadJob::end(DownloadItem::State state, const ApiError &error)
{
    m_item.state = state;
    if (error.isError())
        m_item.error = error;
    m_item.finishedAt = QDateTime::currentDateTime();
    m_retry.stop();
    report(true);
    Q_EMIT finished(m_item.id);
}

void DownloadJob::cancel()
{
    if (m_item.isOver())
        return;
    m_item.state = DownloadItem::State::Cancelled;
    if (m_download)
        m_download->cancel(); // finishes at once or on the reply's abort
    else
        end(DownloadItem::State::Cancelled);
}

void DownloadJob::requeue()
{
    if (!m_item.isOver() || m_item.state == DownloadItem::State::Done)
        return;
    m_item.state = DownloadItem::State::Queued;
    m_item.attempt = 0;
    m_item.error = {};
    m_item.nextTryAt = {};
    m_item.progress = {};
    report(true);
}

bool DownloadJob::isRetryable(const ApiError &error)
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

void DownloadJob::checkStall()
{
    // Checking the digest of a big blob or writing it says nothing for minutes: not a stall.
    if (!m_download || m_stalling || m_item.state == DownloadItem::State::Verifying ||
        m_item.state == DownloadItem::State::Writing)
        return;
    // Paused by its user (in LM Studio): no bytes until they resume it, which is no stall.
    if (m_item.progress.paused) {
        m_lastProgressMs = m_clock.elapsed();
        return;
    }
    if (m_clock.elapsed() - m_lastProgressMs >= m_policy.stallTimeoutMs) {
        m_stalling = true;
        m_download->cancel();
    }
}

void DownloadJob::report(bool now)
{
    const qint64 t = m_clock.elapsed();
    if (now || t - m_lastReportMs >= m_policy.minUpdateIntervalMs) {
        m_throttle.stop();
        m_lastReportMs = t;
        Q_EMIT changed(m_item.id);
        return;
    }
    if (!m_throttle.isActive())
        m_throttle.start(
            int(std::max<qint64>(1, m_policy.minUpdateIntervalMs - (t - m_lastReportMs))));
}
