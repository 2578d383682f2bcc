#pragma once

#include "Provider.h"

// Any server speaking the OpenAI chat API: llama.cpp's llama-server, vLLM and others.
class OpenAiProvider : public Provider, public ChatCapability, public ModelListCapability
{
    Q_OBJECT

public:
    OpenAiProvider(ServerKind kind, const QUrl &baseUrl, QNetworkAccessManager *nam,
                   QObject *parent = nullptr);

    ChatCapability *chat() override { return this; }
    ModelListCapability *modelList() override { return this; }

    ChatStream *startChat(const ChatRequest &request, QObject *parent) override;
    void listModels(QObject *context, std::function<void(const ModelListResult &)> done) override;

protected:
    // GET /v1/models
    void listOpenAiModels(QObject *context, std::function<void(const ModelListResult &)> done);
};
