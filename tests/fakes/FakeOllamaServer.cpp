#include "FakeOllamaServer.h"

#include "FakeJson.h"
#include "FakeResources.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;
using FakeJson::Escaping;

namespace {

// Reference values of chat-stream.ndjson (12 tokens), used when no token interval is set so
// that a stream of the fixture's own tokens reproduces the fixture's metrics exactly.
constexpr qint64 FixtureEvalDuration = 191959084;
constexpr qint64 FixtureEvalCount = 12;
constexpr qint64 FixtureLoadDuration = 41295167;
constexpr qint64 FixturePromptEvalCount = 31;
constexpr qint64 FixturePromptEvalDuration = 24573166;
constexpr qint64 FixtureOverhead = 282465125 - 41295167 - 24573166 - 191959084;
constexpr qint64 NominalTokenNs = 16'000'000;

QByteArray goString(const QString &s)
{
    return FakeJson::string(s, Escaping::Go);
}

QByteArray errorJson(const QString &message)
{
    return "{\"error\":" + goString(message) + '}';
}

QStringList namesOf(const QByteArray &tagsJson)
{
    QStringList names;
    const QJsonArray models =
        QJsonDocument::fromJson(tagsJson).object().value(u"models"_s).toArray();
    for (const QJsonValue &model : models) {
        const QString name = model.toObject().value(u"name"_s).toString();
        names.append(name.isEmpty() ? model.toObject().value(u"model"_s).toString() : name);
    }
    return names;
}

bool isGetOrHead(const RecordedRequest &request)
{
    return request.method == "GET" || request.method == "HEAD";
}

} // namespace

FakeOllamaServer::FakeOllamaServer(QObject *parent)
    : FakeHttpServer(parent)
    , m_versionJson(fixture(u"ollama/version.json"_s))
    , m_tagsJson(fixture(u"ollama/tags.json"_s))
    , m_v1ModelsJson(fixture(u"ollama/v1-models.json"_s))
    , m_psJson(fixture(u"ollama/ps.json"_s))
{
    m_modelNames = namesOf(m_tagsJson);
    setAnswer(FakeJson::ndjsonMessageTokens(fixture(u"ollama/chat-stream.ndjson"_s), u"content"_s));
    m_thinking = FakeJson::ndjsonMessageTokens(fixture(u"ollama/chat-thinking-stream.ndjson"_s),
                                               u"thinking"_s);
}

void FakeOllamaServer::setVersion(const QString &version)
{
    m_versionJson = "{\"version\":" + goString(version) + '}';
}

void FakeOllamaServer::setModels(const QJsonArray &models)
{
    m_tagsJson = QJsonDocument(QJsonObject{{u"models"_s, models}}).toJson(QJsonDocument::Compact);
    m_modelNames = namesOf(m_tagsJson);
    // Same mapping as Ollama's openai.ToListCompletion.
    QByteArray data;
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        const QString name = model.value(u"name"_s).toString(model.value(u"model"_s).toString());
        const QDateTime modified =
            QDateTime::fromString(model.value(u"modified_at"_s).toString(), Qt::ISODateWithMs);
        const qint64 created = modified.isValid() ? modified.toSecsSinceEpoch() : 0;
        const qsizetype slash = name.indexOf(u'/');
        const QString owner = slash > 0 ? name.left(slash) : u"library"_s;
        if (!data.isEmpty())
            data += ',';
        data += "{\"id\":" + goString(name) +
                ",\"object\":\"model\",\"created\":" + QByteArray::number(created) +
                ",\"owned_by\":" + goString(owner) + '}';
    }
    m_v1ModelsJson = "{\"object\":\"list\",\"data\":[" + data + "]}";
}

void FakeOllamaServer::setRunningModels(const QJsonArray &models)
{
    m_psJson = QJsonDocument(QJsonObject{{u"models"_s, models}}).toJson(QJsonDocument::Compact);
}

void FakeOllamaServer::setThinking(const QStringList &tokens)
{
    m_thinking = tokens;
}

QStringList FakeOllamaServer::thinking() const
{
    return m_thinking;
}

QStringList FakeOllamaServer::modelNames() const
{
    return m_modelNames;
}

bool FakeOllamaServer::knowsModel(const QString &name) const
{
    return !name.isEmpty() &&
           (m_modelNames.contains(name) || m_modelNames.contains(name + u":latest"_s));
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
        responder.sendJson(200, m_psJson);
    } else if (path == "/v1/models" && request.method == "GET") {
        responder.sendJson(200, m_v1ModelsJson);
    } else if (path == "/api/show" && request.method == "POST") {
        const QJsonObject body = FakeJson::parseObject(request.body);
        const QString model = body.value(u"model"_s).toString(body.value(u"name"_s).toString());
        if (knowsModel(model))
            responder.sendJson(200, fixture(u"ollama/show.json"_s));
        else
            responder.sendJson(404, errorJson(u"model '"_s + model + u"' not found"_s));
    } else if (path == "/api/chat" && request.method == "POST") {
        handleChat(request, responder);
    } else {
        FakeHttpServer::handle(request, responder); // 404 page not found
    }
}

void FakeOllamaServer::handleChat(const RecordedRequest &request, Responder &responder)
{
    if (request.body.trimmed().isEmpty()) {
        responder.sendJson(400, errorJson(u"missing request body"_s));
        return;
    }
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(400, errorJson(parseError));
        return;
    }
    const QString model = body.value(u"model"_s).toString();
    if (model.isEmpty()) {
        responder.sendJson(400, errorJson(u"model is required"_s));
        return;
    }
    if (!knowsModel(model)) {
        responder.sendJson(404, errorJson(u"model '"_s + model + u"' not found"_s));
        return;
    }
    if (fault() == Fault::Http500) {
        responder.sendJson(500, errorJson(u"llama runner process has terminated: exit status 2"_s));
        return;
    }

    const int delayMs = delayBeforeFirstChunkMs();
    const int intervalMs = tokenIntervalMs();
    const QByteArray modelJson = goString(model);
    const qint64 startNs = FakeJson::nowNs() + qint64(delayMs) * 1'000'000;
    const auto prefix = [&](qint64 ns) -> QByteArray {
        return "{\"model\":" + modelJson + ",\"created_at\":\"" + FakeJson::rfc3339Nano(ns) + '"';
    };

    // messages: [] only loads (or with keep_alive 0 unloads) the model: one plain object.
    const QJsonValue messages = body.value(u"messages"_s);
    if (messages.isArray() && messages.toArray().isEmpty()) {
        const QJsonValue keepAlive = body.value(u"keep_alive"_s);
        const bool unload = (keepAlive.isDouble() && keepAlive.toDouble() == 0) ||
                            keepAlive.toString() == u"0"_s || keepAlive.toString() == u"0s"_s;
        responder.sendJson(
            200,
            prefix(startNs) +
                ",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                "\"done_reason\":\"" +
                (unload ? "unload" : "load") + "\"}",
            delayMs);
        return;
    }

    const QJsonValue think = body.value(u"think"_s);
    const bool thinkingOn = think.isBool() ? think.toBool()
                                           : (think.isString() && !think.toString().isEmpty() &&
                                              think.toString() != u"false"_s);
    const QStringList thinkingTokens = thinkingOn ? m_thinking : QStringList();
    const QStringList tokens = answer();
    const qint64 count = thinkingTokens.size() + tokens.size();
    const qint64 tokenNs = intervalMs > 0 ? qint64(intervalMs) * 1'000'000 : NominalTokenNs;
    const qint64 evalDuration =
        intervalMs > 0
            ? count * tokenNs
            : std::llround(double(FixtureEvalDuration) * double(count) / double(FixtureEvalCount));
    const qint64 loadDuration = delayMs > 0 ? qint64(delayMs) * 1'000'000 : FixtureLoadDuration;
    const qint64 totalDuration =
        loadDuration + FixturePromptEvalDuration + evalDuration + FixtureOverhead;

    // Go's omitempty drops zero metrics.
    QByteArray metrics =
        ",\"done\":true,\"done_reason\":\"stop\",\"total_duration\":" +
        QByteArray::number(totalDuration) +
        ",\"load_duration\":" + QByteArray::number(loadDuration) +
        ",\"prompt_eval_count\":" + QByteArray::number(FixturePromptEvalCount) +
        ",\"prompt_eval_duration\":" + QByteArray::number(FixturePromptEvalDuration);
    if (count > 0) {
        metrics += ",\"eval_count\":" + QByteArray::number(count) +
                   ",\"eval_duration\":" + QByteArray::number(evalDuration);
    }
    metrics += '}';

    if (!FakeJson::wantsStream(body, true)) {
        QByteArray message =
            "{\"role\":\"assistant\",\"content\":" + goString(FakeJson::joined(tokens));
        if (!thinkingTokens.isEmpty())
            message += ",\"thinking\":" + goString(FakeJson::joined(thinkingTokens));
        message += '}';
        responder.sendJson(200,
                           prefix(startNs + count * tokenNs) + ",\"message\":" + message + metrics,
                           delayMs + int(count) * intervalMs);
        return;
    }

    StreamPlan plan;
    plan.contentType = QByteArrayLiteral("application/x-ndjson");
    qint64 index = 0;
    for (const QString &token : thinkingTokens) {
        plan.chunks.append(prefix(startNs + index++ * tokenNs) +
                           ",\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":" +
                           goString(token) + "},\"done\":false}\n");
    }
    for (const QString &token : tokens) {
        plan.chunks.append(prefix(startNs + index++ * tokenNs) +
                           ",\"message\":{\"role\":\"assistant\",\"content\":" + goString(token) +
                           "},\"done\":false}\n");
    }
    plan.chunks.append(prefix(startNs + index * tokenNs) +
                       ",\"message\":{\"role\":\"assistant\",\"content\":\"\"}" + metrics + '\n');
    plan.errorChunk = errorJson(u"an error was encountered while running the model"_s) + '\n';
    plan.garbageChunk = QByteArrayLiteral("\xff\xfe\x01 this is not JSON {\"model\":\n");
    responder.stream(plan);
}
