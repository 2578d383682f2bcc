#include "ProviderFactory.h"

#include "LmStudioProvider.h"
#include "OllamaProvider.h"
#include "OpenAiProvider.h"

Provider *createProvider(ServerKind kind, const QUrl &baseUrl, QNetworkAccessManager *nam,
                         QObject *parent)
{
    switch (kind) {
    case ServerKind::Ollama:
        return new OllamaProvider(baseUrl, nam, parent);
    case ServerKind::LmStudio:
        return new LmStudioProvider(baseUrl, nam, parent);
    case ServerKind::LlamaCpp:
    case ServerKind::Vllm:
    case ServerKind::OpenAiCompatible:
        return new OpenAiProvider(kind, baseUrl, nam, parent);
    case ServerKind::Unknown:
        break;
    }
    return nullptr;
}
