#pragma once

#include "Provider.h"

// Any server speaking the OpenAI chat API: llama.cpp's llama-server, vLLM and others.
class OpenAiProvider : public Provider,
                       public ChatCapability,
                       public ModelListCapability,
                       public ServerMetricsCapability
{
    Q_OBJECT

public:
    OpenAiProvider(ServerKind kind, const QUrl &baseUrl, QNetworkAccessManager *nam,
                   QObject *parent = nullptr);

    ChatCapability *chat() override { return this; }
    ModelListCapability *modelList() override { return this; }
    // llama-server publishes its generation rate on /metrics (when started with --metrics).
    ServerMetricsCapability *serverMetrics() override
    {
        return kind() == ServerKind::LlamaCpp ? this : nullptr;
    }
    void generationRate(QObject *context, std::function<void(std::optional<double>)> done) override;

    ChatStream *startChat(const ChatRequest &request, QObject *parent) override;
    void listModels(QObject *context, std::function<void(const ModelListResult &)> done) override;

protected:
    // GET /v1/models
    void listOpenAiModels(QObject *context, std::function<void(const ModelListResult &)> done);
};
