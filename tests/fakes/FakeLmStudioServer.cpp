#include "FakeLmStudioServer.h"

#include "FakeJson.h"
#include "FakeResources.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using FakeJson::Node;

namespace {

constexpr int PromptTokens = 12; // chat-stream-include-usage.sse

QByteArray unexpectedEndpoint(const RecordedRequest &request)
{
    // Same layout as error-unexpected-endpoint.json.
    const QString message = u"Unexpected endpoint or method. ("_s +
                            QString::fromLatin1(request.method) + u' ' +
                            QString::fromUtf8(request.path) + u')';
    return "{\n  \"error\": " + FakeJson::string(message) + "\n}\n";
}

QByteArray errorObject(const QString &message, const QByteArray &type)
{
    return "{\"error\":{\"message\":" + FakeJson::string(message) + ",\"type\":\"" + type +
           "\",\"param\":null,\"code\":null}}";
}

// REST v1 answers: JSON.stringify(value, null, 2) + "\n", like the fixtures.
QByteArray pretty(const Node &node)
{
    return node.toIndented(2) + '\n';
}

// REST v1 error object {"error":{"type":..,"message":..}}.
QByteArray v1Error(const QByteArray &type, const QString &message)
{
    Node error = Node::object();
    error.insert(u"type"_s, Node::string(QString::fromLatin1(type)));
    error.insert(u"message"_s, Node::string(message));
    Node root = Node::object();
    root.insert(u"error"_s, error);
    return pretty(root);
}

// JavaScript's Date.prototype.toISOString().
QString isoMs(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
        .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

FakeLmStudioServer::FakeLmStudioServer(QObject *parent)
    : FakeHttpServer(parent)
{
    setDefaultHeaders({{QByteArrayLiteral("X-Powered-By"), QByteArrayLiteral("Express")}});
    setAnswer(FakeJson::sseContentTokens(fixture(u"lmstudio/chat-stream.sse"_s)));

    const auto collect = [this](const QByteArray &json, const QString &listKey,
                                const QString &idKey) {
        const QJsonArray list = QJsonDocument::fromJson(json).object().value(listKey).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject model = value.toObject();
            m_modelIds.append(model.value(idKey).toString());
            const QJsonArray variants = model.value(u"variants"_s).toArray();
            for (const QJsonValue &variant : variants)
                m_modelIds.append(variant.toString());
        }
    };
    collect(fixture(u"lmstudio/v1-models.json"_s), u"data"_s, u"id"_s);
    collect(fixture(u"lmstudio/api-v1-models.json"_s), u"models"_s, u"key"_s);
    collect(fixture(u"lmstudio/models-v0.json"_s), u"data"_s, u"id"_s);
    m_modelIds.removeDuplicates();
    m_modelIds.removeAll(QString());

    m_v1Models = Node::parse(fixture(u"lmstudio/api-v1-models.json"_s));
    m_v0Models = Node::parse(fixture(u"lmstudio/models-v0.json"_s));
    m_openAiModels = Node::parse(fixture(u"lmstudio/v1-models.json"_s));
}

void FakeLmStudioServer::setLoadDelayMs(int ms)
{
    m_loadDelayMs = qMax(0, ms);
}

int FakeLmStudioServer::loadDelayMs() const
{
    return m_loadDelayMs;
}

void FakeLmStudioServer::setDownloadBytesPerSecond(qint64 bytesPerSecond)
{
    m_downloadBytesPerSecond = qMax<qint64>(1, bytesPerSecond);
}

void FakeLmStudioServer::setDownloadSizeBytes(qint64 bytes)
{
    m_downloadSizeBytes = qMax<qint64>(1, bytes);
}

void FakeLmStudioServer::setDownloadFails(bool fails)
{
    m_downloadFails = fails;
}

void FakeLmStudioServer::setDownloadsPaused(bool paused)
{
    settle(); // what finished before the pause stays finished
    m_downloadsPaused = paused;
    const qint64 now = nowMs();
    for (DownloadJob &job : m_jobs) {
        if (job.installed)
            continue;
        if (paused && job.pausedAtMs < 0) {
            job.pausedAtMs = now;
        } else if (!paused && job.pausedAtMs >= 0) {
            job.startedMs += now - job.pausedAtMs; // goes on where it was held
            job.pausedAtMs = -1;
        }
    }
}

QStringList FakeLmStudioServer::loadedInstanceIds() const
{
    settle();
    QStringList ids;
    const Node models = m_v1Models.value(u"models");
    for (qsizetype i = 0; i < models.size(); ++i) {
        const Node instances = models.at(i).value(u"loaded_instances");
        for (qsizetype j = 0; j < instances.size(); ++j)
            ids.append(instances.at(j).value(u"id").toString());
    }
    for (const PendingLoad &load : std::as_const(m_pendingLoads)) {
        if (v1KeyOf(load.modelKey).isEmpty()) // v0-only model: no v1 row to show it in
            ids.append(load.instanceId);
    }
    return ids;
}

void FakeLmStudioServer::setApiLevel(ApiLevel level)
{
    m_apiLevel = level;
}

FakeLmStudioServer::ApiLevel FakeLmStudioServer::apiLevel() const
{
    return m_apiLevel;
}

void FakeLmStudioServer::setRequireToken(const QByteArray &token)
{
    m_token = token;
}

QStringList FakeLmStudioServer::modelIds() const
{
    settle();
    return m_modelIds;
}

bool FakeLmStudioServer::knowsModel(const QString &model) const
{
    settle();
    if (m_modelIds.contains(model))
        return true;
    const qsizetype at = model.indexOf(u'@'); // "key@quantization"
    return at > 0 && m_modelIds.contains(model.left(at));
}

void FakeLmStudioServer::handle(const RecordedRequest &request, Responder &responder)
{
    if (!m_token.isEmpty() && request.header("authorization") != "Bearer " + m_token) {
        responder.sendJson(401, fixture(u"lmstudio/error-auth-required.json"_s));
        return;
    }
    settle();
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const bool v1 = m_apiLevel == ApiLevel::V1;
    const QByteArray &path = request.path;
    static const QByteArray statusPrefix = QByteArrayLiteral("/api/v1/models/download/status/");
    if (get && path == "/v1/models") {
        responder.sendJson(200, m_openAiChanged ? pretty(m_openAiModels)
                                                : fixture(u"lmstudio/v1-models.json"_s));
    } else if (get && path == "/api/v1/models" && v1) {
        responder.sendJson(200, m_v1Changed ? pretty(m_v1Models)
                                            : fixture(u"lmstudio/api-v1-models.json"_s));
    } else if (get && path == "/api/v0/models" && m_apiLevel != ApiLevel::OpenAiOnly) {
        responder.sendJson(200, m_v0Changed ? pretty(m_v0Models)
                                            : fixture(u"lmstudio/models-v0.json"_s));
    } else if (post && path == "/v1/chat/completions") {
        handleChat(request, responder);
    } else if (post && v1 && path == "/api/v1/models/load") {
        handleLoad(request, responder);
    } else if (post && v1 && path == "/api/v1/models/unload") {
        handleUnload(request, responder);
    } else if (post && v1 && path == "/api/v1/models/download") {
        handleDownload(request, responder);
    } else if (get && v1 && path.startsWith(statusPrefix) && path.size() > statusPrefix.size()) {
        handleDownloadStatus(path.mid(statusPrefix.size()), responder);
    } else {
        responder.sendJson(200, unexpectedEndpoint(request)); // sic: LM Studio answers 200
    }
}

QString FakeLmStudioServer::v1KeyOf(const QString &model) const
{
    const Node models = m_v1Models.value(u"models");
    for (qsizetype i = 0; i < models.size(); ++i) {
        const Node entry = models.at(i);
        const QString key = entry.value(u"key").toString();
        if (key == model)
            return key;
        const Node variants = entry.value(u"variants");
        for (qsizetype j = 0; j < variants.size(); ++j) {
            if (variants.at(j).toString() == model)
                return key;
        }
        const qsizetype at = model.indexOf(u'@');
        if (at > 0 && model.left(at) == key)
            return key;
    }
    return {};
}

qsizetype FakeLmStudioServer::v0IndexOf(const QString &id) const
{
    const Node data = m_v0Models.value(u"data");
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i).value(u"id").toString() == id)
            return i;
    }
    return -1;
}

bool FakeLmStudioServer::isMixtureOfExperts(const QString &key) const
{
    static const QRegularExpression active(u"-A\\d"_s);
    const Node models = m_v1Models.value(u"models");
    for (qsizetype i = 0; i < models.size(); ++i) {
        if (models.at(i).value(u"key").toString() == key)
            return active.match(models.at(i).value(u"params_string").toString()).hasMatch();
    }
    return false;
}

// v0 "state" (and loaded_context_length) of `id` from the loaded instances.
void FakeLmStudioServer::setV0State(const QString &id) const
{
    const qsizetype index = v0IndexOf(id);
    if (index < 0)
        return;
    int contextLength = 0;
    const Node models = m_v1Models.value(u"models");
    for (qsizetype i = 0; i < models.size() && contextLength == 0; ++i) {
        if (models.at(i).value(u"key").toString() != id)
            continue;
        const Node instances = models.at(i).value(u"loaded_instances");
        if (instances.size() > 0) {
            contextLength =
                int(instances.at(0).value(u"config").value(u"context_length").toInteger());
        }
    }
    for (const PendingLoad &load : std::as_const(m_pendingLoads)) {
        if (contextLength == 0 && load.modelKey == id && load.readyAtMs <= nowMs())
            contextLength = load.contextLength;
    }
    Node &row = (*m_v0Models.find(u"data"))[index];
    if (contextLength > 0) {
        row.insert(u"state"_s, Node::string(u"loaded"_s));
        row.insertAfter(u"max_context_length", u"loaded_context_length"_s,
                        Node::integer(contextLength));
    } else {
        row.insert(u"state"_s, Node::string(u"not-loaded"_s));
        row.remove(u"loaded_context_length");
    }
    m_v0Changed = true;
}

void FakeLmStudioServer::settle() const
{
    const qint64 now = nowMs();
    for (qsizetype i = 0; i < m_pendingLoads.size();) {
        const PendingLoad load = m_pendingLoads.at(i);
        if (load.readyAtMs > now) {
            ++i;
            continue;
        }
        const QString key = v1KeyOf(load.modelKey);
        if (key.isEmpty()) { // only in the v0 list: it stays a pending load, shown in v0
            ++i;
            setV0State(load.modelKey);
            continue;
        }
        Node *models = m_v1Models.find(u"models");
        for (qsizetype j = 0; j < models->size(); ++j) {
            Node &model = (*models)[j];
            if (model.value(u"key").toString() != key)
                continue;
            Node config = Node::object();
            config.insert(u"context_length"_s, Node::integer(load.contextLength));
            if (model.value(u"type").toString() != u"embedding"_s) {
                config.insert(u"eval_batch_size"_s, Node::integer(512));
                config.insert(u"parallel"_s, Node::integer(4));
                config.insert(u"flash_attention"_s, Node::boolean(true));
                if (isMixtureOfExperts(key))
                    config.insert(u"num_experts"_s, Node::integer(8));
                config.insert(u"offload_kv_cache_to_gpu"_s, Node::boolean(true));
            }
            Node instance = Node::object();
            instance.insert(u"id"_s, Node::string(load.instanceId));
            instance.insert(u"config"_s, config);
            if (!model.contains(u"loaded_instances"))
                model.insertAfter(u"params_string", u"loaded_instances"_s, Node::array());
            model.find(u"loaded_instances")->append(instance);
            m_v1Changed = true;
        }
        m_pendingLoads.removeAt(i);
        setV0State(key);
    }
    for (DownloadJob &job : m_jobs) {
        if (job.installed || job.fails || job.pausedAtMs >= 0)
            continue;
        const qint64 doneMs = job.startedMs + job.totalBytes * 1000 / job.bytesPerSecond;
        if (doneMs <= now) {
            job.installed = true;
            installDownloaded(job.model);
        }
    }
}

// A finished download joins /api/v1/models, /api/v0/models and /v1/models.
void FakeLmStudioServer::installDownloaded(const QString &model) const
{
    QString key = model;
    key.remove(QRegularExpression(u"^https?://(www\\.)?huggingface\\.co/"_s));
    const qsizetype slash = key.indexOf(u'/');
    const QString publisher = slash > 0 ? key.left(slash) : u"lmstudio-community"_s;
    QString display = key.mid(slash + 1);
    display.replace(u'-', u' ').replace(u'_', u' ');
    qint64 size = 0;
    for (const DownloadJob &job : std::as_const(m_jobs)) {
        if (job.model == model)
            size = job.totalBytes;
    }

    Node quantization = Node::object();
    quantization.insert(u"name"_s, Node::string(u"Q4_K_M"_s));
    quantization.insert(u"bits_per_weight"_s, Node::integer(4));
    Node capabilities = Node::object();
    capabilities.insert(u"vision"_s, Node::boolean(false));
    capabilities.insert(u"trained_for_tool_use"_s, Node::boolean(false));
    Node entry = Node::object();
    entry.insert(u"type"_s, Node::string(u"llm"_s));
    entry.insert(u"publisher"_s, Node::string(publisher));
    entry.insert(u"key"_s, Node::string(key));
    entry.insert(u"display_name"_s, Node::string(display));
    entry.insert(u"architecture"_s, Node::string(u"llama"_s));
    entry.insert(u"quantization"_s, quantization);
    entry.insert(u"size_bytes"_s, Node::integer(size));
    entry.insert(u"params_string"_s, Node());
    entry.insert(u"loaded_instances"_s, Node::array());
    entry.insert(u"max_context_length"_s, Node::integer(131072));
    entry.insert(u"format"_s, Node::string(u"gguf"_s));
    entry.insert(u"capabilities"_s, capabilities);
    entry.insert(u"description"_s, Node());
    if (Node *models = m_v1Models.find(u"models")) {
        models->append(entry);
        m_v1Changed = true;
    }

    Node row = Node::object();
    row.insert(u"id"_s, Node::string(key));
    row.insert(u"object"_s, Node::string(u"model"_s));
    row.insert(u"type"_s, Node::string(u"llm"_s));
    row.insert(u"publisher"_s, Node::string(publisher));
    row.insert(u"arch"_s, Node::string(u"llama"_s));
    row.insert(u"compatibility_type"_s, Node::string(u"gguf"_s));
    row.insert(u"quantization"_s, Node::string(u"Q4_K_M"_s));
    row.insert(u"state"_s, Node::string(u"not-loaded"_s));
    row.insert(u"max_context_length"_s, Node::integer(131072));
    if (Node *data = m_v0Models.find(u"data")) {
        data->append(row);
        m_v0Changed = true;
    }

    Node openAi = Node::object();
    openAi.insert(u"id"_s, Node::string(key));
    openAi.insert(u"object"_s, Node::string(u"model"_s));
    openAi.insert(u"owned_by"_s, Node::string(u"organization_owner"_s));
    if (Node *data = m_openAiModels.find(u"data")) {
        data->append(openAi);
        m_openAiChanged = true;
    }
    if (!m_modelIds.contains(key))
        m_modelIds.append(key);
}

void FakeLmStudioServer::handleLoad(const RecordedRequest &request, Responder &responder)
{
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(400, v1Error("invalid_request", parseError));
        return;
    }
    const QString model = body.value(u"model"_s).toString();
    if (model.isEmpty()) {
        responder.sendJson(400, v1Error("invalid_request", u"'model' is required"_s));
        return;
    }
    QString key = v1KeyOf(model);
    QString type = u"llm"_s;
    if (key.isEmpty() && v0IndexOf(model) >= 0) {
        key = model;
        const Node row = m_v0Models.value(u"data").at(v0IndexOf(model));
        if (row.value(u"type").toString() == u"embeddings"_s)
            type = u"embedding"_s;
    } else if (!key.isEmpty()) {
        const Node models = m_v1Models.value(u"models");
        for (qsizetype i = 0; i < models.size(); ++i) {
            if (models.at(i).value(u"key").toString() == key)
                type = models.at(i).value(u"type").toString();
        }
    }
    if (key.isEmpty()) {
        responder.sendJson(
            404, v1Error("model_not_found", u"Model \""_s + model +
                                                u"\" not found. Download it before loading it."_s));
        return;
    }
    const int requested = body.value(u"context_length"_s).toInt(0);
    const int contextLength = requested > 0 ? requested : 4096;

    // Instance ids: the key, then "key:2", "key:3", ...
    const QStringList taken = loadedInstanceIds() + [this] {
        QStringList ids;
        for (const PendingLoad &load : std::as_const(m_pendingLoads))
            ids.append(load.instanceId);
        return ids;
    }();
    QString instanceId = key;
    for (int n = 2; taken.contains(instanceId); ++n)
        instanceId = key + u':' + QString::number(n);
    // Visible slightly before the answer goes out (timers may fire a little early).
    m_pendingLoads.append(
        {instanceId, key, contextLength, nowMs() + qint64(m_loadDelayMs) * 9 / 10});

    Node config = Node::object();
    config.insert(u"context_length"_s, Node::integer(contextLength));
    if (type != u"embedding"_s) {
        config.insert(u"eval_batch_size"_s, Node::integer(512));
        config.insert(u"flash_attention"_s, Node::boolean(true));
        config.insert(u"offload_kv_cache_to_gpu"_s, Node::boolean(true));
        if (isMixtureOfExperts(key))
            config.insert(u"num_experts"_s, Node::integer(8));
    }
    Node answer = Node::object();
    answer.insert(u"type"_s, Node::string(type));
    answer.insert(u"instance_id"_s, Node::string(instanceId));
    answer.insert(u"load_time_seconds"_s, Node::real(m_loadDelayMs / 1000.0));
    answer.insert(u"status"_s, Node::string(u"loaded"_s));
    answer.insert(u"load_config"_s, config);
    responder.sendJson(200, pretty(answer), m_loadDelayMs);
}

void FakeLmStudioServer::handleUnload(const RecordedRequest &request, Responder &responder)
{
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(400, v1Error("invalid_request", parseError));
        return;
    }
    const QString instanceId = body.value(u"instance_id"_s).toString();
    if (instanceId.isEmpty()) {
        responder.sendJson(400, v1Error("invalid_request", u"'instance_id' is required"_s));
        return;
    }
    QString modelKey;
    Node *models = m_v1Models.find(u"models");
    for (qsizetype i = 0; models && i < models->size() && modelKey.isEmpty(); ++i) {
        Node *instances = (*models)[i].find(u"loaded_instances");
        for (qsizetype j = 0; instances && j < instances->size(); ++j) {
            if (instances->at(j).value(u"id").toString() == instanceId) {
                instances->removeAt(j);
                modelKey = models->at(i).value(u"key").toString();
                m_v1Changed = true;
                break;
            }
        }
    }
    for (qsizetype i = 0; modelKey.isEmpty() && i < m_pendingLoads.size(); ++i) {
        if (m_pendingLoads.at(i).instanceId == instanceId) {
            modelKey = m_pendingLoads.at(i).modelKey;
            m_pendingLoads.removeAt(i);
        }
    }
    if (modelKey.isEmpty()) {
        responder.sendJson(404,
                           v1Error("model_not_found", u"No loaded model instance with id \""_s +
                                                          instanceId + u"\"."_s));
        return;
    }
    setV0State(modelKey);
    Node answer = Node::object();
    answer.insert(u"instance_id"_s, Node::string(instanceId));
    responder.sendJson(200, pretty(answer));
}

void FakeLmStudioServer::handleDownload(const RecordedRequest &request, Responder &responder)
{
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(400, v1Error("invalid_request", parseError));
        return;
    }
    const QString model = body.value(u"model"_s).toString().trimmed();
    if (model.isEmpty()) {
        responder.sendJson(400, v1Error("invalid_request", u"'model' is required"_s));
        return;
    }
    const auto sameModel = [&](const DownloadJob &job) { return job.model == model; };
    const auto running = std::find_if(m_jobs.cbegin(), m_jobs.cend(), [&](const DownloadJob &j) {
        return sameModel(j) && !j.installed && !j.fails;
    });
    const bool completedJob =
        std::any_of(m_jobs.cbegin(), m_jobs.cend(),
                    [&](const DownloadJob &j) { return sameModel(j) && j.installed; });
    if (completedJob || !v1KeyOf(model).isEmpty() || v0IndexOf(model) >= 0 ||
        m_modelIds.contains(model)) {
        responder.sendJson(200, fixture(u"lmstudio/api-v1-download-already.json"_s));
        return;
    }
    DownloadJob job;
    if (running != m_jobs.cend()) {
        job = *running;
    } else {
        job.id = "job_" + FakeJson::randomId(10, "0123456789abcdef");
        job.model = model;
        job.totalBytes = m_downloadSizeBytes;
        job.bytesPerSecond = m_downloadBytesPerSecond;
        job.startedMs = nowMs();
        job.fails = m_downloadFails;
        job.pausedAtMs = m_downloadsPaused ? job.startedMs : -1;
        m_jobs.append(job);
    }
    Node answer = Node::object();
    answer.insert(u"job_id"_s, Node::string(QString::fromLatin1(job.id)));
    answer.insert(u"status"_s, Node::string(job.pausedAtMs >= 0 ? u"paused"_s : u"downloading"_s));
    answer.insert(u"total_size_bytes"_s, Node::integer(job.totalBytes));
    answer.insert(u"started_at"_s, Node::string(isoMs(job.startedMs)));
    responder.sendJson(200, pretty(answer));
}

QByteArray FakeLmStudioServer::downloadStatusJson(const DownloadJob &job, qint64 now) const
{
    const qint64 elapsedMs =
        qMax<qint64>(0, (job.pausedAtMs >= 0 ? job.pausedAtMs : now) - job.startedMs);
    qint64 downloaded = qMin(job.totalBytes, elapsedMs * job.bytesPerSecond / 1000);
    const qint64 failAt = job.totalBytes / 2;
    Node answer = Node::object();
    answer.insert(u"job_id"_s, Node::string(QString::fromLatin1(job.id)));
    if (job.fails && downloaded >= failAt) {
        answer.insert(u"status"_s, Node::string(u"failed"_s));
        downloaded = failAt;
    } else if (downloaded >= job.totalBytes) {
        answer.insert(u"status"_s, Node::string(u"completed"_s));
    } else if (job.pausedAtMs >= 0) {
        answer.insert(u"status"_s, Node::string(u"paused"_s));
    } else {
        answer.insert(u"status"_s, Node::string(u"downloading"_s));
        answer.insert(u"bytes_per_second"_s, Node::integer(job.bytesPerSecond));
        answer.insert(
            u"estimated_completion"_s,
            Node::string(isoMs(job.startedMs + job.totalBytes * 1000 / job.bytesPerSecond)));
    }
    answer.insert(u"total_size_bytes"_s, Node::integer(job.totalBytes));
    answer.insert(u"downloaded_bytes"_s, Node::integer(downloaded));
    answer.insert(u"started_at"_s, Node::string(isoMs(job.startedMs)));
    if (answer.value(u"status").toString() == u"completed"_s) {
        answer.insert(
            u"completed_at"_s,
            Node::string(isoMs(job.startedMs + job.totalBytes * 1000 / job.bytesPerSecond)));
    }
    return pretty(answer);
}

void FakeLmStudioServer::handleDownloadStatus(const QByteArray &jobId, Responder &responder)
{
    for (const DownloadJob &job : std::as_const(m_jobs)) {
        if (job.id == jobId) {
            responder.sendJson(200, downloadStatusJson(job, nowMs()));
            return;
        }
    }
    responder.sendJson(404, v1Error("job_not_found",
                                    u"No download job with id \""_s +
                                        QString::fromUtf8(QByteArray::fromPercentEncoding(jobId)) +
                                        u"\"."_s));
}

void FakeLmStudioServer::handleChat(const RecordedRequest &request, Responder &responder)
{
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(400, "{\"error\":" + FakeJson::string(parseError) + '}');
        return;
    }
    const QString model = body.value(u"model"_s).toString();
    if (!knowsModel(model)) {
        // error-model-not-found.json with the requested identifier.
        QByteArray quoted = FakeJson::string(model);
        quoted = quoted.mid(1, quoted.size() - 2);
        QByteArray json = fixture(u"lmstudio/error-model-not-found.json"_s);
        json.replace(QByteArrayLiteral("\\\"o4-mini\\\""), QByteArray("\\\"" + quoted + "\\\""));
        responder.sendJson(400, json);
        return;
    }
    if (fault() == Fault::Http500) {
        responder.sendJson(500,
                           errorObject(u"The model has crashed without additional information. "
                                       u"(Exit code: null)"_s,
                                       QByteArrayLiteral("server_error")));
        return;
    }

    const QStringList tokens = answer();
    const int completionTokens = int(tokens.size());
    const QByteArray modelJson = FakeJson::string(model);
    const QByteArray id =
        "chatcmpl-" + FakeJson::randomId(20, "abcdefghijklmnopqrstuvwxyz0123456789");
    const QByteArray created = QByteArray::number(FakeJson::nowNs() / 1'000'000'000);
    const QByteArray usage =
        "{\"prompt_tokens\":" + QByteArray::number(PromptTokens) +
        ",\"completion_tokens\":" + QByteArray::number(completionTokens) +
        ",\"total_tokens\":" + QByteArray::number(PromptTokens + completionTokens);

    if (!FakeJson::wantsStream(body, false)) {
        const QByteArray json =
            "{\"id\":\"" + id + "\",\"object\":\"chat.completion\",\"created\":" + created +
            ",\"model\":" + modelJson +
            ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" +
            FakeJson::string(FakeJson::joined(tokens)) +
            ",\"reasoning_content\":\"\",\"tool_calls\":[]},\"logprobs\":null,\"finish_reason\":"
            "\"stop\"}],\"usage\":" +
            usage +
            ",\"completion_tokens_details\":{\"reasoning_tokens\":0}},\"stats\":{},"
            "\"system_fingerprint\":" +
            modelJson + '}';
        responder.sendJson(200, json,
                           delayBeforeFirstChunkMs() + completionTokens * tokenIntervalMs());
        return;
    }

    // chat-stream.sse layout: the first chunk carries the role and the first token.
    const QByteArray prefix =
        "{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":" + created +
        ",\"model\":" + modelJson + ",\"system_fingerprint\":" + modelJson + ",\"choices\":[";
    const auto choice = [](const QByteArray &delta, const QByteArray &finishReason) -> QByteArray {
        return "{\"index\":0,\"delta\":" + delta +
               ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}]}";
    };
    StreamPlan plan;
    plan.contentType = QByteArrayLiteral("text/event-stream");
    plan.extraHeaders = {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}};
    for (qsizetype i = 0; i < qMax<qsizetype>(tokens.size(), 1); ++i) {
        const QByteArray content = FakeJson::string(i < tokens.size() ? tokens.at(i) : QString());
        QByteArray delta;
        if (i == 0)
            delta = "{\"role\":\"assistant\",\"content\":" + content + '}';
        else
            delta = "{\"content\":" + content + '}';
        plan.chunks.append(FakeJson::sseData(prefix + choice(delta, "null")));
    }
    plan.chunks.append(FakeJson::sseData(prefix + choice("{}", "\"stop\"")));
    if (FakeJson::includeUsage(body))
        plan.chunks.append(FakeJson::sseData(prefix + "],\"usage\":" + usage + "}}"));
    plan.chunks.append(QByteArrayLiteral("data: [DONE]\n\n"));
    plan.errorChunk = FakeJson::sseData(errorObject(
        u"an error was encountered while running the model"_s, QByteArrayLiteral("api_error")));
    plan.garbageChunk = QByteArrayLiteral("data: \xff\xfe{\"id\":\"chatcmpl-\x01 not json\n\n");
    responder.stream(plan);
}
