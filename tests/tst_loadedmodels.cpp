// The one owner of "what is loaded": one request at a time per server, at the pace of the most
// eager reader, none without readers; a refresh during a request is followed by exactly one
// more; a server's kind decides through its capabilities whether sizes are memory.
#include "FakeLmStudioServer.h"
#include "FakeOllamaServer.h"
#include "discovery/Discovery.h"
#include "models/LoadedModels.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLoadedModels : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeOllamaServer> m_ollama;
    std::unique_ptr<FakeLmStudioServer> m_lmstudio;
    std::unique_ptr<Discovery> m_discovery;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<LoadedModels> m_loaded;

    QString ollamaId() const { return m_ollama->baseUrl().toString(QUrl::StripTrailingSlash); }
    QString lmStudioId() const { return m_lmstudio->baseUrl().toString(QUrl::StripTrailingSlash); }

    int psRequests() const
    {
        int n = 0;
        for (const RecordedRequest &r : m_ollama->requests())
            n += r.path == "/api/ps" ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_ollama = std::make_unique<FakeOllamaServer>();
        QVERIFY(m_ollama->listen());
        m_lmstudio = std::make_unique<FakeLmStudioServer>();
        QVERIFY(m_lmstudio->listen());
        DiscoveryConfig config;
        config.candidates = {{m_ollama->baseUrl(), ServerKind::Ollama},
                             {m_lmstudio->baseUrl(), ServerKind::LmStudio}};
        config.intervalMs = 0;
        m_discovery = std::make_unique<Discovery>(&m_nam, config);
        m_registry = std::make_unique<ProviderRegistry>(&m_nam);
        m_discovery->feed(m_registry.get());
        m_discovery->start();
        QTRY_VERIFY(m_registry->provider(ollamaId()) && m_registry->provider(lmStudioId()));
        m_loaded = std::make_unique<LoadedModels>(m_registry.get());
        m_ollama->clearRequests();
    }

    void cleanup()
    {
        m_loaded.reset();
        m_discovery.reset();
        m_registry.reset();
        m_ollama.reset();
        m_lmstudio.reset();
    }

    void nobodyReadingMeansNoRequests()
    {
        QVERIFY(!m_loaded->isWatched());
        QTest::qWait(300);
        QCOMPARE(psRequests(), 0);
        QVERIFY(!m_loaded->state(ollamaId()).known);
    }

    void theMostEagerReaderSetsThePace()
    {
        QObject page, monitor;
        m_loaded->watch(&page, 2000);
        m_loaded->watch(&monitor, 150);
        QCOMPARE(m_loaded->intervalMs(), 150);
        QSignalSpy updated(m_loaded.get(), &LoadedModels::updated);
        QTRY_VERIFY(psRequests() >= 2);
        QVERIFY(m_loaded->state(ollamaId()).known);
        m_loaded->release(&monitor);
        QCOMPARE(m_loaded->intervalMs(), 2000);
        m_loaded->watch(&page, 400); // watching again changes the interval
        QCOMPARE(m_loaded->intervalMs(), 400);
        m_loaded->release(&page);
        QVERIFY(!m_loaded->isWatched());
        QTest::qWait(100); // answers on their way land
        const int after = psRequests();
        QTest::qWait(500);
        QCOMPARE(psRequests(), after);
    }

    // A reader that wants some servers only: the others are not asked; a server two readers
    // want goes at the pace of the more eager one.
    void aServerNoReaderWantsIsNotAsked()
    {
        QObject monitor, page;
        Provider *ollama = m_registry->provider(ollamaId());
        m_loaded->watch(&monitor, 150, [ollama](Provider *p) { return p == ollama; });
        QCOMPARE(m_loaded->intervalMs(ollamaId()), 150);
        QCOMPARE(m_loaded->intervalMs(lmStudioId()), 0);
        m_lmstudio->clearRequests();
        QTRY_VERIFY(psRequests() >= 3);
        QCOMPARE(m_lmstudio->requests().size(), 0);
        QVERIFY(!m_loaded->state(lmStudioId()).known);

        m_loaded->watch(&page, 600); // every server
        QCOMPARE(m_loaded->intervalMs(ollamaId()), 150);
        QCOMPARE(m_loaded->intervalMs(lmStudioId()), 600);
        QTRY_VERIFY(m_loaded->state(lmStudioId()).known);
        // At 600 ms, LM Studio is asked less often than Ollama at 150 ms (about a quarter as
        // often; the bound is loose, as the machine may be busy).
        m_ollama->clearRequests();
        m_lmstudio->clearRequests();
        QTest::qWait(1800);
        const int fast = psRequests();
        const int slow = int(m_lmstudio->requests().size());
        QVERIFY2(slow >= 1 && slow < fast,
                 qPrintable(QStringLiteral("%1 vs %2").arg(slow).arg(fast)));
    }

    void aDestroyedReaderStopsReading()
    {
        {
            QObject reader;
            m_loaded->watch(&reader, 200);
            QVERIFY(m_loaded->isWatched());
        }
        QVERIFY(!m_loaded->isWatched());
    }

    void refreshDuringARequestIsFollowedByExactlyOneMore()
    {
        QSignalSpy updated(m_loaded.get(), &LoadedModels::updated);
        m_loaded->refresh(ollamaId());
        m_loaded->refresh(ollamaId()); // the first is still out
        m_loaded->refresh(ollamaId());
        QTRY_COMPARE(updated.size(), 2);
        QTest::qWait(200);
        QCOMPARE(updated.size(), 2);
        QCOMPARE(psRequests(), 2);
        for (const QList<QVariant> &args : updated)
            QCOMPARE(args.first().toString(), ollamaId());
    }

    void statesCarryTheServersAnswer()
    {
        m_ollama->setRunningModels(QJsonArray{QJsonObject{{u"name"_s, u"llama3.2:latest"_s},
                                                          {u"model"_s, u"llama3.2:latest"_s},
                                                          {u"size"_s, 3000000000LL},
                                                          {u"size_vram"_s, 1000000000LL}}});
        QSignalSpy updated(m_loaded.get(), &LoadedModels::updated);
        m_loaded->refreshAll();
        QTRY_VERIFY(m_loaded->state(ollamaId()).known && m_loaded->state(lmStudioId()).known);
        const LoadedModels::State ollama = m_loaded->state(ollamaId());
        QVERIFY(!ollama.error.isError());
        QCOMPARE(ollama.models.size(), 1);
        QCOMPARE(ollama.models.first().id, QStringLiteral("llama3.2:latest"));
        QCOMPARE(ollama.models.first().sizeBytes, 3000000000LL);
        QCOMPARE(ollama.models.first().vramBytes, 1000000000LL);
        QVERIFY(ollama.memoryReported);           // /api/ps sizes are memory
        QVERIFY(!ollama.reportedTokensPerSecond); // Ollama publishes no rate
        // LM Studio's sizes are on disk: the Monitor must not chart them as memory.
        QVERIFY(!m_loaded->state(lmStudioId()).memoryReported);
    }

    void aForgottenServersStateGoes()
    {
        m_loaded->refresh(ollamaId());
        QTRY_VERIFY(m_loaded->state(ollamaId()).known);
        QSignalSpy updated(m_loaded.get(), &LoadedModels::updated);
        m_registry->serverRemoved(ollamaId()); // the user removed it
        QVERIFY(!m_loaded->state(ollamaId()).known);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.first().first().toString(), ollamaId());
    }

    void anAnswerForAReplacedProviderIsDropped()
    {
        QSignalSpy updated(m_loaded.get(), &LoadedModels::updated);
        m_loaded->refresh(ollamaId());
        m_registry->serverRemoved(ollamaId()); // while the request is out
        QTest::qWait(300);
        QVERIFY(!m_loaded->state(ollamaId()).known);
        QCOMPARE(updated.size(), 0); // nothing was known, nothing to announce
    }
};

QTEST_GUILESS_MAIN(TestLoadedModels)
#include "tst_loadedmodels.moc"
