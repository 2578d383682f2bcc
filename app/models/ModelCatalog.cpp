#include "ModelCatalog.h"

#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

ModelCatalog::ModelCatalog(ProviderRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    connect(registry, &ProviderRegistry::providerChanged, this, [this](const QString &serverId) {
        ++m_generations[serverId];
        m_loading.remove(serverId);
        m_readAgain.remove(serverId);
        refresh(serverId);
    });
}

void ModelCatalog::refresh(const QString &serverId)
{
    Provider *provider = m_registry->provider(serverId);
    if (!provider || !provider->modelList()) {
        if (m_models.remove(serverId) > 0)
            Q_EMIT modelsChanged(serverId);
        return;
    }
    if (m_loading.contains(serverId)) {
        // The reading under way may have started before what this one is for (a pull that
        // just ended, a model deleted): once it is in, the list is read again.
        m_readAgain.insert(serverId);
        return;
    }
    m_loading.insert(serverId);
    Q_EMIT loadingStarted(serverId);
    const qint64 generation = m_generations.value(serverId);
    provider->modelList()->listModels(
        this, [this, serverId, generation](const ModelListResult &result) {
            if (generation != m_generations.value(serverId))
                return; // asked of a provider since replaced or removed
            m_loading.remove(serverId);
            m_errors.insert(serverId, result.error);
            if (!result.error.isError())
                m_models.insert(serverId, result.models);
            Q_EMIT modelsChanged(serverId);
            if (m_readAgain.remove(serverId))
                refresh(serverId);
        });
}
