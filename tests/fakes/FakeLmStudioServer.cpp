#include "FakeLmStudioServer.h"

#include "FakeJson.h"
#include "FakeResources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

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
    return m_modelIds;
}

bool FakeLmStudioServer::knowsModel(const QString &model) const
{
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
    const bool get = request.method == "GET";
    const QByteArray &path = request.path;
    if (get && path == "/v1/models") {
        responder.sendJson(200, fixture(u"lmstudio/v1-models.json"_s));
    } else if (get && path == "/api/v1/models" && m_apiLevel == ApiLevel::V1) {
        responder.sendJson(200, fixture(u"lmstudio/api-v1-models.json"_s));
    } else if (get && path == "/api/v0/models" && m_apiLevel != ApiLevel::OpenAiOnly) {
        responder.sendJson(200, fixture(u"lmstudio/models-v0.json"_s));
    } else if (request.method == "POST" && path == "/v1/chat/completions") {
        handleChat(request, responder);
    } else {
        responder.sendJson(200, unexpectedEndpoint(request)); // sic: LM Studio answers 200
    }
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
