#pragma once

#include "OpenAiProvider.h"

#include <QElapsedTimer>

// LM Studio: OpenAI-compatible chat, plus its native model list with load state
// (/api/v1/models on 0.4+, /api/v0/models on 0.3.6+, else /v1/models).
class LmStudioProvider final : public OpenAiProvider,
                               public ModelStoreCapability,
                               public ModelLoadCapability
{
    Q_OBJECT

public:
    enum class NativeApi { Unknown, V1, V0, None };

    LmStudioProvider(const QUrl &baseUrl, QNetworkAccessManager *nam, QObject *parent = nullptr);

    void listModels(QObject *context, std::function<void(const ModelListResult &)> done) override;
    NativeApi nativeApi() const { return m_api; }

    // Downloads and unloads need the REST API v1 (LM Studio 0.4+).
    ModelStoreCapability *store() override { return m_api == NativeApi::V1 ? this : nullptr; }
    ModelLoadCapability *loader() override { return this; }
    QString cannotDownloadReason() override;
    QString cannotDeleteReason() override;
    ModelDownload *pull(const QString &name, QObject *parent) override;
    bool keepsPartialDownloads() const override { return false; }
    bool canCancelDownloads() const override { return false; }
    bool canDelete() const override { return false; }
    void deleteModel(const QString &name, QObject *context, DoneCallback done) override;
    void loadedModels(QObject *context,
                      std::function<void(const LoadedModelsResult &)> done) override;
    bool canLoad() const override { return m_api == NativeApi::V1; }
    bool reportsMemory() const override { return false; } // its sizes are on disk
    void load(const QString &model, const LoadOptions &options, QObject *context,
              DoneCallback done) override;
    void unload(const LoadedModel &model, QObject *context, DoneCallback done) override;
    void setDownloadPollMs(int ms) { m_pollMs = ms; }
    // How often a list read of an LM Studio older than 0.4 asks for the 0.4 API again (it may
    // have been updated since).
    void setApiRecheckMs(int ms) { m_recheckMs = ms; }

private:
    void tryList(NativeApi api, QObject *context,
                 std::function<void(const ModelListResult &)> done);

    NativeApi m_api = NativeApi::Unknown;
    int m_pollMs = 1000;
    int m_recheckMs = 60'000;
    QElapsedTimer m_v1Asked;
};
