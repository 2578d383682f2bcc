#pragma once

#include "providers/ServerInfo.h"

#include <QAbstractListModel>
#include <QHash>

class Discovery;
class ProviderRegistry;

// The servers discovery lists, for the sidebar and the provider switcher. Rows that cannot
// take a chat (down, foreign) stay visible but are not selectable in the switcher.
class ServerListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        KindRole,
        SubtitleRole,
        ActiveRole,
        ProblemRole,
        UsableRole,
    };

    ServerListModel(Discovery *discovery, ProviderRegistry *registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int rowOf(const QString &id) const;
    // The names the user gave servers (by id), shown before their kind and version.
    void setNames(const QHash<QString, QString> &names);
    ServerInfo serverAt(int row) const { return m_rows.value(row); }
    int usableCount() const;

private:
    QHash<QString, QString> m_names;
    void onUpdated(const ServerInfo &info);
    void onRemoved(const QString &id);

    Discovery *m_discovery;
    ProviderRegistry *m_registry;
    QList<ServerInfo> m_rows;
    QString m_activeId;
};
