#include "DownloadListModel.h"

#include "Format.h"

#include <algorithm>
#include <utility>

DownloadListModel::DownloadListModel(DownloadQueue *queue, QObject *parent)
    : QAbstractListModel(parent)
    , m_queue(queue)
{
    for (const DownloadItem &i : queue->items())
        m_ids.append(i.id);
    m_several = onSeveralServers();
    m_countdown.setSingleShot(true);
    connect(&m_countdown, &QTimer::timeout, this, &DownloadListModel::updateCountdowns);
    connect(queue, &DownloadQueue::itemAdded, this, [this](int id) {
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size()));
        m_ids.append(id);
        endInsertRows();
        // A second server: every row now names its own.
        const bool several = onSeveralServers();
        if (std::exchange(m_several, several) != several)
            Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1),
                               {Qt::DisplayRole, Qt::AccessibleTextRole});
    });
    connect(queue, &DownloadQueue::itemChanged, this, [this](int id) {
        const int row = int(m_ids.indexOf(id));
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
        const DownloadItem *item = m_queue->item(id);
        if (item && item->state == DownloadItem::State::Retrying && !m_countdown.isActive())
            updateCountdowns();
    });
    connect(queue, &DownloadQueue::itemsRemoved, this, [this] {
        beginResetModel();
        m_ids.clear();
        for (const DownloadItem &i : m_queue->items())
            m_ids.append(i.id);
        m_several = onSeveralServers();
        endResetModel();
    });
}

bool DownloadListModel::onSeveralServers() const
{
    QString first;
    for (const int id : m_ids) {
        const DownloadItem *item = m_queue->item(id);
        if (!item)
            continue;
        if (first.isEmpty())
            first = item->serverId;
        else if (item->serverId != first)
            return true;
    }
    return false;
}

void DownloadListModel::updateCountdowns()
{
    // Told when the whole seconds shown change, not a second after the row began to wait.
    const QDateTime now = QDateTime::currentDateTime();
    qint64 next = -1;
    for (int row = 0; row < m_ids.size(); ++row) {
        const DownloadItem *item = m_queue->item(m_ids[row]);
        if (!item || item->state != DownloadItem::State::Retrying)
            continue;
        Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::AccessibleTextRole});
        const qint64 ms = now.msecsTo(item->nextTryAt);
        const qint64 untilChange = ms > 0 && ms % 1000 ? ms % 1000 : 1000;
        next = next < 0 ? untilChange : std::min(next, untilChange);
    }
    if (next >= 0)
        m_countdown.start(int(next) + 5);
}

void DownloadListModel::setCurrentServer(const QString &serverId)
{
    if (std::exchange(m_current, serverId) != serverId && !m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole});
}

QString DownloadListModel::displayText(const DownloadItem &item) const
{
    // With downloads on more than one server, or on another server than the one shown, each
    // row says which (Cancel and Retry act on that one, whichever server is in use).
    const QString text = tr("%1 — %2").arg(item.model, stateText(item));
    const bool elsewhere = !m_current.isEmpty() && item.serverId != m_current;
    return m_several || elsewhere
               ? tr("%1 · on %2").arg(text, Format::hostPort(QUrl(item.serverId)))
               : text;
}

int DownloadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QString DownloadListModel::stateText(const DownloadItem &item)
{
    switch (item.state) {
    case DownloadItem::State::Queued:
        return tr("queued");
    case DownloadItem::State::Pulling:
        return item.progress.paused                                      ? tr("paused in LM Studio")
               : item.progress.phase == PullProgress::Phase::Downloading ? tr("downloading")
                                                                         : tr("starting");
    case DownloadItem::State::Verifying:
        return tr("verifying");
    case DownloadItem::State::Writing:
        return tr("writing");
    case DownloadItem::State::Retrying:
        return retryText(item);
    case DownloadItem::State::Done:
        return tr("done");
    case DownloadItem::State::Failed:
        return tr("failed");
    case DownloadItem::State::Cancelled:
        return tr("cancelled");
    case DownloadItem::State::Stalled:
        return tr("stalled: no progress for a while");
    }
    return {};
}

QString DownloadListModel::retryText(const DownloadItem &item)
{
    // Rounded up: "in 0 s" while it still waits would be wrong.
    const qint64 ms = QDateTime::currentDateTime().msecsTo(item.nextTryAt);
    const QString when = Format::duration(double(std::max<qint64>(1000, ms + 999) / 1000));
    // An HTTP answer (502 to 504): the connection is fine, the server (or its proxy) is busy.
    if (item.error.kind == ApiError::Kind::Http && item.error.httpStatus > 0)
        return tr("server busy (HTTP %1), trying again in %2 (attempt %3)")
            .arg(item.error.httpStatus)
            .arg(when)
            .arg(item.attempt + 1);
    // No bytes for the stall timeout: it was stopped, and is tried again.
    if (item.error.kind == ApiError::Kind::Timeout)
        return tr("no progress, trying again in %1 (attempt %2)").arg(when).arg(item.attempt + 1);
    return tr("connection lost, trying again in %1 (attempt %2)").arg(when).arg(item.attempt + 1);
}

QString DownloadListModel::detailText(const DownloadItem &item)
{
    const ModelDownload::Snapshot &p = item.progress;
    QStringList parts;
    if (p.totalBytes > 0)
        parts << tr("%1 of %2")
                     .arg(Format::fileSize(p.completedBytes), Format::fileSize(p.totalBytes));
    // Checking and writing say nothing for minutes: the last speed would be stale there.
    const bool downloading = item.isActive() && p.phase == PullProgress::Phase::Downloading;
    if (downloading && p.waitingForData)
        parts << (p.refetching ? tr("fetching a lost part again") : tr("waiting for data"));
    if (downloading && p.bytesPerSecond)
        parts << tr("%1/s").arg(Format::fileSize(qint64(*p.bytesPerSecond)));
    if (downloading && p.etaSeconds)
        parts << tr("%1 left").arg(Format::duration(*p.etaSeconds));
    if (item.state == DownloadItem::State::Pulling && p.paused)
        parts << tr("Paused in LM Studio: resume it in its Downloads panel.");
    if (item.state == DownloadItem::State::Failed || item.state == DownloadItem::State::Retrying)
        parts << item.error.message;
    if (item.state == DownloadItem::State::Cancelled ||
        item.state == DownloadItem::State::Stalled) {
        if (!item.serverStopsOnCancel)
            parts << tr("LocalForge stopped following it; LM Studio goes on downloading (see its "
                        "Downloads panel).");
        else
            parts << (item.serverKeepsPartial
                          ? tr("The server keeps what it downloaded: downloading again resumes.")
                          : tr("Downloading again starts over."));
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant DownloadListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const DownloadItem *item = m_queue->item(m_ids[index.row()]);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*item);
    case Qt::AccessibleTextRole: {
        // What the tooltip and the progress bar show, for those who get neither: how far it
        // is, and why it failed.
        QStringList parts{displayText(*item)};
        if (item->isActive() && item->progress.fraction > 0)
            parts << tr("%1%").arg(qRound(std::clamp(item->progress.fraction, 0.0, 1.0) * 100));
        if (const QString detail = detailText(*item); !detail.isEmpty())
            parts << detail;
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole:
        return Format::plainForRichText(detailText(*item));
    case DetailRole:
        return detailText(*item);
    case IdRole:
        return item->id;
    case FractionRole:
        return item->progress.fraction;
    case StateRole:
        return int(item->state);
    default:
        return {};
    }
}
