#pragma once

#include "FakeHttpServer.h"
#include "JsonTree.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// Fake Ollama (default port 11434). Routes: GET|HEAD /, GET|HEAD /api/version,
// GET|HEAD /api/tags, GET /api/ps, GET /v1/models, POST /api/show, POST /api/chat
// (NDJSON stream, stream:false, think, load/unload with messages:[]), POST /api/generate
// (prompt streamed like /api/chat; without prompt: load/unload), POST /api/pull (simulated
// download, NDJSON progress), DELETE /api/delete. Anything else: 404 "404 page not found"
// (text/plain), like Go's default mux.
//
// State is live: a pull that ends with "success" installs the model (/api/tags, /v1/models),
// a delete removes it; chat/generate load the model into /api/ps until keep_alive runs out
// or an unload request (keep_alive 0) expires it, which takes unloadDelayMs() to show.
class FakeOllamaServer final : public FakeHttpServer
{
    Q_OBJECT
public:
    // One layer of a model's manifest: digest "sha256:<64 hex>", size in bytes.
    struct PullBlob
    {
        QString digest;
        qint64 size = 0;
    };

    explicit FakeOllamaServer(QObject *parent = nullptr);
    ~FakeOllamaServer() override;

    void setVersion(const QString &version);         // default: version.json ("0.12.6")
    void setModels(const QJsonArray &models);        // replaces the "models" of tags.json (keys
                                                     // written in Ollama's order); /v1/models
                                                     // and chat's model check follow
    void setRunningModels(const QJsonArray &models); // /api/ps lists exactly these (values as
                                                     // given, keys in Ollama's order) until a
                                                     // load/unload changes the list
    void setThinking(const QStringList &tokens);     // default: chat-thinking-stream.ndjson's
    QStringList thinking() const;
    // Ollama >= 0.12.4: these models (with the "thinking" capability) think when a chat or
    // generate request leaves "think" out; think:false still turns it off. Default: none.
    void setThinksByDefault(const QStringList &models);
    // These models lack the "thinking" capability: a request asking them to think (think true
    // or a level) is refused with 400 "\"name\" does not support thinking", as Ollama does.
    // Default: none (any model thinks when asked).
    void setWithoutThinking(const QStringList &models);
    // options.num_predict caps the generated tokens, thinking first; a capped answer ends with
    // done_reason "length". Default off: the whole answer, whatever num_predict says.
    void setHonoursNumPredict(bool on);
    QStringList modelNames() const; // "name"s from /api/tags

    // --- POST /api/pull ---------------------------------------------------------------------
    // Names the registry "has" (a missing ":tag" means ":latest"). Installed models are always
    // pullable. Default: llama3.2, llama3.2:1b, phi3, mistral, qwen2.5:0.5b.
    void setPullableModels(const QStringList &names);
    QStringList pullableModels() const;
    // The layers a pull of `model` downloads, in manifest order (config last), and the
    // "details" /api/tags and /api/ps show after it (Qt's QJsonObject; written in Ollama's
    // key order). Also makes `model` pullable. Default plans: llama3.2(:latest) = the 6 real
    // layers of pull.ndjson (2019393189 bytes), llama3.2:1b = the real 1b layers,
    // phi3/mistral/qwen2.5:0.5b synthetic digests with realistic sizes.
    void setPullPlan(const QString &model, const QList<PullBlob> &blobs,
                     const QJsonObject &details = {});
    // Plan of `model`; for an installed model without a plan one is synthesized from its size.
    QList<PullBlob> pullPlan(const QString &model) const;
    // Bytes a progress line advances per tick (one line per tick, paced by tokenIntervalMs();
    // 0 ms = one line per event loop turn). 0 (default) = plan total / 20, i.e. ~20 ticks.
    void setPullBytesPerTick(qint64 bytes);
    qint64 pullBytesPerTick() const;
    // Once per pull: `completed` of the biggest layer goes backwards (a part rolled back; needs
    // >= 4 lines in that layer), and its last line stays below its total before the next
    // digest starts.
    void setPullQuirks(bool on);
    // Safetensors/MLX path: one aggregate "pulling model" / "sha256:model" progress line per
    // tick, then "writing manifest", "success" (no verify step).
    void setPullSafetensors(bool on);
    // Non-empty: every pull streams exactly these lines (one per tick, "\n" added when
    // missing) instead of the simulation, e.g. fixture(u"ollama/pull-quirks.ndjson"_s)
    // .split('\n'). Empty lines are skipped. A "success" line installs the model.
    void setPullScript(const QList<QByteArray> &lines);
    // Bytes of a layer the server has on disk: complete layers of installed models, plus
    // what pulls downloaded (partial layers stay after a cancelled pull and a later pull
    // resumes from there).
    qint64 storedBytes(const QString &digest) const;
    void forgetPartials(); // drops incomplete layers (next pull starts them from 0)

    // --- GET /api/ps --------------------------------------------------------------------------
    // Share of a loaded model's memory on the GPU: size_vram = round(size * fraction).
    // Default 1.0 (100% GPU); 0 = CPU only.
    void setVramFraction(double fraction);
    // How long an expired/unloaded model is still listed (expires_at then lies in the past).
    // Default 300 ms.
    void setUnloadDelayMs(int ms);
    QStringList runningModelNames() const; // "name"s /api/ps would list now

protected:
    void handle(const RecordedRequest &request, Responder &responder) override;

private:
    struct PullPlanData
    {
        QList<PullBlob> blobs;
        QJsonObject details;
        QByteArray manifestDigest; // hex, for /api/tags
    };
    struct PullRun;
    struct Running
    {
        QString name;
        FakeJson::Node fixed; // setRunningModels() entry, written as given (Ollama's key order)
        qint64 size = 0;
        qint64 sizeVram = 0;
        QString digest;
        FakeJson::Node details;
        qint64 expiresNs = 0;
        bool pinned = false;    // keep_alive < 0
        QByteArray pinnedText;  // its expires_at (~292 years ahead)
        qint64 removeAtMs = -1; // wall clock ms; -1 = never
        int contextLength = 4096;
    };
    struct KeepAlive
    {
        bool pinned = false;
        qint64 ns = 5LL * 60 * 1'000'000'000;
    };

    // A chat or generate request's body, keep_alive and model, once they are valid and the
    // model is there; else the error answer is sent and nothing is returned.
    struct ModelRequest
    {
        QJsonObject body;
        KeepAlive keepAlive;
        QString model;
        bool unload = false; // keep_alive 0
        // The answer's pacing: first chunk after delayMs (its time startNs), then one token
        // every intervalMs.
        int delayMs = 0;
        int intervalMs = 0;
        qint64 startNs = 0;
        QByteArray modelJson; // the model as a JSON string
        // {"model":...,"created_at":"<ns>" — the start of every object of the answer
        QByteArray prefix(qint64 ns) const;
    };
    // The thinking and answer tokens a chat or generate request gets, and its done_reason.
    struct Generated
    {
        QStringList thinking;
        QStringList tokens;
        QByteArray doneReason = "stop";
    };
    Generated answerFor(const ModelRequest &request) const;
    std::optional<ModelRequest> acceptModelRequest(const RecordedRequest &request,
                                                   Responder &responder) const;
    void handleChat(const RecordedRequest &request, Responder &responder);
    void handleGenerate(const RecordedRequest &request, Responder &responder);
    void handlePull(const RecordedRequest &request, Responder &responder);
    void handleDelete(const RecordedRequest &request, Responder &responder);
    void handleShow(const RecordedRequest &request, Responder &responder);
    bool knowsModel(const QString &name) const;

    QString installedName(const QString &model) const; // tags name or empty
    qsizetype installedIndex(const QString &model) const;
    bool isPullable(const QString &model) const;
    PullPlanData planFor(const QString &model) const;
    qint64 installedLayerSize(const QString &digest) const; // 0: no installed model uses it
    QByteArray pullStep(PullRun &run, bool *last);
    void finishPull(const QString &model, const QList<PullBlob> &blobs);
    void setStored(const QString &digest, qint64 bytes, qint64 size);
    void tagsChanged();

    static bool parseKeepAlive(const QJsonValue &value, KeepAlive *out, QString *error);
    void noteLoaded(const QString &model, const KeepAlive &keepAlive, int contextLength,
                    qint64 busyMs);
    void noteUnloaded(const QString &model);
    void purgeRunning() const;
    QByteArray psJson() const;

    QByteArray m_versionJson;
    QByteArray m_tagsJson;
    QByteArray m_v1ModelsJson;
    FakeJson::Node m_tags; // {"models":[...]}, source of m_tagsJson after a change
    QStringList m_modelNames;
    QStringList m_thinking;
    QStringList m_thinksByDefault; // canonical names
    QStringList m_withoutThinking; // canonical names
    bool m_honoursNumPredict = false;

    QStringList m_pullable;
    QHash<QString, PullPlanData> m_plans;
    QHash<QString, qint64> m_stored;    // digest -> bytes downloaded by pulls
    QHash<QString, qint64> m_blobSizes; // digest -> layer size, for forgetPartials()
    qint64 m_pullBytesPerTick = 0;
    bool m_pullQuirks = false;
    bool m_pullSafetensors = false;
    QList<QByteArray> m_pullScript;

    mutable QList<Running> m_running;
    QByteArray m_psFixedJson; // setRunningModels() bytes while nothing changed since
    mutable bool m_psFixed = false;
    double m_vramFraction = 1.0;
    int m_unloadDelayMs = 300;
};
