#pragma once

#include "FakeHttpServer.h"
#include "JsonTree.h"

#include <QHash>
#include <QList>
#include <QStringList>

// Fake LM Studio (default port 1234). GET /v1/models, GET /api/v1/models (ApiLevel::V1),
// GET /api/v0/models (V1, V0Only), POST /v1/chat/completions (SSE or stream:false).
// ApiLevel::V1 also: POST /api/v1/models/load, POST /api/v1/models/unload,
// POST /api/v1/models/download, GET /api/v1/models/download/status/<job_id> (state is live:
// loads show in loaded_instances / v0 "state", finished downloads in every model list).
// Every other path or method: HTTP 200 {"error":"Unexpected endpoint or method. (GET /x)"}.
class FakeLmStudioServer final : public FakeHttpServer
{
    Q_OBJECT
public:
    enum class ApiLevel {
        V1,        // LM Studio >= 0.4: /api/v1/* and /api/v0/*
        V0Only,    // 0.3.6 .. 0.3.x: /api/v0/* only
        OpenAiOnly // older: only the OpenAI-compatible /v1/*
    };
    Q_ENUM(ApiLevel)

    explicit FakeLmStudioServer(QObject *parent = nullptr);

    void setApiLevel(ApiLevel level);
    ApiLevel apiLevel() const;
    // Non-empty: every request needs "Authorization: Bearer <token>", else 401
    // error-auth-required.json. Default: empty (auth off).
    void setRequireToken(const QByteArray &token);
    QStringList modelIds() const; // identifiers chat accepts (all model lists, + downloads)

    // --- REST v1 model management (ApiLevel::V1) ----------------------------------------------
    // POST /api/v1/models/load answers (and the instance shows as loaded) after this long.
    // Default 200 ms.
    void setLoadDelayMs(int ms);
    int loadDelayMs() const;
    // Simulated download speed of download jobs (time based: downloaded_bytes = elapsed x
    // speed). Default 1'000'000'000 B/s.
    void setDownloadBytesPerSecond(qint64 bytesPerSecond);
    // total_size_bytes of new download jobs. Default 2279145003 (api-v1-download.json).
    void setDownloadSizeBytes(qint64 bytes);
    // New download jobs fail half-way: status "failed", downloaded_bytes stuck at half.
    void setDownloadFails(bool fails);
    // As the user's Pause in LM Studio: running jobs (and new ones) report status "paused", with
    // downloaded_bytes held and no bytes_per_second or estimated_completion; false resumes
    // them where they were. Default: false.
    void setDownloadsPaused(bool paused);
    QStringList loadedInstanceIds() const; // ids of all loaded instances (incl. the fixture's)

protected:
    void handle(const RecordedRequest &request, Responder &responder) override;

private:
    struct PendingLoad
    {
        QString instanceId;
        QString modelKey;
        int contextLength = 4096;
        qint64 readyAtMs = 0;
    };
    struct DownloadJob
    {
        QByteArray id;
        QString model;
        qint64 totalBytes = 0;
        qint64 bytesPerSecond = 1;
        qint64 startedMs = 0;
        qint64 pausedAtMs = -1; // >= 0: paused since then
        bool fails = false;
        bool installed = false;
    };

    void handleChat(const RecordedRequest &request, Responder &responder);
    void handleLoad(const RecordedRequest &request, Responder &responder);
    void handleUnload(const RecordedRequest &request, Responder &responder);
    void handleDownload(const RecordedRequest &request, Responder &responder);
    void handleDownloadStatus(const QByteArray &jobId, Responder &responder);
    bool knowsModel(const QString &model) const;
    QString v1KeyOf(const QString &model) const; // key of a v1 model (or variant), else empty
    qsizetype v0IndexOf(const QString &id) const;
    bool isMixtureOfExperts(const QString &key) const;
    void settle() const; // applies finished loads and downloads
    void setV0State(const QString &id) const;
    void installDownloaded(const QString &model) const;
    QByteArray downloadStatusJson(const DownloadJob &job, qint64 nowMs) const;

    ApiLevel m_apiLevel = ApiLevel::V1;
    QByteArray m_token;
    mutable QStringList m_modelIds;

    mutable FakeJson::Node m_v1Models;     // api-v1-models.json, edited
    mutable FakeJson::Node m_v0Models;     // models-v0.json, edited
    mutable FakeJson::Node m_openAiModels; // v1-models.json, edited
    mutable bool m_v1Changed = false;
    mutable bool m_v0Changed = false;
    mutable bool m_openAiChanged = false;
    mutable QList<PendingLoad> m_pendingLoads;
    mutable QList<DownloadJob> m_jobs;
    int m_loadDelayMs = 200;
    qint64 m_downloadBytesPerSecond = 1'000'000'000;
    qint64 m_downloadSizeBytes = 2279145003;
    bool m_downloadFails = false;
    bool m_downloadsPaused = false;
};
