#pragma once

#include "models/DownloadQueue.h"

#include <QAbstractListModel>

// The download queue as a list: one row per download, newest last.
class DownloadListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, FractionRole, StateRole, DetailRole };

    explicit DownloadListModel(DownloadQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    static QString stateText(const DownloadItem &item);
    // "1.2 GB of 2.0 GB · 45.3 MB/s · 18 s left"
    static QString detailText(const DownloadItem &item);

private:
    bool onSeveralServers() const;

    DownloadQueue *m_queue;
    QList<int> m_ids;
    bool m_several = false; // rows are on more than one server: each names its own
};
