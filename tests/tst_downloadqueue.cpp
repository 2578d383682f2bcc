// The download queue against the fake Ollama: progress through the quirks, cancel, resume,
// errors inside a 200 stream, stalls, retries, and how often the ui hears about it.
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "Responder.h"
#include "discovery/Discovery.h"
#include "models/DownloadQueue.h"
#include "models/ModelCatalog.h"
#include "net/AuthorizingNetworkManager.h"
#include "net/TokenSource.h"
#include "providers/ChatStream.h"
#include "providers/LmStudioProvider.h"
#include "providers/OllamaProvider.h"
#include "providers/ProviderRegistry.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDownloadQueue : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeOllamaServer> m_server;
    std::unique_ptr<Discovery> m_discovery;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<DownloadQueue> m_queue;
    QString m_id;

    const DownloadItem &item(int id) const { return *m_queue->item(id); }
    // A short chat with llama3.2, which loads it; false when it never ends.
    bool answerOnce(OllamaProvider &provider)
    {
        ChatRequest req;
        req.model = QStringLiteral("llama3.2");
        req.messages = {{ChatTurn::Role::User, QStringLiteral("hi")}};
        ChatStream *s = provider.startChat(req, this);
        QSignalSpy finished(s, &ChatStream::finished);
        return finished.wait(5000);
    }

    // An LM Studio provider that has found the REST API v1 (by listing), polling every 50 ms.
    std::unique_ptr<LmStudioProvider> lmStudio(FakeLmStudioServer &lm)
    {
        auto provider = std::make_unique<LmStudioProvider>(lm.baseUrl(), &m_nam);
        provider->setDownloadPollMs(50);
        bool listed = false;
        provider->listModels(this, [&listed](const ModelListResult &) { listed = true; });
        if (!QTest::qWaitFor([&listed] { return listed; }, 5000) || !provider->store())
            qFatal("LM Studio fake: no model list");
        return provider;
    }

    bool waitOver(int id, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return m_queue->item(id)->isOver(); }, timeoutMs);
    }

    // The server's next model list answers 400 ms late, with a model "gone:latest" in it;
    // `*first` turns false once it is asked for. The lists after it answer at once.
    void answerTheFirstListLate(bool *first)
    {
        m_server->setHandler([first](const RecordedRequest &r, Responder &responder) {
            if (r.path != "/api/tags" || !std::exchange(*first, false))
                return;
            responder.sendJson(200,
                               R"({"models":[{"name":"gone:latest","model":"gone:latest",)"
                               R"("size":1000,"digest":"ab","details":{}}]})",
                               400);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeOllamaServer>();
        QVERIFY(m_server->listen());
        m_server->setTokenIntervalMs(5);
        m_server->setPullBytesPerTick(64 * 1024 * 1024);
        DiscoveryConfig config;
        config.candidates = {{m_server->baseUrl(), ServerKind::Ollama}};
        config.intervalMs = 0;
        m_discovery = std::make_unique<Discovery>(&m_nam, config);
        m_registry = std::make_unique<ProviderRegistry>(&m_nam);
        m_discovery->feed(m_registry.get());
        m_discovery->start();
        QTRY_VERIFY(m_registry->activeProvider());
        m_id = m_registry->activeServerId();
        m_queue = std::make_unique<DownloadQueue>(m_registry.get());
        DownloadQueue::Policy policy;
        policy.firstRetryDelayMs = 50;
        policy.stallTimeoutMs = 400;
        m_queue->setPolicy(policy);
    }

    void cleanup()
    {
        m_queue.reset();
        m_registry.reset();
        m_discovery.reset();
        m_server.reset();
    }

    void progressHoldsThroughTheQuirks()
    {
        m_server->setPullQuirks(true);
        m_server->setPullBytesPerTick(16 * 1024 * 1024);
        QList<double> fractions;
        QList<qint64> totals;
        QList<double> speeds;
        connect(m_queue.get(), &DownloadQueue::itemChanged, this, [&](int id) {
            fractions << item(id).progress.fraction;
            totals << item(id).progress.totalBytes;
            if (item(id).progress.bytesPerSecond)
                speeds << *item(id).progress.bytesPerSecond;
            if (item(id).progress.etaSeconds)
                QVERIFY(*item(id).progress.etaSeconds >= 0);
        });
        const int id = m_queue->enqueue(m_id, QStringLiteral("llama3.2:1b"));
        QVERIFY(waitOver(id));
        QCOMPARE(item(id).state, DownloadItem::State::Done);
        QVERIFY(fractions.size() > 3);
        for (int i = 0; i < fractions.size(); ++i) {
            QVERIFY(fractions[i] >= 0.0 && fractions[i] <= 1.0);
            // Back only when a layer joined, never for the quirks' rollback.
            if (i > 0)
                QVERIFY2(fractions[i] >= fractions[i - 1] || totals[i] > totals[i - 1],
                         "the bar went backwards");
        }
        for (double s : speeds)
            QVERIFY(s >= 0.0);
        QCOMPARE(item(id).progress.fraction, 1.0);
        // One model-level figure over all its layers.
        QVERIFY(item(id).progress.totalBytes > 1'000'000'000);
        QVERIFY(m_server->modelNames().contains(QStringLiteral("llama3.2:1b")));
    }

    void cancelThenPullAgainResumes()
    {
        m_server->setPullBytesPerTick(8 * 1024 * 1024);
        m_server->setTokenIntervalMs(20);
        const int id = m_queue->enqueue(m_id, QStringLiteral("phi3"));
        QTRY_VERIFY(item(id).progress.completedBytes > 32 * 1024 * 1024);
        m_queue->cancel(id);
        // Cancel closes the connection at once: the state is final when cancel() returns.
        QCOMPARE(item(id).state, DownloadItem::State::Cancelled);
        QVERIFY(item(id).serverKeepsPartial);
        const qint64 had = item(id).progress.completedBytes;
        const int lines = int(m_server->requests().size());
        QTest::qWait(100);
        QCOMPARE(m_server->requests().size(), lines); // nothing more was asked

        // Pulling again continues from what the server kept.
        m_server->setTokenIntervalMs(5);
        m_server->setPullBytesPerTick(256 * 1024 * 1024);
        qint64 firstSeen = -1;
        qint64 present = -1;
        connect(m_queue.get(), &DownloadQueue::itemChanged, this, [&](int changed) {
            if (firstSeen < 0 && item(changed).progress.completedBytes > 0) {
                firstSeen = item(changed).progress.completedBytes;
                present = item(changed).progress.alreadyPresentBytes;
            }
        });
        m_queue->retry(id);
        QVERIFY(waitOver(id));
        QCOMPARE(item(id).state, DownloadItem::State::Done);
        QVERIFY2(firstSeen >= had * 9 / 10,
                 qPrintable(QStringLiteral("%1 < %2").arg(firstSeen).arg(had)));
        QVERIFY(present > 0);
    }

    // Cancelled, then asked again with Download: Retry on the cancelled row would start the
    // same download twice on one server. It waits until the other is over.
    void aRetryNeverDownloadsTheSameModelTwice()
    {
        m_server->setPullBytesPerTick(8 * 1024 * 1024);
        m_server->setTokenIntervalMs(20);
        const int first = m_queue->enqueue(m_id, QStringLiteral("phi3"));
        QTRY_VERIFY(item(first).progress.completedBytes > 0);
        m_queue->cancel(first);
        const int again = m_queue->enqueue(m_id, QStringLiteral("phi3"));
        QVERIFY(again != first);
        QVERIFY(m_queue->hasActiveTwin(first));
        QVERIFY(!m_queue->hasActiveTwin(again));
        QVERIFY(!m_queue->retry(first));
        QCOMPARE(item(first).state, DownloadItem::State::Cancelled);
        int active = 0;
        for (const DownloadItem &i : m_queue->items())
            active += !i.isOver();
        QCOMPARE(active, 1);
        // The other one over, the first can be tried again.
        m_queue->cancel(again);
        QVERIFY(!m_queue->hasActiveTwin(first));
        m_server->setTokenIntervalMs(5);
        m_server->setPullBytesPerTick(256 * 1024 * 1024);
        QVERIFY(m_queue->retry(first));
        QVERIFY(waitOver(first));
        QCOMPARE(item(first).state, DownloadItem::State::Done);
    }

    // A server behind a proxy that refuses the token LocalForge sent: Unload and the details
    // say the token was refused (it may be wrong), not that one is missing.
    void aRefusedTokenIsSaidSoByUnloadAndDetails()
    {
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest &, Responder &responder) {
            responder.sendJson(401, R"({"error":"unauthorized"})");
        });
        struct OneToken final : TokenSource
        {
            QString id;
            QStringList serverIds() const override { return {id}; }
            QString token(const QString &s) const override
            {
                return s == id ? QStringLiteral("wrong") : QString();
            }
        } tokens;
        tokens.id = server.baseUrl().toString();
        AuthorizingNetworkManager nam(&tokens);
        OllamaProvider provider(server.baseUrl(), &nam);
        std::optional<ApiError> unloaded;
        LoadedModel model;
        model.id = QStringLiteral("llama3.2:latest");
        provider.unload(model, this, [&](const ApiError &e) { unloaded = e; });
        QTRY_VERIFY(unloaded);
        QVERIFY2(unloaded->message.contains(u"refused the API token"),
                 qPrintable(unloaded->message));
        std::optional<ApiError> detailed;
        provider.details(model.id, this, [&](const ModelDetails &d) { detailed = d.error; });
        QTRY_VERIFY(detailed);
        QVERIFY2(detailed->message.contains(u"refused the API token"),
                 qPrintable(detailed->message));
    }

    // Why an LM Studio cannot download: not "older than 0.4" while its list could not be read
    // (a token needed), and once updated to 0.4 while LocalForge runs, it can.
    void lmStudioSaysWhyItCannotDownloadYet()
    {
        FakeLmStudioServer server;
        QVERIFY(server.listen());
        server.setRequireToken("secret");
        LmStudioProvider p(server.baseUrl(), &m_nam);
        p.setApiRecheckMs(0);
        const auto list = [&] {
            std::optional<ModelListResult> got;
            p.listModels(this, [&got](const ModelListResult &r) { got = r; });
            return QTest::qWaitFor([&got] { return got.has_value(); }, 5000)
                       ? got->error
                       : ApiError::invalid(u"no answer"_s);
        };
        QVERIFY(list().isError()); // 401
        QVERIFY(!p.store());
        QVERIFY2(!p.cannotDownloadReason().contains(u"older than 0.4") &&
                     p.cannotDownloadReason().contains(u"model list"),
                 qPrintable(p.cannotDownloadReason()));

        server.setRequireToken({});
        server.setApiLevel(FakeLmStudioServer::ApiLevel::V0Only);
        QVERIFY(!list().isError());
        QCOMPARE(p.nativeApi(), LmStudioProvider::NativeApi::V0);
        QVERIFY(p.cannotDownloadReason().contains(u"older than 0.4"));

        server.setApiLevel(FakeLmStudioServer::ApiLevel::V1); // updated while it runs
        QVERIFY(!list().isError());
        QCOMPARE(p.nativeApi(), LmStudioProvider::NativeApi::V1);
        QVERIFY(p.store());
        QVERIFY(p.cannotDownloadReason().isEmpty());
    }

    void errorInsideA200StreamFailsOnlyThatPull()
    {
        const int bad = m_queue->enqueue(m_id, QStringLiteral("llama9:70b"));
        const int good = m_queue->enqueue(m_id, QStringLiteral("qwen2.5:0.5b"));
        QCOMPARE(item(good).state, DownloadItem::State::Queued); // one at a time per server
        QVERIFY(waitOver(bad));
        QCOMPARE(item(bad).state, DownloadItem::State::Failed);
        QCOMPARE(item(bad).error.serverMessage,
                 QStringLiteral("pull model manifest: file does not exist"));
        QVERIFY(item(bad).error.message.contains(u"llama9:70b"));
        QCOMPARE(item(bad).attempt, 1); // a server's answer is not retried
        QVERIFY(waitOver(good));
        QCOMPARE(item(good).state, DownloadItem::State::Done);
    }

    void midStreamServerError()
    {
        m_server->setFault(FakeHttpServer::Fault::ServerError, 3);
        const int id = m_queue->enqueue(m_id, QStringLiteral("mistral"));
        QVERIFY(waitOver(id));
        QCOMPARE(item(id).state, DownloadItem::State::Failed);
        QCOMPARE(item(id).error.serverMessage, QStringLiteral("max retries exceeded: EOF"));
        QVERIFY(item(id).progress.fraction < 1.0);
    }

    // A pull that stops moving is tried again on its own, with a growing delay; one that
    // starts moving again then ends well, without the user.
    void aStalledPullIsTriedAgainOnItsOwn()
    {
        m_server->setFault(FakeHttpServer::Fault::Stall, 3);
        const int id = m_queue->enqueue(m_id, QStringLiteral("phi3"));
        QTRY_COMPARE_WITH_TIMEOUT(item(id).state, DownloadItem::State::Retrying, 5000);
        QCOMPARE(item(id).error.kind, ApiError::Kind::Timeout);
        QVERIFY2(item(id).error.message.contains(u"No progress"),
                 qPrintable(item(id).error.message));
        m_server->setFault(FakeHttpServer::Fault::None);
        QVERIFY(waitOver(id));
        QCOMPARE(item(id).state, DownloadItem::State::Done);
        QCOMPARE(item(id).attempt, 2);
    }

    void stalledPullCanBeRetried()
    {
        // Stalled on every try: after the last one it waits for Retry.
        m_server->setFault(FakeHttpServer::Fault::Stall, 3);
        const int id = m_queue->enqueue(m_id, QStringLiteral("phi3"));
        QVERIFY(waitOver(id, 15000));
        QCOMPARE(item(id).state, DownloadItem::State::Stalled);
        QCOMPARE(item(id).attempt, 4);
        m_server->setFault(FakeHttpServer::Fault::None);
        m_queue->retry(id);
        QVERIFY(waitOver(id));
        QCOMPARE(item(id).state, DownloadItem::State::Done);
    }

    void aRollbackFetchedAgainIsNotAStall()
    {
        // A failed part rolls `completed` back; the lines that fetch it again show no gain over
        // the most seen for longer than the stall timeout (400 ms here), but they are work.
        QList<QByteArray> lines{R"({"status":"pulling manifest"})"};
        auto blob = [](int completed) -> QByteArray {
            return QByteArray(R"({"status":"pulling aaaa","digest":"sha256:aaaa","total":1000,)"
                              R"("completed":)") +
                   QByteArray::number(completed) + "}";
        };
        lines << blob(600);
        for (int c = 100; c <= 600; c += 25) // 21 lines, 50 ms apart: about a second
            lines << blob(c);
        lines << blob(1000) << R"({"status":"verifying sha256 digest"})"
              << R"({"status":"writing manifest"})"
              << R"({"status":"success"})";
        m_server->setPullScript(lines);
        m_server->setTokenIntervalMs(50);
        const int id = m_queue->enqueue(m_id, QStringLiteral("slowfix:1b"));
        QVERIFY(waitOver(id));
        QCOMPARE(item(id).state, DownloadItem::State::Done);
        QCOMPARE(item(id).attempt, 1);
    }

    void aPageInsteadOfProgressIsNotRetried()
    {
        // A proxy's or a login page answers the pull with 200: no line of progress at all. Not
        // a cut stream to try three times, and said as such.
        m_server->setHandler([](const RecordedRequest &r, Responder &out) {
            if (r.path == "/api/pull")
                out.send(200, "text/html", "<html><body><h1>Sign in</h1></body></html>\n");
        });
        const int id = m_queue->enqueue(m_id, QStringLiteral("phi3"));
        QVERIFY(waitOver(id));
        QCOMPARE(item(id).state, DownloadItem::State::Failed);
        QCOMPARE(item(id).attempt, 1);
        QCOMPARE(item(id).error.kind, ApiError::Kind::WrongService);
        QVERIFY2(item(id).error.message.contains(u"not as Ollama"),
                 qPrintable(item(id).error.message));
    }

    void networkFailureRetriesWithBackoff()
    {
        m_server->setFault(FakeHttpServer::Fault::CutStream, 3);
        QSignalSpy changed(m_queue.get(), &DownloadQueue::itemChanged);
        const int id = m_queue->enqueue(m_id, QStringLiteral("phi3"));
        QTRY_COMPARE(item(id).state, DownloadItem::State::Retrying);
        m_server->setFault(FakeHttpServer::Fault::None);
        QVERIFY(waitOver(id));
        QCOMPARE(item(id).state, DownloadItem::State::Done);
        QCOMPARE(item(id).attempt, 2);
    }

    void retriesAreBounded()
    {
        m_server->setFault(FakeHttpServer::Fault::CutStream, 2);
        const int id = m_queue->enqueue(m_id, QStringLiteral("phi3"));
        QVERIFY(waitOver(id));
        QCOMPARE(item(id).state, DownloadItem::State::Failed);
        QCOMPARE(item(id).attempt, 4);
        QCOMPARE(item(id).error.kind, ApiError::Kind::StreamCut);
        // A download's words, not a chat answer's: the parts stay on the server, Retry resumes.
        const QString said = item(id).error.message;
        QVERIFY2(said.contains(u"phi3") && said.contains(u"stay on the server") &&
                     said.contains(u"Retry resumes"),
                 qPrintable(said));
        QVERIFY2(!said.contains(u"answer") && !said.contains(u"written"), qPrintable(said));
    }

    void updatesAtMostTenTimesASecond()
    {
        m_server->setTokenIntervalMs(0);
        m_server->setPullBytesPerTick(2 * 1024 * 1024); // a thousand lines, as fast as they come
        int updates = 0;
        connect(m_queue.get(), &DownloadQueue::itemChanged, this, [&updates] { ++updates; });
        QElapsedTimer t;
        t.start();
        const int id = m_queue->enqueue(m_id, QStringLiteral("phi3"));
        QVERIFY(waitOver(id, 60000));
        QCOMPARE(item(id).state, DownloadItem::State::Done);
        const int lines = int(item(id).progress.totalBytes / (1024 * 1024));
        qInfo("%d progress lines in %lld ms gave %d updates", lines, t.elapsed(), updates);
        QVERIFY(lines > 500);
        // 10 a second, plus the state changes (start, phases, done) that are sent at once.
        QVERIFY(updates <= t.elapsed() / 100 + 8);
    }

    void deleteAndUnloadUpdateTheLists()
    {
        auto *provider = qobject_cast<OllamaProvider *>(m_registry->activeProvider());
        QVERIFY(provider);
        provider->setUnloadPollIntervalMs(50);
        ModelCatalog catalog(m_registry.get());
        catalog.refresh(m_id);
        QTRY_COMPARE(catalog.models(m_id).size(), 2);
        bool deleted = false;
        provider->deleteModel(QStringLiteral("deepseek-r1:latest"), this, [&](const ApiError &e) {
            QVERIFY(!e.isError());
            deleted = true;
            catalog.refresh(m_id);
        });
        QTRY_VERIFY(deleted);
        QTRY_COMPARE(catalog.models(m_id).size(), 1);
        QCOMPARE(m_server->requests().constLast().method, QByteArray("GET"));

        // A chat loads the model; unload waits until /api/ps no longer lists it.
        QList<LoadedModel> loaded;
        auto refreshLoaded = [&] {
            bool done = false;
            provider->loadedModels(this, [&](const LoadedModelsResult &r) {
                loaded = r.models;
                done = true;
            });
            QVERIFY(QTest::qWaitFor([&done] { return done; }, 5000));
        };
        QVERIFY(answerOnce(*provider)); // loads llama3.2
        refreshLoaded();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded[0].vramBytes, loaded[0].sizeBytes); // all on the GPU by default
        bool unloaded = false;
        provider->unload(loaded[0], this, [&](const ApiError &e) {
            QVERIFY(!e.isError());
            unloaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(unloaded, 5000);
        refreshLoaded();
        QVERIFY(loaded.isEmpty()); // gone when the callback came, not later
    }

    void aListAskedForDuringAReadingIsReadAgain()
    {
        // A model is deleted while the list is being read (the reading started before): the
        // list is read again after it, not left showing the model.
        ModelCatalog catalog(m_registry.get());
        bool first = true;
        answerTheFirstListLate(&first);
        catalog.refresh(m_id);
        QTRY_VERIFY(!first); // the first reading is under way, with the old list
        m_server->setModels({});
        catalog.refresh(m_id);
        QTRY_VERIFY_WITH_TIMEOUT(catalog.models(m_id).isEmpty() && !catalog.isLoading(m_id), 5000);
        QTest::qWait(600); // past the first reading's answer: still empty
        QVERIFY(catalog.models(m_id).isEmpty());
    }

    void aListReadFromARemovedServerIsDropped()
    {
        // The server is removed while its list is being read: the answer, when it comes, puts
        // back neither its models nor an error about it.
        ModelCatalog catalog(m_registry.get());
        bool first = true;
        answerTheFirstListLate(&first);
        catalog.refresh(m_id);
        QTRY_VERIFY(!first); // the reading is under way
        QVERIFY(catalog.isLoading(m_id));
        m_registry->serverRemoved(m_id);
        QVERIFY(!catalog.isLoading(m_id));
        QTest::qWait(700); // past the reading's answer
        QVERIFY(catalog.models(m_id).isEmpty());
        QVERIFY2(!catalog.lastError(m_id).isError(), qPrintable(catalog.lastError(m_id).message));
    }

    void anUnloadStillAnswersWhenItsServerIsRemoved()
    {
        // Removed while it waits for /api/ps to let go of the model: the caller (a cold
        // benchmark run, the Models page) hears back instead of waiting for ever.
        m_server->setUnloadDelayMs(3000);
        auto provider = std::make_unique<OllamaProvider>(m_server->baseUrl(), &m_nam);
        provider->setUnloadPollIntervalMs(100);
        QVERIFY(answerOnce(*provider)); // loads llama3.2
        LoadedModel model;
        model.id = QStringLiteral("llama3.2:latest");
        std::optional<ApiError> answer;
        provider->unload(model, this, [&](const ApiError &e) { answer = e; });
        QTRY_VERIFY(m_server->requests().constLast().path == "/api/ps");
        provider.reset();
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 2000);
        QVERIFY(answer->isError());
        // Not a server that speaks another protocol: it was removed, and nothing more was done.
        QCOMPARE(answer->kind, ApiError::Kind::ServerRemoved);
        QVERIFY2(answer->message.contains(u"removed from LocalForge") &&
                     answer->message.contains(u"nothing more"),
                 qPrintable(answer->message));
        QVERIFY2(!answer->message.contains(u"protocol"), qPrintable(answer->message));
    }

    void lmStudioDownloadLoadUnload()
    {
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        lm.setDownloadBytesPerSecond(4'000'000'000);
        std::unique_ptr<LmStudioProvider> owner = lmStudio(lm);
        LmStudioProvider &provider = *owner;
        QVERIFY(!provider.store()->canDelete());

        ModelDownload *d = provider.store()->pull(QStringLiteral("ibm/granite-4-micro"), this);
        QSignalSpy finished(d, &ModelDownload::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(0).value<ApiError>().isError());
        QCOMPARE(d->snapshot().fraction, 1.0);

        bool loaded = false;
        provider.load(QStringLiteral("ibm/granite-4-micro"), LoadOptions{8192, {}}, this,
                      [&](const ApiError &e) {
                          QVERIFY2(!e.isError(), qPrintable(e.message));
                          loaded = true;
                      });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 5000);
        QList<LoadedModel> models;
        bool got = false;
        provider.loadedModels(this, [&](const LoadedModelsResult &r) {
            models = r.models;
            got = true;
        });
        QTRY_VERIFY(got);
        const auto it = std::find_if(models.cbegin(), models.cend(), [](const LoadedModel &m) {
            return m.id == u"ibm/granite-4-micro";
        });
        QVERIFY(it != models.cend());
        QCOMPARE(it->contextLength, 8192);
        bool unloaded = false;
        provider.unload(*it, this, [&](const ApiError &e) {
            QVERIFY(!e.isError());
            unloaded = true;
        });
        QTRY_VERIFY(unloaded);
        QVERIFY(!lm.loadedInstanceIds().contains(it->instanceId));
    }

    void aDownloadPausedInLmStudioIsNotAStall()
    {
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        lm.setDownloadSizeBytes(2000);
        lm.setDownloadBytesPerSecond(1000);
        DiscoveryConfig config;
        config.candidates = {{lm.baseUrl(), ServerKind::LmStudio}};
        config.intervalMs = 0;
        Discovery discovery(&m_nam, config);
        ProviderRegistry registry(&m_nam);
        discovery.feed(&registry);
        discovery.start();
        QTRY_VERIFY(registry.activeProvider());
        auto *provider = qobject_cast<LmStudioProvider *>(registry.activeProvider());
        QVERIFY(provider);
        provider->setDownloadPollMs(50);
        bool listed = false;
        provider->listModels(this, [&listed](const ModelListResult &) { listed = true; });
        QTRY_VERIFY(listed && provider->store());
        DownloadQueue queue(&registry);
        DownloadQueue::Policy policy;
        policy.stallTimeoutMs = 400;
        queue.setPolicy(policy);
        const int id = queue.enqueue(registry.activeServerId(), QStringLiteral("ibm/granite"));
        const DownloadItem &job = *queue.item(id);
        QTRY_VERIFY(job.progress.completedBytes > 0);
        lm.setDownloadsPaused(true);
        QTRY_VERIFY(job.progress.paused);
        QTest::qWait(3 * policy.stallTimeoutMs); // paused far beyond the stall limit
        QCOMPARE(job.state, DownloadItem::State::Pulling);
        QVERIFY(job.progress.paused);
        lm.setDownloadsPaused(false); // resumed in LM Studio: it goes on to the end
        QTRY_VERIFY_WITH_TIMEOUT(job.isOver(), 10000);
        QCOMPARE(job.state, DownloadItem::State::Done);
        QCOMPARE(job.attempt, 1);
    }

    void lmStudioFailedDownload()
    {
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        lm.setDownloadFails(true);
        lm.setDownloadBytesPerSecond(4'000'000'000);
        std::unique_ptr<LmStudioProvider> provider = lmStudio(lm);
        ModelDownload *d = provider->store()->pull(QStringLiteral("ibm/granite-4-micro"), this);
        QSignalSpy finished(d, &ModelDownload::finished);
        QVERIFY(finished.wait(10000));
        const ApiError e = finished.first().at(0).value<ApiError>();
        QVERIFY(e.isError());
        QVERIFY(e.message.contains(u"ibm/granite-4-micro"));
        // Its own words, not passed off as the server's, and no promise to resume.
        QVERIFY(e.serverMessage.isEmpty());
        QVERIFY2(e.message.contains(u"starts over"), qPrintable(e.message));
    }

    // LM Studio answers some errors with a 200 and {"error": ...}, on the download request
    // and on its status; other failures say what LM Studio said, or what went wrong.
    void lmStudioDownloadErrors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("kind");
        QTest::newRow("too old for downloads")
            << QByteArray("POST") << 200
            << QByteArray(
                   R"x({"error":"Unexpected endpoint or method. (POST /api/v1/models/download)"})x")
            << u"0.4 or later"_s << int(ApiError::Kind::Server);
        QTest::newRow("unknown name, 400")
            << QByteArray("POST") << 400
            << QByteArray(
                   R"({"error":{"message":"Model not found in catalog","type":"invalid_request"}})")
            << u"“Model not found in catalog”"_s << int(ApiError::Kind::Server);
        QTest::newRow("error in a 200 status")
            << QByteArray("GET") << 200
            << QByteArray(R"({"error":{"type":"job_not_found","message":"No job with this id"}})")
            << u"stopped reporting on the download of ibm/granite-4-micro: “No job with this id”"_s
            << int(ApiError::Kind::Server);
        QTest::newRow("busy, 503, empty")
            << QByteArray("GET") << 503 << QByteArray() << u"503"_s << int(ApiError::Kind::Http);
        QTest::newRow("token refused") << QByteArray("POST") << 401
                                       << QByteArray(R"({"error":{"type":"invalid_request",)"
                                                     R"("code":"invalid_api_key","message":"x"}})")
                                       << u"token"_s << int(ApiError::Kind::Http);
    }

    void lmStudioDownloadErrors()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        QFETCH(int, kind);
        FakeLmStudioServer lm;
        QVERIFY(lm.listen());
        lm.setDownloadBytesPerSecond(1000); // still downloading when the status is asked
        lm.setHandler([&](const RecordedRequest &r, Responder &out) {
            if (r.method == method && r.path.startsWith("/api/v1/models/download"))
                out.send(status, "application/json", body);
        });
        std::unique_ptr<LmStudioProvider> provider = lmStudio(lm);
        ModelDownload *d = provider->store()->pull(QStringLiteral("ibm/granite-4-micro"), this);
        QSignalSpy finished(d, &ModelDownload::finished);
        QVERIFY(finished.wait(5000));
        const ApiError e = finished.first().at(0).value<ApiError>();
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        // LM Studio keeps nothing of a download it gave up: never "resume".
        QVERIFY2(!e.message.contains(u"resume"), qPrintable(e.message));
    }

    void loadingAModelTheServerDoesNotHaveIsAnError()
    {
        // Unlike a delete, a load of a missing model did not do what was asked.
        ApiError error;
        bool done = false;
        m_registry->activeProvider()->loader()->load(QStringLiteral("llama9:70b"), {}, this,
                                                     [&](const ApiError &e) {
                                                         error = e;
                                                         done = true;
                                                     });
        QTRY_VERIFY(done);
        QVERIFY(error.isError());
        QCOMPARE(error.kind, ApiError::Kind::ModelMissing);
    }

    void deletingAModelAlreadyGoneIsNotAnError()
    {
        // Removed by another client since the list was read: Ollama's 404 means it is gone,
        // which is what was asked; advice to download it would be absurd.
        auto *provider = m_registry->activeProvider();
        auto remove = [&](const QString &name) {
            ApiError error;
            bool done = false;
            provider->store()->deleteModel(name, this, [&](const ApiError &e) {
                error = e;
                done = true;
            });
            if (!QTest::qWaitFor([&done] { return done; }, 5000))
                qFatal("no answer to the delete");
            return error;
        };
        const ApiError gone = remove(QStringLiteral("nope:1b"));
        QVERIFY2(!gone.isError(), qPrintable(gone.message));
        // A 404 that is not Ollama's (a proxy's page) stays an error.
        m_server->setHandler([](const RecordedRequest &r, Responder &out) {
            if (r.path == "/api/delete")
                out.sendText(404, "404 page not found");
        });
        const ApiError proxy = remove(QStringLiteral("llama3.2:1b"));
        QCOMPARE(proxy.httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestDownloadQueue)
#include "tst_downloadqueue.moc"
