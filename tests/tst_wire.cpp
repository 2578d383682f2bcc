// Pure conversions of each server's JSON into LocalForge's numbers, from the fixtures.
#include "TestData.h"
#include "net/ApiError.h"
#include "net/NdjsonParser.h"
#include "net/SseParser.h"
#include "providers/LmStudioWire.h"
#include "providers/OllamaWire.h"
#include "providers/OpenAiWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Feeds a whole SSE fixture through the chunk parser; returns content, thinking and figures.
struct Collected
{
    QString content;
    QString thinking;
    QString finishReason;
    ServerFigures figures;
    std::optional<QString> error;
    bool done = false;
};

Collected collectSse(const QString &file)
{
    Collected c;
    SseParser p;
    for (const SseEvent &e : p.feed(testData(file))) {
        if (e.isDone()) {
            c.done = true;
            continue;
        }
        const StreamChunk chunk = OpenAiWire::parseChunk(QJsonDocument::fromJson(e.data).object());
        c.content += chunk.content;
        c.thinking += chunk.thinking;
        if (!chunk.finishReason.isEmpty())
            c.finishReason = chunk.finishReason;
        c.figures.mergeFrom(chunk.figures);
        if (chunk.error)
            c.error = chunk.error;
    }
    return c;
}
} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ollamaChatStream()
    {
        NdjsonParser p;
        QString content;
        StreamChunk last;
        for (const NdjsonItem &i : p.feed(testData(QStringLiteral("ollama/chat-stream.ndjson")))) {
            last = OllamaWire::parseChatLine(i.object);
            content += last.content;
        }
        QVERIFY(last.done);
        QCOMPARE(last.finishReason, QStringLiteral("stop"));
        QCOMPARE(last.model, QStringLiteral("llama3.2"));
        QCOMPARE(content.size(), 72);
        const ServerFigures &f = last.figures;
        QCOMPARE(*f.completionTokens, 12);
        QCOMPARE(*f.promptTokens, 31);
        QVERIFY(qFuzzyCompare(*f.evalSeconds, 0.191959084));
        QVERIFY(qFuzzyCompare(*f.loadSeconds, 0.041295167));
        QVERIFY(qFuzzyCompare(*f.totalSeconds, 0.282465125));
        // eval_count / eval_duration * 1e9, the number `ollama run --verbose` prints.
        QVERIFY(qAbs(*f.tokensPerSecond - 62.513) < 0.01);
        QVERIFY(qAbs(*f.promptTokensPerSecond - 31 / 0.024573166) < 0.01);
    }

    void ollamaThinking()
    {
        NdjsonParser p;
        QString thinking, content;
        for (const NdjsonItem &i :
             p.feed(testData(QStringLiteral("ollama/chat-thinking-stream.ndjson")))) {
            const StreamChunk c = OllamaWire::parseChatLine(i.object);
            thinking += c.thinking;
            content += c.content;
        }
        QVERIFY(thinking.startsWith(u"Okay, the user asks for 17 times 23."));
        QVERIFY(content.startsWith(u"17 × 23 = **"));
    }

    void ollamaMidStreamError()
    {
        NdjsonParser p;
        std::optional<QString> error;
        QString content;
        for (const NdjsonItem &i :
             p.feed(testData(QStringLiteral("ollama/error-midstream.ndjson")))) {
            const StreamChunk c = OllamaWire::parseChatLine(i.object);
            content += c.content;
            if (c.error)
                error = c.error;
        }
        QCOMPARE(content, QStringLiteral(" Yes.Ican")); // generate's "response" field
        QCOMPARE(error.value_or(QString()),
                 QStringLiteral("an error was encountered while running the model"));
    }

    void ollamaMetricsMissingOrZero()
    {
        const ServerFigures f =
            OllamaWire::parseMetrics(QJsonObject{{QStringLiteral("eval_count"), 5}});
        QCOMPARE(*f.completionTokens, 5);
        QVERIFY(!f.evalSeconds);
        QVERIFY(!f.tokensPerSecond); // no division by a missing duration
        const ServerFigures zero = OllamaWire::parseMetrics(
            QJsonObject{{QStringLiteral("eval_count"), 5}, {QStringLiteral("eval_duration"), 0}});
        QVERIFY(!zero.tokensPerSecond);
    }

    // keep_alive as Ollama reads it: a Go duration string, or a number of seconds.
    void ollamaKeepAlive_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QJsonValue>("sent");
        QTest::newRow("duration") << QStringLiteral("30m") << QJsonValue(QStringLiteral("30m"));
        QTest::newRow("negative duration")
            << QStringLiteral("-1m") << QJsonValue(QStringLiteral("-1m"));
        QTest::newRow("forever") << QStringLiteral("-1") << QJsonValue(-1);
        QTest::newRow("unload now") << QStringLiteral("0") << QJsonValue(0);
        QTest::newRow("seconds") << QStringLiteral("300") << QJsonValue(300);
        QTest::newRow("a fraction") << QStringLiteral("1.5") << QJsonValue(1.5);
        QTest::newRow("negative fraction") << QStringLiteral("-1.0") << QJsonValue(-1.0);
    }
    void ollamaKeepAlive()
    {
        QFETCH(QString, typed);
        QFETCH(QJsonValue, sent);
        const QJsonValue v = OllamaWire::keepAliveValue(typed);
        QCOMPARE(v.type(), sent.type());
        QCOMPARE(v, sent);
    }

    // LM Studio's v0 list now and then has a model twice, or a row "loading": one row each,
    // loaded only when a row says so.
    void lmStudioV0DuplicatesAndLoadingRows()
    {
        const QJsonObject body = QJsonDocument::fromJson(R"({"data":[
              {"id":"qwen2.5-7b-instruct","object":"model","type":"llm","arch":"qwen2","compatibility_type":"gguf","quantization":"Q4_K_M","state":"not-loaded","max_context_length":32768},
              {"id":"gemma-3-4b","object":"model","type":"vlm","arch":"gemma3","compatibility_type":"gguf","quantization":"Q4_K_M","state":"loading","max_context_length":131072},
              {"id":"qwen2.5-7b-instruct","object":"model","type":"llm","arch":"qwen2","compatibility_type":"gguf","quantization":"Q4_K_M","state":"loaded","max_context_length":32768,"loaded_context_length":4096},
              {"id":"gemma-3-4b","object":"model","type":"vlm","arch":"gemma3","compatibility_type":"gguf","quantization":"Q4_K_M","state":"not-loaded","max_context_length":131072}
            ],"object":"list"})")
                                     .object();
        const Result<ModelList> r = LmStudioWire::parseV0Models(body, QUrl(u"http://h:1234"_s));
        QVERIFY(r.ok());
        QCOMPARE(r.value.size(), 2);
        QCOMPARE(r.value[0].id, u"qwen2.5-7b-instruct"_s);
        QVERIFY(r.value[0].loaded);
        QCOMPARE(r.value[0].loadedContextLength, 4096);
        QCOMPARE(r.value[1].id, u"gemma-3-4b"_s);
        QVERIFY(!r.value[1].loaded);
    }

    // llama-server's router lists each model with its status: the one still downloading is
    // left out, the loaded one marked, its image input read as vision.
    void llamaServerRouterModels()
    {
        const QJsonObject list = testJson(QStringLiteral("openai/llama-server-router-models.json"));
        QVERIFY(OpenAiWire::isRouterList(list));
        QVERIFY(!OpenAiWire::isRouterList(
            testJson(QStringLiteral("openai/llama-server-v1-models.json"))));
        const Result<ModelList> r = OpenAiWire::parseModels(list);
        QVERIFY(r.ok());
        QCOMPARE(r.value.size(), 1);
        QCOMPARE(r.value[0].id, u"ggml-org/gemma-3-4b-it-GGUF:Q4_K_M"_s);
        QVERIFY(r.value[0].loaded);
        QVERIFY(r.value[0].capabilities.contains(u"vision"_s));
    }

    // /api/ps as Ollama sends it: memory, what of it is on the GPU (left out by servers before
    // v0.1.42 when 0), the context, and when the model unloads (Go writes 1 to 9 digits of the
    // second, and the local offset).
    void ollamaPs()
    {
        const QList<LoadedModel> now = OllamaWire::parsePs(testJson(u"ollama/ps.json"_s));
        QCOMPARE(now.size(), 1);
        QCOMPARE(now[0].id, u"gemma4"_s);
        QCOMPARE(now[0].sizeBytes, 6591830464LL);
        QCOMPARE(now[0].vramBytes, 5333539264LL);
        QCOMPARE(now[0].contextLength, 4096);
        QCOMPARE(now[0].expiresAt.toUTC().toString(Qt::ISODateWithMs),
                 u"2025-10-17T23:47:07.934Z"_s);
        const QList<LoadedModel> old =
            OllamaWire::parsePs(testJson(u"ollama/ps-legacy-mistral.json"_s));
        QCOMPARE(old.size(), 1);
        QCOMPARE(old[0].vramBytes, 5137025024LL);
        QCOMPARE(old[0].contextLength, -1);
        QVERIFY(old[0].expiresAt.isValid());
        for (const QString &when :
             {u"2025-10-17T16:47:07-07:00"_s, u"2025-10-17T16:47:07.9-07:00"_s,
              u"2025-10-17T16:47:07.933550123-07:00"_s, u"2318-02-22T01:33:38.123456789Z"_s}) {
            const QJsonObject ps{
                {u"models"_s, QJsonArray{QJsonObject{
                                  {u"name"_s, u"m"_s}, {u"size"_s, 1}, {u"expires_at"_s, when}}}}};
            QVERIFY2(OllamaWire::parsePs(ps).value(0).expiresAt.isValid(), qPrintable(when));
        }
    }

    void ollamaTags()
    {
        const ModelList models =
            OllamaWire::parseTags(testJson(QStringLiteral("ollama/tags.json")));
        QCOMPARE(models.size(), 2);
        QCOMPARE(models[1].id, QStringLiteral("llama3.2:latest"));
        QCOMPARE(models[1].family, QStringLiteral("llama"));
        QCOMPARE(models[1].parameterSize, QStringLiteral("3.2B"));
        QCOMPARE(models[1].quantization, QStringLiteral("Q4_K_M"));
        QCOMPARE(models[1].sizeBytes, Q_INT64_C(2019393189));
        QCOMPARE(models[0].modifiedAt.toUTC(),
                 QDateTime(QDate(2025, 5, 10), QTime(15, 6, 48, 640), Qt::UTC));
    }

    void ollamaVersionAndBanner()
    {
        QCOMPARE(OllamaWire::parseVersion(testJson(QStringLiteral("ollama/version.json"))),
                 QStringLiteral("0.12.6"));
        QVERIFY(OllamaWire::parseVersion(
                    testJson(QStringLiteral("lmstudio/error-unexpected-endpoint.json")))
                    .isEmpty());
        QVERIFY(OllamaWire::isRootBanner("Ollama is running"));
        QVERIFY(!OllamaWire::isRootBanner("<html>It works!</html>"));
    }

    void llamaServerStreamWithUsage()
    {
        const Collected c = collectSse(QStringLiteral("openai/llama-server-chat-stream.sse"));
        QVERIFY(c.done);
        QCOMPARE(c.content,
                 QStringLiteral(
                     "Hello! I'm Gemma, an open-weights AI assistant. How can I help you today?"));
        QCOMPARE(c.finishReason, QStringLiteral("stop"));
        QCOMPARE(*c.figures.completionTokens, 31);
        QCOMPARE(*c.figures.promptTokens, 75);
        QCOMPARE(*c.figures.cachedPromptTokens, 0);
        QVERIFY(qFuzzyCompare(*c.figures.tokensPerSecond, 35.41120981827196));
        QVERIFY(qFuzzyCompare(*c.figures.promptTokensPerSecond, 416.60880433273155));
        QVERIFY(qFuzzyCompare(*c.figures.evalSeconds, 0.875429));
    }

    void llamaServerTimingsOnFinishChunk()
    {
        const Collected c =
            collectSse(QStringLiteral("openai/llama-server-chat-stream-no-usage.sse"));
        QVERIFY(qFuzzyCompare(*c.figures.tokensPerSecond, 35.31447540346788));
        QCOMPARE(*c.figures.cachedPromptTokens, 72);
        const Collected legacy =
            collectSse(QStringLiteral("openai/llama-server-chat-stream-legacy-b6097.sse"));
        QCOMPARE(*legacy.figures.completionTokens, 247);
        QVERIFY(qFuzzyCompare(*legacy.figures.tokensPerSecond, 264.5587652496171));
    }

    void openAiStreams()
    {
        const Collected openai = collectSse(QStringLiteral("openai/chat-stream.sse"));
        QCOMPARE(openai.content, QStringLiteral("Hello! How can I assist you today?"));
        QCOMPARE(*openai.figures.completionTokens, 9);
        QVERIFY(!openai.figures.tokensPerSecond); // OpenAI sends no rate

        const Collected lm = collectSse(QStringLiteral("lmstudio/chat-stream.sse"));
        QCOMPARE(lm.content, QStringLiteral("Hello! How can I help you today?"));
        QVERIFY(!lm.figures.any()); // no usage without include_usage

        const Collected lmUsage =
            collectSse(QStringLiteral("lmstudio/chat-stream-include-usage.sse"));
        QCOMPARE(*lmUsage.figures.promptTokens, 12);
        QCOMPARE(*lmUsage.figures.completionTokens, 2);

        const Collected reasoning =
            collectSse(QStringLiteral("lmstudio/chat-stream-reasoning.sse"));
        QCOMPARE(reasoning.thinking, QStringLiteral("Let me think."));
        QCOMPARE(reasoning.content, QStringLiteral("Hi!"));

        const Collected ollamaV1 = collectSse(QStringLiteral("ollama/v1-chat-stream.sse"));
        QCOMPARE(ollamaV1.content, QStringLiteral("The sky is blue."));
        QCOMPARE(*ollamaV1.figures.completionTokens, 5);
    }

    void streamErrors()
    {
        const Collected openai = collectSse(QStringLiteral("openai/chat-stream-error.sse"));
        QCOMPARE(openai.content, QStringLiteral("Hel"));
        QCOMPARE(openai.error.value_or(QString()),
                 QStringLiteral("an error was encountered while running the model"));
        const Collected llama =
            collectSse(QStringLiteral("openai/llama-server-chat-stream-error.sse"));
        QVERIFY(llama.error.value_or(QString()).startsWith(
            u"the request exceeds the available context size"));
    }

    void modelLists()
    {
        const Result<ModelList> llamaList =
            OpenAiWire::parseModels(testJson(QStringLiteral("openai/llama-server-v1-models.json")));
        QVERIFY(llamaList.ok());
        const ModelList &llama = llamaList.value;
        QCOMPARE(llama.size(), 1);
        QCOMPARE(llama[0].contextLength, 131072);
        QCOMPARE(llama[0].sizeBytes, Q_INT64_C(4912898304));
        const ModelList vllm =
            OpenAiWire::parseModels(testJson(QStringLiteral("openai/vllm-v1-models.json"))).value;
        QCOMPARE(vllm[0].contextLength, 8192);
        const QUrl lmStudio(QStringLiteral("http://127.0.0.1:1234"));
        const Result<ModelList> notAList = OpenAiWire::parseModels(
            testJson(QStringLiteral("lmstudio/error-unexpected-endpoint.json")), lmStudio);
        QVERIFY(!notAList.ok());
        QCOMPARE(notAList.error.kind, ApiError::Kind::BadResponse);
        QCOMPARE(notAList.error.message,
                 ApiError::badResponse(lmStudio, QStringLiteral("/v1/models")).message);
        QVERIFY(notAList.error.message.startsWith(u"127.0.0.1:1234 answered something"));

        const Result<ModelList> v1List =
            LmStudioWire::parseV1Models(testJson(QStringLiteral("lmstudio/api-v1-models.json")));
        QVERIFY(v1List.ok());
        const ModelList &v1 = v1List.value;
        QCOMPARE(v1.size(), 3);
        QCOMPARE(v1[0].id, QStringLiteral("google/gemma-4-26b-a4b"));
        QVERIFY(v1[0].loaded);
        QCOMPARE(v1[0].loadedContextLength, 4096);
        QCOMPARE(v1[0].contextLength, 262144);
        QCOMPARE(v1[0].quantization, QStringLiteral("Q4_K_M"));
        QVERIFY(v1[0].capabilities.contains(u"vision"));
        QVERIFY(!v1[1].loaded);
        QVERIFY(v1[2].isEmbedding());
        const Result<ModelList> v0AsV1 = LmStudioWire::parseV1Models(
            testJson(QStringLiteral("lmstudio/models-v0.json")), lmStudio);
        QCOMPARE(v0AsV1.error.kind, ApiError::Kind::BadResponse);
        QVERIFY(v0AsV1.error.message.contains(u"(/api/v1/models)"));

        const Result<ModelList> v0List =
            LmStudioWire::parseV0Models(testJson(QStringLiteral("lmstudio/models-v0-loaded.json")));
        QVERIFY(v0List.ok());
        const ModelList &v0 = v0List.value;
        QVERIFY(v0[0].loaded);
        QCOMPARE(v0[0].loadedContextLength, 4096);
        QVERIFY(LmStudioWire::isUnexpectedEndpoint(
            testJson(QStringLiteral("lmstudio/error-unexpected-endpoint.json"))));
        QVERIFY(!LmStudioWire::isUnexpectedEndpoint(
            testJson(QStringLiteral("ollama/error-model-not-found.json"))));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ollama") << "ollama/error-model-not-found.json"
                                << "model 'llama9' not found";
        QTest::newRow("openai") << "openai/error.json"
                                << "";
        QTest::newRow("vllm") << "openai/vllm-error.json"
                              << "";
        QTest::newRow("vllm-legacy") << "openai/vllm-error-legacy.json"
                                     << "";
        QTest::newRow("lmstudio-string") << "lmstudio/error-no-models-loaded-legacy.json"
                                         << "No models loaded. Please load a model in the "
                                            "developer page or use the 'lms load' command.";
        QTest::newRow("lmstudio-auth") << "lmstudio/error-auth-required.json"
                                       << "";
        QTest::newRow("llama") << "openai/llama-server-error-not-found.json"
                               << "File Not Found";
    }
    void errorBodies()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QByteArray body = testData(file);
        const QString message = ApiError::extractServerMessage(body);
        QVERIFY2(!message.isEmpty(), qPrintable(file));
        if (!expected.isEmpty())
            QCOMPARE(message, expected);
        const ApiError e =
            ApiError::fromHttp(404, body, QUrl(QStringLiteral("http://127.0.0.1:11434")));
        QVERIFY(e.message.contains(message));
        QVERIFY(e.message.contains(u"127.0.0.1:11434"));
    }

    void eachHttpFailureSaysWhatToDo_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("tokenSent");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("advice");
        const QByteArray none;
        using K = ApiError::Kind;
        QTest::newRow("401 without a token")
            << 401 << none << false << K::Http << "Add the server's token";
        QTest::newRow("401, token refused")
            << 401 << none << true << K::Http << "enter the server's current token";
        QTest::newRow("403 Ollama host check")
            << 403 << none << false << K::Http << "OLLAMA_HOST=0.0.0.0";
        QTest::newRow("404") << 404 << none << false << K::Http << "pull or download it";
        QTest::newRow("404 model not found")
            << 404 << testData(u"ollama/error-model-not-found.json"_s) << false << K::ModelMissing
            << "Pull (download) it first";
        QTest::newRow("400 cannot think")
            << 400 << QByteArray("{\"error\":\"\\\"llama3.2\\\" does not support thinking\"}")
            << false << K::Invalid << "Set Thinking to Default or Off";
        QTest::newRow("400 LM Studio, nothing loaded")
            << 400
            << QByteArray("{\"error\":\"No models loaded. Please load a model in the developer "
                          "page or use the 'lms load' command.\"}")
            << false << K::NoModelLoaded << "just-in-time loading";
        QTest::newRow("429") << 429 << QByteArray("{\"error\":\"Too many requests\"}") << false
                             << K::Http << "Wait a moment and try again";
        QTest::newRow("500 out of memory")
            << 500
            << QByteArray("{\"error\":\"model requires more system memory (9.1 GiB) than is "
                          "available (4.0 GiB)\"}")
            << false << K::OutOfMemory << "Choose a smaller model";
        QTest::newRow("500")
            << 500
            << QByteArray("{\"error\":\"llama runner process has terminated: exit status 2\"}")
            << false << K::Http << "Check the server's log";
        QTest::newRow("502") << 502 << none << false << K::Http
                             << "Check that the LLM server behind the proxy is running";
        QTest::newRow("503 Ollama busy") << 503 << testData(u"ollama/error-server-busy.json"_s)
                                         << false << K::Http << "Wait a moment and try again";
        QTest::newRow("504") << 504 << none << false << K::Http << "raise the proxy's timeout";
    }
    void eachHttpFailureSaysWhatToDo()
    {
        // Each says what happened (with the status and the server's own words) and what to do.
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, tokenSent);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, advice);
        const ApiError e =
            ApiError::fromHttp(status, body, QUrl(u"http://gpu-box:11434"_s), tokenSent);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(e.message.contains(advice), qPrintable(e.message));
        const QString said = ApiError::extractServerMessage(body);
        QVERIFY2(said.isEmpty() || e.message.contains(said), qPrintable(e.message));
        // The status is said when it is all the kind says.
        QVERIFY2(kind != ApiError::Kind::Http || e.message.contains(u"HTTP %1"_s.arg(status)),
                 qPrintable(e.message));
    }

    void nothingAnsweringSaysHowToStartItThere_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("advice");
        QTest::addColumn<QString>("notSaid");
#ifndef Q_OS_WIN
        QTest::newRow("this machine, Ollama's port") << "http://127.0.0.1:11434"
                                                     << "Ollama"
                                                     << "`ollama serve`"
                                                     << "OLLAMA_HOST";
        QTest::newRow("this machine, another port")
            << "http://127.0.0.1:32434"
            << "Ollama"
            << "Run `OLLAMA_HOST=127.0.0.1:32434 ollama serve` in a terminal"
            << "systemctl";
        QTest::newRow("IPv6 loopback") << "http://[::1]:32434"
                                       << "Ollama"
                                       << "`OLLAMA_HOST=[::1]:32434 ollama serve`"
                                       << "127.0.0.1";
        QTest::newRow("another machine, Ollama's port")
            << "http://gpu-box:11434"
            << "Ollama"
            << "On gpu-box, run `OLLAMA_HOST=0.0.0.0:11434 ollama serve`"
            << "systemctl";
#else
        QTest::newRow("this machine, another port")
            << "http://127.0.0.1:32434"
            << "Ollama"
            << "`$env:OLLAMA_HOST=\"127.0.0.1:32434\"; ollama serve`"
            << "Start menu";
#endif
        QTest::newRow("Docker on the port") << "http://127.0.0.1:32434"
                                            << "Ollama"
                                            << "docker run -d -p 32434:11434"
                                            << "";
        QTest::newRow("LM Studio's port") << "http://127.0.0.1:1234"
                                          << "LM Studio"
                                          << "`lms server start`"
                                          << "--port";
        QTest::newRow("LM Studio, another port") << "http://127.0.0.1:31234"
                                                 << "LM Studio"
                                                 << "`lms server start --port 31234`"
                                                 << "";
        QTest::newRow("llama.cpp") << "http://127.0.0.1:8081"
                                   << "llama.cpp"
                                   << "Start it with `llama-server -m model.gguf --port 8081`."
                                   << "ollama";
        QTest::newRow("llama.cpp, another machine")
            << "http://gpu-box:8081"
            << "llama.cpp"
            << "On gpu-box, start it with `llama-server -m model.gguf --host 0.0.0.0 --port 8081`."
            << "lms";
        QTest::newRow("vLLM") << "http://127.0.0.1:8001"
                              << "vLLM"
                              << "Start it with `vllm serve MODEL --port 8001`."
                              << "ollama";
        // A server whose kind is not known yet: every command starts it on its port.
#ifndef Q_OS_WIN
        QTest::newRow("any kind, another port: Ollama")
            << "http://127.0.0.1:21999"
            << ""
            << "for Ollama: `OLLAMA_HOST=127.0.0.1:21999 ollama serve`"
            << "On 127.0.0.1";
        QTest::newRow("any kind, another machine")
            << "http://gpu-box:8000"
            << ""
            << "On gpu-box, start the server (for Ollama: `OLLAMA_HOST=0.0.0.0:8000 ollama serve`"
            << "";
#endif
        QTest::newRow("any kind, Ollama's port") << "http://127.0.0.1:11434"
                                                 << ""
                                                 << "for Ollama: `ollama serve`"
                                                 << "OLLAMA_HOST";
        QTest::newRow("any kind, another port: LM Studio")
            << "http://127.0.0.1:21999"
            << ""
            << "for LM Studio: `lms server start --port 21999`"
            << "";
        QTest::newRow("any kind, another machine: llama.cpp")
            << "http://gpu-box:8000"
            << ""
            << "`llama-server -m model.gguf --host 0.0.0.0 --port 8000`"
            << "";
    }
    void nothingAnsweringSaysHowToStartItThere()
    {
        QFETCH(QString, url);
        QFETCH(QString, kind);
        QFETCH(QString, advice);
        QFETCH(QString, notSaid);
        const QString m = ApiError::notRunning(QUrl(url), kind).message;
        QVERIFY2(m.startsWith(u"Nothing answers on "), qPrintable(m));
        QVERIFY2(m.contains(advice), qPrintable(m));
        QVERIFY2(notSaid.isEmpty() || !m.contains(notSaid), qPrintable(m));
    }

    void anIpv6AddressReadsApartFromItsPort()
    {
        const ApiError refused = ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, {},
                                                       QUrl(QStringLiteral("http://[::1]:29995")));
        QVERIFY2(refused.message.contains(u"[::1]:29995"), qPrintable(refused.message));
        const ApiError http =
            ApiError::fromHttp(500, "{}", QUrl(QStringLiteral("http://[fd00::5]:11434")), false);
        QVERIFY2(http.message.contains(u"[fd00::5]:11434"), qPrintable(http.message));
    }

    void requestBodies()
    {
        ChatRequest r;
        r.model = QStringLiteral("llama3.2");
        r.messages = {{ChatTurn::Role::System, QStringLiteral("Be brief.")},
                      {ChatTurn::Role::User, QStringLiteral("Hi")}};
        const QJsonObject ollama = OllamaWire::chatRequestBody(r);
        QCOMPARE(ollama.value(u"model").toString(), QStringLiteral("llama3.2"));
        QVERIFY(ollama.value(u"stream").toBool());
        QCOMPARE(ollama.value(u"messages").toArray().at(0).toObject().value(u"role").toString(),
                 QStringLiteral("system"));
        const QJsonObject openai = OpenAiWire::chatRequestBody(r);
        QVERIFY(openai.value(u"stream_options").toObject().value(u"include_usage").toBool());
        QVERIFY(!OpenAiWire::chatRequestBody(r, false).contains(u"stream_options"));
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
