// The presenter view on a projector's screen (1280×720), offscreen: beside the chat, the live
// charts keep two fifths of the screen whatever the live strip and the chat page's text ask
// for, in English and in French and zoomed in; their plots keep half their width, their labels
// room between ticks, and their legends, above them, name every line whole; without a GPU, one
// short line says so; the text grows no larger than the screen holds.
#include "ChatPage.h"
#include "Core.h"
#include "FakeMachine.h"
#include "FakeOllamaServer.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "MetricsStrip.h"
#include "MonitorCharts.h"
#include "PresenterView.h"
#include "TestData.h"
#include "Translations.h"
#include "metrics/GpuInfo.h"
#include "metrics/MetricsHub.h"
#include "metrics/ProcessSampler.h"
#include "settings/Settings.h"
#include "workshop/WorkshopPlan.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

using namespace Qt::StringLiterals;

namespace {
// A rich-text label's text as shown.
QString shownText(const QLabel *label)
{
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

} // namespace

class TestPresenterScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeOllamaServer *m_ollama = nullptr;

    Core::Options options() { return oneServerOptions(m_ollama->baseUrl(), QDir(m_dir.path())); }

    // The presenter shown, and its charts; both null unless it came up on screen.
    struct Presenting
    {
        PresenterView *view = nullptr;
        MonitorCharts *charts = nullptr;
    };
    static Presenting present(MainWindow &window)
    {
        window.setPresenting(true);
        Presenting p;
        auto *view = child<PresenterView>(&window, "presenterView");
        if (view && QTest::qWaitForWindowExposed(view))
            p = {view, child<MonitorCharts>(view, "presenterCharts")};
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, u"en"_s);
        m_ollama = new FakeOllamaServer(this);
        QVERIFY(m_ollama->listen());
    }

    void theChartsKeepTheirShareOfTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("French") << u"fr"_s; // longer words on the page's buttons
    }

    void theChartsKeepTheirShareOfTheScreen()
    {
        // Four servers' processes: the live strip's longest line. Whatever it and the chat
        // page's own text ask for, the charts keep two fifths of the screen at least, at the
        // usual size and zoomed in, and the split does not move when a figure comes or goes.
        QFETCH(QString, language);
        QTranslator translation;
        if (language != u"en") {
            QVERIFY(translation.load(u":/i18n/localforge_%1.qm"_s.arg(language)));
            QCoreApplication::installTranslator(&translation);
        }
        const auto back = qScopeGuard([&] { QCoreApplication::removeTranslator(&translation); });
        QTemporaryDir proc;
        const QDir root(proc.path());
        writeProcess(root, 100, "ollama", "/usr/local/bin/ollama serve", 604'700);
        writeProcess(root, 200, "lm-studio", "/opt/lm-studio/lm-studio", 4'300);
        writeProcess(root, 300, "llama-server", "llama-server -m model.gguf", 2'100'000);
        writeProcess(root, 400, "vllm", "/usr/bin/vllm serve Qwen/Qwen3-8B", 3'200'000);
        Core core(options());
        core.metrics()->setProcessSampler(ProcessSampler(proc.path()));
        core.metrics()->setIntervalMs(50);
        MainWindow window(&core);
        window.show();
        auto *strip = window.chatPage()->findChild<MetricsStrip *>();
        QVERIFY(strip);
        core.start();
        QTRY_VERIFY_WITH_TIMEOUT(strip->text().contains(u"vLLM"), 5000);
        core.metrics()->stop(); // the figures stay as they are while the layout is measured
        const Presenting shown = present(window);
        QVERIFY(shown.charts);
        PresenterView *presenter = shown.view;
        MonitorCharts *charts = shown.charts;
        auto chartsShare = [&] {
            QApplication::processEvents();
            return double(charts->width()) / presenter->width();
        };
        QTRY_VERIFY2(chartsShare() >= 0.4, qPrintable(QString::number(charts->width())));
        const int width = charts->width();
        // The strip's text is all there, on more lines rather than wider.
        QVERIFY(strip->isVisible());
        QVERIFY2(strip->heightForWidth(strip->width()) <= strip->height(),
                 qPrintable(u"%1 px high, needs %2"_s.arg(strip->height())
                                .arg(strip->heightForWidth(strip->width()))));

        // A server stops: its figure goes, the charts stay where they were.
        QVERIFY(QDir(root.filePath(u"400"_s)).removeRecursively());
        core.metrics()->sample();
        QTRY_VERIFY(!strip->text().contains(u"vLLM"));
        QApplication::processEvents();
        QCOMPARE(charts->width(), width);

        // Larger text: the chat page wraps its lines, the charts keep their share.
        presenter->zoomIn();
        presenter->zoomIn();
        QTRY_VERIFY2(chartsShare() >= 0.4, qPrintable(QString::number(charts->width())));
        window.setPresenting(false);
    }

    void theChartsAreReadableOnAProjector()
    {
        // With a GPU, in the presenter: each plot keeps half its chart's width, its labels have
        // room between ticks, and the legends, above the charts, name every line whole ("GPU
        // memory used" and "GPU memory total", not twice "GPU mem…").
        Core core(options());
        core.gpus()->setNvmlLibrary(QString());
        core.gpus()->setProgram(twoGpusNvidiaSmi(m_dir.path()));
        core.metrics()->setIntervalMs(100);
        MainWindow window(&core);
        window.show();
        core.start();
        const Presenting shown = present(window);
        QVERIFY(shown.charts);
        MonitorCharts *charts = shown.charts;
        QTRY_VERIFY_WITH_TIMEOUT(charts->lineNames().contains(u"GPU memory total"_s), 5000);
        QTRY_VERIFY(charts->lineNames().contains(u"GPU load"_s));
        auto readable = [charts](QString *why) {
            int shown = 0;
            for (QChartView *view : charts->findChildren<QChartView *>()) {
                if (!view->isVisibleTo(charts))
                    continue;
                ++shown;
                const QRectF plot = view->chart()->plotArea();
                const QString title = view->accessibleName();
                if (plot.width() < 0.5 * view->width()) {
                    *why = u"%1: plot %2 px wide of %3"_s.arg(title)
                               .arg(plot.width())
                               .arg(view->width());
                    return false;
                }
                auto *value = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical)[0]);
                // Each label's share of the axis as Qt Charts gives it (4 px padding each side).
                const double room = plot.height() / value->tickCount() - 8;
                if (room < QFontMetricsF(value->labelsFont()).height()) {
                    *why = u"%1: %2 px for each label"_s.arg(title).arg(room);
                    return false;
                }
            }
            *why = u"%1 charts shown"_s.arg(shown);
            return shown == 3;
        };
        QString why;
        QTRY_VERIFY2(readable(&why), qPrintable(why));
        auto *legend = child<QLabel>(charts, "memoryLegend");
        QVERIFY(legend);
        QVERIFY(legend->isVisible());
        QTRY_VERIFY2(shownText(legend).contains(u"GPU memory used"), qPrintable(legend->text()));
        QVERIFY2(shownText(legend).contains(u"GPU memory total"), qPrintable(legend->text()));
        QVERIFY2(shownText(legend).contains(u"System RAM used"), qPrintable(legend->text()));
        QTRY_VERIFY(legend->heightForWidth(legend->width()) <= legend->height()); // not cut
        window.setPresenting(false);
    }

    void theTextGrowsNoLargerThanTheScreenHolds()
    {
        // Zoomed in as far as it goes on a 1280×720 projector: larger than at first, and the
        // room still works: the server on two lines at most, the question's field two lines
        // high, the answer eight, and Ctrl+= at the largest size says why nothing changes.
        Core core(options());
        MainWindow window(&core);
        window.show();
        core.start();
        const Presenting shown = present(window);
        QVERIFY(shown.view);
        PresenterView *presenter = shown.view;
        presenter->resetZoom();
        const double usual = presenter->fontScale();
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(presenter, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY2(presenter->fontScale() > usual, qPrintable(QString::number(usual)));
        QCOMPARE(presenter->fontScale(), presenter->largestScale());
        QVERIFY(presenter->largestScale() < PresenterView::MaxScale);
        auto *hint = child<QLabel>(presenter, "presenterHint");
        QVERIFY(hint);
        QCOMPARE(hint->text(), u"This is the largest text size this screen holds"_s);
        // The size chosen is kept; the next Ctrl+- is one step below what is shown.
        presenter->setFontScale(PresenterView::MaxScale);
        QCOMPARE(presenter->fontScale(), presenter->largestScale());
        QCOMPARE(core.settings().value(WorkshopKeys::PresenterScale), PresenterView::MaxScale);

        auto *server = child<QLabel>(presenter, "presenterServer");
        auto *input = child<QWidget>(presenter, "messageInput");
        auto *view = child<QWidget>(presenter, "chatView");
        QVERIFY(server && input && view);
        auto lines = [](const QWidget *w, int height) {
            return double(height) / QFontMetricsF(w->font()).lineSpacing();
        };
        QTRY_VERIFY2(lines(server, server->heightForWidth(server->width())) < 2.5,
                     qPrintable(u"the server on %1 lines"_s.arg(
                         lines(server, server->heightForWidth(server->width())))));
        QVERIFY2(lines(input, input->height()) >= 2.0,
                 qPrintable(u"the input %1 lines high"_s.arg(lines(input, input->height()))));
        QVERIFY2(lines(view, view->height()) >= 8.0,
                 qPrintable(u"the answer %1 lines high"_s.arg(lines(view, view->height()))));

        presenter->zoomOut();
        QCOMPARE(presenter->fontScale(), presenter->largestScale() - PresenterView::ScaleStep);
        presenter->resetZoom();
        window.setPresenting(false);
    }

    void withoutAGpuThePresenterSaysSoBriefly()
    {
        // The audience needs one line, not four of large text; the whole reason is on hover.
        Core core(options());
        core.gpus()->setNvmlLibrary(QString());
        core.gpus()->setProgram(QString());
        MainWindow window(&core);
        window.show();
        core.start();
        window.setPresenting(true);
        auto *presenter = child<PresenterView>(&window, "presenterView");
        QVERIFY(presenter);
        auto *charts = child<MonitorCharts>(presenter, "presenterCharts");
        auto *notice = child<QLabel>(presenter, "gpuNotice");
        QVERIFY(charts && notice);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 5000);
        QTRY_VERIFY(charts->lineNames().contains(u"System RAM used"_s));
        QVERIFY(notice->text().contains(u"No NVIDIA or Apple GPU found"));
        auto lines = [notice] {
            return notice->heightForWidth(notice->width()) /
                   QFontMetrics(notice->font()).lineSpacing();
        };
        // One line beside the charts on a 1280-pixel projector, two on a smaller screen.
        const int most = presenter->width() >= 1280 ? 1 : 2;
        QTRY_VERIFY2(lines() <= most, qPrintable(u"%1 lines"_s.arg(lines())));
        QVERIFY2(notice->toolTip().contains(u"nvidia-smi"), qPrintable(notice->toolTip()));
        window.setPresenting(false);
    }
};

QTEST_MAIN(TestPresenterScreen)
#include "tst_presenterscreen.moc"
