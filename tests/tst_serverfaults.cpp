// The client against the faults real servers and the proxies in front of them produce: reads
// cut at random places (inside lines and UTF-8 characters), a line or an event that never
// ends, a body that never ends, error bodies that never end, nginx's 502/504 pages, and a
// stall that keeps the connection alive with ": ping" comments (no timeout) or sends nothing
// (timeout). No QIODevice warning may be printed on the way.
#include "FakeEndlessService.h"
#include "FakeLlamaServer.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "FakeRawTcpService.h"
#include "FakeReverseProxy.h"
#include "FakeVllmServer.h"
#include "StreamFaults.h"
#include "net/Http.h"
#include "providers/ChatStream.h"
#include "providers/LmStudioProvider.h"
#include "providers/OllamaProvider.h"
#include "providers/OpenAiProvider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    QString content;
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

Run run(ChatCapability *chat, const ChatRequest &req, QObject *parent, int waitMs = 30000)
{
    Run r;
    QPointer<ChatStream> s = chat->startChat(req, parent);
    QObject::connect(s, &ChatStream::delta, parent, [&r](const QString &c, const QString &) {
        r.content += c;
        ++r.deltas;
    });
    QObject::connect(s, &ChatStream::finished, parent, [&r](const ChatOutcome &o) {
        QVERIFY2(!r.outcome, "finished twice");
        r.outcome = o;
    });
    (void)QTest::qWaitFor([&r] { return r.outcome.has_value(); }, waitMs);
    QTest::qWait(20);
    delete s; // a stream that never finished must not outlive `r`
    return r;
}

// Multi-byte characters everywhere, so random cuts land inside them.
const QStringList Tokens{QStringLiteral("Rayleigh"),          QStringLiteral(" scattering"),
                         QStringLiteral(" — “blue”"),         QStringLiteral(" 🌍🌊"),
                         QStringLiteral(" 日本語のテキスト"), QStringLiteral(" é à ü"),
                         QStringLiteral(".\n\nDone")};

struct Server
{
    std::unique_ptr<FakeHttpServer> fake;
    std::unique_ptr<Provider> provider;
    QString model;
};

Server makeServer(ServerKind kind, QNetworkAccessManager *nam)
{
    Server s;
    s.model = QStringLiteral("llama3.2");
    switch (kind) {
    case ServerKind::Ollama:
        s.fake = std::make_unique<FakeOllamaServer>();
        break;
    case ServerKind::LmStudio:
        s.fake = std::make_unique<FakeLmStudioServer>();
        s.model = QStringLiteral("qwen2.5-7b-instruct");
        break;
    case ServerKind::Vllm:
        s.fake = std::make_unique<FakeVllmServer>();
        s.model = QStringLiteral("NousResearch/Meta-Llama-3-8B-Instruct");
        break;
    default: {
        auto llama = std::make_unique<FakeLlamaServer>();
        llama->setPingComments(true);
        s.fake = std::move(llama);
        break;
    }
    }
    if (!s.fake->listen())
        return s;
    if (kind == ServerKind::Ollama)
        s.provider = std::make_unique<OllamaProvider>(s.fake->baseUrl(), nam);
    else if (kind == ServerKind::LmStudio)
        s.provider = std::make_unique<LmStudioProvider>(s.fake->baseUrl(), nam);
    else
        s.provider = std::make_unique<OpenAiProvider>(kind, s.fake->baseUrl(), nam);
    return s;
}

void addKinds()
{
    QTest::addColumn<int>("kind");
    for (ServerKind k :
         {ServerKind::Ollama, ServerKind::LlamaCpp, ServerKind::LmStudio, ServerKind::Vllm})
        QTest::newRow(serverKindId(k).toLatin1().constData()) << int(k);
}
} // namespace

class TestServerFaults : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void init()
    {
        // A reply read after it closed prints this; it must never happen.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
    }

    void readsCutAtRandomPlaces_data() { addKinds(); }
    void readsCutAtRandomPlaces()
    {
        QFETCH(int, kind);
        for (quint32 seed : {1u, 42u}) {
            Server s = makeServer(ServerKind(kind), &m_nam);
            QVERIFY(s.provider);
            s.fake->setAnswer(Tokens);
            s.fake->setStreamShaper(StreamFaults::randomSplit(seed, 16));
            s.fake->setTokenIntervalMs(0); // every piece its own write, one per loop turn
            const Run r = run(s.provider->chat(), request(s.model), this);
            QVERIFY2(r.outcome, "the stream never finished");
            QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
            QCOMPARE(r.content, Tokens.join(QString()));
        }
    }

    void lineThatNeverEnds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("ollama") << int(ServerKind::Ollama)
                                << QByteArray(
                                       "{\"model\":\"llama3.2\",\"message\":{\"content\":\"");
        QTest::newRow("llama-server")
            << int(ServerKind::LlamaCpp)
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"");
    }
    void lineThatNeverEnds()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, prefix);
        Server s = makeServer(ServerKind(kind), &m_nam);
        QVERIFY(s.provider);
        s.fake->setAnswer(Tokens);
        // The role chunk of an OpenAI stream carries no text: let two text chunks through.
        const int through = ServerKind(kind) == ServerKind::Ollama ? 2 : 3;
        s.fake->setStreamShaper(StreamFaults::endlessLine(through, prefix));
        const Run r = run(s.provider->chat(), request(s.model), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(r.outcome->error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(r.outcome->error.message.contains(u"the server sent a line of more than 16 MB"),
                 qPrintable(r.outcome->error.message));
        // What came before the endless line is kept.
        QVERIFY2(!r.content.isEmpty() && Tokens.join(QString()).startsWith(r.content),
                 qPrintable(r.content));
    }

    void eventThatNeverEnds()
    {
        Server s = makeServer(ServerKind::LlamaCpp, &m_nam);
        QVERIFY(s.provider);
        s.fake->setAnswer(Tokens);
        s.fake->setStreamShaper(StreamFaults::endlessEvent(3, 64 * 1024));
        const Run r = run(s.provider->chat(), request(s.model), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QVERIFY2(r.outcome->error.message.contains(u"an event of more than 16 MB"),
                 qPrintable(r.outcome->error.message));
        QVERIFY2(!r.content.isEmpty() && Tokens.join(QString()).startsWith(r.content),
                 qPrintable(r.content));
    }

    void errorBodyThatNeverEnds()
    {
        // HTTP 500 whose body never ends: the answer fails with the status, without waiting for
        // an end that never comes.
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest &req, Responder &responder) {
            if (req.path != "/api/chat")
                return;
            StreamPlan plan;
            plan.status = 500;
            plan.contentType = QByteArrayLiteral("text/plain");
            plan.generator = [](bool *) { return QByteArray(64 * 1024, 'e'); };
            responder.stream(plan);
        });
        OllamaProvider provider(server.baseUrl(), &m_nam);
        const Run r = run(&provider, request(QStringLiteral("llama3.2")), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(r.outcome->error.httpStatus, 500);
    }

    void pingsKeepAStallAlive()
    {
        // Silence for 2 s (longer than the 1 s timeout), but ": ping" comments every 150 ms:
        // the server is alive and the answer completes.
        Server s = makeServer(ServerKind::LlamaCpp, &m_nam);
        QVERIFY(s.provider);
        s.fake->setAnswer(Tokens);
        s.fake->setTokenIntervalMs(150);
        s.fake->setStreamShaper(StreamFaults::pingStall(3, 14));
        const Run r = run(s.provider->chat(), request(s.model, std::chrono::seconds(1)), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QVERIFY2(!r.outcome->error.isError(), qPrintable(r.outcome->error.message));
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Completed);
        QCOMPARE(r.content, Tokens.join(QString()));
    }

    void silentStallTimesOut()
    {
        Server s = makeServer(ServerKind::LlamaCpp, &m_nam);
        QVERIFY(s.provider);
        s.fake->setAnswer(Tokens);
        s.fake->setFault(FakeHttpServer::Fault::Stall, 3);
        const Run r = run(s.provider->chat(), request(s.model, std::chrono::seconds(1)), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(r.outcome->error.kind, ApiError::Kind::Timeout);
        QVERIFY(!r.content.isEmpty());
    }

    void proxyErrorPage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        for (int status : {502, 504}) {
            const QString says = status == 502 ? QStringLiteral("HTTP 502 Bad Gateway")
                                               : QStringLiteral("HTTP 504 Gateway Timeout");
            QTest::addRow("%d ollama", status) << status << int(ServerKind::Ollama) << says;
            QTest::addRow("%d openai", status)
                << status << int(ServerKind::OpenAiCompatible) << says;
        }
    }
    void proxyErrorPage()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, says);
        FakeReverseProxy proxy(status);
        QVERIFY(proxy.listen());
        std::unique_ptr<Provider> provider;
        if (ServerKind(kind) == ServerKind::Ollama)
            provider = std::make_unique<OllamaProvider>(proxy.baseUrl(), &m_nam);
        else
            provider = std::make_unique<OpenAiProvider>(ServerKind(kind), proxy.baseUrl(), &m_nam);
        const Run r = run(provider->chat(), request(QStringLiteral("m")), this);
        QVERIFY2(r.outcome, "the stream never finished");
        QCOMPARE(r.outcome->status, ChatOutcome::Status::Failed);
        QCOMPARE(r.outcome->error.httpStatus, status);
        QVERIFY2(r.outcome->error.message.contains(says), qPrintable(r.outcome->error.message));
        // nginx's page is not shown as the server's words.
        QVERIFY(!r.outcome->error.message.contains(u'<'));
        QVERIFY(r.outcome->error.serverMessage.isEmpty());

        // The model list says the same.
        std::optional<ModelListResult> list;
        provider->modelList()->listModels(this, [&list](const ModelListResult &l) { list = l; });
        QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 10000);
        QCOMPARE(list->error.httpStatus, status);
        QVERIFY2(list->error.message.contains(says), qPrintable(list->error.message));
    }

    void modelListThatNeverEnds()
    {
        FakeEndlessService endless;
        QVERIFY(endless.listen());
        OllamaProvider provider(endless.baseUrl(), &m_nam);
        std::optional<ModelListResult> list;
        provider.listModels(this, [&list](const ModelListResult &l) { list = l; });
        QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 30000);
        QCOMPARE(list->error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(list->error.message.contains(u"more than 4 MB"), qPrintable(list->error.message));
        // It stopped rather than reading on: the connection is closed, so the service soon
        // offers nothing more. (How far past the limit it got depends on how busy the machine
        // is, so that is not what is checked.)
        qint64 offered = -1;
        auto steady = [&] {
            const qint64 now = endless.bytesOffered();
            return std::exchange(offered, now) == now;
        };
        QTRY_VERIFY_WITH_TIMEOUT(steady(), 5000);
        QTest::qWait(300);
        QCOMPARE(endless.bytesOffered(), offered);
    }

    void aFailedListLeavesLmStudiosApiAsItWas_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        const QByteArray nginx = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>"
                                 "\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>"
                                 "nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
        const QByteArray json = "application/json; charset=utf-8";
        QTest::newRow("500") << 500 << json << QByteArray(R"({"error":"Internal error"})");
        QTest::newRow("502 from nginx") << 502 << QByteArray("text/html") << nginx;
        QTest::newRow("503") << 503 << json << QByteArray(R"({"error":"Service Unavailable"})");
        QTest::newRow("403") << 403 << json << QByteArray(R"({"error":"Forbidden"})");
        QTest::newRow("429") << 429 << json << QByteArray(R"({"error":"Too Many Requests"})");
        // An expired session behind a sign-in proxy: its page, with 200.
        QTest::newRow("200 sign-in page")
            << 200 << QByteArray("text/html")
            << QByteArray("<!DOCTYPE html><html><body><form>Sign in</form></body></html>");
    }
    // LM Studio 0.4 behind a proxy that fails once: the failure is said, and the next read
    // finds the API it has (load, unload and downloads stay on). Only an answer saying the
    // API is not there moves to an older one.
    void aFailedListLeavesLmStudiosApiAsItWas()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        FakeLmStudioServer fake;
        QVERIFY(fake.listen());
        bool failing = true;
        fake.setHandler([&](const RecordedRequest &request, Responder &responder) {
            if (failing && request.path.startsWith("/api/"))
                responder.send(status, contentType, body);
        });
        LmStudioProvider provider(fake.baseUrl(), &m_nam);
        auto list = [&provider, this] {
            std::optional<ModelListResult> result;
            provider.listModels(this, [&result](const ModelListResult &l) { result = l; });
            (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
            return result;
        };
        const std::optional<ModelListResult> failed = list();
        QVERIFY(failed);
        QVERIFY(failed->error.isError());
        QVERIFY2(failed->error.message.contains(status == 200 ? u"not the expected protocol"_s
                                                              : QString::number(status)),
                 qPrintable(failed->error.message));

        failing = false;
        const std::optional<ModelListResult> next = list();
        QVERIFY(next);
        QVERIFY2(!next->error.isError(), qPrintable(next->error.message));
        QVERIFY(!next->models.isEmpty());
        QVERIFY2(provider.cannotDownloadReason().isEmpty(),
                 qPrintable(provider.cannotDownloadReason()));
        QCOMPARE(provider.nativeApi(), LmStudioProvider::NativeApi::V1);
        QVERIFY(provider.loader()->canLoad());
    }

    // Where the API is not there (an LM Studio before 0.4 answers 200 "Unexpected endpoint"
    // there, others 404), the list comes from the older one.
    void aListApiThatIsNotThereFallsBack_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("200 Unexpected endpoint") << 200;
        QTest::newRow("404") << 404;
    }
    void aListApiThatIsNotThereFallsBack()
    {
        QFETCH(int, status);
        FakeLmStudioServer fake;
        QVERIFY(fake.listen());
        fake.setHandler([&](const RecordedRequest &request, Responder &responder) {
            if (request.path == "/api/v1/models")
                responder.sendJson(
                    status,
                    status == 200
                        ? QByteArray(
                              R"j({"error":"Unexpected endpoint or method. (GET /api/v1/models)"})j")
                        : QByteArray(R"({"error":"Not Found"})"));
        });
        LmStudioProvider provider(fake.baseUrl(), &m_nam);
        std::optional<ModelListResult> result;
        provider.listModels(this, [&result](const ModelListResult &l) { result = l; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(!result->error.isError(), qPrintable(result->error.message));
        QVERIFY(!result->models.isEmpty());
        QCOMPARE(provider.nativeApi(), LmStudioProvider::NativeApi::V0);
    }

    void hugeListsAreRefused_data()
    {
        QTest::addColumn<bool>("loaded");
        QTest::addColumn<int>("entries");
        QTest::addColumn<bool>("refused");
        // A list that laid out on every refresh would freeze the window; a real one is far
        // below the limits.
        QTest::newRow("models, 200") << false << 200 << false;
        QTest::newRow("models, 30,000") << false << 30000 << true;
        QTest::newRow("loaded, 20") << true << 20 << false;
        QTest::newRow("loaded, 6,000") << true << 6000 << true;
    }
    void hugeListsAreRefused()
    {
        QFETCH(bool, loaded);
        QFETCH(int, entries);
        QFETCH(bool, refused);
        FakeOllamaServer server;
        QVERIFY(server.listen());
        QJsonArray models;
        for (int i = 0; i < entries; ++i) {
            const QString name = u"model-%1:latest"_s.arg(i);
            models.append(
                QJsonObject{{u"name"_s, name},
                            {u"model"_s, name},
                            {u"size"_s, 2019393189},
                            {u"size_vram"_s, 2019393189},
                            {u"digest"_s,
                             u"a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72"_s},
                            {u"details"_s, QJsonObject{{u"format"_s, u"gguf"_s},
                                                       {u"family"_s, u"llama"_s},
                                                       {u"parameter_size"_s, u"3.2B"_s},
                                                       {u"quantization_level"_s, u"Q4_K_M"_s}}}});
        }
        if (loaded)
            server.setRunningModels(models);
        else
            server.setModels(models);
        OllamaProvider provider(server.baseUrl(), &m_nam);
        ApiError error;
        qsizetype count = -1;
        if (loaded)
            provider.loadedModels(this, [&](const LoadedModelsResult &r) {
                error = r.error;
                count = r.models.size();
            });
        else
            provider.listModels(this, [&](const ModelListResult &r) {
                error = r.error;
                count = r.models.size();
            });
        QTRY_VERIFY_WITH_TIMEOUT(count >= 0, 30000);
        QCOMPARE(error.isError(), refused);
        if (refused) {
            QCOMPARE(error.kind, ApiError::Kind::BadResponse);
            QVERIFY2(error.message.contains(u"stopped reading"), qPrintable(error.message));
        } else {
            QCOMPARE(count, qsizetype(entries));
        }
    }

    void bodyLimits_data()
    {
        QTest::addColumn<int>("pieceBytes");
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("overrun");
        // A flood passes the byte limit; a trickle never does, but passes the total time.
        QTest::newRow("flood") << 64 * 1024 << 0 << int(Http::Response::Overrun::TooLarge);
        QTest::newRow("trickle") << 10 << 50 << int(Http::Response::Overrun::TooSlow);
    }
    void bodyLimits()
    {
        QFETCH(int, pieceBytes);
        QFETCH(int, intervalMs);
        QFETCH(int, overrun);
        FakeEndlessService endless;
        QVERIFY(endless.listen());
        endless.setPieceBytes(pieceBytes);
        endless.setTokenIntervalMs(intervalMs);
        QNetworkRequest req = Http::request(endless.baseUrl(), QStringLiteral("/"), 1000);
        Http::limit(req, 1024 * 1024, 800);
        std::optional<Http::Response> response;
        Http::get(&m_nam, req, this, [&response](const Http::Response &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 10000);
        QCOMPARE(int(response->overrun), overrun);
        QCOMPARE(response->status, 200);
        QVERIFY(!response->ok());
        QVERIFY(response->body.isEmpty());
        QCOMPARE(response->error(endless.baseUrl()).kind, ApiError::Kind::BadResponse);
        QVERIFY(response->elapsedMs < 5000);
    }

    void timedOutReplyIsNotReadAfterItClosed()
    {
        // The transfer timeout aborts (and closes) the reply before finished(): reading it then
        // printed "QIODevice::read (QNetworkReplyHttpImpl): device not open" (init() fails on it).
        FakeRawTcpService silent;
        silent.setBanner({});
        QVERIFY(silent.listen());
        std::optional<Http::Response> response;
        Http::get(&m_nam, Http::request(silent.baseUrl(), QStringLiteral("/"), 300), this,
                  [&response](const Http::Response &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 10000);
        QVERIFY(!response->answered());
        QCOMPARE(response->error(silent.baseUrl()).kind, ApiError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
