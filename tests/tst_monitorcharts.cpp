// The Monitor page's charts on a projector's screen (1280×720), offscreen: one moment is at
// one x on every chart whatever their legends and labels, each axis has room for its labels
// between ticks, the legend names only what is drawn, and a remote host named with dots is
// drawn where its figures belong.
#include "ChartLegend.h"
#include "Core.h"
#include "FakeHttpServer.h"
#include "FakeMachine.h"
#include "FakeOllamaServer.h"
#include "MainWindow.h"
#include "MonitorCharts.h"
#include "MonitorPage.h"
#include "TestData.h"
#include "Translations.h"
#include "chat/ChatSession.h"
#include "metrics/GpuInfo.h"
#include "metrics/MetricsHub.h"
#include "metrics/RemoteExporters.h"
#include "providers/ProviderRegistry.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

class TestMonitorCharts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeOllamaServer> m_ollama;
    std::unique_ptr<Core> m_core;
    std::unique_ptr<MainWindow> m_window;

    // The Monitor tab open at 1280×720, with the GPUs `nvidiaSmi` reports.
    void start(const QString &nvidiaSmi)
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
        m_window->resize(1280, 720);
        m_window->show();
        m_core->start();
        m_window->showPage(MainWindow::Page::Monitor);
        QVERIFY(charts());
    }

    // One question, answered: the fake Ollama then reports the model it loaded.
    void askOnce()
    {
        QTRY_VERIFY(m_core->providers()->activeProvider());
        QVERIFY(!m_core->chat()
                     ->send(QStringLiteral("hi"), m_core->providers()->activeProvider(),
                            QStringLiteral("llama3.2"))
                     .isError());
        QTRY_VERIFY_WITH_TIMEOUT(!m_core->chat()->isStreaming(), 5000);
    }

    MonitorCharts *charts() const
    {
        return m_window->findChild<MonitorCharts *>(QStringLiteral("monitorCharts"));
    }

    // Where `seconds` (before now) is drawn on each chart shown, in the charts' coordinates.
    QList<double> xOf(double seconds) const
    {
        QList<double> xs;
        for (QChartView *view : charts()->findChildren<QChartView *>()) {
            if (!view->isVisibleTo(charts()))
                continue;
            const QPointF inChart = view->chart()->mapToPosition(QPointF(seconds, 0));
            const QPointF inView =
                view->viewportTransform().map(view->chart()->mapToScene(inChart));
            xs << view->viewport()->mapTo(charts(), inView.toPoint()).x();
        }
        return xs;
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

    void oneMomentIsAtOneXOnEveryChart()
    {
        // Three charts whose legends and labels differ in width (a GPU, Ollama's reports): the
        // same second is drawn at the same x on each, so a memory rise lines up with the
        // request that caused it.
        start(twoGpusNvidiaSmi(m_dir.path()));
        m_ollama->setVramFraction(0.25);
        askOnce();
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(
            charts()->lineNames().contains(
                QStringLiteral("Ollama at 127.0.0.1:%1: models on the GPU (reported)")
                    .arg(m_ollama->port())),
            5000);
        QTRY_VERIFY(charts()->lineNames().contains(QStringLiteral("GPU load")));
        auto spread = [this](double seconds, QString *where) {
            const QList<double> xs = xOf(seconds);
            QStringList shown;
            for (const double x : xs)
                shown << QString::number(x);
            *where = QStringLiteral("%1 s at x = %2").arg(seconds).arg(shown.join(u", "));
            return xs.size() == 3 ? *std::max_element(xs.cbegin(), xs.cend()) -
                                        *std::min_element(xs.cbegin(), xs.cend())
                                  : 1e9;
        };
        // Once the legends have wrapped around their new lines (a moment after a line comes),
        // both ends of the time axis line up at the same time.
        QString where;
        QString whereNow;
        QTRY_VERIFY2(spread(-30, &where) <= 2 && spread(0, &whereNow) <= 2,
                     qPrintable(where + QStringLiteral("; ") + whereNow));
    }

    void axisLabelsHaveRoomOnAProjectorScreen()
    {
        // 1280×720 with a GPU and a remote GPU box: three charts in little height. Each value
        // axis has a label's height between two ticks and each time axis a label's width, so
        // no label is cut to "…".
        FakeHttpServer exporter;
        serveExporters(exporter);
        QVERIFY(exporter.listen());
        start(twoGpusNvidiaSmi(m_dir.path()));
        m_core->exporters()->setHosts({exporterHost(exporter, QStringLiteral("gpu-box"))});
        QTRY_VERIFY_WITH_TIMEOUT(charts()->lineNames().contains(QStringLiteral("gpu-box GPU load")),
                                 5000);
        QTRY_VERIFY(charts()->lineNames().contains(QStringLiteral("GPU memory used")));
        auto roomy = [this](QString *why) {
            for (QChartView *view : charts()->findChildren<QChartView *>()) {
                if (!view->isVisibleTo(charts()))
                    continue;
                const QRectF plot = view->chart()->plotArea();
                for (QAbstractAxis *a : view->chart()->axes()) {
                    auto *axis = qobject_cast<QValueAxis *>(a);
                    const QFontMetricsF metrics(axis->labelsFont());
                    // Qt Charts gives each label the axis' length shared among its ticks, less
                    // 4 px on either side, and cuts a label that does not fit to "…".
                    const double room =
                        (a->orientation() == Qt::Vertical ? plot.height() : plot.width()) /
                            axis->tickCount() -
                        8;
                    const double need = a->orientation() == Qt::Vertical
                                            ? metrics.height()
                                            : metrics.horizontalAdvance(QStringLiteral("-60 s"));
                    if (room < need) {
                        *why = QStringLiteral("%1: %2 px for each label, one needs %3")
                                   .arg(view->accessibleName())
                                   .arg(room)
                                   .arg(need);
                        return false;
                    }
                }
            }
            return true;
        };
        QString why;
        QTRY_VERIFY2(roomy(&why), qPrintable(why));
    }

    void figuresNotDrawnAreLeftOutOfTheLegend()
    {
        // The speed chart's markers (request sent, first token, the server's own figure) are
        // named in its legend once there is one to see, not before.
        start(QString());
        QChartView *speed = nullptr;
        for (QChartView *view : charts()->findChildren<QChartView *>()) {
            if (view->accessibleName() == QStringLiteral("Generation speed chart"))
                speed = view;
        }
        QVERIFY(speed);
        // Beside the chart, or above it once the names need more room than beside.
        auto *above = charts()->findChild<ChartLegend *>(QStringLiteral("rateLegend"));
        QVERIFY(above);
        auto named = [speed, above] {
            if (above->isVisible())
                return above->names();
            QStringList names;
            for (const QLegendMarker *m : speed->chart()->legend()->markers()) {
                if (m->isVisible())
                    names << m->label();
            }
            return names;
        };
        QTRY_COMPARE(named(), QStringList{QStringLiteral("Live tokens/s")});
        askOnce();
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY2(named().contains(QStringLiteral("Request sent")),
                     qPrintable(named().join(u", ")));
        QVERIFY2(named().contains(QStringLiteral("First token")), qPrintable(named().join(u", ")));
    }

    // What a legend beside its chart names shows whole: Qt Charts cuts a name that is longer
    // than the room it gives the legend, so a legend that would be cut goes above its chart.
    void everyNameInTheLegendsShowsWhole()
    {
        start(QString());
        askOnce();
        if (QTest::currentTestFailed())
            return;
        // The server's own figures for the model it loaded, drawn: the longest names.
        QTRY_VERIFY_WITH_TIMEOUT(charts()->lineNames().contains(
                                     QStringLiteral("Ollama at 127.0.0.1:%1: models on the GPU "
                                                    "(reported)")
                                         .arg(m_ollama->port())),
                                 5000);
        auto cut = [this] {
            QStringList texts;
            for (QChartView *view : charts()->findChildren<QChartView *>()) {
                if (!view->isVisibleTo(charts()))
                    continue;
                for (QGraphicsItem *item : view->scene()->items()) {
                    auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
                    // Qt Charts ends a name it cuts with "...".
                    if (text && text->isVisible() &&
                        (text->toPlainText().endsWith(QStringLiteral("...")) ||
                         text->toPlainText().endsWith(u'…')))
                        texts << text->toPlainText();
                }
            }
            return texts.join(QStringLiteral(" | "));
        };
        // At every width from a wide screen's down to a small laptop's, each once the layout
        // has settled: the legends stay beside their charts as long as they can, then go above.
        for (int width = 1500; width >= 960; width -= 4) {
            m_window->resize(width, 800);
            QTest::qWait(20);
            QVERIFY2(cut().isEmpty(),
                     qPrintable(QStringLiteral("at %1 px: %2").arg(width).arg(cut())));
        }
    }

    // The first sample is one point, which a line does not draw: it shows as a dot, and the
    // line as a line once there are two.
    void aFirstSampleShowsAsADot()
    {
        MetricsHub hub(nullptr, nullptr);
        hub.setProcessSampler(ProcessSampler(m_dir.filePath(QStringLiteral("no-proc"))));
        hub.setMemorySource([] {
            MemoryInfo m;
            m.totalBytes = 24LL << 30;
            m.availableBytes = 12LL << 30;
            return std::optional<MemoryInfo>(m);
        });
        MonitorCharts charts(&hub);
        charts.resize(900, 600);
        charts.show();
        auto total = [&charts]() -> QLineSeries * {
            for (QChartView *view : charts.findChildren<QChartView *>()) {
                for (QAbstractSeries *s : view->chart()->series()) {
                    if (s->name() == u"RAM total")
                        return qobject_cast<QLineSeries *>(s);
                }
            }
            return nullptr;
        };
        QVERIFY(total());
        QSignalSpy sampled(&hub, &MetricsHub::sampled);
        hub.sample();
        QTRY_COMPARE(sampled.count(), 1);
        charts.refresh();
        QCOMPARE(total()->count(), 1);
        QVERIFY(total()->isVisible());
        QVERIFY(total()->pointsVisible());
        QTRY_VERIFY(!hub.isSampling());
        QTest::qWait(5); // a later moment
        hub.sample();
        QTRY_COMPARE(sampled.count(), 2);
        charts.refresh();
        QCOMPARE(total()->count(), 2);
        QVERIFY(!total()->pointsVisible());
    }

    void aRemoteHostNamedWithDotsIsDrawnWhereItBelongs()
    {
        FakeHttpServer exporter;
        serveExporters(exporter);
        QVERIFY(exporter.listen());
        start(QString());
        m_core->exporters()->setHosts({exporterHost(exporter, QStringLiteral("gpu-box.lan"))});
        QTRY_VERIFY_WITH_TIMEOUT(
            charts()->lineNames().contains(QStringLiteral("gpu-box.lan RAM used")), 5000);
        QTRY_VERIFY(charts()->lineNames().contains(QStringLiteral("gpu-box.lan GPU load")));
        const double gib = 1024.0 * 1024.0 * 1024.0;
        QCOMPARE(charts()->points(QStringLiteral("gpu-box.lan RAM total")).last().y(),
                 67238842368.0 / gib);
        QCOMPARE(charts()->points(QStringLiteral("gpu-box.lan GPU load")).last().y(), 50.0);
        QVERIFY(!charts()->lineNames().contains(QStringLiteral("gpu-box GPU load")));
    }
};

QTEST_MAIN(TestMonitorCharts)
#include "tst_monitorcharts.moc"
