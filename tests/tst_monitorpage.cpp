// The Monitor page, offscreen: the GPU notice without NVIDIA, nvidia-smi figures drawn as they
// were reported, the chat strip, CSV export that never leaves a half-written file and has the
// time of day and quoted fields, figures and problems read by screen readers, at most four
// redraws a second, and none behind the presenter.
#include "ChatPage.h"
#include "Core.h"
#include "ExportersDialog.h"
#include "FakeLlamaServer.h"
#include "FakeMachine.h"
#include "FakeOllamaServer.h"
#include "FileSizeLimit.h"
#include "Format.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "MetricsStrip.h"
#include "MonitorCharts.h"
#include "MonitorPage.h"
#include "TestData.h"
#include "Translations.h"
#include "chat/ChatSession.h"
#include "metrics/GpuInfo.h"
#include "metrics/MetricsHub.h"
#include "metrics/RemoteExporters.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

#include <QAccessible>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>
#include <cmath>

class TestMonitorPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeOllamaServer> m_ollama;
    std::unique_ptr<Core> m_core;
    std::unique_ptr<MainWindow> m_window;

    // Opens the Monitor tab unless `open` is false (its page is built when it first shows).
    void start(const QString &nvidiaSmi, bool open = true)
    {
        m_ollama = std::make_unique<FakeOllamaServer>();
        QVERIFY(m_ollama->listen());
        Core::Options options;
        options.discovery.candidates = {{m_ollama->baseUrl(), ServerKind::Ollama}};
        options.discovery.intervalMs = 0;
        options.settingsFile = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                              QStringLiteral(".ini"));
        m_core = std::make_unique<Core>(options);
        m_core->gpus()->setNvmlLibrary(QString()); // the stand-in program, even with a driver
        m_core->gpus()->setProgram(nvidiaSmi);
        m_core->metrics()->setIntervalMs(100);
        m_window = std::make_unique<MainWindow>(m_core.get());
        m_window->show();
        m_core->start();
        QVERIFY(!page()); // built when its tab first shows
        if (!open)
            return;
        m_window->showPage(MainWindow::Page::Monitor);
        QVERIFY(page());
        QVERIFY(charts());
    }

    // The page and its charts by object name (start() checks that they are there).
    MonitorPage *page() const
    {
        return m_window->findChild<MonitorPage *>(QStringLiteral("monitorPage"));
    }
    MonitorCharts *charts() const
    {
        return page()->findChild<MonitorCharts *>(QStringLiteral("monitorCharts"));
    }

    // The value axis of the chart named `name` (its view's accessible name).
    QValueAxis *valueAxis(const QString &name) const
    {
        for (QChartView *view : charts()->findChildren<QChartView *>()) {
            if (view->accessibleName() != name)
                continue;
            const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
            return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
        }
        return nullptr;
    }

    // The strip's text as read, its non-breaking spaces as spaces.
    static QString stripText(const QLabel *strip)
    {
        return strip->text().replace(QChar::Nbsp, u' ');
    }

    // 1, 2, 2.5 or 5 times a power of ten.
    static bool isRound(double step)
    {
        static constexpr double round[] = {1.0, 2.0, 2.5, 5.0, 10.0};
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        return std::any_of(std::begin(round), std::end(round),
                           [mantissa](double m) { return std::abs(mantissa - m) < 1e-9; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        installTranslations(*qApp, QStringLiteral("en"));
    }

    void cleanup()
    {
        m_window.reset();
        m_core.reset();
        m_ollama.reset();
    }

    void withoutNvidiaTheGpuChartSaysSo()
    {
        start(QString());
        QTRY_VERIFY(charts()->gpuNotice().contains(u"No NVIDIA or Apple GPU found"));
        QVERIFY(!charts()->lineNames().contains(QStringLiteral("GPU memory used")));
        QTRY_VERIFY(charts()->lineNames().contains(QStringLiteral("System RAM used")));
    }

    void niceScale_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("maxIntervals");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("ticks");
        QTest::addColumn<int>("decimals");
        QTest::newRow("RAM 23.5 GB") << 24.7 << 6 << 25.0 << 6 << 0;
        QTest::newRow("just over a round number") << 25.9 << 6 << 30.0 << 7 << 0;
        QTest::newRow("a GPU box's 48 GB") << 48.1 << 6 << 50.0 << 6 << 0;
        QTest::newRow("idle speed") << 5.5 << 6 << 6.0 << 7 << 0;
        QTest::newRow("steps of 2.5") << 12.5 << 5 << 12.5 << 6 << 1;
        QTest::newRow("steps of 0.5") << 2.2 << 6 << 2.5 << 6 << 1;
        QTest::newRow("a small server, 0.3 GB") << 0.3 << 6 << 0.3 << 7 << 2;
        QTest::newRow("projector: fewer ticks") << 1000.0 << 4 << 1000.0 << 5 << 0;
        QTest::newRow("projector: 7 in steps of 2") << 7.0 << 4 << 8.0 << 5 << 0;
        QTest::newRow("nothing yet") << 0.0 << 6 << 1.0 << 6 << 1;
        QTest::newRow("not a number") << std::nan("") << 6 << 1.0 << 6 << 1;
    }

    void niceScale()
    {
        QFETCH(double, value);
        QFETCH(int, maxIntervals);
        QFETCH(double, max);
        QFETCH(int, ticks);
        QFETCH(int, decimals);
        const MonitorCharts::AxisScale s = MonitorCharts::niceScale(value, maxIntervals);
        QVERIFY2(std::abs(s.max - max) < 1e-9, qPrintable(QString::number(s.max)));
        QCOMPARE(s.ticks, ticks);
        QCOMPARE(s.decimals, decimals);
        QVERIFY(isRound(s.max / (s.ticks - 1)));
    }

    void theMemoryAndSpeedAxesEndOnRoundNumbers()
    {
        start(QString());
        QTRY_VERIFY(!charts()->points(QStringLiteral("RAM total")).isEmpty());
        QValueAxis *memory = valueAxis(QStringLiteral("Memory chart"));
        QValueAxis *speed = valueAxis(QStringLiteral("Generation speed chart"));
        QVERIFY(memory && speed);
        const double total = charts()->points(QStringLiteral("RAM total")).constLast().y();
        // Ticks every 1, 2, 2.5 or 5 times a power of ten, the top one above the highest line by
        // at most one step, at most 6 steps, and labels with the decimals the step needs.
        const double step = memory->max() / (memory->tickCount() - 1);
        QCOMPARE(memory->min(), 0.0);
        QVERIFY2(isRound(step), qPrintable(QString::number(step)));
        QVERIFY(memory->max() >= total);
        QVERIFY(memory->max() < total * 1.05 + step);
        QVERIFY(memory->tickCount() <= 7);
        QCOMPARE(memory->labelFormat(),
                 step >= 1 ? QStringLiteral("%.0f GiB") : QStringLiteral("%.1f GiB"));
        QVERIFY(isRound(speed->max() / (speed->tickCount() - 1)));
        // At projector size, fewer and larger labels.
        charts()->setFontScale(2.0);
        QVERIFY(memory->tickCount() <= 5);
        QVERIFY(isRound(memory->max() / (memory->tickCount() - 1)));
        QVERIFY(memory->max() >= total);
        charts()->setFontScale(1.0);
        QVERIFY(memory->tickCount() > 5 || memory->max() / (memory->tickCount() - 1) == step);
    }

    void openedLateItShowsThePastSamples()
    {
        start(QString(), false);
        const TimeSeries *ram = nullptr;
        QTRY_VERIFY((ram = m_core->metrics()->series(QStringLiteral("ram.used"))) &&
                    ram->size() >= 5);
        m_core->metrics()->stop(); // the samples the page finds, no more
        m_window->showPage(MainWindow::Page::Monitor);
        QVERIFY(page());
        QVERIFY(charts());
        const QList<QPointF> drawn = charts()->points(QStringLiteral("System RAM used"));
        QCOMPARE(drawn.size(), ram->size());
        QCOMPARE(drawn.last().y(), ram->at(ram->size() - 1).value / (1024.0 * 1024.0 * 1024.0));
    }

    void aGpuThatSharesTheSystemsMemoryDrawsNoGpuMemoryAtZero()
    {
        // GB10 (DGX Spark): memory [N/A], load known. The load is drawn; no flat 0 GB lines.
        const QString script = m_dir.filePath(QStringLiteral("nvidia-smi-gb10"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho '0, NVIDIA GB10, [N/A], [N/A], [N/A], 3, 11.17, 35'\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        start(script);
        QTRY_VERIFY_WITH_TIMEOUT(charts()->lineNames().contains(QStringLiteral("GPU load")), 5000);
        QVERIFY(!charts()->points(QStringLiteral("GPU load")).isEmpty());
        QVERIFY(charts()->points(QStringLiteral("GPU memory used")).isEmpty());
        QVERIFY(charts()->points(QStringLiteral("GPU memory total")).isEmpty());
        QVERIFY(m_core->thisMachine().unifiedMemory);
        QVERIFY(!m_core->thisMachine().freeVramBytes);
    }

    void nvidiaSmiFiguresAreDrawnAsReported()
    {
        const QString script = twoGpusNvidiaSmi(m_dir.path());
        QVERIFY(!script.isEmpty());
        start(script);
        QTRY_VERIFY_WITH_TIMEOUT(charts()->lineNames().contains(QStringLiteral("GPU memory used")),
                                 5000);
        QVERIFY(charts()->gpuNotice().isEmpty());
        const double gib = 1024.0 * 1024.0 * 1024.0;
        const QList<QPointF> used = charts()->points(QStringLiteral("GPU memory used"));
        const QList<QPointF> total = charts()->points(QStringLiteral("GPU memory total"));
        QVERIFY(!used.isEmpty() && !total.isEmpty());
        // The fixture's two GPUs: 18213 + 1024 MiB used of 24564 + 24576 MiB.
        QCOMPARE(used.last().y(), (18213.0 + 1024.0) * 1024 * 1024 / gib);
        QCOMPARE(total.last().y(), (24564.0 + 24576.0) * 1024 * 1024 / gib);
        const QList<QPointF> load = charts()->points(QStringLiteral("GPU load"));
        QCOMPARE(load.last().y(), 87.0); // the second GPU says [N/A]: left out, not a zero
    }

    void aGpuThatStopsAnsweringIsNotShownAsItWas()
    {
        const QString script = twoGpusNvidiaSmi(m_dir.path());
        QVERIFY(!script.isEmpty());
        const QByteArray answering = [&script] {
            QFile f(script);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        // Rewritten whole and put in place at once: a query never reads half a script.
        auto writeScript = [&script](const QByteArray &text) {
            QSaveFile f(script);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
            QVERIFY(f.commit());
            QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        };
        start(script);
        auto *strip = m_window->findChild<MetricsStrip *>();
        QVERIFY(strip);
        const QString figure = QStringLiteral("GPU ") + Format::bytes((18213 + 1024) * 1048576LL);
        QTRY_VERIFY_WITH_TIMEOUT(stripText(strip).contains(figure), 5000);
        QVERIFY(charts()->gpuNotice().isEmpty());
        QChartView *memoryView = nullptr;
        for (QChartView *view : charts()->findChildren<QChartView *>()) {
            if (view->accessibleName() == u"Memory chart")
                memoryView = view;
        }
        QVERIFY(memoryView);
        QTRY_VERIFY(memoryView->accessibleDescription().contains(u"GPU memory used"));

        // The driver fails (an eGPU unplugged, nvidia-smi erroring): the last figure read is
        // not shown as the current one, and the Monitor says why its GPU lines end.
        writeScript(
            "#!/bin/sh\necho 'Unable to determine the device handle for GPU0' >&2\nexit 15\n");
        QTRY_VERIFY_WITH_TIMEOUT(stripText(strip).contains(u"GPU not answering"), 10000);
        QVERIFY(!stripText(strip).contains(figure));
        QVERIFY(stripText(strip).contains(u"RAM ")); // the rest goes on
        QTRY_VERIFY(charts()->gpuNotice().contains(u"has not answered"));
        QTRY_VERIFY(!memoryView->accessibleDescription().contains(u"GPU memory used"));
        QVERIFY(memoryView->accessibleDescription().contains(u"RAM"));

        // It answers again: figures and lines come back, the notice goes.
        writeScript(answering);
        QTRY_VERIFY_WITH_TIMEOUT(stripText(strip).contains(figure), 5000);
        QTRY_VERIFY(charts()->gpuNotice().isEmpty());
    }

    void exporterFiguresAreDrawnAsReported()
    {
        FakeHttpServer exporter; // a GPU box's node and DCGM exporters on one port
        exporter.setHandler([](const RecordedRequest &r, Responder &responder) {
            const QString file = r.path == "/node" ? QStringLiteral("captured/node-exporter.prom")
                                                   : QStringLiteral("captured/dcgm-exporter.prom");
            responder.send(200, "text/plain; version=0.0.4; charset=utf-8", testData(file));
        });
        QVERIFY(exporter.listen());
        start(QString());
        QUrl node = exporter.baseUrl();
        node.setPath(QStringLiteral("/node"));
        QUrl dcgm = exporter.baseUrl();
        dcgm.setPath(QStringLiteral("/dcgm"));
        m_core->exporters()->setHosts({{QStringLiteral("gpu-box"), node, dcgm}});
        QTRY_VERIFY_WITH_TIMEOUT(charts()->lineNames().contains(QStringLiteral("gpu-box GPU load")),
                                 5000);
        QTRY_VERIFY(charts()->lineNames().contains(QStringLiteral("gpu-box RAM used")));
        const double gib = 1024.0 * 1024.0 * 1024.0;
        QCOMPARE(charts()->points(QStringLiteral("gpu-box RAM used")).last().y(),
                 (67238842368.0 - 52793344000.0) / gib);
        QCOMPARE(charts()->points(QStringLiteral("gpu-box RAM total")).last().y(),
                 67238842368.0 / gib);
        QCOMPARE(charts()->points(QStringLiteral("gpu-box GPU memory used")).last().y(),
                 (37947.0 + 199.0) / 1024.0);
        QCOMPARE(charts()->points(QStringLiteral("gpu-box GPU load")).last().y(), 50.0);
        // This machine still has no NVIDIA GPU, and says so.
        QVERIFY(charts()->gpuNotice().contains(u"No NVIDIA or Apple GPU found on this machine"));
    }

    // An exporter address with a password is refused, and says why and what to do instead;
    // one that came in with old or imported settings is shown without it.
    void remoteHostsRefuseAPassword()
    {
        ExportersDialog dialog(
            {{QStringLiteral("old-box"),
              QUrl(QStringLiteral("http://admin:0ld-s3cret@old-box:9100/metrics")),
              {}}});
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("exporterTable"));
        QVERIFY(table);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("http://old-box:9100/metrics"));

        dialog.findChild<QPushButton *>(QStringLiteral("addExporterHost"))->click();
        QCOMPARE(table->rowCount(), 2);
        table->item(1, 1)->setText(QStringLiteral("http://admin:s3cret@gpu-box:9100/metrics"));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("exportersError"));
        QVERIFY(error && error->isVisible());
        const QString message = error->text();
        QVERIFY2(message.contains(u"http://gpu-box:9100/metrics"), qPrintable(message));
        QVERIFY2(message.contains(u"stored in clear"), qPrintable(message));
        QVERIFY2(message.contains(u"reverse proxy"), qPrintable(message));
        QVERIFY2(!message.contains(u"s3cret"), qPrintable(message));

        // A file is not an exporter: refused, with the kind of address it takes.
        table->item(1, 1)->setText(QStringLiteral("file:///etc/passwd"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(error->text().contains(u"(file:///etc/passwd) is not an exporter's: it must start "
                                        u"with http:// or https://"),
                 qPrintable(error->text()));

        // Without it, the hosts are taken.
        table->item(1, 1)->setText(QStringLiteral("http://gpu-box:9100/metrics"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        for (const ExporterHost &h : dialog.hosts())
            QVERIFY2(!h.toText().contains(u'@'), qPrintable(h.toText()));
    }

    // A remote host's exporter that fails is said on the page, with what to do, until it
    // answers again.
    void exporterProblemsAreShown()
    {
        bool serve = false;
        FakeHttpServer exporter;
        exporter.setHandler([&serve](const RecordedRequest &, Responder &responder) {
            if (serve)
                responder.send(200, "text/plain; version=0.0.4",
                               testData(QStringLiteral("captured/node-exporter.prom")));
            else
                responder.send(404, "text/plain", "404 page not found");
        });
        QVERIFY(exporter.listen());
        start(QString());
        QVERIFY(page()->exporterNotice().isEmpty());
        QUrl node = exporter.baseUrl();
        node.setPath(QStringLiteral("/metrix"));
        m_core->exporters()->setHosts({{QStringLiteral("gpu-box"), node, {}}});
        QTRY_VERIFY_WITH_TIMEOUT(!page()->exporterNotice().isEmpty(), 5000);
        const QString notice = page()->exporterNotice();
        QCOMPARE(notice, QStringLiteral("“gpu-box”: %1 has no such page (HTTP 404). Use the node "
                                        "exporter's /metrics address, for example "
                                        "http://gpu-box:9100/metrics.")
                             .arg(node.toString()));

        serve = true;
        QTRY_VERIFY_WITH_TIMEOUT(page()->exporterNotice().isEmpty(), 5000);
        QTRY_VERIFY(charts()->lineNames().contains(QStringLiteral("gpu-box RAM used")));
    }

    void whatOllamaReportsIsDrawnToo()
    {
        start(QString());
        m_ollama->setVramFraction(0.25);
        QTRY_VERIFY(m_core->providers()->activeProvider());
        QVERIFY(!m_core->chat()
                     ->send(QStringLiteral("hi"), m_core->providers()->activeProvider(),
                            QStringLiteral("llama3.2"))
                     .isError());
        QTRY_VERIFY_WITH_TIMEOUT(!m_core->chat()->isStreaming(), 5000);
        const QString line = QStringLiteral("Ollama at 127.0.0.1:%1: models loaded (reported)")
                                 .arg(m_ollama->port());
        QTRY_VERIFY_WITH_TIMEOUT(charts()->lineNames().contains(line), 5000);
        QList<LoadedModel> loaded;
        bool done = false;
        m_core->providers()->activeProvider()->loader()->loadedModels(
            this, [&](const LoadedModelsResult &r) {
                loaded = r.models;
                done = true;
            });
        QTRY_VERIFY(done);
        QCOMPARE(loaded.size(), 1);
        const double gib = 1024.0 * 1024.0 * 1024.0;
        QTRY_COMPARE(charts()->points(line).last().y(), double(loaded[0].sizeBytes) / gib);
        const QString onGpu = QStringLiteral("Ollama at 127.0.0.1:%1: models on the GPU (reported)")
                                  .arg(m_ollama->port());
        QTRY_VERIFY(!charts()->points(onGpu).isEmpty());
        QTRY_COMPARE(charts()->points(onGpu).last().y(), double(loaded[0].vramBytes) / gib);
    }

    void llamaServerMetricsAreDrawn()
    {
        FakeLlamaServer llama;
        llama.setHandler([](const RecordedRequest &r, Responder &responder) {
            if (r.path == "/metrics") // as with llama-server --metrics
                responder.send(200, "text/plain; version=0.0.4",
                               testData(QStringLiteral("captured/llama-server-metrics.prom")));
        });
        QVERIFY(llama.listen());
        start(QString());
        const QString id = m_core->addServer(llama.baseUrl());
        QTRY_VERIFY(m_core->providers()->provider(id));
        const QString line =
            QStringLiteral("llama-server at 127.0.0.1:%1, average (/metrics)").arg(llama.port());
        QTRY_VERIFY_WITH_TIMEOUT(charts()->lineNames().contains(line), 5000);
        QCOMPARE(charts()->points(line).last().y(), 35.4112);
    }

    void chatStripAndCsv()
    {
        start(QString());
        m_ollama->setAnswer(QStringList(30, QStringLiteral(" tok")));
        m_ollama->setTokenIntervalMs(20);
        QTRY_VERIFY(m_core->providers()->activeProvider());
        auto *strip = m_window->findChild<MetricsStrip *>();
        QVERIFY(strip);
        QTRY_VERIFY(stripText(strip).contains(u"RAM "));
        QVERIFY(!m_core->chat()
                     ->send(QStringLiteral("Count"), m_core->providers()->activeProvider(),
                            QStringLiteral("llama3.2"))
                     .isError());
        QTRY_VERIFY_WITH_TIMEOUT(!stripText(strip).contains(u"0.00 tok/s"),
                                 5000); // rising while it answers
        QTRY_VERIFY_WITH_TIMEOUT(!m_core->chat()->isStreaming(), 5000);

        const QString file = m_dir.filePath(QStringLiteral("monitor.csv"));
        QVERIFY(page()->exportCsv(file));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("series,seconds,value,time\n"));
        QVERIFY(text.contains("\nram.used,"));
        QVERIFY(text.contains("\ntps.live,"));
        // A save that cannot be made says so.
        QString error;
        QVERIFY(!page()->exportCsv(m_dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
        // A save that fails half-way (a full disk) keeps the old file whole.
        bool saved = true;
        {
            const FileSizeLimit full(64);
            if (!full.active())
                QSKIP("no file size limit here");
            saved = page()->exportCsv(file, &error);
        }
        QVERIFY(!saved);
        QVERIFY(!error.isEmpty());
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), text);
    }

    void csvHasTheTimeOfDayAndQuotesWhatNeedsIt()
    {
        // A host named with a comma: its rows still have four fields once read as RFC 4180
        // says, and every row tells the time of day it was sampled.
        FakeHttpServer exporter;
        serveExporters(exporter);
        QVERIFY(exporter.listen());
        start(QString());
        m_core->exporters()->setHosts({exporterHost(exporter, QStringLiteral("lab, \"box\" 2"))});
        const QString key = QStringLiteral("remote.lab, \"box\" 2.ram.used");
        QTRY_VERIFY_WITH_TIMEOUT(m_core->metrics()->series(key), 5000);
        const QDateTime before = QDateTime::currentDateTime().addSecs(-60);
        const QString file = m_dir.filePath(QStringLiteral("quoted.csv"));
        QVERIFY(page()->exportCsv(file));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        // RFC 4180: fields split at commas outside double quotes; "" inside them is one ".
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted && c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = !quoted;
            } else if (!quoted && c == u',') {
                row << field;
                field.clear();
            } else if (!quoted && c == u'\n') {
                rows << (row << field);
                row.clear();
                field.clear();
            } else {
                field += c;
            }
        }
        QVERIFY(rows.size() > 2);
        QCOMPARE(rows.first(), QStringList({QStringLiteral("series"), QStringLiteral("seconds"),
                                            QStringLiteral("value"), QStringLiteral("time")}));
        bool found = false;
        const QList<QStringList> records = rows.sliced(1);
        for (const QStringList &r : records) {
            QCOMPARE(r.size(), 4);
            found = found || r[0] == key;
            const QDateTime at = QDateTime::fromString(r[3], Qt::ISODateWithMs);
            QVERIFY2(at.isValid(), qPrintable(r[3]));
            QVERIFY2(at >= before && at <= QDateTime::currentDateTime(), qPrintable(r[3]));
        }
        QVERIFY(found);
    }

    void liveFiguresAndProblemsAreReadAloud()
    {
        // Screen readers get the figures themselves, not only what the widgets are.
        FakeHttpServer exporter;
        exporter.setHandler([](const RecordedRequest &, Responder &responder) {
            responder.send(404, "text/plain", "404 page not found");
        });
        QVERIFY(exporter.listen());
        start(QString());
        auto *strip = m_window->findChild<MetricsStrip *>();
        QVERIFY(strip);
        QTRY_VERIFY(stripText(strip).contains(u"RAM "));
        QTRY_VERIFY2(spoken(strip).contains(u"tok/s"), qPrintable(spoken(strip)));
        QTRY_VERIFY2(spoken(strip).contains(u"RAM"), qPrintable(spoken(strip)));
        QUrl node = exporter.baseUrl();
        node.setPath(QStringLiteral("/metrix"));
        m_core->exporters()->setHosts({{QStringLiteral("gpu-box"), node, {}}});
        QTRY_VERIFY_WITH_TIMEOUT(!page()->exporterNotice().isEmpty(), 5000);
        auto *notice = page()->findChild<QLabel *>(QStringLiteral("exporterNotice"));
        QVERIFY(notice);
        QVERIFY2(spoken(notice).contains(u"HTTP 404"), qPrintable(spoken(notice)));
        // Each chart says its lines' latest figures.
        QChartView *memory = nullptr;
        for (QChartView *view : charts()->findChildren<QChartView *>()) {
            if (view->accessibleName() == QStringLiteral("Memory chart"))
                memory = view;
        }
        QVERIFY(memory);
        QTRY_VERIFY2(spoken(memory).contains(u"System RAM used: "), qPrintable(spoken(memory)));
        QVERIFY2(spoken(memory).contains(u" GiB"), qPrintable(spoken(memory)));
    }

    void noRedrawsBehindThePresenter()
    {
        // F11 on the Monitor tab: the full-screen presenter draws its own charts; the page
        // behind it stops redrawing until it is seen again.
        start(QString());
        QTRY_VERIFY(m_core->providers()->activeProvider());
        m_window->showPage(MainWindow::Page::Monitor);
        QTRY_VERIFY(page()->isVisible());
        const int shown = charts()->refreshCount();
        QTRY_VERIFY(charts()->refreshCount() > shown);
        m_window->setPresenting(true);
        QVERIFY(m_window->isPresenting());
        QVERIFY(page()->isVisible()); // still "shown", behind the presenter
        const int before = charts()->refreshCount();
        QTest::qWait(1000);
        QCOMPARE(charts()->refreshCount(), before);
        m_window->setPresenting(false);
        m_window->showPage(MainWindow::Page::Monitor);
        QTRY_VERIFY(charts()->refreshCount() > before);
    }

    void redrawsAtMostFourTimesASecond()
    {
        start(QString());
        const int before = charts()->refreshCount();
        QElapsedTimer t;
        t.start();
        QTest::qWait(2000);
        const int redraws = charts()->refreshCount() - before;
        QVERIFY(redraws > 0);
        QVERIFY2(redraws <= t.elapsed() / 250 + 1, qPrintable(QString::number(redraws)));
        // Hidden, it does not redraw at all.
        m_window->tabs()->setCurrentIndex(0);
        const int hidden = charts()->refreshCount();
        QTest::qWait(600);
        QCOMPARE(charts()->refreshCount(), hidden);
    }
};

QTEST_MAIN(TestMonitorPage)
#include "tst_monitorpage.moc"
