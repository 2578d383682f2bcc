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
    // A server that is down keeps its provider: a stream in flight fails on its own, and the
    // next message tells the user what is wrong. Only a change of kind replaces it.
    if (existing && existing->kind() != kind && kind != ServerKind::Unknown) {
        m_providers.remove(id);
        existing->deleteLater();
        existing = nullptr;
    }
    if (!existing && usable) {
        m_providers.insert(id, createProvider(kind, info.url, m_nam, this));
        Q_EMIT providerChanged(id);
    }
    // Probes finish in any order: until the first round is over, wait for it, so the first
    // server in discovery order (Ollama's port first) is the one chosen.
    if (m_activeId.isEmpty() && usable && m_firstRoundDone)
        setActiveServer(id);
}

void ProviderRegistry::roundFinished(const QList<ServerInfo> &inDiscoveryOrder)
{
    m_firstRoundDone = true;
    if (!m_activeId.isEmpty())
        return;
    for (const ServerInfo &info : inDiscoveryOrder) {
        if (setActiveServer(info.id()))
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
    if (m_servers.contains(serverId))
        serverUpdated(m_servers.value(serverId));
}

ServerKind ProviderRegistry::forcedKind(const QString &serverId) const
{
    return m_forced.value(serverId, ServerKind::Unknown);
}
