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
    // The user's choice (remembered by whoever listens to chosen()). False when that server
    // is not up (nothing changes then).
    bool setActiveServer(const QString &serverId);
    // The kind the user says a server is, whatever its fingerprint (Unknown: detected). A
    // server of a forced kind is used even when it does not answer like one LocalForge knows.
    void setForcedKind(const QString &serverId, ServerKind kind);
    ServerKind forcedKind(const QString &serverId) const;
    // A server as LocalForge uses it: of its forced kind and usable when it answers at all
    // (a proxy that does not look like any server, say), else as discovery found it.
    ServerInfo effective(const ServerInfo &info) const;

Q_SIGNALS:
    // Any change of the active server: a choice, an automatic pick, its provider replaced.
    void activeServerChanged(const QString &serverId);
    // Only the user's choices: what is worth remembering for the next start (an automatic
    // pick, while the chosen server is not up yet, is not).
    void chosen(const QString &serverId);
    // A server's provider was made, replaced (its kind changed) or dropped (its forced kind
    // cleared while it answers as another program); for the active server,
    // activeServerChanged() follows too.
    void providerChanged(const QString &serverId);

private:
    // Makes a usable server active (false when it is not).
    bool activate(const QString &serverId);

    QNetworkAccessManager *m_nam;
    QHash<QString, ServerInfo> m_servers; // the last state of each server, for forced kinds
    bool m_firstRoundDone = false;
    QHash<QString, QPointer<Provider>> m_providers;
    QString m_activeId;
    QHash<QString, ServerKind> m_forced;
};
