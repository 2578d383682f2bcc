// nvidia-smi output, parsed, and queried through a stand-in program without blocking.
#include "TestData.h"
#include "metrics/AppleGpu.h"
#include "metrics/GpuInfo.h"
#include "metrics/Nvml.h"
#include "models/FitAdvice.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestGpuInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTwoGpus()
    {
        const QList<GpuStatus> gpus =
            GpuInfo::parseNvidiaSmi(testData(QStringLiteral("captured/nvidia-smi-two-gpus.csv")));
        QCOMPARE(gpus.size(), 2);
        QCOMPARE(gpus[0].name, QStringLiteral("NVIDIA GeForce RTX 4090"));
        QCOMPARE(gpus[0].memoryTotalBytes, 24564LL * 1024 * 1024);
        QCOMPARE(gpus[0].memoryFreeBytes, 5960LL * 1024 * 1024);
        QCOMPARE(*gpus[0].utilizationPercent, 87.0);
        QCOMPARE(*gpus[0].powerWatts, 312.45);
        QCOMPARE(*gpus[0].temperatureC, 71.0);
        QVERIFY(!gpus[1].utilizationPercent); // [N/A] is not a zero
        QVERIFY(!gpus[1].powerWatts);
        QCOMPARE(gpus[1].index, 1);
        QVERIFY(GpuInfo::parseNvidiaSmi(
                    "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.")
                    .isEmpty());
    }

    void aGpuThatSharesTheSystemsMemoryHasNoVramOfItsOwn()
    {
        // NVIDIA GB10 (DGX Spark): nvidia-smi says [N/A] for every memory column.
        const QList<GpuStatus> gpus =
            GpuInfo::parseNvidiaSmi("0, NVIDIA GB10, [N/A], [N/A], [N/A], 3, 11.17, 35\n");
        QCOMPARE(gpus.size(), 1);
        QVERIFY(!gpus[0].memoryKnown);
        QCOMPARE(*gpus[0].utilizationPercent, 3.0);
        QVERIFY(
            GpuInfo::parseNvidiaSmi(testData(QStringLiteral("captured/nvidia-smi-two-gpus.csv")))
                .first()
                .memoryKnown);
        GpuInfo info;
        info.setInProcessQuery([gpus] { return gpus; });
        QSignalSpy done(&info, &GpuInfo::finished);
        info.refresh();
        QVERIFY(done.wait(5000));
        QVERIFY(!info.freeVramBytes()); // unknown, not 0 B free
        QVERIFY(info.sharesSystemMemory());
        // So a model is judged against the RAM, not refused for want of GPU memory.
        FitAdvice::Host host;
        host.freeRamBytes = 100LL * 1000 * 1000 * 1000;
        host.freeVramBytes = info.freeVramBytes();
        host.unifiedMemory = info.sharesSystemMemory();
        const FitAdvice::Result fit =
            FitAdvice::assess(8LL * 1000 * 1000 * 1000, std::nullopt, 4096, host);
        QVERIFY2(fit.verdict != FitAdvice::Verdict::WontFit, qPrintable(fit.text));
    }

    void queriesAProgram()
    {
        QTemporaryDir dir;
        const QString script = twoGpusNvidiaSmi(dir.path());
        QVERIFY(!script.isEmpty());
        GpuInfo info;
        info.setNvmlLibrary(QString());
        info.setProgram(script);
        QSignalSpy done(&info, &GpuInfo::finished);
        info.refresh();
        QVERIFY(!info.hasAnswered()); // asynchronous: nothing waited for
        QVERIFY(done.wait(5000));
        QCOMPARE(info.gpus().size(), 2);
        QCOMPARE(*info.freeVramBytes(), (5960LL + 23300) * 1024 * 1024);
    }

    void withoutNvmlItFallsBackToNvidiaSmi()
    {
        // This machine has no NVIDIA driver: NVML does not load, and says why.
        const Nvml nvml(QStringLiteral("nvidia-ml-that-does-not-exist"));
        QVERIFY(!nvml.isAvailable());
        QVERIFY(!nvml.whyNot().isEmpty());
        QVERIFY(nvml.query().isEmpty());
        GpuInfo info;
        info.setNvmlLibrary(QStringLiteral("nvidia-ml-that-does-not-exist"));
        info.setProgram(QStringLiteral("/bin/true"));
        QCOMPARE(info.source(), QStringLiteral("nvidia-smi"));
        info.setProgram(QString());
        QVERIFY(info.source().isEmpty());
    }

    void nvmlFiguresAreRead()
    {
        // Through the stand-in library, loaded as the driver's would be.
        GpuInfo info;
        info.setNvmlLibrary(QStringLiteral(LOCALFORGE_FAKE_NVML));
        info.setProgram(QString());
        QSignalSpy done(&info, &GpuInfo::finished);
        info.refresh();
        QVERIFY(done.wait(5000));
        QCOMPARE(info.source(), QStringLiteral("NVML"));
        QCOMPARE(info.gpus().size(), 1);
        const GpuStatus g = info.gpus().first();
        QCOMPARE(g.name, QStringLiteral("NVIDIA GeForce RTX 4090"));
        QVERIFY(g.memoryKnown);
        QCOMPARE(g.memoryTotalBytes, 24LL << 30);
        QCOMPARE(g.memoryUsedBytes, 4LL << 30);
        QCOMPARE(*info.freeVramBytes(), 20LL << 30);
        QCOMPARE(*g.utilizationPercent, 37.0);
        QCOMPARE(*g.powerWatts, 151.5);
        QCOMPARE(*g.temperatureC, 61.0);
    }

    void aSlowNvmlStartIsNotTheWindowsWait()
    {
        // nvmlInit can take seconds (a laptop GPU waking, a box without persistence mode): it
        // happens on the query thread, and the window goes on meanwhile.
        qputenv("LOCALFORGE_FAKE_NVML_INIT_MS", "1500");
        const auto reset = qScopeGuard([] { qunsetenv("LOCALFORGE_FAKE_NVML_INIT_MS"); });
        QElapsedTimer t;
        t.start();
        GpuInfo info;
        info.setNvmlLibrary(QStringLiteral(LOCALFORGE_FAKE_NVML));
        QSignalSpy done(&info, &GpuInfo::finished);
        info.refresh();
        QVERIFY2(t.elapsed() < 700, qPrintable(QString::number(t.elapsed())));
        QVERIFY(info.isQuerying());
        QVERIFY(done.wait(5000));
        QCOMPARE(info.gpus().size(), 1);
    }

    void withoutNvmlTheFirstRefreshAsksNvidiaSmi()
    {
        // Which one answers is found on the query thread: no NVML, and nvidia-smi answers the
        // same refresh.
        QTemporaryDir dir;
        const QString script = twoGpusNvidiaSmi(dir.path());
        QVERIFY(!script.isEmpty());
        GpuInfo info;
        info.setNvmlLibrary(QStringLiteral("nvidia-ml-that-does-not-exist"));
        info.setProgram(script);
        QSignalSpy done(&info, &GpuInfo::finished);
        info.refresh();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.count(), 1);
        QCOMPARE(info.gpus().size(), 2);
        QCOMPARE(info.source(), QStringLiteral("nvidia-smi"));
    }

    void anAnswerToAReplacedQueryIsDropped()
    {
        // A slow NVML answers after the source was changed: what it says is not taken for
        // the new source's answer.
        qputenv("LOCALFORGE_FAKE_NVML_INIT_MS", "600");
        const auto reset = qScopeGuard([] { qunsetenv("LOCALFORGE_FAKE_NVML_INIT_MS"); });
        GpuInfo info;
        info.setNvmlLibrary(QStringLiteral(LOCALFORGE_FAKE_NVML));
        QSignalSpy done(&info, &GpuInfo::finished);
        info.refresh();
        info.setNvmlLibrary(QString());
        info.setProgram(QString());
        QTest::qWait(1500); // the old answer has come meanwhile
        QCOMPARE(done.count(), 0);
        QVERIFY(info.gpus().isEmpty());
        QVERIFY(info.source().isEmpty());
        info.refresh(); // the new source: none
        QCOMPARE(done.count(), 1);
        QVERIFY(info.gpus().isEmpty());
    }

    void appleSiliconStatistics()
    {
        // PerformanceStatistics of an M3 Ultra's AGXAccelerator, as IOKit reports it.
        const QVariantMap stats{{QStringLiteral("Device Utilization %"), 37},
                                {QStringLiteral("Renderer Utilization %"), 35},
                                {QStringLiteral("Tiler Utilization %"), 12},
                                {QStringLiteral("In use system memory"), qint64(48'318'382'080)},
                                {QStringLiteral("Alloc system memory"), qint64(52'613'349'376)},
                                {QStringLiteral("recoveryCount"), 0}};
        const AppleGpuStats s = AppleGpu::fromPerformanceStatistics(stats);
        QCOMPARE(*s.utilizationPercent, 37.0);
        QCOMPARE(*s.inUseBytes, qint64(48'318'382'080));
        QCOMPARE(*s.allocatedBytes, qint64(52'613'349'376));
        QVERIFY(!AppleGpu::fromPerformanceStatistics({}).inUseBytes);
        // The ceiling: the user's iogpu.wired_limit_mb, else Metal's default share.
        const qint64 gib = 1024LL * 1024 * 1024;
        QCOMPARE(AppleGpu::workingSetLimit(512 * gib, 475136), 475136LL * 1024 * 1024);
        QCOMPARE(AppleGpu::workingSetLimit(512 * gib, std::nullopt), 384 * gib);
        QCOMPARE(AppleGpu::workingSetLimit(24 * gib, std::nullopt), 16 * gib);
#if !(defined(Q_OS_MACOS) && defined(Q_PROCESSOR_ARM))
        QVERIFY(!AppleGpu::read()); // not an Apple Silicon Mac
#endif
    }

    void aDriverThatHangsAtShutdownDoesNotHoldTheWindowsClose()
    {
        // nvmlShutdown, called as LocalForge quits, hangs like a wedged driver's: the window
        // waits no longer than the sampler waits for its thread (2 s), not for the driver.
        qputenv("LOCALFORGE_FAKE_NVML_SHUTDOWN_MS", "8000");
        const auto reset = qScopeGuard([] { qunsetenv("LOCALFORGE_FAKE_NVML_SHUTDOWN_MS"); });
        auto info = std::make_unique<GpuInfo>();
        info->setNvmlLibrary(QStringLiteral(LOCALFORGE_FAKE_NVML));
        info->setProgram(QString());
        QSignalSpy done(info.get(), &GpuInfo::finished);
        info->refresh();
        QVERIFY(done.wait(5000));
        QCOMPARE(info->source(), QStringLiteral("NVML"));
        QElapsedTimer t;
        t.start();
        info.reset();
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void aHungNvmlNeverStallsTheWindow()
    {
        // Stands in for an NVML call into a wedged driver: it returns when released.
        auto release = std::make_shared<QSemaphore>();
        auto calls = std::make_shared<QAtomicInt>(0);
        GpuInfo info;
        info.setInProcessQuery([release, calls] {
            calls->fetchAndAddRelaxed(1);
            release->tryAcquire(1, 5000);
            GpuStatus g;
            g.name = QStringLiteral("Wedged");
            g.memoryFreeBytes = 1024;
            return QList<GpuStatus>{g};
        });
        QCOMPARE(info.source(), QStringLiteral("NVML"));
        QSignalSpy done(&info, &GpuInfo::finished);
        QElapsedTimer t;
        t.start();
        info.refresh();
        info.refresh(); // while the first hangs: skipped, not queued behind it
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(info.isQuerying());
        QTest::qWait(200);
        QCOMPARE(done.count(), 0);
        QCOMPARE(calls->loadRelaxed(), 1);
        release->release();
        QVERIFY(done.wait(5000));
        QCOMPARE(info.gpus().size(), 1);
        QCOMPARE(info.gpus().first().name, QStringLiteral("Wedged"));
        QCOMPARE(*info.freeVramBytes(), 1024);
        QVERIFY(!info.isQuerying());
        release->release(10);
        info.refresh();
        QVERIFY(done.wait(5000));
        QCOMPARE(calls->loadRelaxed(), 2);
    }

    void noNvidiaSmiMeansNoGpu()
    {
        GpuInfo info;
        info.setNvmlLibrary(QString());
        info.setProgram(QString());
        QSignalSpy done(&info, &GpuInfo::finished);
        info.refresh();
        QCOMPARE(done.count(), 1);
        QVERIFY(!info.freeVramBytes());
        info.setProgram(QStringLiteral("/nonexistent/nvidia-smi"));
        info.refresh();
        QTRY_COMPARE(done.count(), 2);
        QVERIFY(info.gpus().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGpuInfo)
#include "tst_gpuinfo.moc"
