#include "ServerKind.h"

#include <QCoreApplication>

QString serverKindId(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Ollama:
        return QStringLiteral("ollama");
    case ServerKind::LmStudio:
        return QStringLiteral("lmstudio");
    case ServerKind::LlamaCpp:
        return QStringLiteral("llamacpp");
    case ServerKind::Vllm:
        return QStringLiteral("vllm");
    case ServerKind::OpenAiCompatible:
        return QStringLiteral("openai");
    case ServerKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ServerKind serverKindFromId(const QString &id)
{
    for (ServerKind k : {ServerKind::Ollama, ServerKind::LmStudio, ServerKind::LlamaCpp,
                         ServerKind::Vllm, ServerKind::OpenAiCompatible}) {
        if (serverKindId(k) == id)
            return k;
    }
    return ServerKind::Unknown;
}

QString serverKindName(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Ollama:
        return QStringLiteral("Ollama");
    case ServerKind::LmStudio:
        return QStringLiteral("LM Studio");
    case ServerKind::LlamaCpp:
        return QStringLiteral("llama.cpp");
    case ServerKind::Vllm:
        return QStringLiteral("vLLM");
    case ServerKind::OpenAiCompatible:
        return QCoreApplication::translate("ServerKind", "OpenAI-compatible");
    case ServerKind::Unknown:
        break;
    }
    return QCoreApplication::translate("ServerKind", "Unknown service");
}
