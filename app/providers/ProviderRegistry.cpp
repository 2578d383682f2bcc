#include "ProviderRegistry.h"

#include "Provider.h"
#include "ProviderFactory.h"

ProviderRegistry::ProviderRegistry(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

void ProviderRegistry::serverRemoved(const QString &id)
{
    m_servers.remove(id);
    if (Provider *p = m_providers.take(id))
        p->deleteLater();
    Q_EMIT providerChanged(id);
    if (id == m_activeId) {
        m_activeId.clear();
        Q_EMIT activeServerChanged(m_activeId);
    }
}

Provider *ProviderRegistry::provider(const QString &serverId) const
{
    return m_providers.value(serverId);
}

Provider *ProviderRegistry::activeProvider() const
{
    return provider(m_activeId);
}

bool ProviderRegistry::setActiveServer(const QString &serverId)
{
    if (!activate(serverId))
        return false;
    Q_EMIT chosen(serverId);
    return true;
}

bool ProviderRegistry::activate(const QString &serverId)
{
    if (!provider(serverId))
        return false;
    if (serverId != m_activeId) {
        m_activeId = serverId;
        Q_EMIT activeServerChanged(m_activeId);
    }
    return true;
}

void ProviderRegistry::serverUpdated(const ServerInfo &info)
{
    const QString id = info.id();
    m_servers.insert(id, info);
    Provider *existing = m_providers.value(id);
    const ServerKind forced = forcedKind(id);
    const ServerKind kind = forced != ServerKind::Unknown ? forced : info.kind;
    const bool answers = info.status == ServerStatus::Up ||
                         (forced != ServerKind::Unknown && info.status == ServerStatus::Foreign);
    const bool usable = answers && kind != ServerKind::Unknown;
    // A server that is down, or answers as something else for a while (a proxy's error
    // page), keeps its provider: a stream in flight fails on its own, and the next message
    // tells the user what is wrong. Only a change of kind replaces it.
    bool changed = false;
    if (existing && existing->kind() != kind && kind != ServerKind::Unknown) {
        m_providers.remove(id);
        existing->deleteLater();
        existing = nullptr;
        changed = true;
    }
    if (!existing && usable) {
        m_providers.insert(id, createProvider(kind, info.url, m_nam, this));
        changed = true;
    }
    if (changed) {
        Q_EMIT providerChanged(id);
        // What shows the active server (its kind, its models) follows the new provider.
        if (id == m_activeId)
            Q_EMIT activeServerChanged(id);
    }
    // Probes finish in any order: until the first round is over, wait for it, so the first
    // server in discovery order (Ollama's port first) is the one chosen.
    if (m_activeId.isEmpty() && usable && m_firstRoundDone)
        activate(id);
}

void ProviderRegistry::roundFinished(const QList<ServerInfo> &inDiscoveryOrder)
{
    m_firstRoundDone = true;
    if (!m_activeId.isEmpty())
        return;
    for (const ServerInfo &info : inDiscoveryOrder) {
        if (activate(info.id()))
            return;
    }
}

void ProviderRegistry::setForcedKind(const QString &serverId, ServerKind kind)
{
    if (forcedKind(serverId) == kind)
        return;
    if (kind == ServerKind::Unknown)
        m_forced.remove(serverId);
    else
        m_forced.insert(serverId, kind);
    // Used only because its kind was forced (it answers as no server LocalForge knows): back to
    // detected, it is not usable any more; with it active, the next server that is up is.
    if (kind == ServerKind::Unknown && m_servers.value(serverId).status == ServerStatus::Foreign) {
        if (Provider *p = m_providers.take(serverId)) {
            p->deleteLater();
            Q_EMIT providerChanged(serverId);
            if (serverId == m_activeId) {
                m_activeId.clear();
                Q_EMIT activeServerChanged(m_activeId);
            }
        }
    }
    if (m_servers.contains(serverId))
        serverUpdated(m_servers.value(serverId));
}

ServerKind ProviderRegistry::forcedKind(const QString &serverId) const
{
    return m_forced.value(serverId, ServerKind::Unknown);
}

ServerInfo ProviderRegistry::effective(const ServerInfo &info) const
{
    const ServerKind forced = forcedKind(info.id());
    if (forced == ServerKind::Unknown)
        return info;
    ServerInfo shown = info;
    if (info.status == ServerStatus::Foreign) {
        shown.status = ServerStatus::Up;
        shown.problem = {};
    }
    if (shown.status == ServerStatus::Up)
        shown.kind = forced;
    return shown;
}
