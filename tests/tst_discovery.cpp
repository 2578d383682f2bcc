// Discovery against fake servers on free ports: kinds, wrong services, dead ports, up/down.
#include "FakeEndlessService.h"
#include "FakeForeignService.h"
#include "FakeLlamaServer.h"
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "FakeRawTcpService.h"
#include "FakeReverseProxy.h"
#include "FakeVllmServer.h"
#include "discovery/Discovery.h"
#include "discovery/ScanReport.h"
#include "net/Http.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort();
}

QUrl local(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

DiscoveryConfig config(const QList<DiscoveryCandidate> &candidates, int intervalMs = 0)
{
    DiscoveryConfig c;
    c.candidates = candidates;
    c.intervalMs = intervalMs;
    c.probeTimeoutMs = 1500;
    return c;
}

ServerInfo find(const Discovery &d, const QUrl &url)
{
    return d.server(url.toString()).value_or(ServerInfo());
}

bool waitRound(Discovery &d)
{
    QSignalSpy round(&d, &Discovery::roundFinished);
    return round.wait(10000);
}
} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void recognisesEveryKindInParallel()
    {
        FakeOllamaServer ollama;
        FakeLmStudioServer lmstudio;
        FakeLmStudioServer lmstudioV0;
        FakeLmStudioServer lmstudioOld;
        FakeLlamaServer llama;
        FakeVllmServer vllm;
        lmstudioV0.setApiLevel(FakeLmStudioServer::ApiLevel::V0Only);
        lmstudioOld.setApiLevel(FakeLmStudioServer::ApiLevel::OpenAiOnly);
        for (FakeHttpServer *s : std::initializer_list<FakeHttpServer *>{
                 &ollama, &lmstudio, &lmstudioV0, &lmstudioOld, &llama, &vllm})
            QVERIFY(s->listen());
        const quint16 dead = freePort();
        Discovery d(&m_nam, config({{ollama.baseUrl(), ServerKind::Ollama},
                                    {lmstudio.baseUrl(), ServerKind::LmStudio},
                                    {lmstudioV0.baseUrl()},
                                    {lmstudioOld.baseUrl()},
                                    {llama.baseUrl(), ServerKind::LlamaCpp},
                                    {vllm.baseUrl(), ServerKind::Vllm},
                                    {local(dead), ServerKind::Ollama}}));
        QElapsedTimer t;
        t.start();
        d.start();
        QVERIFY(waitRound(d));
        qInfo("first round over 7 addresses: %lld ms", t.elapsed());
        QVERIFY(d.firstRoundDone());

        const ServerInfo o = find(d, ollama.baseUrl());
        QCOMPARE(o.status, ServerStatus::Up);
        QCOMPARE(o.kind, ServerKind::Ollama);
        QCOMPARE(o.version, QStringLiteral("0.12.6"));
        QCOMPARE(o.modelCount, 2);
        QVERIFY(o.latencyMs >= 0);

        const ServerInfo lm = find(d, lmstudio.baseUrl());
        QCOMPARE(lm.kind, ServerKind::LmStudio);
        QCOMPARE(lm.apiLevel, QStringLiteral("v1"));
        QCOMPARE(lm.modelCount, 3);
        QCOMPARE(find(d, lmstudioV0.baseUrl()).kind, ServerKind::LmStudio);
        QCOMPARE(find(d, lmstudioV0.baseUrl()).apiLevel, QStringLiteral("v0"));
        QCOMPARE(find(d, lmstudioOld.baseUrl()).kind, ServerKind::LmStudio);
        QCOMPARE(find(d, lmstudioOld.baseUrl()).modelCount, 2);

        const ServerInfo l = find(d, llama.baseUrl());
        QCOMPARE(l.kind, ServerKind::LlamaCpp);
        QCOMPARE(l.version, QStringLiteral("b6497-cd08fc3e"));
        QCOMPARE(l.modelCount, 1);

        const ServerInfo v = find(d, vllm.baseUrl());
        QCOMPARE(v.kind, ServerKind::Vllm);
        QCOMPARE(v.version, QStringLiteral("0.12.0"));

        const ServerInfo gone = find(d, local(dead));
        QCOMPARE(gone.status, ServerStatus::Down);
        QCOMPARE(gone.problem.kind, ApiError::Kind::Refused);
        // A default address where nothing runs is not listed.
        QVERIFY(!gone.isListed());
        QCOMPARE(d.servers().size(), 6);
        QVERIFY(ScanReport::foundAny(d.servers()));
    }

    void wrongServiceOnAKnownPort()
    {
        FakeForeignService web;
        QVERIFY(web.listen());
        FakeRawTcpService ssh;
        QVERIFY(ssh.listen());
        const QUrl sshUrl = local(ssh.port());
        Discovery d(&m_nam,
                    config({{web.baseUrl(), ServerKind::Ollama}, {sshUrl, ServerKind::LmStudio}}));
        d.start();
        QVERIFY(waitRound(d));
        const ServerInfo w = find(d, web.baseUrl());
        QCOMPARE(w.status, ServerStatus::Foreign);
        QCOMPARE(w.problem.kind, ApiError::Kind::WrongService);
        QVERIFY2(
            w.problem.message.contains(
                QStringLiteral("Port %1 on 127.0.0.1 answers, but not as Ollama").arg(web.port())),
            qPrintable(w.problem.message));
        QVERIFY(w.isListed());
        const ServerInfo s = find(d, sshUrl);
        QVERIFY(s.status == ServerStatus::Foreign || s.status == ServerStatus::Down);
        QVERIFY(!s.isUsable());
        QVERIFY(!ScanReport::foundAny(d.servers()));
        QVERIFY(ScanReport::text(d.servers()).contains(u"answers, but not as Ollama"));
    }

    void lmStudioIsNotMistakenForOllama()
    {
        // LM Studio on Ollama's port answers 200 to /api/version: still LM Studio.
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        Discovery d(&m_nam, config({{lm.baseUrl(), ServerKind::Ollama}}));
        d.start();
        QVERIFY(waitRound(d));
        QCOMPARE(find(d, lm.baseUrl()).kind, ServerKind::LmStudio);
        QCOMPARE(find(d, lm.baseUrl()).status, ServerStatus::Up);
    }

    void lmStudioNativeApiBaseAsTheAddressSaysWhereItAnswers()
    {
        // LM Studio's docs give http://host:1234/api/v1 for its own API; pasted, it becomes
        // …/api, where LM Studio knows no path at all (its /api/v1/models is not an OpenAI
        // list): not a usable server, and the message gives the address to use.
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        const QUrl pasted = normalizeServerUrl(lm.baseUrl().toString() + QStringLiteral("/api/v1"));
        QCOMPARE(pasted.path(), QStringLiteral("/api"));
        Discovery d(&m_nam, config({{pasted}}));
        d.start();
        QVERIFY(waitRound(d));
        const ServerInfo info = find(d, pasted);
        QCOMPARE(info.status, ServerStatus::Foreign);
        QCOMPARE(info.problem.kind, ApiError::Kind::WrongService);
        QVERIFY2(info.problem.message.contains(lm.baseUrl().toString()) &&
                     info.problem.message.contains(u"LM Studio") &&
                     info.problem.message.contains(u"/api"),
                 qPrintable(info.problem.message));

        // At its root it is LM Studio, as always.
        Discovery root(&m_nam, config({{lm.baseUrl()}}));
        root.start();
        QVERIFY(waitRound(root));
        QCOMPARE(find(root, lm.baseUrl()).status, ServerStatus::Up);
        QCOMPARE(find(root, lm.baseUrl()).kind, ServerKind::LmStudio);
    }

    void lmStudioWithAToken()
    {
        FakeLmStudioServer lm;
        lm.setRequireToken("sk-lm-secret");
        QVERIFY(lm.listen());
        Discovery d(&m_nam, config({{lm.baseUrl()}}));
        d.start();
        QVERIFY(waitRound(d));
        QCOMPARE(find(d, lm.baseUrl()).kind, ServerKind::LmStudio);
        QCOMPARE(find(d, lm.baseUrl()).status, ServerStatus::NeedsToken);
        QVERIFY(find(d, lm.baseUrl()).problem.message.contains(u"token"));
    }

    void reportsUpAndDownInTheBackground()
    {
        const quint16 port = freePort();
        Discovery d(&m_nam, config({{local(port), ServerKind::Ollama}}, 150));
        QSignalSpy up(&d, &Discovery::serverWentUp);
        QSignalSpy down(&d, &Discovery::serverWentDown);
        QSignalSpy updated(&d, &Discovery::serverUpdated);
        d.start();
        QVERIFY(waitRound(d));
        QCOMPARE(up.count(), 0);
        QVERIFY(d.servers().isEmpty());

        auto server = std::make_unique<FakeOllamaServer>();
        QVERIFY(server->listen(port));
        QVERIFY(up.wait(5000));
        QCOMPARE(up.constLast().at(0).value<ServerInfo>().kind, ServerKind::Ollama);
        QCOMPARE(d.servers().size(), 1);
        QVERIFY(updated.count() >= 1);

        // Up servers are re-checked with one cheap request, not a full fingerprint.
        server->clearRequests();
        QTest::qWait(500);
        for (const RecordedRequest &r : server->requests())
            QCOMPARE(r.path, QByteArray("/api/tags"));
        QVERIFY(!server->requests().isEmpty());

        // A model appears: the count follows.
        server->setModels(
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("phi3:latest")},
                                   {QStringLiteral("model"), QStringLiteral("phi3:latest")},
                                   {QStringLiteral("size"), qint64(2176178913)}}});
        QTRY_COMPARE_WITH_TIMEOUT(find(d, local(port)).modelCount, 1, 5000);

        server.reset();
        QVERIFY(down.wait(5000));
        const ServerInfo gone = find(d, local(port));
        QCOMPARE(gone.status, ServerStatus::Down);
        // Once seen, it stays listed, shown as down.
        QVERIFY(gone.isListed());
        QCOMPARE(d.servers().size(), 1);
    }

    void severalServersOfTheSameKindEachWithItsHealth()
    {
        auto first = std::make_unique<FakeOllamaServer>();
        FakeOllamaServer second;
        QVERIFY(first->listen());
        QVERIFY(second.listen());
        second.setModels(QJsonArray{});
        Discovery d(&m_nam, config({{first->baseUrl(), ServerKind::Ollama},
                                    {second.baseUrl(), ServerKind::Ollama}},
                                   150));
        d.start();
        QVERIFY(waitRound(d));
        QCOMPARE(d.servers().size(), 2);
        QCOMPARE(find(d, first->baseUrl()).status, ServerStatus::Up);
        QCOMPARE(find(d, second.baseUrl()).status, ServerStatus::Up);
        QCOMPARE(find(d, first->baseUrl()).modelCount, 2);
        QCOMPARE(find(d, second.baseUrl()).modelCount, 0);
        // One stops: only it goes down.
        const QUrl firstUrl = first->baseUrl();
        first.reset();
        QTRY_COMPARE_WITH_TIMEOUT(find(d, firstUrl).status, ServerStatus::Down, 5000);
        QTest::qWait(400);
        QCOMPARE(find(d, second.baseUrl()).status, ServerStatus::Up);
    }

    void userAddedAddresses()
    {
        FakeLlamaServer llama;
        QVERIFY(llama.listen());
        Discovery d(&m_nam, config({}));
        QSignalSpy updated(&d, &Discovery::serverUpdated);
        d.start();
        QVERIFY(waitRound(d));
        const QString id =
            d.addUserUrl(normalizeServerUrl(QStringLiteral("127.0.0.1:%1/v1/").arg(llama.port())));
        QCOMPARE(id, llama.baseUrl().toString());
        QTRY_COMPARE_WITH_TIMEOUT(find(d, llama.baseUrl()).kind, ServerKind::LlamaCpp, 5000);
        QCOMPARE(d.addUserUrl(llama.baseUrl()), id); // no duplicate
        QCOMPARE(d.servers().size(), 1);

        // A user address that is down stays listed with the reason.
        const quint16 dead = freePort();
        d.addUserUrl(local(dead));
        QTRY_COMPARE_WITH_TIMEOUT(find(d, local(dead)).status, ServerStatus::Down, 5000);
        QCOMPARE(d.servers().size(), 2);
        QVERIFY(find(d, local(dead))
                    .problem.message.contains(QStringLiteral("127.0.0.1:%1").arg(dead)));

        QSignalSpy removed(&d, &Discovery::serverRemoved);
        d.removeUserUrl(local(dead).toString());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(d.servers().size(), 1);
    }

    void noCallbackAfterTheContextIsGone()
    {
        FakeRawTcpService silent; // accepts, and says nothing at all
        silent.setBanner(QByteArray());
        QVERIFY(silent.listen());
        auto *context = new QObject;
        bool called = false;
        Http::get(&m_nam, Http::request(silent.baseUrl(), QStringLiteral("/"), 5000), context,
                  [&called](const Http::Response &) { called = true; });
        QTRY_VERIFY(silent.connectionCount() >= 1);
        QVERIFY(!called); // still waiting for an answer
        delete context;   // aborts the request; the callback must not run
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void normalisesTypedAddresses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host:port") << "gpu-box:11434"
                                   << "http://gpu-box:11434";
        QTest::newRow("url") << "http://10.0.0.5:1234/"
                             << "http://10.0.0.5:1234";
        QTest::newRow("api path") << "https://llm.example.com/v1"
                                  << "https://llm.example.com";
        QTest::newRow("spaces") << "  gpu-box:8080  "
                                << "http://gpu-box:8080";
        QTest::newRow("localhost stays as typed") << "https://localhost:8443"
                                                  << "https://localhost:8443";
        QTest::newRow("a port alone") << "8080"
                                      << "http://127.0.0.1:8080";
        QTest::newRow("a colon and a port") << ":1234"
                                            << "http://127.0.0.1:1234";
        QTest::newRow("port 0") << "gpu-box:0"
                                << "";
        QTest::newRow("port past 65535") << "70000"
                                         << "";
        QTest::newRow("ipv6") << "[::1]:11434"
                              << "http://[::1]:11434";
        QTest::newRow("openai endpoint pasted") << "http://10.0.0.5:8000/v1/chat/completions"
                                                << "http://10.0.0.5:8000";
        QTest::newRow("a hosted api's own prefix stays") << "https://openrouter.ai/api/v1"
                                                         << "https://openrouter.ai/api";
        QTest::newRow("a proxy mounted at /api stays") << "https://gpu-box.lan/api/"
                                                       << "https://gpu-box.lan/api";
        QTest::newRow("ollama endpoint pasted") << "http://gpu-box:11434/api/tags"
                                                << "http://gpu-box:11434";
        QTest::newRow("a proxy's own prefix stays") << "https://llm.example.com/ollama/"
                                                    << "https://llm.example.com/ollama";
        QTest::newRow("a prefix, then an api path") << "https://llm.example.com/ollama/api/chat"
                                                    << "https://llm.example.com/ollama";
        QTest::newRow("garbage") << "not a url at all"
                                 << "";
        QTest::newRow("ftp") << "ftp://x"
                             << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void normalisesTypedAddresses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const QUrl url = normalizeServerUrl(typed);
        QCOMPARE(url.isValid() ? url.toString() : QString(), expected);
    }

    void standardCandidates()
    {
        const DiscoveryConfig plain = DiscoveryConfig::standard(QString());
        QStringList ports;
        for (const DiscoveryCandidate &c : plain.candidates)
            ports << QString::number(c.url.port());
        QCOMPARE(ports, QStringList({QStringLiteral("11434"), QStringLiteral("1234"),
                                     QStringLiteral("8080"), QStringLiteral("9931"),
                                     QStringLiteral("8000")}));
        QVERIFY(
            std::all_of(plain.candidates.cbegin(), plain.candidates.cend(),
                        [](const DiscoveryCandidate &c) { return c.url.host() == u"127.0.0.1"; }));
        // OLLAMA_HOST naming the default adds nothing; another address is added as Ollama.
        QCOMPARE(DiscoveryConfig::standard(QStringLiteral("0.0.0.0")).candidates.size(), 5);
        const DiscoveryConfig remote = DiscoveryConfig::standard(QStringLiteral("gpu-box:11500"));
        QCOMPARE(remote.candidates.size(), 6);
        QCOMPARE(remote.candidates.last().url.toString(), QStringLiteral("http://gpu-box:11500"));
        QCOMPARE(remote.candidates.last().expectedKind, ServerKind::Ollama);
        QVERIFY(remote.candidates.last().fromEnvironment);
    }

    void scanJson()
    {
        FakeOllamaServer ollama;
        QVERIFY(ollama.listen());
        Discovery d(&m_nam, config({{ollama.baseUrl(), ServerKind::Ollama}}));
        d.start();
        QVERIFY(waitRound(d));
        const QJsonArray servers =
            ScanReport::json(d.servers()).object().value(u"servers").toArray();
        QCOMPARE(servers.size(), 1);
        const QJsonObject s = servers.first().toObject();
        QCOMPARE(s.value(u"url").toString(), ollama.baseUrl().toString());
        QCOMPARE(s.value(u"kind").toString(), QStringLiteral("ollama"));
        QCOMPARE(s.value(u"version").toString(), QStringLiteral("0.12.6"));
        QCOMPARE(s.value(u"models").toInt(), 2);
        QVERIFY(s.value(u"latencyMs").toInt() >= 0);
    }

    // Hardening: a port that streams forever, one connection per port, proxies, versions.
    void init()
    {
        // A reply read after it closed prints this; it must never happen.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
    }

    void portThatStreamsForeverEndsTheProbe_data()
    {
        QTest::addColumn<int>("pieceBytes");
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<bool>("lineBreaks");
        QTest::newRow("flood of lines") << 64 * 1024 << 0 << true;
        QTest::newRow("one endless line") << 64 * 1024 << 0 << false;
        QTest::newRow("trickle") << 16 << 40 << true; // never silent for the transfer timeout
    }
    void portThatStreamsForeverEndsTheProbe()
    {
        QFETCH(int, pieceBytes);
        QFETCH(int, intervalMs);
        QFETCH(bool, lineBreaks);
        FakeEndlessService endless;
        QVERIFY(endless.listen());
        endless.setPieceBytes(pieceBytes);
        endless.setTokenIntervalMs(intervalMs);
        endless.setLineBreaks(lineBreaks);
        DiscoveryConfig c = config({{endless.baseUrl(), ServerKind::Ollama}});
        c.probeTimeoutMs = 1000;
        Discovery d(&m_nam, c);
        QSignalSpy round(&d, &Discovery::roundFinished);
        QElapsedTimer clock;
        clock.start();
        d.start();
        QVERIFY(round.wait(10000));
        const qint64 ms = clock.elapsed();
        const ServerInfo s = find(d, endless.baseUrl());
        QCOMPARE(s.status, ServerStatus::Foreign);
        QVERIFY2(s.problem.message.contains(u"answers, but not as Ollama"),
                 qPrintable(s.problem.message));
        // Within the probe time (plus room for a busy machine), not whenever the port stops.
        QVERIFY2(ms < 4000, qPrintable(QString::number(ms)));
        QVERIFY(endless.bytesOffered() < 64 * ServerProbe::MaxBodyBytes);
    }

    void oneConnectionPerPortUntilItAnswers()
    {
        // A port that accepts but never says a word: one connection, not one per probe path.
        FakeRawTcpService silent;
        silent.setBanner({});
        QVERIFY(silent.listen());
        // An Ollama that takes a while to answer GET /: nothing else is asked meanwhile.
        FakeOllamaServer slow;
        QVERIFY(slow.listen());
        slow.setHandler([](const RecordedRequest &req, Responder &responder) {
            if (req.path == "/")
                responder.send(200, QByteArrayLiteral("text/plain; charset=utf-8"),
                               QByteArrayLiteral("Ollama is running"), {}, 400);
        });
        DiscoveryConfig c = config({{silent.baseUrl()}, {slow.baseUrl(), ServerKind::Ollama}});
        c.probeTimeoutMs = 1500;
        Discovery d(&m_nam, c);
        QSignalSpy round(&d, &Discovery::roundFinished);
        d.start();
        QTRY_VERIFY_WITH_TIMEOUT(!slow.requests().isEmpty(), 5000);
        QTest::qWait(150);
        QCOMPARE(slow.requests().size(), 1); // GET / alone, while it has not answered
        QVERIFY(round.wait(10000));
        QCOMPARE(silent.connectionCount(), 1);
        QCOMPARE(find(d, silent.baseUrl()).status, ServerStatus::Down);
        // Once it answered, the fingerprint paths followed, and Ollama was recognised.
        QVERIFY(slow.requests().size() > 2);
        QCOMPARE(find(d, slow.baseUrl()).kind, ServerKind::Ollama);
    }

    void reverseProxyWithNoServerBehindIt()
    {
        FakeReverseProxy proxy(502);
        QVERIFY(proxy.listen());
        Discovery d(&m_nam, config({{proxy.baseUrl()}}));
        QSignalSpy round(&d, &Discovery::roundFinished);
        d.start();
        QVERIFY(round.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(find(d, proxy.baseUrl()).status, ServerStatus::Down, 5000);
        const ServerInfo s = find(d, proxy.baseUrl());
        QCOMPARE(s.problem.httpStatus, 502);
        QVERIFY2(s.problem.message.contains(u"proxy"), qPrintable(s.problem.message));
        QVERIFY(!s.problem.message.contains(u"<html"));
    }

    void llamaServerVersionOnceItHasLoaded()
    {
        // While llama-server loads its model /props answers 503: the version comes later, from
        // the background re-probe, as soon as /props answers.
        FakeLlamaServer llama;
        QVERIFY(llama.listen());
        llama.setLoading(true);
        Discovery d(&m_nam, config({{llama.baseUrl(), ServerKind::LlamaCpp}}, 200));
        QSignalSpy round(&d, &Discovery::roundFinished);
        d.start();
        QVERIFY(round.wait(10000));
        QCOMPARE(find(d, llama.baseUrl()).kind, ServerKind::LlamaCpp);
        QVERIFY(find(d, llama.baseUrl()).version.isEmpty());
        llama.setLoading(false);
        QTRY_COMPARE_WITH_TIMEOUT(find(d, llama.baseUrl()).version,
                                  QStringLiteral("b6497-cd08fc3e"), 5000);
        QVERIFY(ScanReport::text(d.servers()).contains(u"llama.cpp b6497-cd08fc3e"));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
