#include "Fingerprint.h"

#include "providers/LmStudioWire.h"
#include "providers/OllamaWire.h"
#include "providers/OpenAiWire.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace FingerprintRules {

namespace {
QJsonObject jsonObject(const ProbeEvidence &e, const QString &path)
{
    const auto it = e.constFind(path);
    if (it == e.constEnd() || !it->ok())
        return {};
    return it->json().object();
}

int status(const ProbeEvidence &e, const QString &path)
{
    const auto it = e.constFind(path);
    return it == e.constEnd() ? 0 : it->status;
}

QString ownedBy(const QJsonObject &models)
{
    const QJsonArray data = models.value(u"data").toArray();
    return data.isEmpty() ? QString() : data.first().toObject().value(u"owned_by").toString();
}

// Ollama's /v1/models: every id is a name with its tag, owned by the name's namespace
// ("library" for llama3.2:latest, "user" for hf.co/user/model:Q4_K_M).
bool isOllamaModelList(const QJsonObject &models)
{
    const QJsonArray data = models.value(u"data").toArray();
    if (data.isEmpty())
        return false;
    return std::all_of(data.cbegin(), data.cend(), [](const QJsonValue &v) {
        const QJsonObject m = v.toObject();
        QString path = m.value(u"id").toString();
        const qsizetype colon = path.lastIndexOf(u':');
        if (colon <= path.lastIndexOf(u'/'))
            return false; // no tag
        path.truncate(colon);
        const QStringList parts = path.split(u'/');
        const QString space = parts.size() >= 2 ? parts.at(parts.size() - 2) : u"library"_s;
        return m.value(u"owned_by").toString() == space;
    });
}

bool isLmStudioAuthError(const ProbeEvidence &e)
{
    for (const Http::Response &r : e) {
        if (r.status != 401)
            continue;
        const QJsonObject error = r.json().object().value(u"error").toObject();
        if (error.value(u"code").toString() == u"invalid_api_key" &&
            error.value(u"message").toString().contains(u"LM Studio"))
            return true;
    }
    return false;
}
} // namespace

QStringList probePaths()
{
    return {QStringLiteral("/"),
            QStringLiteral("/api/version"),
            QStringLiteral("/api/v1/models"),
            QStringLiteral("/api/v0/models"),
            QStringLiteral("/props"),
            QStringLiteral("/health"),
            QStringLiteral("/version"),
            QStringLiteral("/v1/models")};
}

Fingerprint classify(const ProbeEvidence &e)
{
    Fingerprint f;
    for (const Http::Response &r : e) {
        if (!r.answered())
            continue;
        f.answered = true;
        if (f.latencyMs < 0 || r.elapsedMs < f.latencyMs)
            f.latencyMs = r.elapsedMs;
    }
    if (!f.answered)
        return f;

    bool lmUnexpected = false;
    for (const Http::Response &r : e)
        lmUnexpected =
            lmUnexpected || (r.ok() && LmStudioWire::isUnexpectedEndpoint(r.json().object()));

    const QString modelsPath = QStringLiteral("/v1/models");
    const Result<ModelList> openAi = OpenAiWire::parseModels(jsonObject(e, modelsPath));
    const bool openAiOk = openAi.ok();
    const ModelList &openAiModels = openAi.value;
    const QString owner = ownedBy(jsonObject(e, modelsPath));

    // Ollama: "Ollama is running" on GET /, version from /api/version.
    const auto root = e.constFind(QStringLiteral("/"));
    const QString ollamaVersion =
        OllamaWire::parseVersion(jsonObject(e, QStringLiteral("/api/version")));
    if ((root != e.constEnd() && root->ok() && OllamaWire::isRootBanner(root->body)) ||
        (!ollamaVersion.isEmpty() && !lmUnexpected &&
         (owner == u"library" || isOllamaModelList(jsonObject(e, modelsPath))))) {
        f.kind = ServerKind::Ollama;
        f.version = ollamaVersion;
        f.needsModelCount = true;
        if (openAiOk)
            f.modelCount = int(openAiModels.size());
        return f;
    }

    // LM Studio: its native lists, its 200-on-unknown-path, or its owned_by.
    const Result<ModelList> v1 =
        LmStudioWire::parseV1Models(jsonObject(e, QStringLiteral("/api/v1/models")));
    if (v1.ok()) {
        f.kind = ServerKind::LmStudio;
        f.apiLevel = QStringLiteral("v1");
        f.modelCount = int(v1.value.size());
        return f;
    }
    const Result<ModelList> v0 =
        LmStudioWire::parseV0Models(jsonObject(e, QStringLiteral("/api/v0/models")));
    if (v0.ok()) {
        f.kind = ServerKind::LmStudio;
        f.apiLevel = QStringLiteral("v0");
        f.modelCount = int(v0.value.size());
        return f;
    }
    if (isLmStudioAuthError(e)) {
        f.kind = ServerKind::LmStudio;
        f.needsToken = true;
        return f;
    }
    if (lmUnexpected || owner == u"organization_owner") {
        f.kind = ServerKind::LmStudio;
        if (openAiOk)
            f.modelCount = int(openAiModels.size());
        f.atWrongPath = !openAiOk && status(e, modelsPath) == 200;
        return f;
    }

    // llama.cpp llama-server: /props with build_info, owned_by llamacpp, /health.
    const QJsonObject props = jsonObject(e, QStringLiteral("/props"));
    const QJsonObject health = jsonObject(e, QStringLiteral("/health"));
    const int healthStatus = status(e, QStringLiteral("/health"));
    const bool llamaHealth =
        health.value(u"status").toString() == u"ok" ||
        (healthStatus == 503 && e.value(QStringLiteral("/health")).body.contains("Loading model"));
    // With --api-key everything but /health asks for the key; {"status":"ok"} on /health (vLLM
    // answers an empty body there) and a 401 on /v1/models still say llama-server.
    const bool lockedLlama =
        health.value(u"status").toString() == u"ok" && status(e, modelsPath) == 401;
    // While llama-server loads its model, /health (and often everything else) answers 503
    // "Loading model".
    const bool loadingLlama =
        healthStatus == 503 && e.value(QStringLiteral("/health")).body.contains("Loading model");
    // In router mode (no -m) /props needs ?model=, and the list carries each model's status.
    const bool routerLlama = OpenAiWire::isRouterList(jsonObject(e, modelsPath));
    if (props.value(u"build_info").isString() || owner == u"llamacpp" || lockedLlama ||
        loadingLlama || routerLlama ||
        (llamaHealth && props.contains(u"default_generation_settings"))) {
        f.kind = ServerKind::LlamaCpp;
        f.version = props.value(u"build_info").toString();
        if (openAiOk)
            f.modelCount = int(openAiModels.size());
        f.needsToken = status(e, modelsPath) == 401;
        return f;
    }

    // vLLM: /version and owned_by vllm.
    const QString vllmVersion =
        jsonObject(e, QStringLiteral("/version")).value(u"version").toString();
    if (owner == u"vllm" ||
        (!vllmVersion.isEmpty() && (openAiOk || status(e, modelsPath) == 401))) {
        f.kind = ServerKind::Vllm;
        f.version = vllmVersion;
        if (openAiOk)
            f.modelCount = int(openAiModels.size());
        f.needsToken = status(e, modelsPath) == 401;
        return f;
    }

    if (openAiOk) {
        f.kind = ServerKind::OpenAiCompatible;
        f.modelCount = int(openAiModels.size());
        return f;
    }
    if (status(e, modelsPath) == 401) {
        f.kind = ServerKind::OpenAiCompatible;
        f.needsToken = true;
        return f;
    }
    return f; // answers, but as nothing we know
}

} // namespace FingerprintRules
