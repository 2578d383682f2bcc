#include "OpenAiWire.h"

#include "net/ApiError.h"
#include "net/JsonFields.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OpenAiWire {

using JsonFields::integer;
using JsonFields::number;

ServerFigures parseUsage(const QJsonObject &usage)
{
    ServerFigures f;
    f.promptTokens = integer(usage, u"prompt_tokens");
    f.completionTokens = integer(usage, u"completion_tokens");
    f.cachedPromptTokens =
        integer(usage.value(u"prompt_tokens_details").toObject(), u"cached_tokens");
    return f;
}

ServerFigures parseTimings(const QJsonObject &t)
{
    ServerFigures f;
    f.promptTokens = integer(t, u"prompt_n");
    f.cachedPromptTokens = integer(t, u"cache_n");
    f.promptSeconds = number(t, u"prompt_ms", 1e-3);
    f.promptTokensPerSecond = number(t, u"prompt_per_second");
    f.completionTokens = integer(t, u"predicted_n");
    f.evalSeconds = number(t, u"predicted_ms", 1e-3);
    f.tokensPerSecond = number(t, u"predicted_per_second");
    return f;
}

ServerFigures parseLmStudioStats(const QJsonObject &s)
{
    ServerFigures f;
    f.tokensPerSecond = number(s, u"tokens_per_second");
    f.timeToFirstTokenSeconds = number(s, u"time_to_first_token");
    if (!f.timeToFirstTokenSeconds)
        f.timeToFirstTokenSeconds = number(s, u"time_to_first_token_seconds");
    f.evalSeconds = number(s, u"generation_time");
    f.loadSeconds = number(s, u"model_load_time_seconds");
    f.promptTokens = integer(s, u"input_tokens");
    f.completionTokens = integer(s, u"total_output_tokens");
    return f;
}

StreamChunk parseChunk(const QJsonObject &chunk)
{
    StreamChunk c;
    // {"error":{...}} or {"error":"..."}; older vLLM wrote its errors flat:
    // {"object":"error","message":...}.
    if (chunk.value(u"object").toString() == u"error") {
        QString message = chunk.value(u"message").toString();
        c.error = message.isEmpty() ? QStringLiteral("unknown error") : message;
        return c;
    }
    if (chunk.contains(u"error")) {
        QString message = ApiError::extractServerMessage(chunk.value(u"error"));
        if (message.isEmpty())
            message = QStringLiteral("unknown error");
        c.error = message;
        return c;
    }
    c.model = chunk.value(u"model").toString();
    // choices may be missing, null or empty on the usage chunk.
    const QJsonArray choices = chunk.value(u"choices").toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.contains(u"delta") ? choice.value(u"delta").toObject()
                                                            : choice.value(u"message").toObject();
        c.content = delta.value(u"content").toString();
        c.thinking = delta.value(u"reasoning_content").toString();
        if (c.thinking.isEmpty())
            c.thinking = delta.value(u"reasoning").toString();
        c.finishReason = choice.value(u"finish_reason").toString();
    }
    const QJsonValue usage = chunk.value(u"usage");
    if (usage.isObject())
        c.figures.mergeFrom(parseUsage(usage.toObject()));
    const QJsonValue timings = chunk.value(u"timings");
    if (timings.isObject())
        c.figures.mergeFrom(parseTimings(timings.toObject()));
    const QJsonValue stats = chunk.value(u"stats");
    if (stats.isObject() && !stats.toObject().isEmpty())
        c.figures.mergeFrom(parseLmStudioStats(stats.toObject()));
    return c;
}

Result<ModelList> parseModels(const QJsonObject &list, const QUrl &url)
{
    ModelList models;
    const QJsonValue data = list.value(u"data");
    if (!data.isArray())
        return {.error = ApiError::badResponse(url, QStringLiteral("/v1/models"))};
    for (const QJsonValue &v : data.toArray()) {
        const QJsonObject m = v.toObject();
        ModelInfo info;
        info.id = m.value(u"id").toString();
        if (info.id.isEmpty())
            continue;
        info.displayName = info.id;
        // llama-server's router: a model still downloading cannot answer yet.
        const QString status = m.value(u"status").toObject().value(u"value").toString();
        if (status == u"downloading")
            continue;
        info.loaded = status == u"loaded";
        const QJsonArray input =
            m.value(u"architecture").toObject().value(u"input_modalities").toArray();
        if (input.contains(QJsonValue(u"image"_s)))
            info.capabilities.append(QStringLiteral("vision"));
        const QJsonObject meta = m.value(u"meta").toObject(); // llama-server
        if (!meta.isEmpty()) {
            info.contextLength = meta.value(u"n_ctx_train").toInt(-1);
            info.sizeBytes = meta.value(u"size").toInteger(-1);
        }
        if (m.contains(u"max_model_len")) // vLLM
            info.contextLength = m.value(u"max_model_len").toInt(-1);
        info.type = info.id.contains(u"embed", Qt::CaseInsensitive) ? QStringLiteral("embedding")
                                                                    : QStringLiteral("llm");
        models.append(info);
    }
    return {.value = models, .error = {}};
}

bool isRouterList(const QJsonObject &list)
{
    const QJsonArray data = list.value(u"data").toArray();
    return std::any_of(data.cbegin(), data.cend(), [](const QJsonValue &v) {
        return v.toObject().value(u"status").toObject().value(u"value").isString();
    });
}

QJsonObject chatRequestBody(const ChatRequest &request, bool stream)
{
    QJsonArray messages;
    for (const ChatTurn &turn : request.messages)
        messages.append(
            QJsonObject{{u"role"_s, chatRoleId(turn.role)}, {u"content"_s, turn.content}});
    QJsonObject body{{u"model"_s, request.model}, {u"messages"_s, messages}, {u"stream"_s, stream}};
    if (stream)
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    // Ollama's runtime options (context, GPU layers, threads, keep-alive) have no field here.
    const ChatParameters &p = request.parameters;
    JsonFields::put(body, u"temperature"_s, p.temperature);
    JsonFields::put(body, u"top_p"_s, p.topP);
    JsonFields::put(body, u"max_tokens"_s, p.maxTokens);
    JsonFields::put(body, u"seed"_s, p.seed);
    return body;
}

} // namespace OpenAiWire
