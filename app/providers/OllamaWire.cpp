#include "OllamaWire.h"

#include "net/JsonFields.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OllamaWire {

using JsonFields::integer;

namespace {
std::optional<double> nanosToSeconds(const QJsonObject &o, QStringView key)
{
    const auto ns = integer(o, key);
    if (!ns)
        return std::nullopt;
    return double(*ns) / 1e9;
}
} // namespace

ServerFigures parseMetrics(const QJsonObject &line)
{
    ServerFigures f;
    f.totalSeconds = nanosToSeconds(line, u"total_duration");
    f.loadSeconds = nanosToSeconds(line, u"load_duration");
    f.promptTokens = integer(line, u"prompt_eval_count");
    f.promptSeconds = nanosToSeconds(line, u"prompt_eval_duration");
    f.completionTokens = integer(line, u"eval_count");
    f.evalSeconds = nanosToSeconds(line, u"eval_duration");
    if (f.completionTokens && f.evalSeconds && *f.evalSeconds > 0)
        f.tokensPerSecond = double(*f.completionTokens) / *f.evalSeconds;
    if (f.promptTokens && f.promptSeconds && *f.promptSeconds > 0)
        f.promptTokensPerSecond = double(*f.promptTokens) / *f.promptSeconds;
    return f;
}

StreamChunk parseChatLine(const QJsonObject &line)
{
    StreamChunk c;
    if (line.contains(u"error")) {
        QString message = line.value(u"error").toString();
        if (message.isEmpty())
            message = line.value(u"error").toObject().value(u"message").toString();
        c.error = message;
        return c;
    }
    c.model = line.value(u"model").toString();
    const QJsonObject message = line.value(u"message").toObject();
    if (!message.isEmpty()) {
        c.content = message.value(u"content").toString();
        c.thinking = message.value(u"thinking").toString();
    } else {
        c.content = line.value(u"response").toString();
        c.thinking = line.value(u"thinking").toString();
    }
    c.done = line.value(u"done").toBool();
    if (c.done) {
        c.finishReason = line.value(u"done_reason").toString();
        c.figures = parseMetrics(line);
    }
    return c;
}

ModelList parseTags(const QJsonObject &tags)
{
    ModelList list;
    const QJsonArray models = tags.value(u"models").toArray();
    list.reserve(models.size());
    for (const QJsonValue &v : models) {
        const QJsonObject m = v.toObject();
        ModelInfo info;
        info.id = m.value(u"model").toString(m.value(u"name").toString());
        if (info.id.isEmpty())
            continue;
        info.displayName = m.value(u"name").toString(info.id);
        const QJsonObject details = m.value(u"details").toObject();
        info.family = details.value(u"family").toString();
        info.parameterSize = details.value(u"parameter_size").toString();
        info.quantization = details.value(u"quantization_level").toString();
        info.format = details.value(u"format").toString();
        info.contextLength = details.value(u"context_length").toInt(-1);
        info.sizeBytes = m.value(u"size").toInteger(-1);
        info.modifiedAt =
            QDateTime::fromString(m.value(u"modified_at").toString(), Qt::ISODateWithMs);
        for (const QJsonValue &cap : m.value(u"capabilities").toArray())
            info.capabilities.append(cap.toString());
        info.type = info.capabilities.contains(u"embedding") ? QStringLiteral("embedding")
                                                             : QStringLiteral("llm");
        list.append(info);
    }
    return list;
}

QString parseVersion(const QJsonObject &version)
{
    const QJsonValue v = version.value(u"version");
    return v.isString() ? v.toString() : QString();
}

bool isRootBanner(const QByteArray &body)
{
    return body.trimmed().startsWith("Ollama is running");
}

QList<LoadedModel> parsePs(const QJsonObject &ps)
{
    QList<LoadedModel> out;
    for (const QJsonValue &v : ps.value(u"models").toArray()) {
        const QJsonObject m = v.toObject();
        LoadedModel l;
        l.id = m.value(u"model").toString(m.value(u"name").toString());
        l.sizeBytes = m.value(u"size").toInteger(-1);
        // Servers before v0.1.42 left size_vram out when it was 0.
        l.vramBytes = m.value(u"size_vram").toInteger(0);
        l.contextLength = m.value(u"context_length").toInt(-1);
        l.expiresAt = QDateTime::fromString(m.value(u"expires_at").toString(), Qt::ISODateWithMs);
        out.append(l);
    }
    return out;
}

QJsonValue keepAliveValue(const QString &keepAlive)
{
    // Ollama takes a duration string ("10m") or a number of seconds (a fraction allowed): a
    // bare number goes as a number, which is what it means ("1.5" as a string is refused).
    bool isNumber = false;
    if (const int seconds = keepAlive.toInt(&isNumber); isNumber)
        return seconds;
    if (const double seconds = keepAlive.toDouble(&isNumber); isNumber && std::isfinite(seconds))
        return seconds;
    return keepAlive;
}

QJsonObject chatRequestBody(const ChatRequest &request, bool stream)
{
    QJsonArray messages;
    for (const ChatTurn &turn : request.messages)
        messages.append(
            QJsonObject{{u"role"_s, chatRoleId(turn.role)}, {u"content"_s, turn.content}});
    QJsonObject body{{u"model"_s, request.model}, {u"messages"_s, messages}, {u"stream"_s, stream}};
    const ChatParameters &p = request.parameters;
    QJsonObject options;
    JsonFields::put(options, u"temperature"_s, p.temperature);
    JsonFields::put(options, u"top_p"_s, p.topP);
    JsonFields::put(options, u"num_predict"_s, p.maxTokens);
    JsonFields::put(options, u"seed"_s, p.seed);
    JsonFields::put(options, u"num_ctx"_s, p.numCtx);
    JsonFields::put(options, u"num_gpu"_s, p.numGpu);
    JsonFields::put(options, u"num_thread"_s, p.numThread);
    if (!options.isEmpty())
        body.insert(u"options"_s, options);
    if (p.think)
        body.insert(u"think"_s, *p.think);
    if (!p.keepAlive.isEmpty())
        body.insert(u"keep_alive"_s, keepAliveValue(p.keepAlive));
    return body;
}

} // namespace OllamaWire
