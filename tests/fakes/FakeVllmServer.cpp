#include "FakeVllmServer.h"

#include "FakeJson.h"
#include "FakeResources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr int PromptTokens = 9; // openai/chat-stream.sse
const QByteArray JsonType = QByteArrayLiteral("application/json");

// vllm-error.json; older releases: vllm-error-legacy.json, flat.
QByteArray errorObject(const QString &message, const QByteArray &type, const QByteArray &param,
                       int code, bool flat)
{
    if (flat)
        return "{\"object\":\"error\",\"message\":" + FakeJson::string(message) + ",\"type\":\"" +
               type + "\",\"param\":" + param + ",\"code\":" + QByteArray::number(code) + '}';
    return "{\"error\":{\"message\":" + FakeJson::string(message) + ",\"type\":\"" + type +
           "\",\"param\":" + param + ",\"code\":" + QByteArray::number(code) + "}}";
}

} // namespace

void FakeVllmServer::setFlatErrors(bool flat)
{
    m_flatErrors = flat;
}

void FakeVllmServer::setUsageChoicesNull(bool null)
{
    m_usageChoicesNull = null;
}

FakeVllmServer::FakeVllmServer(QObject *parent)
    : FakeHttpServer(parent)
{
    setDefaultHeaders({{QByteArrayLiteral("server"), QByteArrayLiteral("uvicorn")}});
    setAnswer(FakeJson::sseContentTokens(fixture(u"openai/chat-stream.sse"_s)));
    m_modelId = QJsonDocument::fromJson(fixture(u"openai/vllm-v1-models.json"_s))
                    .object()
                    .value(u"data"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"id"_s)
                    .toString();
}

QString FakeVllmServer::modelId() const
{
    return m_modelId;
}

void FakeVllmServer::handle(const RecordedRequest &request, Responder &responder)
{
    // Starlette answers HEAD on every GET route.
    const bool get = request.method == "GET" || request.method == "HEAD";
    const QByteArray &path = request.path;
    const bool known = path == "/version" || path == "/health" || path == "/v1/models" ||
                       path == "/v1/chat/completions";
    if (!known) {
        responder.send(404, JsonType, QByteArrayLiteral("{\"detail\":\"Not Found\"}"));
    } else if (path == "/v1/chat/completions") {
        if (request.method == "POST")
            handleChat(request, responder);
        else
            responder.send(405, JsonType, QByteArrayLiteral("{\"detail\":\"Method Not Allowed\"}"),
                           {{QByteArrayLiteral("allow"), QByteArrayLiteral("POST")}});
    } else if (!get) {
        responder.send(405, JsonType, QByteArrayLiteral("{\"detail\":\"Method Not Allowed\"}"),
                       {{QByteArrayLiteral("allow"), QByteArrayLiteral("GET")}});
    } else if (path == "/version") {
        responder.send(200, JsonType, fixture(u"openai/vllm-version.json"_s));
    } else if (path == "/health") {
        responder.send(200, QByteArray(), QByteArray());
    } else {
        responder.send(200, JsonType, fixture(u"openai/vllm-v1-models.json"_s));
    }
}

void FakeVllmServer::handleChat(const RecordedRequest &request, Responder &responder)
{
    QString parseError;
    const QJsonObject body = FakeJson::parseObject(request.body, &parseError);
    if (!parseError.isEmpty()) {
        responder.send(400, JsonType,
                       errorObject(parseError, QByteArrayLiteral("BadRequestError"), "null", 400,
                                   m_flatErrors));
        return;
    }
    const QString model = body.value(u"model"_s).toString(m_modelId);
    if (model != m_modelId) {
        // vllm-error.json with the requested name.
        responder.send(404, JsonType,
                       errorObject(u"The model `"_s + model + u"` does not exist."_s,
                                   QByteArrayLiteral("NotFoundError"), "\"model\"", 404,
                                   m_flatErrors));
        return;
    }
    if (fault() == Fault::Http500) {
        responder.send(500, JsonType,
                       errorObject(u"an error was encountered while running the model"_s,
                                   QByteArrayLiteral("InternalServerError"), "null", 500,
                                   m_flatErrors));
        return;
    }

    const QStringList tokens = answer();
    const int n = int(tokens.size());
    const QByteArray modelJson = FakeJson::string(model);
    const QByteArray id = "chatcmpl-" + FakeJson::randomId(32, "0123456789abcdef");
    const QByteArray created = QByteArray::number(FakeJson::nowNs() / 1'000'000'000);
    const QByteArray usage = "{\"prompt_tokens\":" + QByteArray::number(PromptTokens) +
                             ",\"completion_tokens\":" + QByteArray::number(n) +
                             ",\"total_tokens\":" + QByteArray::number(PromptTokens + n) + '}';

    if (!FakeJson::wantsStream(body, false)) {
        const QByteArray json =
            "{\"id\":\"" + id + "\",\"object\":\"chat.completion\",\"created\":" + created +
            ",\"model\":" + modelJson +
            ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" +
            FakeJson::string(FakeJson::joined(tokens)) +
            "},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":" + usage + '}';
        responder.send(200, JsonType, json, {}, delayBeforeFirstChunkMs() + n * tokenIntervalMs());
        return;
    }

    // openai/chat-stream.sse layout (without OpenAI's system_fingerprint); like OpenAI,
    // "usage":null on every chunk only when include_usage is requested.
    const bool withUsage = FakeJson::includeUsage(body);
    const QByteArray prefix = "{\"id\":\"" + id +
                              "\",\"object\":\"chat.completion.chunk\",\"created\":" + created +
                              ",\"model\":" + modelJson + ",\"choices\":";
    const QByteArray usageNull = withUsage ? QByteArrayLiteral(",\"usage\":null") : QByteArray();
    const auto choice = [&](const QByteArray &delta, const QByteArray &finishReason) {
        return FakeJson::sseData(prefix + "[{\"index\":0,\"delta\":" + delta +
                                 ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}]" +
                                 usageNull + '}');
    };
    StreamPlan plan;
    plan.contentType = QByteArrayLiteral("text/event-stream; charset=utf-8");
    plan.chunks.append(
        choice("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}", "null"));
    for (const QString &token : tokens)
        plan.chunks.append(choice("{\"content\":" + FakeJson::string(token) + '}', "null"));
    plan.chunks.append(choice("{}", "\"stop\""));
    if (withUsage)
        plan.chunks.append(FakeJson::sseData(prefix + (m_usageChoicesNull ? "null" : "[]") +
                                             ",\"usage\":" + usage + '}'));
    plan.chunks.append(QByteArrayLiteral("data: [DONE]\n\n"));
    plan.errorChunk = FakeJson::sseData(
        errorObject(u"an error was encountered while running the model"_s,
                    QByteArrayLiteral("InternalServerError"), "null", 500, m_flatErrors));
    plan.garbageChunk = QByteArrayLiteral("data: \xff\xfe{\"id\":\"chatcmpl-\x01 not json\n\n");
    responder.stream(plan);
}
