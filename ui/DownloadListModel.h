#pragma once

#include "models/DownloadQueue.h"

#include <QAbstractListModel>
#include <QTimer>

// The download queue as a list: one row per download, newest last.
class DownloadListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, FractionRole, StateRole, DetailRole };

    explicit DownloadListModel(DownloadQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    // The server the page shows: a row on any other names its server.
    void setCurrentServer(const QString &serverId);

    static QString stateText(const DownloadItem &item);
    // "1.2 GB of 2.0 GB · 45.3 MB/s · 18 s left"
    static QString detailText(const DownloadItem &item);

private:
    static QString retryText(const DownloadItem &item);
    bool onSeveralServers() const;
    // While a row counts down to its next try, it is told to show the new count each second.
    void updateCountdowns();
    QString displayText(const DownloadItem &item) const;

    DownloadQueue *m_queue;
    QList<int> m_ids;
    bool m_several = false; // rows are on more than one server: each names its own
    QString m_current;      // the server shown
    QTimer m_countdown;
};
