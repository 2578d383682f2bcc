#pragma once

#include "Provider.h"

class OllamaProvider final : public Provider,
                             public ChatCapability,
                             public ModelListCapability,
                             public ModelStoreCapability,
                             public ModelLoadCapability,
                             public ModelDetailsCapability
{
    Q_OBJECT

public:
    OllamaProvider(const QUrl &baseUrl, QNetworkAccessManager *nam, QObject *parent = nullptr);

    ChatCapability *chat() override { return this; }
    ModelListCapability *modelList() override { return this; }
    ModelStoreCapability *store() override { return this; }
    ModelLoadCapability *loader() override { return this; }
    ModelDetailsCapability *detailsProvider() override { return this; }
    void details(const QString &name, QObject *context,
                 std::function<void(const ModelDetails &)> done) override;

    ChatStream *startChat(const ChatRequest &request, QObject *parent) override;
    bool takesRuntimeOptions() const override { return true; }
    void listModels(QObject *context, std::function<void(const ModelListResult &)> done) override;

    ModelDownload *pull(const QString &name, QObject *parent) override;
    bool keepsPartialDownloads() const override { return true; }
    bool canDelete() const override { return true; }
    void deleteModel(const QString &name, QObject *context, DoneCallback done) override;

    void loadedModels(QObject *context,
                      std::function<void(const LoadedModelsResult &)> done) override;
    bool canLoad() const override { return true; }
    bool reportsMemory() const override { return true; }
    bool takesKeepAlive() const override { return true; }
    // POST /api/chat with no messages: loads, answers once loaded.
    void load(const QString &model, const LoadOptions &options, QObject *context,
              DoneCallback done) override;
    // keep_alive 0, then /api/ps until the model is gone.
    void unload(const LoadedModel &model, QObject *context, DoneCallback done) override;
    void setUnloadPollIntervalMs(int ms) { m_unloadPollMs = ms; }

private:
    void waitUntilGone(const QString &id, int triesLeft, QObject *context, DoneCallback done);

    int m_unloadPollMs = 250;
};
