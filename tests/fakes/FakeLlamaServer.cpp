#include "FakeLlamaServer.h"

#include "FakeJson.h"
#include "FakeResources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// llama-server-chat-stream.sse reference values.
constexpr int PromptTokens = 75;
constexpr double PromptMs = 180.025;
constexpr double FixturePredictedMsPerToken = 875.429 / 31;
const QByteArray LegacyBuildInfo = QByteArrayLiteral("b6097-9515c613");

QByteArray serverError(const QString &message, int code, const QByteArray &type)
{
    return "{\"error\":{\"code\":" + QByteArray::number(code) +
           ",\"message\":" + FakeJson::string(message) + ",\"type\":\"" + type + "\"}}";
}

// The fixture's pretty-printed /v1/models with "meta": {...} replaced by "meta": null.
QByteArray modelsWhileLoading()
{
    QByteArray json = fixture(u"openai/llama-server-v1-models.json"_s);
    const qsizetype key = json.indexOf("\"meta\":");
    const qsizetype open = key < 0 ? -1 : json.indexOf('{', key);
    if (open < 0)
        return json;
    int depth = 0;
    for (qsizetype i = open; i < json.size(); ++i) {
        if (json.at(i) == '{') {
            ++depth;
        } else if (json.at(i) == '}' && --depth == 0) {
            json.replace(open, i - open + 1, "null");
            break;
        }
    }
    return json;
}

} // namespace

FakeLlamaServer::FakeLlamaServer(QObject *parent)
    : FakeHttpServer(parent)
{
    setDefaultHeaders({{QByteArrayLiteral("Server"), QByteArrayLiteral("llama.cpp")}});
    setAnswer(FakeJson::sseContentTokens(fixture(u"openai/llama-server-chat-stream.sse"_s)));
    m_buildInfo = QJsonDocument::fromJson(fixture(u"openai/llama-server-props.json"_s))
                      .object()
                      .value(u"build_info"_s)
                      .toString()
                      .toUtf8();
    m_modelId = QJsonDocument::fromJson(fixture(u"openai/llama-server-v1-models.json"_s))
                    .object()
                    .value(u"data"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"id"_s)
                    .toString();
}

void FakeLlamaServer::setLoading(bool loading)
{
    m_loading = loading;
}

bool FakeLlamaServer::isLoading() const
{
    return m_loading;
}

void FakeLlamaServer::setLegacyB6097(bool legacy)
{
    m_legacy = legacy;
}

void FakeLlamaServer::setPingComments(bool enabled)
{
    m_ping = enabled;
}

void FakeLlamaServer::handle(const RecordedRequest &request, Responder &responder)
{
    const bool get = request.method == "GET" || request.method == "HEAD";
    const QByteArray &path = request.path;
    const bool isModels = get && (path == "/v1/models" || path == "/models");
    if (m_loading) {
        if (isModels)
            responder.sendJson(200, modelsWhileLoading());
        else
            responder.sendJson(503, fixture(u"openai/llama-server-health-loading.json"_s));
        return;
    }
    if (get && path == "/") {
        responder.send(
            200, QByteArrayLiteral("text/html"),
            QByteArrayLiteral("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                              "<title>llama.cpp - chat</title></head>"
                              "<body><div id=\"app\"></div></body></html>\n"));
    } else if (get && (path == "/health" || path == "/v1/health")) {
        responder.sendJson(200, fixture(u"openai/llama-server-health.json"_s));
    } else if (get && path == "/props") {
        responder.sendJson(200, fixture(u"openai/llama-server-props.json"_s));
    } else if (isModels) {
        responder.sendJson(200, fixture(u"openai/llama-server-v1-models.json"_s));
    } else if (get && path == "/slots") {
        responder.sendJson(200, fixture(u"openai/llama-server-slots.json"_s));
    } else if (request.method == "POST" &&
               (path == "/v1/chat/completions" || path == "/chat/completions")) {
        handleChat(request, responder);
    } else {
        responder.sendJson(404, fixture(u"openai/llama-server-error-not-found.json"_s));
    }
}

void FakeLlamaServer::handleChat(const RecordedRequest &request, Responder &responder)
{
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.sendJson(500, serverError(parseError, 500, QByteArrayLiteral("server_error")));
        return;
    }
    if (fault() == Fault::Http500) {
        responder.sendJson(500, serverError(u"an error was encountered while running the model"_s,
                                            500, QByteArrayLiteral("server_error")));
        return;
    }

    const QString model = body.value(u"model"_s).toString(m_modelId);
    const QByteArray modelJson = FakeJson::string(model);
    const QByteArray fingerprint = m_legacy ? LegacyBuildInfo : m_buildInfo;
    const QByteArray id =
        "chatcmpl-" +
        FakeJson::randomId(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    const QStringList tokens = answer();
    const int n = int(tokens.size());
    const int intervalMs = tokenIntervalMs();
    const qint64 startNs = FakeJson::nowNs() + qint64(delayBeforeFirstChunkMs()) * 1'000'000;

    const double predictedMs =
        n * (intervalMs > 0 ? double(intervalMs) : FixturePredictedMsPerToken);
    const auto perToken = [](double ms, int count) { return count > 0 ? ms / count : 0.0; };
    const auto perSecond = [](double ms, int count) { return ms > 0 ? 1e3 * count / ms : 0.0; };
    QByteArray timings = "{";
    if (!m_legacy)
        timings += "\"cache_n\":0,";
    timings += "\"prompt_n\":" + QByteArray::number(PromptTokens) +
               ",\"prompt_ms\":" + FakeJson::number(PromptMs) +
               ",\"prompt_per_token_ms\":" + FakeJson::number(perToken(PromptMs, PromptTokens)) +
               ",\"prompt_per_second\":" + FakeJson::number(perSecond(PromptMs, PromptTokens)) +
               ",\"predicted_n\":" + QByteArray::number(n) +
               ",\"predicted_ms\":" + FakeJson::number(predictedMs) +
               ",\"predicted_per_token_ms\":" + FakeJson::number(perToken(predictedMs, n)) +
               ",\"predicted_per_second\":" + FakeJson::number(perSecond(predictedMs, n)) + '}';
    QByteArray usage = "{\"completion_tokens\":" + QByteArray::number(n) +
                       ",\"prompt_tokens\":" + QByteArray::number(PromptTokens) +
                       ",\"total_tokens\":" + QByteArray::number(PromptTokens + n);
    if (!m_legacy)
        usage += ",\"prompt_tokens_details\":{\"cached_tokens\":0}";
    usage += '}';

    if (!FakeJson::wantsStream(body, false)) {
        const QByteArray json =
            "{\"choices\":[{\"finish_reason\":\"stop\",\"index\":0,\"message\":{\"role\":"
            "\"assistant\",\"content\":" +
            FakeJson::string(FakeJson::joined(tokens)) +
            "}}],\"created\":" + QByteArray::number(startNs / 1'000'000'000) +
            ",\"model\":" + modelJson + ",\"system_fingerprint\":\"" + fingerprint +
            "\",\"object\":\"chat.completion\",\"usage\":" + usage + ",\"id\":\"" + id +
            "\",\"timings\":" + timings + '}';
        responder.sendJson(200, json, delayBeforeFirstChunkMs() + n * intervalMs);
        return;
    }

    // llama-server stamps every chunk with the current time.
    const auto chunk = [&](qsizetype index, const QByteArray &choices, const QByteArray &extra) {
        const qint64 created = (startNs + qint64(index) * intervalMs * 1'000'000) / 1'000'000'000;
        return FakeJson::sseData(
            "{\"choices\":" + choices + ",\"created\":" + QByteArray::number(created) +
            ",\"id\":\"" + id + "\",\"model\":" + modelJson + ",\"system_fingerprint\":\"" +
            fingerprint + "\",\"object\":\"chat.completion.chunk\"" + extra + '}');
    };
    StreamPlan plan;
    plan.contentType = QByteArrayLiteral("text/event-stream");
    plan.chunks.append(
        chunk(0,
              "[{\"finish_reason\":null,\"index\":0,\"delta\":{\"role\":\"assistant\","
              "\"content\":null}}]",
              {}));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        plan.chunks.append(chunk(i + 1,
                                 "[{\"finish_reason\":null,\"index\":0,\"delta\":{\"content\":" +
                                     FakeJson::string(tokens.at(i)) + "}}]",
                                 {}));
    }
    const QByteArray finish = "[{\"finish_reason\":\"stop\",\"index\":0,\"delta\":{}}]";
    if (m_legacy) {
        plan.chunks.append(chunk(n + 1, finish, ",\"usage\":" + usage + ",\"timings\":" + timings));
    } else if (FakeJson::includeUsage(body)) {
        plan.chunks.append(chunk(n + 1, finish, {}));
        plan.chunks.append(chunk(n + 1, "[]", ",\"usage\":" + usage + ",\"timings\":" + timings));
    } else {
        plan.chunks.append(chunk(n + 1, finish, ",\"timings\":" + timings));
    }
    plan.chunks.append(QByteArrayLiteral("data: [DONE]\n\n"));
    if (m_ping)
        plan.keepAliveChunk = QByteArrayLiteral(": ping\n\n");

    // In-stream error framing: current builds send data: {"error":...}
    // (llama-server-chat-stream-error.sse); those before PR #16109 a non-standard error: field,
    // then data: [DONE] (llama-server-chat-stream-error-legacy.sse).
    const QList<QByteArray> errorLines =
        fixture(m_legacy ? u"openai/llama-server-chat-stream-error-legacy.sse"_s
                         : u"openai/llama-server-chat-stream-error.sse"_s)
            .split('\n');
    for (const QByteArray &line : errorLines) {
        if (line.startsWith("data: {\"error\"") || line.startsWith("error: {"))
            plan.errorChunk = line + "\n\n";
    }
    if (m_legacy)
        plan.errorChunk += "data: [DONE]\n\n";
    plan.garbageChunk =
        QByteArrayLiteral("data: \xff\xfe{\"choices\":[{\"finish_reason\x01 not json\n\n");
    responder.stream(plan);
}
