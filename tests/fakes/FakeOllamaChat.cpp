#include "FakeOllamaServer.h"

#include "FakeJson.h"
#include "FakeOllamaWire.h"

#include <QJsonObject>

#include <cmath>

// POST /api/chat and POST /api/generate of FakeOllamaServer: NDJSON streams, stream:false,
// thinking, load/unload requests.

using namespace Qt::StringLiterals;
using namespace FakeOllamaWire;

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

constexpr int DefaultContextLength = 4096;

int contextLengthOf(const QJsonObject &body)
{
    const int numCtx = body.value(u"options"_s).toObject().value(u"num_ctx"_s).toInt(0);
    return numCtx > 0 ? numCtx : DefaultContextLength;
}

bool thinkingRequested(const QJsonObject &body)
{
    const QJsonValue think = body.value(u"think"_s);
    return think.isBool() ? think.toBool()
                          : (think.isString() && !think.toString().isEmpty() &&
                             think.toString() != u"false"_s);
}

// Final-object metrics (Go's omitempty drops zero values), from the token count and pacing.
QByteArray finalMetrics(qint64 count, int intervalMs, int delayMs)
{
    const qint64 evalDuration =
        intervalMs > 0
            ? count * qint64(intervalMs) * 1'000'000
            : std::llround(double(FixtureEvalDuration) * double(count) / double(FixtureEvalCount));
    const qint64 loadDuration = delayMs > 0 ? qint64(delayMs) * 1'000'000 : FixtureLoadDuration;
    const qint64 totalDuration =
        loadDuration + FixturePromptEvalDuration + evalDuration + FixtureOverhead;
    QByteArray metrics =
        ",\"total_duration\":" + QByteArray::number(totalDuration) +
        ",\"load_duration\":" + QByteArray::number(loadDuration) +
        ",\"prompt_eval_count\":" + QByteArray::number(FixturePromptEvalCount) +
        ",\"prompt_eval_duration\":" + QByteArray::number(FixturePromptEvalDuration);
    if (count > 0) {
        metrics += ",\"eval_count\":" + QByteArray::number(count) +
                   ",\"eval_duration\":" + QByteArray::number(evalDuration);
    }
    return metrics + '}';
}

} // namespace

FakeOllamaServer::Generated FakeOllamaServer::answerFor(const ModelRequest &r) const
{
    Generated out;
    const QJsonValue think = r.body.value(u"think"_s);
    const bool thinks = think.isUndefined() || think.isNull()
                            ? m_thinksByDefault.contains(canonicalName(r.model))
                            : thinkingRequested(r.body);
    if (thinks)
        out.thinking = m_thinking;
    out.tokens = answer();
    const int limit = r.body.value(u"options"_s).toObject().value(u"num_predict"_s).toInt(-1);
    if (m_honoursNumPredict && limit > 0 && out.thinking.size() + out.tokens.size() > limit) {
        out.thinking = out.thinking.mid(0, limit);
        out.tokens = out.tokens.mid(0, limit - out.thinking.size());
        out.doneReason = "length";
    }
    return out;
}

std::optional<FakeOllamaServer::ModelRequest>
FakeOllamaServer::acceptModelRequest(const RecordedRequest &request, Responder &responder) const
{
    const std::optional<QJsonObject> body = requestBody(request, responder);
    if (!body)
        return std::nullopt;
    ModelRequest accepted;
    accepted.body = *body;
    QString parseError;
    if (!parseKeepAlive(body->value(u"keep_alive"_s), &accepted.keepAlive, &parseError)) {
        responder.sendJson(400, errorJson(parseError));
        return std::nullopt;
    }
    accepted.model = body->value(u"model"_s).toString();
    accepted.unload = !accepted.keepAlive.pinned && accepted.keepAlive.ns == 0;
    if (accepted.model.isEmpty()) {
        responder.sendJson(400, errorJson(u"model is required"_s));
        return std::nullopt;
    }
    if (!knowsModel(accepted.model)) {
        responder.sendJson(404, errorJson(u"model '"_s + accepted.model + u"' not found"_s));
        return std::nullopt;
    }
    // Checked with the model's capabilities, before a load-only request is answered.
    if (thinkingRequested(*body) && m_withoutThinking.contains(canonicalName(accepted.model))) {
        responder.sendJson(400,
                           errorJson(u"\""_s + accepted.model + u"\" does not support thinking"_s));
        return std::nullopt;
    }
    if (fault() == Fault::Http500) {
        responder.sendJson(500, errorJson(u"llama runner process has terminated: exit status 2"_s));
        return std::nullopt;
    }
    accepted.delayMs = delayBeforeFirstChunkMs();
    accepted.intervalMs = tokenIntervalMs();
    accepted.startNs = FakeJson::nowNs() + qint64(accepted.delayMs) * 1'000'000;
    accepted.modelJson = goString(accepted.model);
    return accepted;
}

QByteArray FakeOllamaServer::ModelRequest::prefix(qint64 ns) const
{
    return "{\"model\":" + modelJson + ",\"created_at\":\"" + FakeJson::rfc3339Nano(ns) + '"';
}

void FakeOllamaServer::handleChat(const RecordedRequest &request, Responder &responder)
{
    const std::optional<ModelRequest> accepted = acceptModelRequest(request, responder);
    if (!accepted)
        return;
    const ModelRequest &r = *accepted;

    // messages: [] only loads (or with keep_alive 0 unloads) the model: one plain object.
    const QJsonValue messages = r.body.value(u"messages"_s);
    if (messages.isArray() && messages.toArray().isEmpty()) {
        if (r.unload)
            noteUnloaded(r.model);
        else
            noteLoaded(r.model, r.keepAlive, contextLengthOf(r.body), r.delayMs);
        responder.sendJson(
            200,
            r.prefix(r.startNs) +
                ",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                "\"done_reason\":\"" +
                (r.unload ? "unload" : "load") + "\"}",
            r.delayMs);
        return;
    }

    const Generated generated = answerFor(r);
    const QStringList &thinkingTokens = generated.thinking;
    const QStringList &tokens = generated.tokens;
    const qint64 count = thinkingTokens.size() + tokens.size();
    const qint64 tokenNs = r.intervalMs > 0 ? qint64(r.intervalMs) * 1'000'000 : NominalTokenNs;
    noteLoaded(r.model, r.keepAlive, contextLengthOf(r.body), r.delayMs + count * r.intervalMs);
    const QByteArray metrics = ",\"done\":true,\"done_reason\":\"" + generated.doneReason + '"' +
                               finalMetrics(count, r.intervalMs, r.delayMs);

    if (!FakeJson::wantsStream(r.body, true)) {
        QByteArray message =
            "{\"role\":\"assistant\",\"content\":" + goString(FakeJson::joined(tokens));
        if (!thinkingTokens.isEmpty())
            message += ",\"thinking\":" + goString(FakeJson::joined(thinkingTokens));
        message += '}';
        responder.sendJson(
            200, r.prefix(r.startNs + count * tokenNs) + ",\"message\":" + message + metrics,
            r.delayMs + int(count) * r.intervalMs);
        return;
    }

    StreamPlan plan;
    plan.contentType = QByteArrayLiteral("application/x-ndjson");
    qint64 index = 0;
    for (const QString &token : thinkingTokens) {
        plan.chunks.append(r.prefix(r.startNs + index++ * tokenNs) +
                           ",\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":" +
                           goString(token) + "},\"done\":false}\n");
    }
    for (const QString &token : tokens) {
        plan.chunks.append(r.prefix(r.startNs + index++ * tokenNs) +
                           ",\"message\":{\"role\":\"assistant\",\"content\":" + goString(token) +
                           "},\"done\":false}\n");
    }
    plan.chunks.append(r.prefix(r.startNs + index * tokenNs) +
                       ",\"message\":{\"role\":\"assistant\",\"content\":\"\"}" + metrics + '\n');
    plan.errorChunk = errorJson(u"an error was encountered while running the model"_s) + '\n';
    plan.garbageChunk = QByteArrayLiteral("\xff\xfe\x01 this is not JSON {\"model\":\n");
    responder.stream(plan);
}

void FakeOllamaServer::handleGenerate(const RecordedRequest &request, Responder &responder)
{
    const std::optional<ModelRequest> accepted = acceptModelRequest(request, responder);
    if (!accepted)
        return;
    const ModelRequest &r = *accepted;

    // No prompt: load, or with keep_alive 0 unload (generate-unload.json layout).
    if (r.body.value(u"prompt"_s).toString().isEmpty()) {
        if (r.unload)
            noteUnloaded(r.model);
        else
            noteLoaded(r.model, r.keepAlive, contextLengthOf(r.body), r.delayMs);
        responder.sendJson(200,
                           r.prefix(r.startNs) +
                               ",\"response\":\"\",\"done\":true,\"done_reason\":\"" +
                               (r.unload ? "unload" : "load") + "\"}",
                           r.delayMs);
        return;
    }

    const Generated generated = answerFor(r);
    const QStringList &thinkingTokens = generated.thinking;
    const QStringList &tokens = generated.tokens;
    const qint64 count = thinkingTokens.size() + tokens.size();
    const qint64 tokenNs = r.intervalMs > 0 ? qint64(r.intervalMs) * 1'000'000 : NominalTokenNs;
    noteLoaded(r.model, r.keepAlive, contextLengthOf(r.body), r.delayMs + count * r.intervalMs);
    const QByteArray metrics = ",\"done\":true,\"done_reason\":\"" + generated.doneReason +
                               "\",\"context\":[1,2,3]" +
                               finalMetrics(count, r.intervalMs, r.delayMs);

    if (!FakeJson::wantsStream(r.body, true)) {
        QByteArray fields = ",\"response\":" + goString(FakeJson::joined(tokens));
        if (!thinkingTokens.isEmpty())
            fields += ",\"thinking\":" + goString(FakeJson::joined(thinkingTokens));
        responder.sendJson(200, r.prefix(r.startNs + count * tokenNs) + fields + metrics,
                           r.delayMs + int(count) * r.intervalMs);
        return;
    }

    StreamPlan plan;
    plan.contentType = QByteArrayLiteral("application/x-ndjson");
    qint64 index = 0;
    for (const QString &token : thinkingTokens) {
        plan.chunks.append(r.prefix(r.startNs + index++ * tokenNs) +
                           ",\"response\":\"\",\"thinking\":" + goString(token) +
                           ",\"done\":false}\n");
    }
    for (const QString &token : tokens) {
        plan.chunks.append(r.prefix(r.startNs + index++ * tokenNs) +
                           ",\"response\":" + goString(token) + ",\"done\":false}\n");
    }
    plan.chunks.append(r.prefix(r.startNs + index * tokenNs) + ",\"response\":\"\"" + metrics +
                       '\n');
    plan.errorChunk = errorJson(u"an error was encountered while running the model"_s) + '\n';
    plan.garbageChunk = QByteArrayLiteral("\xff\xfe\x01 this is not JSON {\"model\":\n");
    responder.stream(plan);
}
