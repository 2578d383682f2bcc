// Streaming chat against the fake servers: every server kind, and every way a stream ends.
#include "FakeForeignService.h"
#include "FakeLlamaServer.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "FakeVllmServer.h"
#include "Responder.h"
#include "StreamPlan.h"
#include "providers/ChatStream.h"
#include "providers/LmStudioProvider.h"
#include "providers/OllamaProvider.h"
#include "providers/OpenAiProvider.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
struct Run
{
    QString content;
    QString thinking;
    int deltas = 0;
    std::optional<ChatOutcome> outcome;
};

ChatRequest request(const QString &model, std::chrono::seconds timeout = std::chrono::seconds(30))
{
    ChatRequest r;
    r.model = model;
    r.messages = {{ChatTurn::Role::User, QStringLiteral("Why is the sky blue?")}};
    r.timeout = timeout;
    return r;
}

// Starts a stream and collects it; `onDelta` may act mid-stream (stop, kill the server).
Run run(ChatCapability *chat, const ChatRequest &req, QObject *parent,
        std::function<void(ChatStream *, int)> onDelta = {})
{
    Run r;
    ChatStream *s = chat->startChat(req, parent);
    QObject::connect(s, &ChatStream::delta, parent,
                     [&r, s, onDelta](const QString &c, const QString &t) {
                         r.content += c;
                         r.thinking += t;
                         ++r.deltas;
                         if (onDelta)
                             onDelta(s, r.deltas);
                     });
    QObject::connect(s, &ChatStream::finished, parent, [&r](const ChatOutcome &o) {
        QVERIFY2(!r.outcome, "finished twice");
        r.outcome = o;
    });
    // A stream that never finishes leaves outcome unset, which every caller checks.
    (void)QTest::qWaitFor([&r] { return r.outcome.has_value(); }, 15000);
    QTest::qWait(20); // a second finished() would arrive now
    return r;
}

const QStringList Tokens{QStringLiteral("Rayleigh"), QStringLiteral(" scattering"),
                         QStringLiteral(" — “blue”"), QStringLiteral(" 🌍"),
                         QStringLiteral(".\n\nDone")};
} // namespace

class TestChatStream : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void ollamaStreamsAndReportsFigures()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(Tokens);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        const Run r = run(&provider, request(QStringLiteral("llama3.2")), this);
        QVERIFY(r.outcome);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
        QCOMPARE(r.content, Tokens.join(QString()));
        QCOMPARE(r.deltas, Tokens.size());
        QCOMPARE(*r.outcome->figures.completionTokens, Tokens.size());
        QVERIFY(r.outcome->figures.tokensPerSecond);
        QCOMPARE(r.outcome->finishReason, QStringLiteral("stop"));
        // The request is Ollama's: streaming, with the conversation.
        const RecordedRequest sent = server.requests().constLast();
        QCOMPARE(sent.path, QByteArray("/api/chat"));
        const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(body.value(u"model").toString(), QStringLiteral("llama3.2"));
        QCOMPARE(body.value(u"messages").toArray().at(0).toObject().value(u"content").toString(),
                 QStringLiteral("Why is the sky blue?"));
    }

    void openAiKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("serverRate");
        QTest::newRow("llama-server") << int(ServerKind::LlamaCpp) << true;
        QTest::newRow("lmstudio") << int(ServerKind::LmStudio) << false;
        QTest::newRow("vllm") << int(ServerKind::Vllm) << false;
    }
    void openAiKinds()
    {
        QFETCH(int, kind);
        QFETCH(bool, serverRate);
        std::unique_ptr<FakeHttpServer> server;
        QString model;
        if (ServerKind(kind) == ServerKind::LlamaCpp) {
            server = std::make_unique<FakeLlamaServer>();
            model = QStringLiteral("../models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf");
        } else if (ServerKind(kind) == ServerKind::LmStudio) {
            server = std::make_unique<FakeLmStudioServer>();
            model = QStringLiteral("qwen2.5-7b-instruct");
        } else {
            server = std::make_unique<FakeVllmServer>();
            model = QStringLiteral("NousResearch/Meta-Llama-3-8B-Instruct");
        }
        QVERIFY(server->listen());
        server->setAnswer(Tokens);
        std::unique_ptr<OpenAiProvider> provider =
            ServerKind(kind) == ServerKind::LmStudio
                ? std::make_unique<LmStudioProvider>(server->baseUrl(), &m_nam)
                : std::make_unique<OpenAiProvider>(ServerKind(kind), server->baseUrl(), &m_nam);
        const Run r = run(provider.get(), request(model), this);
        QVERIFY(r.outcome);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
        QCOMPARE(r.content, Tokens.join(QString()));
        QCOMPARE(*r.outcome->figures.completionTokens, Tokens.size()); // include_usage honoured
        QCOMPARE(r.outcome->figures.tokensPerSecond.has_value(), serverRate);
        const QJsonObject body =
            QJsonDocument::fromJson(server->requests().constLast().body).object();
        QVERIFY(body.value(u"stream").toBool());
        QVERIFY(body.value(u"stream_options").toObject().value(u"include_usage").toBool());
    }

    // A model that writes its reasoning in the answer (LM Studio with reasoning left in the
    // content, Ollama before 0.12.4 without `think`): the reasoning arrives as thinking, the
    // answer without it, with tags cut across chunks; and a stream cut inside the reasoning keeps
    // all of it.
    void reasoningWrittenInTheAnswerIsThinking_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("lmstudio") << int(ServerKind::LmStudio);
        QTest::newRow("ollama") << int(ServerKind::Ollama);
    }
    void reasoningWrittenInTheAnswerIsThinking()
    {
        QFETCH(int, kind);
        const QStringList tokens{QStringLiteral("<th"),      QStringLiteral("ink>\n"),
                                 QStringLiteral("Light"),    QStringLiteral(" scatters."),
                                 QStringLiteral("\n</"),     QStringLiteral("think>\n\n"),
                                 QStringLiteral("Rayleigh"), QStringLiteral(" 🌍.")};
        std::unique_ptr<FakeHttpServer> server;
        std::unique_ptr<Provider> provider;
        QString model;
        if (ServerKind(kind) == ServerKind::LmStudio) {
            server = std::make_unique<FakeLmStudioServer>();
            model = QStringLiteral("qwen2.5-7b-instruct");
        } else {
            server = std::make_unique<FakeOllamaServer>();
            model = QStringLiteral("llama3.2");
        }
        QVERIFY(server->listen());
        server->setAnswer(tokens);
        if (ServerKind(kind) == ServerKind::LmStudio)
            provider = std::make_unique<LmStudioProvider>(server->baseUrl(), &m_nam);
        else
            provider = std::make_unique<OllamaProvider>(server->baseUrl(), &m_nam);
        Run r = run(provider->chat(), request(model), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
        QCOMPARE(r.thinking, QStringLiteral("Light scatters.\n"));
        QCOMPARE(r.content, QStringLiteral("Rayleigh 🌍."));

        // Cut after the reasoning's first words: they are kept, as thinking.
        server->setFault(FakeHttpServer::Fault::CutStream, 4);
        r = run(provider->chat(), request(model), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(r.thinking, QStringLiteral("Light scatters."));
        QVERIFY(r.content.isEmpty());
    }

    void llamaServerLegacyAndPings()
    {
        FakeLlamaServer server;
        QVERIFY(server.listen());
        server.setLegacyB6097(true);
        server.setPingComments(true);
        server.setAnswer(Tokens);
        OpenAiProvider provider(ServerKind::LlamaCpp, server.baseUrl(), &m_nam);
        const Run r = run(&provider, request(QStringLiteral("m")), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
        QCOMPARE(r.content, Tokens.join(QString()));
        QVERIFY(r.outcome->figures.tokensPerSecond);

        // Its error after the stream started: an `error:` field, then data: [DONE]. It fails
        // with the server's words, what came before kept.
        server.setFault(FakeHttpServer::Fault::ServerError, 2);
        const Run failed = run(&provider, request(QStringLiteral("m")), this);
        QVERIFY2(failed.outcome, "the stream never finished");
        QCOMPARE(failed.outcome->status, ChatOutcome::Status::Failed);
        QVERIFY2(failed.outcome->error.message.contains(u"exceeds the available context size"),
                 qPrintable(failed.outcome->error.message));
        QVERIFY(!failed.content.isEmpty());
        QVERIFY(Tokens.join(QString()).startsWith(failed.content));
    }

    void stopIsNotAnError()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(QStringList(50, QStringLiteral(" word")));
        server.setTokenIntervalMs(20);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        const Run r =
            run(&provider, request(QStringLiteral("llama3.2")), this, [](ChatStream *s, int n) {
                if (n == 3)
                    s->stop();
            });
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Stopped);
        QVERIFY(!r.outcome->error.isError());
        QCOMPARE(r.content, QStringLiteral(" word word word"));
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("expectedError");
        QTest::addColumn<bool>("keepsPartial");
        for (ServerKind k : {ServerKind::Ollama, ServerKind::LlamaCpp, ServerKind::LmStudio}) {
            const QByteArray name = serverKindId(k).toLatin1();
            QTest::newRow(QByteArray(name + " cut").constData())
                << int(k) << int(FakeHttpServer::Fault::CutStream) << int(ApiError::Kind::StreamCut)
                << true;
            QTest::newRow(QByteArray(name + " server error").constData())
                << int(k) << int(FakeHttpServer::Fault::ServerError) << int(ApiError::Kind::Server)
                << true;
            QTest::newRow(QByteArray(name + " 500").constData())
                << int(k) << int(FakeHttpServer::Fault::Http500) << int(ApiError::Kind::Http)
                << false;
        }
    }
    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, fault);
        QFETCH(int, expectedError);
        QFETCH(bool, keepsPartial);
        std::unique_ptr<FakeHttpServer> server;
        std::unique_ptr<Provider> provider;
        QString model = QStringLiteral("llama3.2");
        if (ServerKind(kind) == ServerKind::Ollama) {
            server = std::make_unique<FakeOllamaServer>();
        } else if (ServerKind(kind) == ServerKind::LlamaCpp) {
            server = std::make_unique<FakeLlamaServer>();
        } else {
            server = std::make_unique<FakeLmStudioServer>();
            model = QStringLiteral("qwen2.5-7b-instruct");
        }
        QVERIFY(server->listen());
        server->setAnswer(Tokens);
        server->setFault(FakeHttpServer::Fault(fault), 2);
        if (ServerKind(kind) == ServerKind::Ollama)
            provider = std::make_unique<OllamaProvider>(server->baseUrl(), &m_nam);
        else if (ServerKind(kind) == ServerKind::LmStudio)
            provider = std::make_unique<LmStudioProvider>(server->baseUrl(), &m_nam);
        else
            provider =
                std::make_unique<OpenAiProvider>(ServerKind::LlamaCpp, server->baseUrl(), &m_nam);
        const Run r = run(provider->chat(), request(model), this);
        QVERIFY(r.outcome);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(int(r.outcome->error.kind), expectedError);
        QVERIFY(!r.outcome->error.message.isEmpty());
        if (keepsPartial)
            QVERIFY2(Tokens.join(QString()).startsWith(r.content) && !r.content.isEmpty(),
                     qPrintable(r.content));
        if (FakeHttpServer::Fault(fault) == FakeHttpServer::Fault::Http500)
            QCOMPARE(r.outcome->error.httpStatus, 500);
        if (FakeHttpServer::Fault(fault) == FakeHttpServer::Fault::ServerError)
            QVERIFY(!r.outcome->error.serverMessage.isEmpty());
    }

    void garbageLineIsSkipped()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(Tokens);
        server.setFault(FakeHttpServer::Fault::Garbage, 2);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        const Run r = run(&provider, request(QStringLiteral("llama3.2")), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
        QCOMPARE(r.content, Tokens.join(QString()));
    }

    void stallTimesOutWithAClearMessage()
    {
        FakeLlamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(Tokens);
        server.setFault(FakeHttpServer::Fault::Stall, 2);
        OpenAiProvider provider(ServerKind::LlamaCpp, server.baseUrl(), &m_nam);
        const Run r = run(&provider, request(QStringLiteral("m"), std::chrono::seconds(1)), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(r.outcome->error.kind, ApiError::Kind::Timeout);
        QVERIFY(r.outcome->error.message.contains(u"1 s"));
        QVERIFY(!r.content.isEmpty());
    }

    void slowLoadIsNotATimeout()
    {
        // The model takes 1.5 s to load; the timeout only bounds silence (2 s here).
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(Tokens);
        server.setDelayBeforeFirstChunkMs(1500);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        const Run r =
            run(&provider, request(QStringLiteral("llama3.2"), std::chrono::seconds(2)), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
    }

    void answerThatIsNotAnEventStream()
    {
        FakeForeignService web; // 200 text/html on every path
        QVERIFY(web.listen());
        OpenAiProvider provider(ServerKind::OpenAiCompatible, web.baseUrl(), &m_nam);
        const Run r = run(&provider, request(QStringLiteral("m")), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(r.outcome->error.kind, ApiError::Kind::BadResponse);
        QVERIFY(r.outcome->error.message.contains(u"not the expected protocol"));
    }

    // llama-server sends ": ping" while it reads a long prompt; if it dies then (out of memory,
    // killed), the answer was cut, whatever it is: not "not an event stream". Nor is a body of
    // blank lines.
    void onlyPingsThenTheEndIsACutAnswer_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::newRow("pings") << QByteArrayList{": ping\n\n", ": ping\n\n"};
        QTest::newRow("blank lines") << QByteArrayList{"\n", "\r\n\n"};
    }
    void onlyPingsThenTheEndIsACutAnswer()
    {
        QFETCH(QByteArrayList, chunks);
        FakeLlamaServer server;
        QVERIFY(server.listen());
        server.setHandler([&chunks](const RecordedRequest &, Responder &responder) {
            StreamPlan plan;
            plan.contentType = "text/event-stream";
            plan.chunks = chunks;
            responder.stream(plan);
        });
        server.setFault(FakeHttpServer::Fault::CutStream, int(chunks.size()));
        OpenAiProvider provider(ServerKind::LlamaCpp, server.baseUrl(), &m_nam);
        const Run r = run(&provider, request(QStringLiteral("m")), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(r.outcome->error.kind, ApiError::streamCut(server.baseUrl()).kind);
        QCOMPARE(r.outcome->error.message, ApiError::streamCut(server.baseUrl()).message);
    }

    void nonStreamedJsonAnswerIsKeptWhole()
    {
        // A server that ignores "stream": true and sends one long chat.completion.
        FakeLlamaServer server;
        QVERIFY(server.listen());
        const QString text(5000, u'x');
        server.setHandler([&text](const RecordedRequest &, Responder &responder) {
            responder.sendJson(
                200,
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("object"), QStringLiteral("chat.completion")},
                        {QStringLiteral("choices"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("index"), 0},
                             {QStringLiteral("message"),
                              QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                          {QStringLiteral("content"), text}}},
                             {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}})
                    .toJson(QJsonDocument::Compact));
        });
        OpenAiProvider provider(ServerKind::LlamaCpp, server.baseUrl(), &m_nam);
        const Run r = run(&provider, request(QStringLiteral("m")), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
        QCOMPARE(r.content, text);
    }

    void deletingARunningStreamIsQuiet()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(QStringList(50, QStringLiteral(" word")));
        server.setTokenIntervalMs(20);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        int finishedCount = 0;
        QPointer<ChatStream> s = provider.startChat(request(QStringLiteral("llama3.2")), this);
        connect(s, &ChatStream::finished, this, [&finishedCount] { ++finishedCount; });
        QTRY_VERIFY(!server.requests().isEmpty());
        s->stop();
        s->stop(); // twice is harmless
        QCOMPARE(finishedCount, 1);
        delete s;
        QTest::qWait(100);
        QCOMPARE(finishedCount, 1);
    }

    void unknownModel()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        OllamaProvider provider(server.baseUrl(), &m_nam);
        const Run r = run(&provider, request(QStringLiteral("llama9")), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(r.outcome->error.httpStatus, 404);
        QVERIFY(r.outcome->error.message.contains(u"llama9"));
    }

    void aModelThatCannotThinkIsSaidSo_data()
    {
        QTest::addColumn<std::optional<bool>>("think");
        QTest::newRow("Thinking on") << std::optional<bool>(true);
        QTest::newRow("Thinking off") << std::optional<bool>(false);
        QTest::newRow("Thinking by default") << std::optional<bool>();
    }

    // Ollama refuses think:true for a model without the capability (400): the user learns
    // which setting asks for it and what to do; off or left out, the model answers.
    void aModelThatCannotThinkIsSaidSo()
    {
        QFETCH(std::optional<bool>, think);
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(Tokens);
        server.setWithoutThinking({QStringLiteral("llama3.2")});
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ChatRequest req = request(QStringLiteral("llama3.2"));
        req.parameters.think = think;
        const Run r = run(&provider, req, this);
        QVERIFY2(r.outcome, "the stream never finished");
        if (think.value_or(false)) {
            QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
            QCOMPARE(r.outcome->error.httpStatus, 400);
            const QString message = r.outcome->error.message;
            QVERIFY2(message.contains(u"cannot think") && message.contains(u"Thinking") &&
                         message.contains(u"Parameters"),
                     qPrintable(message));
            QVERIFY2(message.contains(u"\"llama3.2\" does not support thinking"),
                     qPrintable(message));
        } else {
            QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
            QCOMPARE(r.content, Tokens.join(QString()));
            QVERIFY(r.thinking.isEmpty());
        }
    }

    // vLLM as older releases answer: errors flat ({"object":"error","message",...}), and a
    // usage chunk whose choices are null.
    void olderVllm()
    {
        FakeVllmServer server;
        QVERIFY(server.listen());
        server.setFlatErrors(true);
        server.setUsageChoicesNull(true);
        server.setAnswer(Tokens);
        OpenAiProvider provider(ServerKind::Vllm, server.baseUrl(), &m_nam);
        const Run unknown = run(&provider, request(QStringLiteral("foo")), this);
        QVERIFY2(unknown.outcome, "the stream never finished");
        QCOMPARE(unknown.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(unknown.outcome->error.httpStatus, 404);
        QVERIFY2(unknown.outcome->error.message.contains(u"The model `foo` does not exist."),
                 qPrintable(unknown.outcome->error.message));

        const Run r = run(&provider, request(server.modelId()), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
        QCOMPARE(r.content, Tokens.join(QString()));
        QCOMPARE(r.outcome->figures.completionTokens.value_or(-1), Tokens.size());

        server.setFault(FakeHttpServer::Fault::ServerError, 2);
        const Run failed = run(&provider, request(server.modelId()), this);
        QVERIFY2(failed.outcome, "the stream never finished");
        QCOMPARE(failed.outcome->status, ChatOutcome::Status::Failed);
        QVERIFY2(failed.outcome->error.message.contains(u"an error was encountered"),
                 qPrintable(failed.outcome->error.message));
    }

    void refusedConnection()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        OllamaProvider provider(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), &m_nam);
        const Run r = run(&provider, request(QStringLiteral("llama3.2")), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(r.outcome->error.kind, ApiError::Kind::Refused);
        QVERIFY(r.outcome->error.message.contains(u"ollama serve"));
    }
};

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chatstream.moc"
