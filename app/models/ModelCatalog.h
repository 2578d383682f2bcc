#pragma once

#include "net/ApiError.h"
#include "providers/ModelInfo.h"

#include <QHash>
#include <QObject>
#include <QSet>

class ProviderRegistry;

// The model lists of the servers, fetched when a provider appears and on request.
class ModelCatalog final : public QObject
{
    Q_OBJECT

public:
    explicit ModelCatalog(ProviderRegistry *registry, QObject *parent = nullptr);

    ModelList models(const QString &serverId) const { return m_models.value(serverId); }
    ApiError lastError(const QString &serverId) const { return m_errors.value(serverId); }
    bool isLoading(const QString &serverId) const { return m_loading.contains(serverId); }
    void refresh(const QString &serverId);

Q_SIGNALS:
    void modelsChanged(const QString &serverId);
    // A reading of the list began (isLoading() is true until modelsChanged()).
    void loadingStarted(const QString &serverId);

private:
    ProviderRegistry *m_registry;
    QHash<QString, ModelList> m_models;
    QHash<QString, ApiError> m_errors;
    QSet<QString> m_loading;
    QSet<QString> m_readAgain; // asked for while a reading was under way
    // Raised when a server's provider is replaced or removed: a reading asked of the one before
    // is dropped when it answers (it would put back a removed server's list, or say "removed"
    // of a server that is still there).
    QHash<QString, qint64> m_generations;
};
