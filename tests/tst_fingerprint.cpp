// Telling kinds of server apart from their answers to the probe paths (pure rules).
#include "TestData.h"
#include "discovery/Fingerprint.h"

#include <QTest>

namespace {
Http::Response answer(int status, const QByteArray &body, qint64 elapsed = 3)
{
    Http::Response r;
    r.status = status;
    r.body = body;
    r.elapsedMs = elapsed;
    return r;
}

Http::Response refused()
{
    Http::Response r;
    r.networkError = QNetworkReply::ConnectionRefusedError;
    return r;
}

// What each server answers on paths it does not have.
using Fallback = Http::Response (*)(const QString &path);

ProbeEvidence evidence(const QHash<QString, Http::Response> &known, Fallback fallback)
{
    ProbeEvidence e;
    for (const QString &path : FingerprintRules::probePaths())
        e.insert(path, known.contains(path) ? known.value(path) : fallback(path));
    return e;
}

Http::Response ollamaNotFound(const QString &)
{
    return answer(404, "404 page not found");
}
Http::Response lmStudioUnexpected(const QString &path)
{
    return answer(200,
                  "{\"error\":\"Unexpected endpoint or method. (GET " + path.toUtf8() + ")\"}");
}
Http::Response llamaNotFound(const QString &)
{
    return answer(404, testData(QStringLiteral("openai/llama-server-error-not-found.json")));
}
Http::Response fastApiNotFound(const QString &)
{
    return answer(404, "{\"detail\":\"Not Found\"}");
}
Http::Response apache(const QString &)
{
    return answer(200, "<html><body><h1>It works!</h1></body></html>");
}
Http::Response dead(const QString &)
{
    return refused();
}

ProbeEvidence ollama()
{
    return evidence({{QStringLiteral("/"), answer(200, "Ollama is running", 2)},
                     {QStringLiteral("/api/version"),
                      answer(200, testData(QStringLiteral("ollama/version.json")))},
                     {QStringLiteral("/v1/models"),
                      answer(200, testData(QStringLiteral("ollama/v1-models.json")))}},
                    ollamaNotFound);
}
} // namespace

class TestFingerprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesOllama()
    {
        const Fingerprint f = FingerprintRules::classify(ollama());
        QVERIFY(f.answered);
        QCOMPARE(f.kind, ServerKind::Ollama);
        QCOMPARE(f.version, QStringLiteral("0.12.6"));
        QVERIFY(f.needsModelCount);
        QCOMPARE(f.modelCount, 2);
        QCOMPARE(f.latencyMs, 2);
    }

    void recognisesLmStudioV1()
    {
        const Fingerprint f = FingerprintRules::classify(
            evidence({{QStringLiteral("/api/v1/models"),
                       answer(200, testData(QStringLiteral("lmstudio/api-v1-models.json")))},
                      {QStringLiteral("/api/v0/models"),
                       answer(200, testData(QStringLiteral("lmstudio/models-v0.json")))},
                      {QStringLiteral("/v1/models"),
                       answer(200, testData(QStringLiteral("lmstudio/v1-models.json")))}},
                     lmStudioUnexpected));
        QCOMPARE(f.kind, ServerKind::LmStudio);
        QCOMPARE(f.apiLevel, QStringLiteral("v1"));
        QCOMPARE(f.modelCount, 3);
    }

    void recognisesLmStudioV0()
    {
        const Fingerprint f = FingerprintRules::classify(
            evidence({{QStringLiteral("/api/v0/models"),
                       answer(200, testData(QStringLiteral("lmstudio/models-v0.json")))},
                      {QStringLiteral("/v1/models"),
                       answer(200, testData(QStringLiteral("lmstudio/v1-models.json")))}},
                     lmStudioUnexpected));
        QCOMPARE(f.kind, ServerKind::LmStudio);
        QCOMPARE(f.apiLevel, QStringLiteral("v0"));
        QCOMPARE(f.modelCount, 3);
    }

    void lmStudio200OnUnknownPathsIsNotOllamaNorLlama()
    {
        // Every path answers 200, /api/version and /props included: only the JSON tells.
        const Fingerprint f = FingerprintRules::classify(
            evidence({{QStringLiteral("/v1/models"),
                       answer(200, testData(QStringLiteral("lmstudio/v1-models.json")))}},
                     lmStudioUnexpected));
        QCOMPARE(f.kind, ServerKind::LmStudio);
        QVERIFY(f.version.isEmpty());
        QCOMPARE(f.modelCount, 2);
        QVERIFY(!f.atWrongPath);
    }

    void lmStudioAskedBelowItsRootIsAtTheWrongPath()
    {
        // Asked under /api, /v1/models is LM Studio's native list and the rest unknown paths.
        const Fingerprint f = FingerprintRules::classify(
            evidence({{QStringLiteral("/v1/models"),
                       answer(200, testData(QStringLiteral("lmstudio/api-v1-models.json")))}},
                     lmStudioUnexpected));
        QCOMPARE(f.kind, ServerKind::LmStudio);
        QVERIFY(f.atWrongPath);
        // Every path unknown, /v1/models included: the same.
        QVERIFY(FingerprintRules::classify(evidence({}, lmStudioUnexpected)).atWrongPath);
    }

    void lmStudioWithAuthOn()
    {
        const Http::Response locked =
            answer(401, testData(QStringLiteral("lmstudio/error-auth-required.json")));
        const Fingerprint f = FingerprintRules::classify(evidence(
            {{QStringLiteral("/api/v1/models"), locked}, {QStringLiteral("/v1/models"), locked}},
            lmStudioUnexpected));
        QCOMPARE(f.kind, ServerKind::LmStudio);
        QVERIFY(f.needsToken);
    }

    void recognisesLlamaServer()
    {
        const Fingerprint f = FingerprintRules::classify(evidence(
            {{QStringLiteral("/"), answer(200, "<!doctype html><html>llama.cpp</html>")},
             {QStringLiteral("/health"),
              answer(200, testData(QStringLiteral("openai/llama-server-health.json")))},
             {QStringLiteral("/props"),
              answer(200, testData(QStringLiteral("openai/llama-server-props.json")))},
             {QStringLiteral("/v1/models"),
              answer(200, testData(QStringLiteral("openai/llama-server-v1-models.json")))}},
            llamaNotFound));
        QCOMPARE(f.kind, ServerKind::LlamaCpp);
        QCOMPARE(f.version, QStringLiteral("b6497-cd08fc3e"));
        QCOMPARE(f.modelCount, 1);
    }

    // Started without -m, llama-server serves many models: /props wants ?model=, and its list
    // gives each model's status (one still downloading is not counted).
    void recognisesLlamaServerInRouterMode()
    {
        const QByteArray noModel =
            R"({"error":{"code":400,"message":"model name is missing from the request","type":"invalid_request_error"}})";
        const Fingerprint f = FingerprintRules::classify(evidence(
            {{QStringLiteral("/health"),
              answer(200, testData(QStringLiteral("openai/llama-server-health.json")))},
             {QStringLiteral("/props"), answer(400, noModel)},
             {QStringLiteral("/v1/models"),
              answer(200, testData(QStringLiteral("openai/llama-server-router-models.json")))}},
            llamaNotFound));
        QCOMPARE(f.kind, ServerKind::LlamaCpp);
        QCOMPARE(f.modelCount, 1);
    }

    void recognisesLlamaServerWhileLoading()
    {
        const QByteArray loading =
            testData(QStringLiteral("openai/llama-server-health-loading.json"));
        QByteArray models = testData(QStringLiteral("openai/llama-server-v1-models.json"));
        const Fingerprint f = FingerprintRules::classify(
            evidence({{QStringLiteral("/health"), answer(503, loading)},
                      {QStringLiteral("/props"), answer(503, loading)},
                      {QStringLiteral("/v1/models"), answer(200, models)}},
                     llamaNotFound));
        QCOMPARE(f.kind, ServerKind::LlamaCpp);
    }

    void recognisesLlamaServerWithAnApiKey()
    {
        const QByteArray unauthorized =
            R"({"error":{"code":401,"message":"Invalid API Key","type":"authentication_error"}})";
        const Fingerprint f = FingerprintRules::classify(
            evidence({{QStringLiteral("/health"),
                       answer(200, testData(QStringLiteral("openai/llama-server-health.json")))},
                      {QStringLiteral("/props"), answer(401, unauthorized)},
                      {QStringLiteral("/v1/models"), answer(401, unauthorized)}},
                     llamaNotFound));
        QCOMPARE(f.kind, ServerKind::LlamaCpp);
        QVERIFY(f.needsToken);
    }

    void recognisesLlamaServerLoadingBehindAProxy()
    {
        // Everything answers 503 "Loading model" while a big model loads.
        const QByteArray loading =
            testData(QStringLiteral("openai/llama-server-health-loading.json"));
        const Fingerprint f = FingerprintRules::classify(
            evidence({{QStringLiteral("/health"), answer(503, loading)},
                      {QStringLiteral("/props"), answer(503, loading)},
                      {QStringLiteral("/v1/models"), answer(503, loading)}},
                     llamaNotFound));
        QCOMPARE(f.kind, ServerKind::LlamaCpp);
    }

    void recognisesVllm()
    {
        const Fingerprint f = FingerprintRules::classify(
            evidence({{QStringLiteral("/version"),
                       answer(200, testData(QStringLiteral("openai/vllm-version.json")))},
                      {QStringLiteral("/health"), answer(200, "")},
                      {QStringLiteral("/v1/models"),
                       answer(200, testData(QStringLiteral("openai/vllm-v1-models.json")))}},
                     fastApiNotFound));
        QCOMPARE(f.kind, ServerKind::Vllm);
        QCOMPARE(f.version, QStringLiteral("0.12.0"));
        QCOMPARE(f.modelCount, 1);
    }

    void otherOpenAiCompatible()
    {
        const QByteArray models =
            R"({"object":"list","data":[{"id":"m1","object":"model","owned_by":"someone"}]})";
        const Fingerprint f = FingerprintRules::classify(
            evidence({{QStringLiteral("/v1/models"), answer(200, models)}}, fastApiNotFound));
        QCOMPARE(f.kind, ServerKind::OpenAiCompatible);
        QCOMPARE(f.modelCount, 1);
    }

    void foreignService()
    {
        const Fingerprint f = FingerprintRules::classify(evidence({}, apache));
        QVERIFY(f.answered);
        QCOMPARE(f.kind, ServerKind::Unknown);
    }

    void deadPort()
    {
        const Fingerprint f = FingerprintRules::classify(evidence({}, dead));
        QVERIFY(!f.answered);
        QCOMPARE(f.kind, ServerKind::Unknown);
    }

    void ollamaBehindAProxyWithoutBanner()
    {
        // "/" rewritten by a proxy, but /api/version and owned_by "library" still say Ollama.
        ProbeEvidence e = ollama();
        e.insert(QStringLiteral("/"), answer(200, "<html>proxy</html>"));
        QCOMPARE(FingerprintRules::classify(e).kind, ServerKind::Ollama);

        // Its first model pulled from Hugging Face: owned by its namespace, not "library".
        const QByteArray models =
            R"({"object":"list","data":[{"id":"hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M","object":"model","created":1758012345,"owned_by":"bartowski"},{"id":"llama3.2:latest","object":"model","created":1758000000,"owned_by":"library"}]})";
        e.insert(QStringLiteral("/v1/models"), answer(200, models));
        QCOMPARE(FingerprintRules::classify(e).kind, ServerKind::Ollama);
        // Another server with an /api/version and models of its own naming is not Ollama.
        e.insert(
            QStringLiteral("/v1/models"),
            answer(
                200,
                R"({"object":"list","data":[{"id":"gpt-local","object":"model","owned_by":"someone"}]})"));
        QVERIFY(FingerprintRules::classify(e).kind != ServerKind::Ollama);
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
