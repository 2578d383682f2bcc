// Memory estimates against free RAM and VRAM, and /proc/meminfo parsing.
#include "TestData.h"
#include "metrics/MemoryInfo.h"
#include "models/FitAdvice.h"

#include <QTest>

namespace {
constexpr qint64 GiB = 1024LL * 1024 * 1024;
}

class TestFitAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Which host's memory counts: this machine's only for an address that is this machine.
    void hostOfAServer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("here");
        QTest::newRow("loopback") << "http://127.0.0.1:11434" << true;
        QTest::newRow("localhost") << "http://LocalHost:1234" << true;
        QTest::newRow("ipv6 loopback") << "http://[::1]:8080" << true;
        QTest::newRow("remote") << "http://192.0.2.7:11434" << false;
        QTest::newRow("remote name") << "http://gpu-box.example:11434" << false;
    }
    void hostOfAServer()
    {
        QFETCH(QString, url);
        QFETCH(bool, here);
        FitAdvice::Machine machine;
        machine.freeRamBytes = 20 * GiB;
        machine.freeVramBytes = 6 * GiB;
        machine.hasGpu = true;
        const FitAdvice::Host host = FitAdvice::hostOf(QUrl(url), machine);
        QCOMPARE(host.freeRamBytes.has_value(), here);
        QCOMPARE(host.freeVramBytes.has_value(), here);
        QCOMPARE(FitAdvice::hasGpu(QUrl(url), machine), here);
        if (here) {
            QCOMPARE(*host.freeRamBytes, 20 * GiB);
            QCOMPARE(*host.freeVramBytes, 6 * GiB);
        }
    }

    // A model already loaded gives its memory back before it is loaded again; other models
    // do not get it.
    void loadedMemoryCountsForItsModel_data()
    {
        QTest::addColumn<qint64>("vram"); // free VRAM, -1: no GPU
        QTest::addColumn<bool>("unified");
        QTest::addColumn<qint64>("held");    // the model's size in memory
        QTest::addColumn<qint64>("heldGpu"); // of which on the GPU, -1: not reported
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("ramAfter");
        QTest::addColumn<qint64>("vramAfter"); // -1: none
        QTest::newRow("split on a gpu")
            << 2 * GiB << false << 4 * GiB << 3 * GiB << "llama3.2" << 9 * GiB << 5 * GiB;
        QTest::newRow("all on the gpu")
            << 2 * GiB << false << 4 * GiB << 4 * GiB << "llama3.2" << 8 * GiB << 6 * GiB;
        QTest::newRow("cpu only") << qint64(-1) << false << 4 * GiB << qint64(0) << "llama3.2"
                                  << 12 * GiB << qint64(-1);
        QTest::newRow("unified") << qint64(-1) << true << 4 * GiB << 4 * GiB << "llama3.2"
                                 << 12 * GiB << qint64(-1);
        QTest::newRow("vram not reported")
            << 2 * GiB << false << 4 * GiB << qint64(-1) << "llama3.2" << 12 * GiB << 2 * GiB;
        QTest::newRow("another model")
            << 2 * GiB << false << 4 * GiB << 3 * GiB << "phi3" << 8 * GiB << 2 * GiB;
    }
    void loadedMemoryCountsForItsModel()
    {
        QFETCH(qint64, vram);
        QFETCH(bool, unified);
        QFETCH(qint64, held);
        QFETCH(qint64, heldGpu);
        QFETCH(QString, model);
        QFETCH(qint64, ramAfter);
        QFETCH(qint64, vramAfter);
        FitAdvice::Host host;
        host.freeRamBytes = 8 * GiB;
        if (vram >= 0)
            host.freeVramBytes = vram;
        host.unifiedMemory = unified;
        LoadedModel loaded;
        loaded.id = QStringLiteral("llama3.2");
        loaded.sizeBytes = held;
        loaded.vramBytes = heldGpu;
        const FitAdvice::Host after = FitAdvice::withLoaded(host, {loaded}, model);
        QCOMPARE(*after.freeRamBytes, ramAfter);
        QCOMPARE(after.freeVramBytes.value_or(-1), vramAfter);
        QCOMPARE(after.unifiedMemory, unified);
    }

    void whereALoadedModelSits_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("vram");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("cpuOnlyWarning"); // on a host with a GPU
        QTest::newRow("all on gpu") << 4 * GiB << 4 * GiB << "all on GPU" << false;
        QTest::newRow("cpu only") << 4 * GiB << qint64(0) << "CPU only" << true;
        QTest::newRow("split") << 4 * GiB << 3 * GiB << "split: 75% GPU / 25% CPU" << false;
        QTest::newRow("not reported") << 4 * GiB << qint64(-1) << "not reported" << false;
        QTest::newRow("more on gpu than in all") << GiB << 2 * GiB << "not reported" << false;
        QTest::newRow("no size") << qint64(-1) << qint64(0) << "not reported" << false;
    }
    void whereALoadedModelSits()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, vram);
        QFETCH(QString, shown);
        QFETCH(bool, cpuOnlyWarning);
        LoadedModel m;
        m.sizeBytes = size;
        m.vramBytes = vram;
        QCOMPARE(FitAdvice::gpuShare(m), shown);
        QCOMPARE(FitAdvice::cpuOnlyDespiteGpu(m, true), cpuOnlyWarning);
        QVERIFY(!FitAdvice::cpuOnlyDespiteGpu(m, false)); // no GPU: nothing to warn about
    }

    void dimensionsFromShow()
    {
        const QJsonObject info =
            testJson(QStringLiteral("ollama/show.json")).value(u"model_info").toObject();
        const auto d = FitAdvice::fromOllamaModelInfo(info);
        QVERIFY(d);
        QCOMPARE(d->layers, 32);
        QCOMPARE(d->embedding, 4096);
        QCOMPARE(d->heads, 32);
        QCOMPARE(d->kvHeads, 8);
        QCOMPARE(d->trainedContext, 8192);
        // Llama 3 8B at 8192 tokens: 2 × 32 × 8192 × 8 × 128 × 2 bytes = 1 GiB.
        QCOMPARE(FitAdvice::kvCacheBytes(*d, 8192), GiB);
        QVERIFY(!FitAdvice::fromOllamaModelInfo(QJsonObject()));
    }

    // Gemma 4 as /api/show gives it: keys and values of 512 per head (embedding / heads is
    // 320), 18 of its 42 layers reusing earlier layers' cache, and sliding-window layers.
    void dimensionsOfAModelWithItsOwnKeyLength()
    {
        const QJsonObject info =
            testJson(QStringLiteral("ollama/show-gemma4.json")).value(u"model_info").toObject();
        const auto d = FitAdvice::fromOllamaModelInfo(info);
        QVERIFY(d);
        QCOMPARE(d->layers, 42);
        QCOMPARE(d->kvHeads, 2);
        QCOMPARE(d->keyLength, 512);
        QCOMPARE(d->valueLength, 512);
        QCOMPARE(d->sharedKvLayers, 18);
        QCOMPARE(d->slidingWindow, 512);
        // (42 - 18) layers × 8192 tokens × 2 heads × (512 + 512) × 2 bytes = 768 MiB.
        QCOMPARE(FitAdvice::kvCacheBytes(*d, 8192), 768LL * 1024 * 1024);
        FitAdvice::Host host;
        host.freeRamBytes = 64 * GiB;
        host.freeVramBytes = 24 * GiB;
        const FitAdvice::Result r = FitAdvice::assess(3 * GiB, d, 8192, host);
        QVERIFY2(r.text.startsWith(u"Needs at most"), qPrintable(r.text));
        QVERIFY2(r.text.contains(u"look back only 512"), qPrintable(r.text));
        // Within its window, the figure is exact.
        QVERIFY(FitAdvice::assess(3 * GiB, d, 512, host).text.startsWith(u"Needs about"));
        // Where the most it can need does not fit but the least would, it may fit: said with
        // both figures, not as "will not fit". At 131,072 tokens: at most 12 GiB of cache,
        // at least 1 layer × 131,072 + 23 × 512 tokens (0.55 GiB).
        FitAdvice::Host small;
        small.freeRamBytes = 8 * GiB;
        small.freeVramBytes = 6 * GiB;
        const FitAdvice::Result maybe = FitAdvice::assess(3 * GiB, d, 131072, small);
        QCOMPARE(maybe.verdict, FitAdvice::Verdict::Unknown);
        QVERIFY2(maybe.text.startsWith(u"Needs between") && maybe.text.contains(u"may fit"),
                 qPrintable(maybe.text));
        QVERIFY(!maybe.text.contains(u"will not fit"));
        // Where even the least does not fit, it will not.
        FitAdvice::Host tiny;
        tiny.freeRamBytes = 2 * GiB;
        tiny.freeVramBytes = 1 * GiB;
        QCOMPARE(FitAdvice::assess(3 * GiB, d, 131072, tiny).verdict, FitAdvice::Verdict::WontFit);
    }

    void verdicts_data()
    {
        QTest::addColumn<qint64>("weights");
        QTest::addColumn<qint64>("ram");
        QTest::addColumn<qint64>("vram"); // -1: no GPU
        QTest::addColumn<bool>("unified");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("words");
        QTest::newRow("gpu") << 4 * GiB << 32 * GiB << 12 * GiB << false
                             << int(FitAdvice::Verdict::FitsGpu) << "fits on the GPU";
        QTest::newRow("split") << 10 * GiB << 32 * GiB << 8 * GiB << false
                               << int(FitAdvice::Verdict::Split) << "split between the GPU";
        QTest::newRow("cpu only") << 4 * GiB << 16 * GiB << qint64(-1) << false
                                  << int(FitAdvice::Verdict::FitsRam) << "runs on the CPU";
        QTest::newRow("too big") << 40 * GiB << 16 * GiB << 8 * GiB << false
                                 << int(FitAdvice::Verdict::WontFit) << "will not fit";
        QTest::newRow("unified fits") << 40 * GiB << 96 * GiB << qint64(-1) << true
                                      << int(FitAdvice::Verdict::FitsGpu) << "unified memory";
        QTest::newRow("unified too big") << 90 * GiB << 64 * GiB << qint64(-1) << true
                                         << int(FitAdvice::Verdict::WontFit) << "will not fit";
    }
    void verdicts()
    {
        QFETCH(qint64, weights);
        QFETCH(qint64, ram);
        QFETCH(qint64, vram);
        QFETCH(bool, unified);
        QFETCH(int, verdict);
        QFETCH(QString, words);
        FitAdvice::Host host;
        host.freeRamBytes = ram;
        if (vram >= 0)
            host.freeVramBytes = vram;
        host.unifiedMemory = unified;
        const FitAdvice::Dimensions d{32, 4096, 32, 8, 8192};
        const FitAdvice::Result r = FitAdvice::assess(weights, d, 4096, host);
        QCOMPARE(int(r.verdict), verdict);
        QVERIFY2(r.text.contains(words), qPrintable(r.text));
        QCOMPARE(r.kvCacheBytes, GiB / 2);
        QVERIFY(r.neededBytes > weights + r.kvCacheBytes);
    }

    void contextChangesTheNeed()
    {
        FitAdvice::Host host;
        host.freeRamBytes = 64 * GiB;
        host.freeVramBytes = 8 * GiB;
        const FitAdvice::Dimensions d{32, 4096, 32, 8, 131072};
        QCOMPARE(FitAdvice::assess(5 * GiB, d, 4096, host).verdict, FitAdvice::Verdict::FitsGpu);
        QCOMPARE(FitAdvice::assess(5 * GiB, d, 65536, host).verdict, FitAdvice::Verdict::Split);
    }

    void unknownHost()
    {
        const FitAdvice::Result r =
            FitAdvice::assess(4 * GiB, std::nullopt, 4096, FitAdvice::Host{});
        QCOMPARE(r.verdict, FitAdvice::Verdict::Unknown);
        QVERIFY(r.text.contains(u"not known"));
        QCOMPARE(r.kvCacheBytes, 0);
    }

    void procMeminfo()
    {
        const QByteArray text = "MemTotal:       24576000 kB\nMemFree:         1000000 kB\n"
                                "MemAvailable:   20000000 kB\nBuffers:          100 kB\n"
                                "SwapTotal:       2097148 kB\nSwapFree:        2097000 kB\n";
        const auto m = MemoryInfo::fromProcMeminfo(text);
        QVERIFY(m);
        QCOMPARE(m->totalBytes, 24576000LL * 1024);
        QCOMPARE(m->availableBytes, 20000000LL * 1024);
        QCOMPARE(m->swapFreeBytes, 2097000LL * 1024);
        // Old kernels without MemAvailable: free + buffers + cached.
        const auto old = MemoryInfo::fromProcMeminfo(
            "MemTotal: 100 kB\nMemFree: 10 kB\nBuffers: 5 kB\nCached: 20 kB\n");
        QCOMPARE(old->availableBytes, 35LL * 1024);
        QVERIFY(!MemoryInfo::fromProcMeminfo("garbage"));
    }
};

QTEST_GUILESS_MAIN(TestFitAdvice)
#include "tst_fitadvice.moc"
