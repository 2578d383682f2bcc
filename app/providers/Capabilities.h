#pragma once

#include "ChatTypes.h"
#include "ModelInfo.h"
#include "net/ApiError.h"

#include <QDateTime>
#include <QJsonObject>

#include <chrono>
#include <functional>
#include <optional>

class ChatStream;
class ModelDownload;
class QObject;

// Small capability interfaces: a provider implements the ones its server really has, and the
// ui asks for a capability before offering an action.

class ChatCapability
{
public:
    virtual ~ChatCapability() = default;
    // Starts a streaming answer; the stream is parented to `parent`.
    virtual ChatStream *startChat(const ChatRequest &request, QObject *parent) = 0;
    // Whether a request carries the server's runtime options too (num_ctx, num_gpu,
    // num_thread, think, keep_alive), as Ollama's do; others take only the sampling ones.
    virtual bool takesRuntimeOptions() const { return false; }
};

struct ModelListResult
{
    ModelList models;
    ApiError error;
};

class ModelListCapability
{
public:
    virtual ~ModelListCapability() = default;
    // Calls `done` once, on `context`'s thread, unless `context` is destroyed first.
    virtual void listModels(QObject *context,
                            std::function<void(const ModelListResult &)> done) = 0;
};

using DoneCallback = std::function<void(const ApiError &)>;

// Downloading and deleting models on the server.
class ModelStoreCapability
{
public:
    virtual ~ModelStoreCapability() = default;
    virtual ModelDownload *pull(const QString &name, QObject *parent) = 0;
    // Whether a cancelled download leaves its parts on the server for the next try.
    virtual bool keepsPartialDownloads() const = 0;
    // Whether cancelling stops the server's download (LM Studio has no cancel endpoint: it
    // goes on, LocalForge only stops following it).
    virtual bool canCancelDownloads() const { return true; }
    virtual bool canDelete() const = 0;
    virtual void deleteModel(const QString &name, QObject *context, DoneCallback done) = 0;
};

// A model held in memory by the server.
struct LoadedModel
{
    QString id;
    QString instanceId;    // LM Studio's instance id
    qint64 sizeBytes = -1; // memory the server reports for it
    qint64 vramBytes = -1; // of which on the GPU (-1: not reported)
    int contextLength = -1;
    QDateTime expiresAt; // when it unloads unless used (invalid: never / unknown)
};

struct LoadedModelsResult
{
    QList<LoadedModel> models;
    ApiError error;
};

struct LoadOptions
{
    int contextLength = 0; // 0: the server's default
    QString keepAlive;     // Ollama: "5m", "1h", "-1" (forever), "0"; empty: server default
    // How long to wait for the model to be in memory (0: no limit); past it the load ends with
    // ApiError::loadTimeout. Callers pass the request timeout setting, as for a chat.
    std::chrono::milliseconds timeout{0};
};

// What is loaded, loading and unloading.
class ModelLoadCapability
{
public:
    virtual ~ModelLoadCapability() = default;
    virtual bool canLoad() const = 0;
    // Whether the sizes of loaded models are the memory they hold (Ollama) rather than their
    // size on disk (LM Studio).
    virtual bool reportsMemory() const = 0;
    // Whether a client chooses how long a model stays loaded (Ollama's keep_alive).
    virtual bool takesKeepAlive() const { return false; }
    // Calls `done` once the model is in memory (this can take minutes for a big model).
    virtual void load(const QString &model, const LoadOptions &options, QObject *context,
                      DoneCallback done) = 0;
    virtual void loadedModels(QObject *context,
                              std::function<void(const LoadedModelsResult &)> done) = 0;
    // Calls `done` once the model is really gone from memory (or on failure).
    virtual void unload(const LoadedModel &model, QObject *context, DoneCallback done) = 0;
};

// Figures the server publishes about its own work (llama-server started with --metrics).
class ServerMetricsCapability
{
public:
    virtual ~ServerMetricsCapability() = default;
    // Its average generation rate in tokens per second; nullopt when it publishes none.
    virtual void generationRate(QObject *context,
                                std::function<void(std::optional<double>)> done) = 0;
};

// What /api/show says about one model.
struct ModelDetails
{
    QString parameters; // the Modelfile PARAMETER block, as text
    QString promptTemplate;
    QString license;
    QJsonObject modelInfo; // flat GGUF keys ("llama.context_length": 8192, ...)
    QStringList capabilities;
    ApiError error;
};

class ModelDetailsCapability
{
public:
    virtual ~ModelDetailsCapability() = default;
    virtual void details(const QString &name, QObject *context,
                         std::function<void(const ModelDetails &)> done) = 0;
};
