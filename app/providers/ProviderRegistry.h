#pragma once

#include "discovery/ServerInfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class Discovery;
class Provider;
class QNetworkAccessManager;

// Keeps one Provider per server that is up, and which one is active. When none is, the first
// server in discovery order becomes active; switching is one call and keeps everything else as it
// is.
class ProviderRegistry final : public QObject
{
    Q_OBJECT

public:
    ProviderRegistry(Discovery *discovery, QNetworkAccessManager *nam, QObject *parent = nullptr);

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
    void onServerUpdated(const ServerInfo &info);
    void chooseFirstUsable();

    Discovery *m_discovery;
    QNetworkAccessManager *m_nam;
    QHash<QString, QPointer<Provider>> m_providers;
    QString m_activeId;
    QHash<QString, ServerKind> m_forced;
};
