#pragma once

#include "Provider.h"

class OllamaProvider final : public Provider, public ChatCapability, public ModelListCapability
{
    Q_OBJECT

public:
    OllamaProvider(const QUrl &baseUrl, QNetworkAccessManager *nam, QObject *parent = nullptr);

    ChatCapability *chat() override { return this; }
    ModelListCapability *modelList() override { return this; }

    ChatStream *startChat(const ChatRequest &request, QObject *parent) override;
    void listModels(QObject *context, std::function<void(const ModelListResult &)> done) override;
};
