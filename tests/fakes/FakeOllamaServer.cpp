#include "FakeOllamaServer.h"

#include "FakeJson.h"
#include "FakeOllamaWire.h"
#include "FakeResources.h"

#include <QJsonObject>

#include <algorithm>

// FakeOllamaServer is written in parts: this file holds the routes and the configuration;
// FakeOllamaChat.cpp answers /api/chat and /api/generate, FakeOllamaPull.cpp simulates
// /api/pull, FakeOllamaStore.cpp keeps the installed models (/api/tags, /api/show,
// /api/delete) and FakeOllamaLoaded.cpp the loaded ones (/api/ps, keep_alive).

using namespace Qt::StringLiterals;
using namespace FakeOllamaWire;
using FakeJson::Node;

namespace {

bool isGetOrHead(const RecordedRequest &request)
{
    return request.method == "GET" || request.method == "HEAD";
}

QJsonObject details(const QString &family, const QString &parameterSize,
                    const QString &quantization)
{
    return QJsonObject{{u"parent_model"_s, QString()},
                       {u"format"_s, u"gguf"_s},
                       {u"family"_s, family},
                       {u"families"_s, QJsonArray{family}},
                       {u"parameter_size"_s, parameterSize},
                       {u"quantization_level"_s, quantization}};
}

} // namespace

FakeOllamaServer::FakeOllamaServer(QObject *parent)
    : FakeHttpServer(parent)
    , m_versionJson(fixture(u"ollama/version.json"_s))
    , m_tagsJson(fixture(u"ollama/tags.json"_s))
    , m_v1ModelsJson(fixture(u"ollama/v1-models.json"_s))
{
    m_tags = Node::parse(m_tagsJson);
    m_modelNames = namesOf(m_tagsJson);
    setAnswer(FakeJson::ndjsonMessageTokens(fixture(u"ollama/chat-stream.ndjson"_s), u"content"_s));
    m_thinking = FakeJson::ndjsonMessageTokens(fixture(u"ollama/chat-thinking-stream.ndjson"_s),
                                               u"thinking"_s);

    m_pullable = {u"llama3.2"_s, u"llama3.2:1b"_s, u"phi3"_s, u"mistral"_s, u"qwen2.5:0.5b"_s};
    // Real manifests (pull.ndjson, pull-quirks.ndjson); template and licenses are shared.
    const PullBlob tmpl{
        u"sha256:966de95ca8a62200913e3f8bfbf84c8494536f1b94b49166851e76644e966396"_s, 1429};
    const PullBlob license1{
        u"sha256:fcc5a6bec9daf9b561a68827b67ab6088e1dba9d1fa2a50d7bbcc8384e0a265d"_s, 7711};
    const PullBlob license2{
        u"sha256:a70ff7e570d97baaf4e62ac6e6ad9975e04caa6d900d3742d37698494479e0cd"_s, 6016};
    const PullBlob params{
        u"sha256:56bb8bd477a519ffa694fc449c2413c6f0e1d3b1c88fa7e3c9d88d3ae49d4dcb"_s, 96};
    m_plans.insert(
        u"llama3.2:latest"_s,
        {{{u"sha256:dde5aa3fc5ffc17176b5e8bdc82f587b24b2678c6c66101bf7da77af9f7ccdff"_s,
           2019377376},
          tmpl,
          license1,
          license2,
          params,
          {u"sha256:34bb5ab01051a11372a91f95f3fbbc51173eed8e7f13ec395b9ae9b8bd0e242b"_s, 561}},
         details(u"llama"_s, u"3.2B"_s, u"Q4_K_M"_s),
         QByteArrayLiteral("a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72")});
    m_plans.insert(
        u"llama3.2:1b"_s,
        {{{u"sha256:74701a8c35f6c8d9a4b91f3f3497643001d63e0c7a84e085bed452548fa88d45"_s,
           1321082688},
          tmpl,
          license1,
          license2,
          params,
          {u"sha256:4f659a1e86d7f5a33c389f7991e7224b7ee6ad0358b53437d54c02d2e1b1118d"_s, 485}},
         details(u"llama"_s, u"1.2B"_s, u"Q8_0"_s),
         QByteArrayLiteral("baf6a787fdffd633537aa2eb51cfd54cb93ff08e28040095462bb63daf552878")});
    const auto synthetic = [this](const QString &name, qint64 total, const QJsonObject &d) {
        m_plans.insert(
            name, {syntheticBlobs(name, total), d, sha256Hex(name + u"/manifest"_s).toLatin1()});
    };
    synthetic(u"phi3:latest"_s, 2176178913, details(u"phi3"_s, u"3.8B"_s, u"Q4_0"_s));
    synthetic(u"mistral:latest"_s, 4113301824, details(u"llama"_s, u"7.2B"_s, u"Q4_0"_s));
    synthetic(u"qwen2.5:0.5b"_s, 397821319, details(u"qwen2"_s, u"494.03M"_s, u"Q4_K_M"_s));
}

FakeOllamaServer::~FakeOllamaServer() = default;

void FakeOllamaServer::setVersion(const QString &version)
{
    m_versionJson = "{\"version\":" + goString(version) + '}';
}

void FakeOllamaServer::setModels(const QJsonArray &models)
{
    Node list = Node::array();
    for (const QJsonValue &model : models)
        list.append(model.isObject() ? tagsEntryNode(model.toObject()) : Node::fromQt(model));
    m_tags = Node::object();
    m_tags.insert(u"models"_s, list);
    m_tagsJson = m_tags.toCompact(FakeJson::Escaping::Go);
    m_modelNames = namesOf(m_tagsJson);
    m_v1ModelsJson = v1ModelsFrom(m_tags.value(u"models"));
}

void FakeOllamaServer::setRunningModels(const QJsonArray &models)
{
    m_psFixed = true;
    m_running.clear();
    Node list = Node::array();
    for (const QJsonValue &model : models) {
        Running r;
        r.fixed = model.isObject() ? psEntryNode(model.toObject()) : Node::fromQt(model);
        r.name = entryName(r.fixed);
        m_running.append(r);
        list.append(r.fixed);
    }
    Node root = Node::object();
    root.insert(u"models"_s, list);
    m_psFixedJson = root.toCompact(FakeJson::Escaping::Go);
}

void FakeOllamaServer::setThinking(const QStringList &tokens)
{
    m_thinking = tokens;
}

QStringList FakeOllamaServer::thinking() const
{
    return m_thinking;
}

void FakeOllamaServer::setThinksByDefault(const QStringList &models)
{
    m_thinksByDefault.clear();
    for (const QString &model : models)
        m_thinksByDefault.append(FakeOllamaWire::canonicalName(model));
}

void FakeOllamaServer::setWithoutThinking(const QStringList &models)
{
    m_withoutThinking.clear();
    for (const QString &model : models)
        m_withoutThinking.append(FakeOllamaWire::canonicalName(model));
}

void FakeOllamaServer::setHonoursNumPredict(bool on)
{
    m_honoursNumPredict = on;
}

QStringList FakeOllamaServer::modelNames() const
{
    return m_modelNames;
}

void FakeOllamaServer::setPullableModels(const QStringList &names)
{
    m_pullable = names;
}

QStringList FakeOllamaServer::pullableModels() const
{
    return m_pullable;
}

void FakeOllamaServer::setPullPlan(const QString &model, const QList<PullBlob> &blobs,
                                   const QJsonObject &details)
{
    const QString name = canonicalName(model);
    m_plans.insert(name, {blobs, details, sha256Hex(name + u"/manifest"_s).toLatin1()});
    const bool listed = std::any_of(m_pullable.cbegin(), m_pullable.cend(),
                                    [&](const QString &n) { return canonicalName(n) == name; });
    if (!listed)
        m_pullable.append(model);
}

QList<FakeOllamaServer::PullBlob> FakeOllamaServer::pullPlan(const QString &model) const
{
    return planFor(model).blobs;
}

void FakeOllamaServer::setPullBytesPerTick(qint64 bytes)
{
    m_pullBytesPerTick = qMax<qint64>(0, bytes);
}

qint64 FakeOllamaServer::pullBytesPerTick() const
{
    return m_pullBytesPerTick;
}

void FakeOllamaServer::setPullQuirks(bool on)
{
    m_pullQuirks = on;
}

void FakeOllamaServer::setPullSafetensors(bool on)
{
    m_pullSafetensors = on;
}

void FakeOllamaServer::setPullScript(const QList<QByteArray> &lines)
{
    m_pullScript.clear();
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        m_pullScript.append(line.endsWith('\n') ? line : line + '\n');
    }
}

void FakeOllamaServer::setVramFraction(double fraction)
{
    m_vramFraction = std::clamp(fraction, 0.0, 1.0);
}

void FakeOllamaServer::setUnloadDelayMs(int ms)
{
    m_unloadDelayMs = qMax(0, ms);
}

void FakeOllamaServer::handle(const RecordedRequest &request, Responder &responder)
{
    const QByteArray &path = request.path;
    if (path == "/" && isGetOrHead(request)) {
        responder.sendText(200, QByteArrayLiteral("Ollama is running"));
    } else if (path == "/api/version" && isGetOrHead(request)) {
        responder.sendJson(200, m_versionJson);
    } else if (path == "/api/tags" && isGetOrHead(request)) {
        responder.sendJson(200, m_tagsJson);
    } else if (path == "/api/ps" && request.method == "GET") {
        responder.sendJson(200, psJson());
    } else if (path == "/v1/models" && request.method == "GET") {
        responder.sendJson(200, m_v1ModelsJson);
    } else if (path == "/api/show" && request.method == "POST") {
        handleShow(request, responder);
    } else if (path == "/api/chat" && request.method == "POST") {
        handleChat(request, responder);
    } else if (path == "/api/generate" && request.method == "POST") {
        handleGenerate(request, responder);
    } else if (path == "/api/pull" && request.method == "POST") {
        handlePull(request, responder);
    } else if (path == "/api/delete" && request.method == "DELETE") {
        handleDelete(request, responder);
    } else {
        FakeHttpServer::handle(request, responder); // 404 page not found
    }
}
