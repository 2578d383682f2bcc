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
