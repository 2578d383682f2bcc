#pragma once

#include "ServerInfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class Provider;
class QNetworkAccessManager;

// Keeps one Provider per server that is up, and which one is active. When none is, the first
// server in discovery order becomes active; switching is one call and keeps everything else as it
// is. It learns of servers from whoever finds them (Core connects discovery to the three
// calls below), so providers know nothing of discovery.
class ProviderRegistry final : public QObject
{
    Q_OBJECT

public:
    explicit ProviderRegistry(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // What discovery learnt: a server's new state, a server forgotten, and the end of a probe
    // round with every server in discovery order (the first usable one becomes active when
    // none is; until the first round ends, none is chosen, so the order decides).
    void serverUpdated(const ServerInfo &info);
    void serverRemoved(const QString &serverId);
    void roundFinished(const QList<ServerInfo> &inDiscoveryOrder);

    Provider *provider(const QString &serverId) const;
    Provider *activeProvider() const;
    QStringList serverIds() const { return m_providers.keys(); }
    QString activeServerId() const { return m_activeId; }
    // False when that server is not up (nothing changes then).
    bool setActiveServer(const QString &serverId);
    // The kind the user says a server is, whatever its fingerprint (Unknown: detected). A
    // server of a forced kind is used even when it does not answer like one LocalForge knows.
    void setForcedKind(const QString &serverId, ServerKind kind);
    ServerKind forcedKind(const QString &serverId) const;

Q_SIGNALS:
    void activeServerChanged(const QString &serverId);
    void providerChanged(const QString &serverId);

private:
    QNetworkAccessManager *m_nam;
    QHash<QString, ServerInfo> m_servers; // the last state of each server, for forced kinds
    bool m_firstRoundDone = false;
    QHash<QString, QPointer<Provider>> m_providers;
    QString m_activeId;
    QHash<QString, ServerKind> m_forced;
};
