// Samplers and series: a fake /proc tree, captured Prometheus text, the ring's bounds, and the
// hub recording memory and tokens/s on one clock while an answer streams.
#include "FakeHttpServer.h"
#include "FakeMachine.h"
#include "FakeOllamaServer.h"
#include "TestData.h"
#include "chat/ChatSession.h"
#include "metrics/MetricsHub.h"
#include "metrics/ProcessSampler.h"
#include "metrics/RemoteExporters.h"
#include "metrics/TimeSeries.h"
#include "net/Prometheus.h"
#include "providers/OllamaProvider.h"

#include <QAtomicInt>
#include <QAtomicPointer>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringKeepsTheNewest()
    {
        TimeSeries s(4);
        for (int i = 0; i < 10; ++i)
            s.append(i * 500, i);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0).value, 6.0);
        QCOMPARE(s.last().value, 9.0);
        const QList<QPointF> w = s.window(3500, 100);
        QCOMPARE(w.size(), 3);
        QCOMPARE(w.first(), QPointF(3500, 7));
    }

    void downsamplingKeepsPeaks()
    {
        TimeSeries s(10000);
        for (int i = 0; i < 10000; ++i)
            s.append(i, i == 5000 ? 1000.0 : 1.0);
        const QList<QPointF> w = s.window(0, 200);
        QVERIFY(w.size() <= 200);
        double peak = 0;
        for (const QPointF &p : w)
            peak = std::max(peak, p.y());
        QCOMPARE(peak, 1000.0);
        for (int i = 1; i < w.size(); ++i)
            QVERIFY(w[i].x() >= w[i - 1].x());
    }

    void aNewSampleLeavesTheLineBeforeItAsItWas()
    {
        // The last 30 minutes of a noisy figure sampled at 2 Hz for 40, drawn with 600 points:
        // a new sample changes the end of the line only, so the line does not shimmer at every
        // sample.
        TimeSeries s;
        auto noise = [](int i) { return double((i * 7919) % 101); };
        int i = 0;
        for (; i < 4800; ++i)
            s.append(1000 + i * 500, noise(i));
        const qint64 length = 30 * 60 * 1000;
        const QList<QPointF> before = s.window(s.last().timeMs - length, 600);
        QVERIFY(before.size() <= 600);
        QVERIFY(before.size() > 150);
        s.append(1000 + i * 500, noise(i));
        ++i;
        const QList<QPointF> after = s.window(s.last().timeMs - length, 600);
        QVERIFY(after.size() <= 600);
        // Past the first bucket (the window's start moved) and before the last (it grew).
        const double from = before.first().x() + 20'000;
        const double to = before.last().x() - 20'000;
        auto inner = [&](const QList<QPointF> &line) {
            QList<QPointF> part;
            for (const QPointF &p : line) {
                if (p.x() > from && p.x() < to)
                    part.append(p);
            }
            return part;
        };
        QVERIFY(inner(before).size() > 100);
        QCOMPARE(inner(after), inner(before));
    }

    void fewPointsAndSharedMillisecondsKeepTheRange_data()
    {
        QTest::addColumn<int>("maxPoints");
        QTest::newRow("2 points") << 2;
        QTest::newRow("3 points") << 3;
        QTest::newRow("4 points") << 4;
        QTest::newRow("9 points") << 9;
    }
    void fewPointsAndSharedMillisecondsKeepTheRange()
    {
        // Samples two by two in one millisecond (a rate stamped twice); the lowest and the
        // highest share theirs. However few points are asked for, no more come back, and the
        // peak is among them.
        QFETCH(int, maxPoints);
        TimeSeries s;
        for (int i = 0; i < 400; ++i) {
            s.append(10'000 + i * 7, i == 200 ? 1.0 : 2.0);
            s.append(10'000 + i * 7, i == 200 ? 50.0 : 3.0);
        }
        const QList<QPointF> w = s.window(0, maxPoints);
        QVERIFY2(w.size() <= maxPoints, qPrintable(QString::number(w.size())));
        double peak = 0;
        for (const QPointF &p : w)
            peak = std::max(peak, p.y());
        QCOMPARE(peak, 50.0);
    }

    void oneHourAtTwoHertzIsBounded()
    {
        TimeSeries s; // default capacity
        QVERIFY(s.capacity() >= 7200);
        // A series with a few samples holds about that many, not an hour's worth.
        for (int i = 0; i < 10; ++i)
            s.append(i * 500, i);
        QVERIFY2(s.memoryBytes() < 64 * sizeof(TimeSeries::Sample),
                 qPrintable(QString::number(s.memoryBytes())));
        for (int i = 10; i < 7200; ++i)
            s.append(i * 500, i);
        const std::size_t full = s.memoryBytes();
        QVERIFY(full <= 7200 * sizeof(TimeSeries::Sample) + sizeof(TimeSeries));
        // Once full, it wraps: the oldest go and the memory stays.
        for (int i = 7200; i < 7200 * 3; ++i)
            s.append(i * 500, i);
        QCOMPARE(s.memoryBytes(), full);
        QCOMPARE(s.size(), s.capacity());
        QCOMPARE(s.at(0).value, double(7200 * 2));
        QCOMPARE(s.last().value, double(7200 * 3 - 1));
        // Emptied, it fills again from the start.
        s.clear();
        s.append(1, 42.0);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).value, 42.0);
    }

    void classifiesServerProcesses_data()
    {
        QTest::addColumn<QString>("comm");
        QTest::addColumn<QString>("cmdline");
        QTest::addColumn<int>("kind");
        QTest::newRow("ollama serve") << "ollama"
                                      << "/usr/local/bin/ollama serve" << int(ServerKind::Ollama);
        QTest::newRow("ollama runner") << "ollama"
                                       << "/usr/local/bin/ollama runner --model "
                                          "/root/.ollama/models/blobs/sha256-x --port 40123"
                                       << int(ServerKind::Ollama);
        QTest::newRow("old runner")
            << "ollama_llama_se"
            << "/tmp/ollama123/runners/cuda_v12/ollama_llama_server --model x"
            << int(ServerKind::Ollama);
        QTest::newRow("llama-server")
            << "llama-server"
            << "./llama-server -m model.gguf --port 8080" << int(ServerKind::LlamaCpp);
        QTest::newRow("lm studio app")
            << "LM Studio"
            << "/opt/LM Studio/lm-studio --no-sandbox" << int(ServerKind::LmStudio);
        QTest::newRow("lm studio worker")
            << "node"
            << "/home/u/.lmstudio/extensions/backends/llama.cpp-linux-x86_64/llm-engine"
            << int(ServerKind::LmStudio);
        QTest::newRow("vllm") << "python3"
                              << "python3 -m vllm.entrypoints.openai.api_server --model m"
                              << int(ServerKind::Vllm);
        QTest::newRow("vllm serve") << "vllm"
                                    << "/usr/bin/python3 /usr/local/bin/vllm serve Qwen/Qwen2.5-7B"
                                    << int(ServerKind::Vllm);
        QTest::newRow("vllm engine") << "VLLM::EngineCor"
                                     << "VLLM::EngineCore" << int(ServerKind::Vllm);
        QTest::newRow("vllm worker") << "VLLM::Worker_TP"
                                     << "VLLM::Worker_TP0" << int(ServerKind::Vllm);
        QTest::newRow("vllm engine, comm only") << "VLLM::EngineCor"
                                                << "" << int(ServerKind::Vllm);
        QTest::newRow("bash") << "bash"
                              << "-bash" << int(ServerKind::Unknown);
        QTest::newRow("grep for ollama is not it") << "grep"
                                                   << "grep ollama" << int(ServerKind::Unknown);
        QTest::newRow("reading a log is not it")
            << "tail"
            << "tail -f /var/log/llama-server.log" << int(ServerKind::Unknown);
        QTest::newRow("an editor on the folder is not it")
            << "vim"
            << "vim /home/u/.lmstudio/settings.json" << int(ServerKind::Unknown);
    }
    void classifiesServerProcesses()
    {
        QFETCH(QString, comm);
        QFETCH(QString, cmdline);
        QFETCH(int, kind);
        QCOMPARE(int(ProcessSampler::classify(comm, cmdline)), kind);
    }

    void sumsAFakeProcTree()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeProcess(root, 100, "ollama", "/usr/local/bin/ollama serve", 80'000);
        writeProcess(root, 101, "ollama", "/usr/local/bin/ollama runner --model x --port 4000",
                     5'000'000);
        writeProcess(root, 200, "llama-server", "llama-server -m m.gguf", 2'000'000);
        writeProcess(root, 300, "bash", "-bash", 4'000);
        QVERIFY(root.mkpath(QStringLiteral("self"))); // not a pid
        QVERIFY(root.mkpath(QStringLiteral("400")));  // a process that vanished mid-scan
        const QHash<ServerKind, qint64> sums = ProcessSampler(dir.path()).residentByKind();
        QCOMPARE(sums.value(ServerKind::Ollama), 5'080'000LL * 1024);
        QCOMPARE(sums.value(ServerKind::LlamaCpp), 2'000'000LL * 1024);
        QVERIFY(!sums.contains(ServerKind::Unknown));
        QCOMPARE(sums.size(), 2);
    }

    void helpersCountWhatTheyShareOnce()
    {
        // LM Studio's Electron helpers each map the same libraries: their VmRSS summed would
        // count those pages once per helper; their Pss shares them out. The process holding
        // the model counts its VmRSS, and so does one whose smaps_rollup cannot be read (a
        // service of another user).
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeProcess(root, 10, "lm studio", "/opt/LM Studio/lm-studio", 300'000, 120'000);
        writeProcess(root, 11, "lm studio helpe", "/opt/LM Studio/lm-studio --type=renderer",
                     250'000, 70'000);
        writeProcess(root, 12, "lm studio helpe", "/opt/LM Studio/lm-studio --type=gpu-process",
                     200'000, 40'000);
        writeProcess(root, 13, "node", "/home/u/.lmstudio/bin/llmworker", 6'000'000, 5'900'000);
        writeProcess(root, 20, "ollama", "/usr/local/bin/ollama serve", 90'000);
        const QHash<ServerKind, qint64> sums = ProcessSampler(dir.path()).residentByKind();
        QCOMPARE(sums.value(ServerKind::LmStudio),
                 (120'000LL + 70'000 + 40'000 + 6'000'000) * 1024);
        QCOMPARE(sums.value(ServerKind::Ollama), 90'000LL * 1024);
    }

    void readsPssFromRollup_data()
    {
        QTest::addColumn<QByteArray>("rollup");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("linux") << QByteArray("5580-7ffd ---p 00000000 00:00 0  [rollup]\n"
                                             "Rss:  1620 kB\nPss:   342 kB\nPss_Dirty: 116 kB\n")
                               << qint64(342 * 1024);
        QTest::newRow("Pss_Anon is not Pss")
            << QByteArray("Rss: 10 kB\nPss_Anon: 5 kB\n") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("Pss: lots kB\n") << qint64(-1);
        QTest::newRow("negative") << QByteArray("Pss: -4 kB\n") << qint64(-1);
    }
    void readsPssFromRollup()
    {
        QFETCH(QByteArray, rollup);
        QFETCH(qint64, bytes);
        QCOMPARE(ProcessSampler::proportionalBytesFromRollup(rollup), bytes);
    }

    void prometheusNodeExporter()
    {
        const auto samples =
            Prometheus::parse(testData(QStringLiteral("captured/node-exporter.prom")));
        QCOMPARE(*Prometheus::sum(samples, QStringLiteral("node_memory_MemTotal_bytes")),
                 67238842368.0);
        QCOMPARE(*Prometheus::sum(samples, QStringLiteral("node_memory_MemAvailable_bytes")),
                 52793344000.0);
        QCOMPARE(*Prometheus::sum(samples, QStringLiteral("node_cpu_seconds_total"),
                                  {{QStringLiteral("mode"), QStringLiteral("user")}}),
                 12345.67);
        QVERIFY(!Prometheus::sum(samples, QStringLiteral("nope")));
    }

    void prometheusDcgmTwoGpus()
    {
        const auto samples =
            Prometheus::parse(testData(QStringLiteral("captured/dcgm-exporter.prom")));
        QCOMPARE(*Prometheus::sum(samples, QStringLiteral("DCGM_FI_DEV_FB_USED")), 37947.0 + 199.0);
        QCOMPARE(*Prometheus::sum(samples, QStringLiteral("DCGM_FI_DEV_FB_FREE"),
                                  {{QStringLiteral("gpu"), QStringLiteral("1")}}),
                 40337.0);
        QCOMPARE(*Prometheus::sum(samples, QStringLiteral("DCGM_FI_DEV_GPU_UTIL"),
                                  {{QStringLiteral("gpu"), QStringLiteral("0")}}),
                 87.0);
        const auto util =
            std::find_if(samples.cbegin(), samples.cend(), [](const Prometheus::Sample &s) {
                return s.name == u"DCGM_FI_DEV_GPU_UTIL";
            });
        QCOMPARE(util->labels.value(QStringLiteral("modelName")),
                 QStringLiteral("NVIDIA A100-SXM4-40GB"));
    }

    void prometheusLlamaServerAndEdgeCases()
    {
        const auto samples =
            Prometheus::parse(testData(QStringLiteral("captured/llama-server-metrics.prom")));
        QCOMPARE(*Prometheus::sum(samples, QStringLiteral("llamacpp:predicted_tokens_seconds")),
                 35.4112);
        const auto odd = Prometheus::parse("a{l=\"x\\\"y\",m=\"z\"} 1 1700000000000\nb NaN\nc "
                                           "+Inf\nbroken{l=\"x\" 3\nd notanumber\n");
        QCOMPARE(odd.size(), 3);
        QCOMPARE(odd[0].labels.value(QStringLiteral("l")), QStringLiteral("x\"y"));
        QCOMPARE(odd[0].value, 1.0);
        QVERIFY(std::isnan(odd[1].value));
        QVERIFY(std::isinf(odd[2].value));
    }

    // Given names, only the samples so called are kept, whole, and the others passed over: a
    // name that begins another one, or that a HELP line or a label mentions, is not taken for it.
    void prometheusOnlyTheNamedSamples_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArrayList>("names");
        QTest::addColumn<QStringList>("kept"); // name=value|label=value,...

        const QByteArray node = testData(QStringLiteral("captured/node-exporter.prom"));
        QTest::newRow("node exporter, memory")
            << node
            << QByteArrayList{"node_memory_MemTotal_bytes", "node_memory_MemAvailable_bytes"}
            << QStringList{u"node_memory_MemAvailable_bytes=52793344000|"_s,
                           u"node_memory_MemTotal_bytes=67238842368|"_s};
        QTest::newRow("labels kept")
            << node << QByteArrayList{"node_cpu_seconds_total"}
            << QStringList{u"node_cpu_seconds_total=1918624.42|cpu=0,mode=idle"_s,
                           u"node_cpu_seconds_total=12345.67|cpu=0,mode=user"_s};
        QTest::newRow("a longer name") << QByteArray("a_total 1\na_total_extra 2\na 3\n")
                                       << QByteArrayList{"a_total"} << QStringList{u"a_total=1|"_s};
        QTest::newRow("named in HELP or a label only")
            << QByteArray("# HELP wanted it\n# TYPE wanted gauge\nother{of=\"wanted\"} 4\n")
            << QByteArrayList{"wanted"} << QStringList{};
        QTest::newRow("indented, no newline at the end")
            << QByteArray("  b{x=\"1\"} 5\r\nb 6") << QByteArrayList{"b"}
            << QStringList{u"b=5|x=1"_s, u"b=6|"_s};
        QTest::newRow("every sample without names")
            << QByteArray("a 1\nb 2\n") << QByteArrayList{} << QStringList{u"a=1|"_s, u"b=2|"_s};
    }
    void prometheusOnlyTheNamedSamples()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArrayList, names);
        QFETCH(QStringList, kept);
        const QList<QByteArrayView> views(names.cbegin(), names.cend());
        QStringList got;
        for (const Prometheus::Sample &s : Prometheus::parse(text, views)) {
            QStringList labels;
            for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
                labels << it.key() + u'=' + it.value();
            labels.sort();
            got << s.name + u'=' + QString::number(s.value, 'g', 12) + u'|' + labels.join(u',');
        }
        QCOMPARE(got, kept);
    }

    void exporterFigures()
    {
        const auto node = RemoteExporters::fromNodeExporter(
            testData(QStringLiteral("captured/node-exporter.prom")));
        QCOMPARE(*node.ramTotal, 67238842368.0);
        QCOMPARE(*node.ramUsed, 67238842368.0 - 52793344000.0);
        QVERIFY(!node.gpuUsed);
        const auto dcgm =
            RemoteExporters::fromDcgm(testData(QStringLiteral("captured/dcgm-exporter.prom")));
        QCOMPARE(*dcgm.gpuUsed, (37947.0 + 199.0) * 1024 * 1024);
        QCOMPARE(*dcgm.gpuTotal, (37947.0 + 199.0 + 2589.0 + 40337.0) * 1024 * 1024);
        QCOMPARE(*dcgm.gpuLoad, 50.0);
        QVERIFY(!dcgm.ramUsed);
        const ExporterHost h{
            QStringLiteral("gpu-box"), QUrl(QStringLiteral("http://gpu-box:9100/metrics")), {}};
        const ExporterHost back = ExporterHost::fromText(h.toText());
        QCOMPARE(back.name, h.name);
        QCOMPARE(back.nodeUrl, h.nodeUrl);
        QVERIFY(back.dcgmUrl.isEmpty());
        QVERIFY(back.isValid());
    }

    // Exporter hosts read back from the settings, which may be another machine's export: only
    // web addresses are kept (never a file the network would read), and a name that fits a
    // legend.
    void storedExporterHostsAreCleaned_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("dcgm");
        QTest::addColumn<bool>("valid");
        QTest::newRow("as written") << u"gpu-box\thttp://gpu-box:9100/metrics\t"_s << u"gpu-box"_s
                                    << u"http://gpu-box:9100/metrics"_s << u""_s << true;
        QTest::newRow("https") << u"box\t\thttps://box:9400/metrics"_s << u"box"_s << u""_s
                               << u"https://box:9400/metrics"_s << true;
        QTest::newRow("a local file")
            << u"box\tfile:///etc/passwd\t"_s << u"box"_s << u""_s << u""_s << false;
        QTest::newRow("another scheme, one address kept")
            << u"box\tftp://box/metrics\thttp://box:9400/metrics"_s << u"box"_s << u""_s
            << u"http://box:9400/metrics"_s << true;
        QTest::newRow("no host") << u"box\thttp:///metrics\t"_s << u"box"_s << u""_s << u""_s
                                 << false;
        QTest::newRow("a password") << u"box\thttp://admin:pw@box:9100/metrics\t"_s << u"box"_s
                                    << u"http://box:9100/metrics"_s << u""_s << true;
        QTest::newRow("control characters") << u"gpu\x07\u202e-box\r\thttp://b:1/m"_s
                                            << u"gpu-box"_s << u"http://b:1/m"_s << u""_s << true;
        QTest::newRow("a long name")
            << u"x"_s.repeated(5000) + u"\thttp://b:1/m"_s
            << u"x"_s.repeated(ExporterHost::MaxNameLength) << u"http://b:1/m"_s << u""_s << true;
        QTest::newRow("no name") << u"  \thttp://b:1/m"_s << u""_s << u"http://b:1/m"_s << u""_s
                                 << false;
        QTest::newRow("garbage") << u"\t\t\t\t"_s << u""_s << u""_s << u""_s << false;
    }
    void storedExporterHostsAreCleaned()
    {
        QFETCH(QString, stored);
        QFETCH(QString, name);
        QFETCH(QString, node);
        QFETCH(QString, dcgm);
        QFETCH(bool, valid);
        const ExporterHost h = ExporterHost::fromText(stored);
        QCOMPARE(h.name, name);
        QCOMPARE(h.nodeUrl.toString(), node);
        QCOMPARE(h.dcgmUrl.toString(), dcgm);
        QCOMPARE(h.isValid(), valid);
    }

    // Settings are stored in clear: an exporter's password is never written there, nor into a
    // message.
    void exporterPasswordsAreNeverKept()
    {
        const ExporterHost h{QStringLiteral("box"),
                             QUrl(QStringLiteral("http://admin:s3cret@box:9100/metrics")),
                             QUrl(QStringLiteral("http://token@box:9400/metrics"))};
        const QString text = h.toText();
        QVERIFY2(!text.contains(u"s3cret") && !text.contains(u"admin") && !text.contains(u'@'),
                 qPrintable(text));
        const ExporterHost back = ExporterHost::fromText(text);
        QCOMPARE(back.nodeUrl, QUrl(QStringLiteral("http://box:9100/metrics")));
        QCOMPARE(back.dcgmUrl, QUrl(QStringLiteral("http://box:9400/metrics")));

        QTcpServer probe; // a port where nothing listens
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QNetworkAccessManager nam;
        RemoteExporters exporters(&nam);
        exporters.setHosts(
            {{QStringLiteral("box"),
              QUrl(QStringLiteral("http://admin:s3cret@127.0.0.1:%1/metrics").arg(port)),
              {}}});
        QSignalSpy failed(&exporters, &RemoteExporters::failed);
        exporters.poll();
        QVERIFY(failed.wait());
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
        QVERIFY2(!message.contains(u"s3cret") && !message.contains(u"admin"), qPrintable(message));
    }

    // An exporter that trickles its answer (a byte every 300 ms, never done) neither holds back
    // the other hosts nor piles up requests; it is given up after TotalTimeMs, and once removed
    // its request is dropped without a word.
    void aTricklingExporterDoesNotStopTheOthers()
    {
        QTcpServer slow;
        QVERIFY(slow.listen(QHostAddress::LocalHost));
        QList<QPointer<QTcpSocket>> slowSockets;
        connect(&slow, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = slow.nextPendingConnection()) {
                slowSockets.append(socket);
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                              "Content-Length: 100000\r\n\r\n");
                auto *trickle = new QTimer(socket);
                connect(trickle, &QTimer::timeout, socket, [socket] { socket->write("#"); });
                trickle->start(300);
            }
        });
        FakeHttpServer good;
        good.setHandler([](const RecordedRequest &, Responder &responder) {
            responder.send(200, "text/plain; version=0.0.4",
                           testData(QStringLiteral("captured/node-exporter.prom")));
        });
        QVERIFY(good.listen());
        QUrl goodUrl = good.baseUrl();
        goodUrl.setPath(QStringLiteral("/metrics"));
        const QUrl slowUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(slow.serverPort()));

        QNetworkAccessManager nam;
        RemoteExporters exporters(&nam);
        exporters.setHosts(
            {{QStringLiteral("good"), goodUrl, {}}, {QStringLiteral("slow"), slowUrl, {}}});
        int goodFigures = 0;
        connect(&exporters, &RemoteExporters::figures, this,
                [&](const RemoteExporters::Figures &f) {
                    if (f.host == u"good")
                        ++goodFigures;
                });
        QStringList slowFailures;
        connect(&exporters, &RemoteExporters::failed, this,
                [&](const QString &host, const QString &message) {
                    QCOMPARE(host, QStringLiteral("slow"));
                    slowFailures.append(message);
                });
        QTimer poll;
        connect(&poll, &QTimer::timeout, &exporters, &RemoteExporters::poll);
        poll.start(100);
        exporters.poll();

        QTRY_VERIFY_WITH_TIMEOUT(goodFigures >= 5, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!slowFailures.isEmpty(), RemoteExporters::TotalTimeMs + 5000);
        // One request at a time: the slow exporter was asked once, then again after giving up.
        QVERIFY2(slowSockets.size() <= 2, qPrintable(QString::number(slowSockets.size())));

        // Removed, its request is closed and not reported; the good host goes on.
        QTRY_COMPARE(slowSockets.size(), 2);
        const qsizetype failures = slowFailures.size();
        exporters.setHosts({{QStringLiteral("good"), goodUrl, {}}});
        QTRY_VERIFY(std::none_of(
            slowSockets.cbegin(), slowSockets.cend(), [](const QPointer<QTcpSocket> &socket) {
                return socket && socket->state() == QAbstractSocket::ConnectedState;
            }));
        const int before = goodFigures;
        QTRY_VERIFY(goodFigures >= before + 3);
        QCOMPARE(slowFailures.size(), failures);
        QCOMPARE(slowSockets.size(), 2);
    }

    // An answer without the metrics wanted (the node exporter's landing page at "/", say) is a
    // problem that says to use the /metrics address; it is said once, not at every poll, and
    // goes when the exporter answers with figures.
    void exporterProblemsSayWhatToDo()
    {
        bool serveMetrics = false;
        FakeHttpServer box;
        box.setHandler([&serveMetrics](const RecordedRequest &r, Responder &responder) {
            if (r.path == "/private") {
                responder.send(401, "text/plain", "Unauthorized");
            } else if (!serveMetrics) {
                responder.send(200, "text/html",
                               "<html><head><title>Node Exporter</title></head><body><h1>Node "
                               "Exporter</h1><a href=\"/metrics\">Metrics</a></body></html>");
            } else {
                responder.send(200, "text/plain; version=0.0.4",
                               testData(r.path == "/dcgm"
                                            ? QStringLiteral("captured/dcgm-exporter.prom")
                                            : QStringLiteral("captured/node-exporter.prom")));
            }
        });
        QVERIFY(box.listen());
        QUrl dcgm = box.baseUrl();
        dcgm.setPath(QStringLiteral("/dcgm"));
        QUrl closed = box.baseUrl();
        closed.setPath(QStringLiteral("/private"));
        QNetworkAccessManager nam;
        RemoteExporters exporters(&nam);
        exporters.setHosts(
            {{QStringLiteral("box"), box.baseUrl(), dcgm}, {QStringLiteral("locked"), closed, {}}});
        QSignalSpy figures(&exporters, &RemoteExporters::figures);
        QSignalSpy failed(&exporters, &RemoteExporters::failed);
        QSignalSpy recovered(&exporters, &RemoteExporters::recovered);

        exporters.poll();
        QTRY_COMPARE(failed.size(), 3);
        QCOMPARE(figures.size(), 0);
        const QStringList problems = exporters.problems();
        QCOMPARE(problems.size(), 3);
        const QString base = box.baseUrl().toString();
        QCOMPARE(problems.at(0), QStringLiteral("“box”: %1 answered, but not with node exporter "
                                                "metrics. Use the exporter's /metrics address, "
                                                "for example http://gpu-box:9100/metrics.")
                                     .arg(base));
        QVERIFY2(problems.at(1).contains(u"not with DCGM exporter metrics") &&
                     problems.at(1).contains(u"http://gpu-box:9400/metrics"),
                 qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).startsWith(u"“locked”: " + closed.toString() +
                                           u" asks for a password (HTTP 401)") &&
                     problems.at(2).contains(u"reverse proxy"),
                 qPrintable(problems.at(2)));

        // The same problems again are not said again.
        exporters.poll();
        QTRY_COMPARE(box.requests().size(), 6);
        QTest::qWait(100);
        QCOMPARE(failed.size(), 3);

        serveMetrics = true;
        exporters.poll();
        QTRY_COMPARE(figures.size(), 2);
        QTRY_COMPARE(exporters.problems().size(), 1); // the locked one still is
        QVERIFY(exporters.problems().first().startsWith(u"“locked”"));
        QCOMPARE(recovered.size(), 2); // once per exporter of "box"
        QCOMPARE(recovered.first().first().toString(), QStringLiteral("box"));
    }

    void aRealServerProcessGrowsWhenItLoads()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc");
#else
        // localforge-fakes started under the name "ollama", taking 300 MB when a chat loads a
        // model: the monitor sees that process's memory rise while tokens/s is recorded.
        QTemporaryDir dir;
        const QString ollama = dir.filePath(QStringLiteral("ollama"));
        QVERIFY(QFile::link(QStringLiteral(LOCALFORGE_FAKES_BINARY), ollama));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(ollama,
                     {QStringLiteral("--ollama"), QString::number(port),
                      QStringLiteral("--lmstudio"), QStringLiteral("0"), QStringLiteral("--llama"),
                      QStringLiteral("0"), QStringLiteral("--rate"), QStringLiteral("40"),
                      QStringLiteral("--model-mb"), QStringLiteral("300")});
        QVERIFY(server.waitForStarted(5000));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += server.readAll()).contains("listening"), 5000);

        QNetworkAccessManager nam;
        OllamaProvider provider(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), &nam);
        ChatSession chat;
        MetricsHub hub(&chat, nullptr);
        hub.setIntervalMs(50);
        hub.start();
        QTest::qWait(200);
        const TimeSeries *proc = hub.series(MetricsHub::processKey(ServerKind::Ollama));
        QVERIFY2(proc && proc->size() > 0, "the fake ollama process was not found in /proc");
        const double before = proc->last().value;
        QVERIFY(
            !chat.send(QStringLiteral("Count"), &provider, QStringLiteral("llama3.2")).isError());
        QTRY_VERIFY_WITH_TIMEOUT(!chat.isStreaming(), 20000);
        QTest::qWait(200);
        hub.stop();
        server.terminate();
        server.waitForFinished(5000);
        QCOMPARE(chat.messages().last().state, ChatMessage::State::Complete);
        const double after = proc->last().value;
        QVERIFY2(after - before > 250.0 * 1024 * 1024,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        const TimeSeries *tps = hub.series(QString::fromLatin1(MetricsHub::TokensPerSecond));
        double peak = 0;
        for (qsizetype i = 0; i < tps->size(); ++i)
            peak = std::max(peak, tps->at(i).value);
        QVERIFY(peak > 5);
#endif
    }

    void aHungSamplerNeverStallsTheWindow()
    {
        // A memory read that hangs (a wedged /proc or driver) until released.
        auto release = std::make_shared<QSemaphore>();
        auto calls = std::make_shared<QAtomicInt>(0);
        auto thread = std::make_shared<QAtomicPointer<QThread>>(nullptr);
        ChatSession chat;
        MetricsHub hub(&chat, nullptr);
        hub.setProcessSampler(ProcessSampler(QStringLiteral("/nonexistent-proc")));
        hub.setMemorySource([release, calls, thread] {
            thread->storeRelaxed(QThread::currentThread());
            calls->fetchAndAddRelaxed(1);
            release->tryAcquire(1, 5000);
            MemoryInfo m;
            m.totalBytes = 8LL << 30;
            m.availableBytes = 2LL << 30;
            return std::optional<MemoryInfo>(m);
        });
        hub.setIntervalMs(20);
        QElapsedTimer t;
        t.start();
        hub.start(); // samples at once
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QTRY_VERIFY(hub.skippedSamples() >= 5); // ticks went on while the read hung...
        const TimeSeries *tps = hub.series(QString::fromLatin1(MetricsHub::TokensPerSecond));
        QVERIFY(tps && tps->size() >= 5);  // ...the live rate with them
        QCOMPARE(calls->loadRelaxed(), 1); // and nothing piled up behind the hung read
        QVERIFY(!hub.series(QString::fromLatin1(MetricsHub::RamUsed)));
        QVERIFY(hub.isSampling());
        release->release(1000);
        QTRY_VERIFY(hub.series(QString::fromLatin1(MetricsHub::RamUsed)));
        QCOMPARE(hub.series(QString::fromLatin1(MetricsHub::RamUsed))->last().value,
                 double(6LL << 30));
        QTRY_VERIFY(calls->loadRelaxed() > 1); // sampling goes on once it answers
        QVERIFY(thread->loadRelaxed() != QThread::currentThread()); // not the GUI thread
        hub.stop();
    }

    void hubRecordsMemoryAndTokensOnOneTimeline()
    {
        // A fake server process whose memory grows when it loads a model.
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeProcess(root, 100, "ollama", "/usr/local/bin/ollama serve", 80'000);
        FakeOllamaServer server;
        QVERIFY(server.listen());
        server.setAnswer(QStringList(40, QStringLiteral(" tok")));
        server.setTokenIntervalMs(25);
        server.setDelayBeforeFirstChunkMs(200);
        connect(&server, &FakeHttpServer::requestReceived, this, [&root](const RecordedRequest &r) {
            if (r.path == "/api/chat") // the runner starts with the model
                writeProcess(root, 101, "ollama", "/usr/local/bin/ollama runner --model x",
                             4'000'000);
        });
        QNetworkAccessManager nam;
        OllamaProvider provider(server.baseUrl(), &nam);
        ChatSession chat;
        MetricsHub hub(&chat, nullptr);
        hub.setProcessSampler(ProcessSampler(dir.path()));
        hub.setMemorySource([] {
            MemoryInfo m;
            m.totalBytes = 24LL << 30;
            m.availableBytes = 16LL << 30;
            m.swapTotalBytes = 8LL << 30;
            m.swapFreeBytes = 5LL << 30;
            return std::optional<MemoryInfo>(m);
        });
        hub.setIntervalMs(50);
        hub.start();
        QTest::qWait(120);
        QVERIFY(
            !chat.send(QStringLiteral("Count"), &provider, QStringLiteral("llama3.2")).isError());
        QTRY_VERIFY_WITH_TIMEOUT(!chat.isStreaming(), 10000);
        QTest::qWait(120);
        hub.stop();

        const TimeSeries *ram = hub.series(QString::fromLatin1(MetricsHub::RamUsed));
        QVERIFY(ram && ram->size() > 5);
        QCOMPARE(ram->last().value, double(8LL << 30));
        // Swap on the same clock: a model that does not fit spills there.
        const TimeSeries *swap = hub.series(QString::fromLatin1(MetricsHub::SwapUsed));
        QVERIFY(swap && swap->size() == ram->size());
        QCOMPARE(swap->last().value, double(3LL << 30));
        const TimeSeries *proc = hub.series(MetricsHub::processKey(ServerKind::Ollama));
        QVERIFY(proc);
        QCOMPARE(proc->at(0).value, 80'000.0 * 1024);
        QCOMPARE(proc->last().value, 4'080'000.0 * 1024); // the server's memory rose
        const TimeSeries *tps = hub.series(QString::fromLatin1(MetricsHub::TokensPerSecond));
        double peak = 0;
        for (qsizetype i = 0; i < tps->size(); ++i)
            peak = std::max(peak, tps->at(i).value);
        QVERIFY2(peak > 10, qPrintable(QString::number(peak))); // ~40 tok/s while answering
        QCOMPARE(tps->at(0).value, 0.0);
        // The rate rose after the memory did: both on one clock.
        qint64 memRise = -1, firstRate = -1;
        for (qsizetype i = 0; i < proc->size(); ++i)
            if (memRise < 0 && proc->at(i).value > 1e9)
                memRise = proc->at(i).timeMs;
        for (qsizetype i = 0; i < tps->size(); ++i)
            if (firstRate < 0 && tps->at(i).value > 0)
                firstRate = tps->at(i).timeMs;
        QVERIFY(memRise >= 0 && firstRate >= memRise);
        // Markers in time order: request sent, model loaded (the fake reports its 200 ms load
        // delay as load_duration), first token, answer done.
        const QList<MetricsHub::Marker> markers = hub.markers();
        QCOMPARE(markers.size(), 4);
        QCOMPARE(markers[0].type, MetricsHub::Marker::Type::RequestSent);
        QCOMPARE(markers[1].type, MetricsHub::Marker::Type::ModelLoaded);
        QCOMPARE(markers[1].timeMs - markers[0].timeMs, 200);
        QCOMPARE(markers[2].type, MetricsHub::Marker::Type::FirstToken);
        QVERIFY(markers[2].timeMs - markers[0].timeMs >= 150); // the load delay
        QCOMPARE(markers[3].type, MetricsHub::Marker::Type::AnswerDone);
        QVERIFY(hub.series(QString::fromLatin1(MetricsHub::ServerTokensPerSecond)));
#if !(defined(Q_OS_MACOS) && defined(Q_PROCESSOR_ARM))
        QVERIFY(!hub.gpuKnown()); // an Apple Silicon Mac always knows its GPU
#endif
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
